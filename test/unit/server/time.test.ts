import { describe, expect, it } from "vitest";
import {
  addMonths,
  bucketKeys,
  daysBetween,
  isValidLocalDate,
  localDateOf,
  weekStartOf,
} from "../../../server/common/time.ts";
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

describe("local dates by offset arithmetic", () => {
  /** The date as Intl shows it on the zone's wall clock: what localDateOf must always agree with. */
  const formatters = new Map<string, Intl.DateTimeFormat>();
  const intlDate = (instant: Date, timeZone: string) => {
    if (!formatters.has(timeZone))
      formatters.set(
        timeZone,
        new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }),
      );
    return formatters.get(timeZone)!.format(instant);
  };
  const ZONES = [
    "America/Toronto",
    "America/St_Johns",
    "Asia/Kathmandu",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Pacific/Apia",
    "Pacific/Kiritimati",
    "Europe/Dublin",
    "Europe/Amsterdam",
    "Africa/Casablanca",
    "America/Sao_Paulo",
    "UTC",
  ];

  it("agrees with Intl around daylight-saving changes, midnight changes and the days zones skipped, at 7-minute steps", () => {
    const ranges = [
      ["2026-03-07T00:00:00Z", "2026-03-10T00:00:00Z"],
      ["2026-10-03T00:00:00Z", "2026-10-06T00:00:00Z"],
      ["2026-10-31T00:00:00Z", "2026-11-03T00:00:00Z"],
      ["2011-12-28T00:00:00Z", "2012-01-01T00:00:00Z"],
      ["1937-06-29T00:00:00Z", "1937-07-02T00:00:00Z"],
      // Newfoundland changed at 00:01 local then, half past a UTC hour: a fall-back that crosses midnight.
      ["2010-11-06T00:00:00Z", "2010-11-08T00:00:00Z"],
    ];
    let compared = 0;
    for (const timeZone of ZONES)
      for (const [from, to] of ranges)
        for (let t = Date.parse(from!); t < Date.parse(to!); t += 433_000) {
          expect(localDateOf(new Date(t), timeZone), `${timeZone} ${new Date(t).toISOString()}`).toBe(
            intlDate(new Date(t), timeZone),
          );
          compared++;
        }
    expect(compared).toBeGreaterThan(10_000);
  });

  it("agrees with Intl at random instants from 1850 to 2250, outside the fast range too", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 5_000; i++) {
      const instant = new Date(Date.UTC(1850, 0, 1) + Math.floor(next() * 400 * 365.25 * 86_400_000));
      const timeZone = ZONES[i % ZONES.length]!;
      expect(localDateOf(instant, timeZone), `${timeZone} ${instant.toISOString()}`).toBe(intlDate(instant, timeZone));
    }
  });
});
