import { describe, expect, it } from "vitest";
import { readPeriod } from "../../../web/src/features/report/period.ts";

const TODAY = "2026-12-02";
const read = (query: string) => readPeriod(new URLSearchParams(query), TODAY);

describe("the period of a report's address", () => {
  it("asks for noon UTC of each date given, and leaves an absent bound to the server", () => {
    expect(read("from=2026-09-01&to=2026-11-30")).toEqual({
      from: "2026-09-01T12:00:00.000Z",
      to: "2026-11-30T12:00:00.000Z",
      problem: null,
    });
    expect(read("")).toEqual({ from: null, to: null, problem: null });
    expect(read("from=&to=2026-11-30")).toEqual({ from: null, to: "2026-11-30T12:00:00.000Z", problem: null });
  });

  it.each([
    ["from=garbage", "The start of the period, “garbage”, is not a date"],
    ["to=2026-1-1", "The end of the period, “2026-1-1”, is not a date"],
    ["from=2026-13-45", "The start of the period, 2026-13-45, is not a day of the calendar."],
    ["from=2026-02-30", "The start of the period, 2026-02-30, is not a day of the calendar."],
    ["from=0000-01-01", "The start of the period, 0000-01-01, is outside the dates Follow-Up keeps (1970 to 9998)."],
    ["to=9999-12-31", "The end of the period, 9999-12-31, is outside the dates Follow-Up keeps (1970 to 9998)."],
    ["from=2026-11-30&to=2026-09-01", "The period ends on 1 Sep 2026, before it starts on 30 Nov 2026."],
    ["from=2026-12-03", "The period starts on 3 Dec 2026, after today: there is nothing to show yet."],
  ])("refuses %s in words: %s", (query, words) => {
    const period = read(query);
    expect(period.problem).not.toBeNull();
    expect(period.problem!.startsWith(words)).toBe(true);
    expect(period).not.toHaveProperty("from");
  });

  it("accepts a one-day period and a start of today", () => {
    expect(read("from=2026-10-01&to=2026-10-01").problem).toBeNull();
    expect(read(`from=${TODAY}`).problem).toBeNull();
  });

  it("shortens a long bad value it quotes", () => {
    const period = read(`from=${"x".repeat(200)}`);
    expect(period.problem).toContain(`“${"x".repeat(24)}…”`);
  });
});
