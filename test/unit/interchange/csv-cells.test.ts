import { describe, expect, it } from "vitest";
import {
  readDecimal,
  readEnumList,
  readInstant,
  readInteger,
  writeCell,
} from "../../../server/interchange/csv/cells.ts";

const reason = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    return (error as { field?: string; message: string }).field;
  }
  return "accepted";
};

describe("CSV cells", () => {
  it("reads instants with an offset and refuses wall-clock times without one", () => {
    expect(readInstant("2026-01-12T09:00:00-05:00", "occurred_at").toISOString()).toBe("2026-01-12T14:00:00.000Z");
    expect(readInstant("2026-01-12T14:00Z", "occurred_at").toISOString()).toBe("2026-01-12T14:00:00.000Z");
    expect(readInstant("2026-07-01T23:59:59.5+02:00", "occurred_at").toISOString()).toBe("2026-07-01T21:59:59.500Z");
    for (const text of [
      "2026-01-12 09:00",
      "2026-01-12T09:00:00",
      "2026-02-30T10:00:00Z",
      "2026-01-12T24:00:00Z",
      "2026-01-01T10:00:00+24:00",
      "2026-01-01T10:00:00+99:99",
      "12/01/2026",
      "2026-01-12",
    ]) {
      expect(reason(() => readInstant(text, "occurred_at"))).toBe("occurred_at");
    }
  });

  it("reads numbers strictly: a decimal point, one decimal at most, whole numbers where whole", () => {
    expect(readDecimal("7.5", "ors_social")).toBe(7.5);
    expect(readDecimal("10", "ors_social")).toBe(10);
    for (const text of ["7,5", "7.25", "seven", "1e1", ""])
      expect(reason(() => readDecimal(text, "ors_social"))).toBe("ors_social");
    expect(readInteger("-3", "week_rating")).toBe(-3);
    for (const text of ["3.0", "3.5", "three", ""])
      expect(reason(() => readInteger(text, "week_rating"))).toBe("week_rating");
  });

  it("reads semicolon lists of allowed values", () => {
    expect(readEnumList(" A ;B;", "techniques_used", ["A", "B"])).toEqual(["A", "B"]);
    expect(reason(() => readEnumList("A;C", "techniques_used", ["A", "B"]))).toBe("techniques_used");
  });

  it("writes what it reads", () => {
    const instant = new Date("2026-03-01T14:05:00.000Z");
    expect(readInstant(writeCell("instant", instant), "x")).toEqual(instant);
    expect(readEnumList(writeCell("enumList", ["A", "B"]), "x", ["A", "B"])).toEqual(["A", "B"]);
    expect(readDecimal(writeCell("decimal", 0.3), "x")).toBe(0.3);
    expect(writeCell("text", null)).toBe("");
    expect(writeCell("boolean", false)).toBe("false");
  });
});
