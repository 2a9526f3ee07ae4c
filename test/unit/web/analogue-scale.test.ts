import { describe, expect, it } from "vitest";
import { percentOf, valueAfterKey, valueAt, valueText } from "../../../web/src/components/analogue-scale-math.ts";

/** A 10 cm line at CSS's 96 pixels to the inch: 1000 / 25.4 × 96 / 10 pixels. */
const TEN_CM = (96 / 2.54) * 10;

describe("the visual-analogue line's reading", () => {
  it("reads a mark as its distance from the left end over the line's length, times 10, to one decimal", () => {
    // 6.4 cm along a 10 cm line: 6.4.
    expect(valueAt((96 / 2.54) * 6.4, TEN_CM)).toBe(6.4);
    // 6.44 cm reads 6.4 and 6.46 cm reads 6.5: one decimal, rounded.
    expect(valueAt((96 / 2.54) * 6.44, TEN_CM)).toBe(6.4);
    expect(valueAt((96 / 2.54) * 6.46, TEN_CM)).toBe(6.5);
    expect(valueAt(0, TEN_CM)).toBe(0);
    expect(valueAt(TEN_CM, TEN_CM)).toBe(10);
  });

  it("reads the same proportion on a line a narrow screen has shortened", () => {
    // 350 px wide (a phone), the mark at 3/10 of it: 3.0, as at 10 cm.
    expect(valueAt(105, 350)).toBe(3);
    expect(valueAt(173, 350)).toBe(4.9);
  });

  it("takes a mark beyond either end as that end, and a line with no width as its start", () => {
    expect(valueAt(-12, TEN_CM)).toBe(0);
    expect(valueAt(TEN_CM + 30, TEN_CM)).toBe(10);
    expect(valueAt(10, 0)).toBe(0);
  });

  it("draws the mark at the same proportion along the line", () => {
    expect(percentOf(6.4)).toBeCloseTo(64, 10);
    expect(percentOf(0)).toBe(0);
    expect(percentOf(10)).toBe(100);
  });
});

describe("the visual-analogue line's keys", () => {
  it("moves by a tenth with the arrows, left and down lower, right and up higher, without floating-point dust", () => {
    expect(valueAfterKey("ArrowRight", 6.4)).toBe(6.5);
    expect(valueAfterKey("ArrowUp", 0.2)).toBe(0.3);
    expect(valueAfterKey("ArrowLeft", 6.4)).toBe(6.3);
    expect(valueAfterKey("ArrowDown", 0.3)).toBe(0.2);
  });

  it("moves by 1 with Page Up and Page Down, and to the ends with Home and End", () => {
    expect(valueAfterKey("PageUp", 6.4)).toBe(7.4);
    expect(valueAfterKey("PageDown", 6.4)).toBe(5.4);
    expect(valueAfterKey("Home", 6.4)).toBe(0);
    expect(valueAfterKey("End", 6.4)).toBe(10);
  });

  it("stops at the ends", () => {
    expect(valueAfterKey("ArrowRight", 10)).toBe(10);
    expect(valueAfterKey("PageUp", 9.5)).toBe(10);
    expect(valueAfterKey("ArrowLeft", 0)).toBe(0);
    expect(valueAfterKey("PageDown", 0.4)).toBe(0);
  });

  it("puts the first mark in the middle on a line not marked yet, or at the end Home or End names", () => {
    for (const key of ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "PageUp", "PageDown"]) {
      expect(valueAfterKey(key, null), key).toBe(5);
    }
    expect(valueAfterKey("Home", null)).toBe(0);
    expect(valueAfterKey("End", null)).toBe(10);
  });

  it("leaves other keys to the page (Tab moves on, letters do nothing)", () => {
    expect(valueAfterKey("Tab", 6.4)).toBeUndefined();
    expect(valueAfterKey("a", null)).toBeUndefined();
    expect(valueAfterKey("Enter", 3)).toBeUndefined();
  });
});

describe("the visual-analogue line read out", () => {
  it("says the value to one decimal out of 10, or that no mark has been made", () => {
    expect(valueText(6.4)).toBe("6.4 out of 10");
    expect(valueText(5)).toBe("5.0 out of 10");
    expect(valueText(0)).toBe("0.0 out of 10");
    expect(valueText(null)).toBe("Not marked yet");
  });
});
