import { describe, expect, it } from "vitest";
import {
  gad7Band,
  orsIsClinical,
  phq9Band,
  scoreGad7,
  scoreOrs,
  scorePhq9,
  scoreSrs,
  srsAllianceConcern,
  validateWeekRating,
  type OrsItems,
} from "../../../server/measures/instruments.ts";
import { resolveRules } from "../../../server/measures/rules.ts";
import { expectField } from "./catch-error.ts";

/** Items that add up to `total` (each 0–3), for building PHQ-9 / GAD-7 answers in tests. */
function itemsSumming(total: number, count: number): number[] {
  const items = Array.from({ length: count }, () => 0);
  let rest = total;
  for (let i = 0; i < count && rest > 0; i++) {
    items[i] = Math.min(3, rest);
    rest -= items[i]!;
  }
  expect(rest).toBe(0);
  return items;
}

const ors = (overrides: Partial<Record<keyof OrsItems, unknown>> = {}): OrsItems =>
  ({ individual: 5, interpersonal: 6, social: 7, overall: 4, ...overrides }) as OrsItems;

describe("ORS (docs/clinical.md: 4 items 0–10, one decimal, total 0–40)", () => {
  it("sums the four items and rounds away float noise", () => {
    expect(scoreOrs({ individual: 5.5, interpersonal: 6.1, social: 7.3, overall: 4.4 }).total).toBe(23.3);
    expect(scoreOrs({ individual: 0.1, interpersonal: 0.2, social: 0, overall: 0 }).total).toBe(0.3);
    expect(scoreOrs({ individual: 10, interpersonal: 10, social: 10, overall: 10 }).total).toBe(40);
    expect(scoreOrs({ individual: 0, interpersonal: 0, social: 0, overall: 0 }).total).toBe(0);
  });

  it("rejects an item above 10 with the item's field (10.5 → ors.individual)", () => {
    expectField(() => scoreOrs(ors({ individual: 10.5 })), "ors.individual");
    expectField(() => scoreOrs(ors({ overall: -0.1 })), "ors.overall");
  });

  it("rejects two decimals (3.25)", () => {
    expectField(() => scoreOrs(ors({ social: 3.25 })), "ors.social");
  });

  it("rejects NaN, Infinity, strings and missing items", () => {
    expectField(() => scoreOrs(ors({ interpersonal: Number.NaN })), "ors.interpersonal");
    expectField(() => scoreOrs(ors({ individual: Number.POSITIVE_INFINITY })), "ors.individual");
    expectField(() => scoreOrs(ors({ overall: "7" })), "ors.overall");
    expectField(() => scoreOrs({ individual: 1, interpersonal: 1, social: 1 } as unknown as OrsItems), "ors.overall");
    expectField(() => scoreOrs(null as unknown as OrsItems), "ors");
  });

  it("ORS 25 clinical, 26 not (docs/clinical.md; adult cut-off ≤ 25)", () => {
    expect(orsIsClinical(25)).toBe(true);
    expect(orsIsClinical(26)).toBe(false);
    expect(orsIsClinical(25.1)).toBe(false);
  });

  it("children (CORS) use the 32 cut-off (docs/clinical.md)", () => {
    expect(orsIsClinical(32, undefined, "CHILD")).toBe(true);
    expect(orsIsClinical(32.1, undefined, "CHILD")).toBe(false);
    expect(orsIsClinical(30, undefined, "ADULT")).toBe(false);
  });

  it("applies a clinic's own cut-off", () => {
    expect(orsIsClinical(25, resolveRules({ ORS_CLINICAL_CUTOFF_ADULT: 24 }))).toBe(false);
  });

  it("rejects a total outside 0–40", () => {
    expectField(() => orsIsClinical(40.5), "ors.total");
  });
});

describe("SRS (docs/clinical.md)", () => {
  it("sums the four items with the same validation as the ORS", () => {
    expect(scoreSrs({ relationship: 9.1, goalsAndTopics: 9.2, approachOrMethod: 8.8, overall: 9 }).total).toBe(36.1);
    expectField(
      () => scoreSrs({ relationship: 10.5, goalsAndTopics: 9, approachOrMethod: 9, overall: 9 }),
      "srs.relationship",
    );
    expectField(
      () => scoreSrs({ relationship: 9, goalsAndTopics: 9.25, approachOrMethod: 9, overall: 9 }),
      "srs.goalsAndTopics",
    );
  });

  it("SRS 35 flags, 36 does not (docs/clinical.md)", () => {
    expect(srsAllianceConcern(35, null)).toMatchObject({
      belowCutoff: true,
      dropped: false,
      rule: "SRS_ALLIANCE_CUTOFF",
    });
    expect(srsAllianceConcern(36, null)).toMatchObject({ belowCutoff: false, dropped: false, rule: null });
  });

  it("flags a drop of ≥ 1 point from the previous session (docs/clinical.md)", () => {
    expect(srsAllianceConcern(38, 39)).toMatchObject({ belowCutoff: false, dropped: true, rule: "SRS_ALLIANCE_DROP" });
    // 4.1 − 3.1 is 0.9999999999999996 in binary floating point; it is still a 1-point drop.
    expect(srsAllianceConcern(3.1, 4.1).dropped).toBe(true);
    expect(srsAllianceConcern(37.5, 38.4).dropped).toBe(false);
    expect(srsAllianceConcern(39, 38).dropped).toBe(false);
  });

  it("reports both rules when both fire, cut-off first", () => {
    const result = srsAllianceConcern(30, 38);
    expect(result.rule).toBe("SRS_ALLIANCE_CUTOFF");
    expect(result.firedRules).toEqual(["SRS_ALLIANCE_CUTOFF", "SRS_ALLIANCE_DROP"]);
  });
});

