import { describe, expect, it } from "vitest";
import { addMonths, bucketKeys, daysBetween, isValidLocalDate, weekStartOf } from "../../../server/common/time.ts";
import { bucketCalendar } from "../../../server/progress/buckets.ts";
import { Bucket } from "../../../server/progress/progress.enums.ts";

describe("bucket keys in a clinic's timezone", () => {
  it("puts a late Sunday evening in Toronto in that Sunday's ISO week, though it is Monday in UTC", () => {
    expect(bucketKeys(new Date("2026-11-02T04:30:00Z"), "America/Toronto")).toEqual({
      localDate: "2026-11-01",
      weekStart: "2026-10-26",
      monthStart: "2026-11-01",
    });
    expect(bucketKeys(new Date("2026-11-02T04:30:00Z"), "Europe/Berlin").weekStart).toBe("2026-11-02");
  });

  it("follows daylight saving time: 04:30 UTC is the previous day in summer (UTC−4), the next hour in winter", () => {
    expect(bucketKeys(new Date("2026-07-15T03:30:00Z"), "America/Toronto").localDate).toBe("2026-07-14");
    expect(bucketKeys(new Date("2026-07-15T04:30:00Z"), "America/Toronto").localDate).toBe("2026-07-15");
    expect(bucketKeys(new Date("2026-01-15T04:30:00Z"), "America/Toronto").localDate).toBe("2026-01-14");
  });

  it("finds ISO week starts across month and year ends", () => {
    expect(weekStartOf("2026-11-20")).toBe("2026-11-16");
    expect(weekStartOf("2026-11-16")).toBe("2026-11-16");
    expect(weekStartOf("2026-11-22")).toBe("2026-11-16");
    expect(weekStartOf("2027-01-01")).toBe("2026-12-28");
  });

  it("does calendar arithmetic on local dates", () => {
    expect(daysBetween("2026-02-27", "2026-03-01")).toBe(2);
    expect(addMonths("2026-11-01", 2)).toBe("2027-01-01");
    expect(isValidLocalDate("2026-02-29")).toBe(false);
    expect(isValidLocalDate("2028-02-29")).toBe(true);
  });

  it("lists every bucket of a range with the days it covers", () => {
    expect(bucketCalendar(Bucket.WEEK, "2026-11-04", "2026-11-20")).toEqual([
      { start: "2026-11-02", days: 5 },
      { start: "2026-11-09", days: 7 },
      { start: "2026-11-16", days: 5 },
    ]);
    expect(bucketCalendar(Bucket.MONTH, "2026-10-26", "2026-12-03")).toEqual([
      { start: "2026-10-01", days: 6 },
      { start: "2026-11-01", days: 30 },
      { start: "2026-12-01", days: 3 },
    ]);
  });
});