describe("PHQ-9 (docs/clinical.md)", () => {
  it.each([
    [4, "MINIMAL"],
    [5, "MILD"],
    [9, "MILD"],
    [10, "MODERATE"],
    [14, "MODERATE"],
    [15, "MODERATELY_SEVERE"],
    [19, "MODERATELY_SEVERE"],
    [20, "SEVERE"],
    [27, "SEVERE"],
  ] as const)("band vector (line 44): %i → %s", (total, band) => {
    expect(phq9Band(total)).toBe(band);
    expect(scorePhq9(itemsSumming(total, 9))).toMatchObject({ total, band });
  });

  it("band 0 is minimal", () => {
    expect(phq9Band(0)).toBe("MINIMAL");
  });

  it("rejects a total of 28, a negative or a fractional total (line 44)", () => {
    expectField(() => phq9Band(28), "phq9.total");
    expectField(() => phq9Band(-1), "phq9.total");
    expectField(() => phq9Band(9.5), "phq9.total");
  });

  it("rejects an item of 4 with the item's index (line 44)", () => {
    expectField(() => scorePhq9([0, 0, 0, 4, 0, 0, 0, 0, 0]), "phq9[3]");
    expectField(() => scorePhq9([0, 0, 0, 0, 0, 0, 0, 0, 4]), "phq9[8]");
  });

  it("rejects non-integer, negative, NaN items", () => {
    expectField(() => scorePhq9([0, 1.5, 0, 0, 0, 0, 0, 0, 0]), "phq9[1]");
    expectField(() => scorePhq9([0, 0, -1, 0, 0, 0, 0, 0, 0]), "phq9[2]");
    expectField(() => scorePhq9([0, 0, 0, 0, 0, 0, 0, Number.NaN, 0]), "phq9[7]");
  });

  it("rejects a wrong item count with field phq9", () => {
    expectField(() => scorePhq9([0, 0, 0, 0, 0, 0, 0, 0]), "phq9");
    expectField(() => scorePhq9([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), "phq9");
    expectField(() => scorePhq9("000000000" as unknown as number[]), "phq9");
  });

  it("caseness at ≥ 10 (line 21)", () => {
    expect(scorePhq9(itemsSumming(9, 9)).caseness).toBe(false);
    expect(scorePhq9(itemsSumming(10, 9)).caseness).toBe(true);
  });

  it("item 9 above 0 raises a risk alert (line 25)", () => {
    expect(scorePhq9([0, 0, 0, 0, 0, 0, 0, 0, 1])).toMatchObject({ total: 1, item9: 1, item9Risk: true });
    expect(scorePhq9([3, 3, 3, 3, 3, 3, 3, 3, 0])).toMatchObject({ total: 24, item9: 0, item9Risk: false });
  });
});

describe("GAD-7 (docs/clinical.md)", () => {
  it.each([
    [4, "MINIMAL"],
    [5, "MILD"],
    [10, "MODERATE"],
    [15, "SEVERE"],
    [21, "SEVERE"],
  ] as const)("band vector (line 45): %i → %s", (total, band) => {
    expect(gad7Band(total)).toBe(band);
    expect(scoreGad7(itemsSumming(total, 7))).toMatchObject({ total, band });
  });

  it("band edges 9 mild, 14 moderate", () => {
    expect(gad7Band(9)).toBe("MILD");
    expect(gad7Band(14)).toBe("MODERATE");
  });

  it("caseness at ≥ 8 (line 22)", () => {
    expect(scoreGad7(itemsSumming(7, 7)).caseness).toBe(false);
    expect(scoreGad7(itemsSumming(8, 7)).caseness).toBe(true);
  });

  it("rejects a total of 22, an item of 4 and a wrong item count", () => {
    expectField(() => gad7Band(22), "gad7.total");
    expectField(() => scoreGad7([0, 0, 0, 0, 0, 4, 0]), "gad7[5]");
    expectField(() => scoreGad7([0, 0, 0, 0, 0, 0, 0, 0, 0]), "gad7");
  });
});

describe("Week rating (docs/clinical.md: integer 0–10)", () => {
  it("accepts 0 and 10", () => {
    expect(validateWeekRating(0)).toBe(0);
    expect(validateWeekRating(10)).toBe(10);
  });

  it("rejects out-of-range, fractional and non-finite values with field weekRating", () => {
    expectField(() => validateWeekRating(11), "weekRating");
    expectField(() => validateWeekRating(-1), "weekRating");
    expectField(() => validateWeekRating(5.5), "weekRating");
    expectField(() => validateWeekRating(Number.NaN), "weekRating");
    expectField(() => validateWeekRating(Number.NEGATIVE_INFINITY), "weekRating");
  });
});
