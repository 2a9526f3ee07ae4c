/**
 * Calendar bucketing in a clinic's timezone. Every dated row stores its local date, ISO week start (Monday) and
 * month start at write time, so grouping is a portable `GROUP BY week_start` served by `(client_id, week_start)`.
 * Local dates are ISO strings `YYYY-MM-DD`, which sort and compare correctly as text.
 */
export interface BucketKeys {
  localDate: string;
  weekStart: string;
  monthStart: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The calendar date of `instant` on the wall clock of `timeZone`, as Intl gives it (the reference). */
function formattedLocalDate(instant: Date, timeZone: string): string {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

const HOUR_MS = 3_600_000;
/** Instants from 1900 to 2200 take the fast way; others (and invalid ones) go to Intl directly. */
const FAST_FROM = Date.UTC(1900, 0, 1);
const FAST_UNTIL = Date.UTC(2200, 0, 1);
/** Hours remembered per zone before the memo starts afresh (a few years' worth; each entry is one number). */
const MAX_HOURS_PER_ZONE = 100_000;

const wallClockFormatters = new Map<string, Intl.DateTimeFormat>();
const offsetsByZone = new Map<string, Map<number, number>>();

/** How far the zone's wall clock is ahead of UTC (ms) at the start of UTC hour `hour`, remembered per zone. */
function offsetAtHour(timeZone: string, hour: number): number {
  let offsets = offsetsByZone.get(timeZone);
  if (!offsets || offsets.size >= MAX_HOURS_PER_ZONE) {
    offsets = new Map();
    offsetsByZone.set(timeZone, offsets);
  }
  let offset = offsets.get(hour);
  if (offset === undefined) {
    let formatter = wallClockFormatters.get(timeZone);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
      wallClockFormatters.set(timeZone, formatter);
    }
    const at = hour * HOUR_MS;
    const wall: Record<string, number> = {};
    for (const part of formatter.formatToParts(at)) if (part.type !== "literal") wall[part.type] = Number(part.value);
    const clock = new Date(0);
    clock.setUTCFullYear(wall.year!, wall.month! - 1, wall.day);
    clock.setUTCHours(wall.hour!, wall.minute, wall.second, 0);
    offset = clock.getTime() - at;
    offsets.set(hour, offset);
  }
  return offset;
}

/**
 * The calendar date of `instant` on the wall clock of `timeZone`. Zones change their offset at most once an hour,
 * so when the offset is the same at both ends of the instant's UTC hour it holds throughout, and the date is
 * arithmetic on the instant; offsets are looked up once per zone and hour. An hour with a change in it (or an
 * instant far from now) asks Intl, as every call once did: bucketing runs this for every row it writes.
 */
export function localDateOf(instant: Date, timeZone: string): string {
  const time = instant.getTime();
  if (!(time >= FAST_FROM && time < FAST_UNTIL)) return formattedLocalDate(instant, timeZone);
  const hour = Math.floor(time / HOUR_MS);
  const offset = offsetAtHour(timeZone, hour);
  if (offset !== offsetAtHour(timeZone, hour + 1)) return formattedLocalDate(instant, timeZone);
  return fromUtcDate(new Date(time + offset));
}

/** Midnight UTC of a `YYYY-MM-DD` date, by arithmetic rather than string parsing (bucketing runs it per week). */
function toUtcDate(localDate: string): Date {
  const date = new Date(0);
  date.setUTCFullYear(Number(localDate.slice(0, 4)), Number(localDate.slice(5, 7)) - 1, Number(localDate.slice(8, 10)));
  return date;
}

const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));

function fromUtcDate(date: Date): string {
  const year = date.getUTCFullYear();
  if (Number.isNaN(year)) throw new RangeError("Invalid time value");
  return `${String(year).padStart(4, "0")}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}`;
}

export function addDays(localDate: string, days: number): string {
  const date = toUtcDate(localDate);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtcDate(date);
}

export function addMonths(localDate: string, months: number): string {
  const date = toUtcDate(localDate);
  date.setUTCMonth(date.getUTCMonth() + months);
  return fromUtcDate(date);
}

/** Monday of the ISO week containing `localDate`. */
export function weekStartOf(localDate: string): string {
  const dayOfWeek = toUtcDate(localDate).getUTCDay(); // 0 = Sunday
  return addDays(localDate, -((dayOfWeek + 6) % 7));
}

export function monthStartOf(localDate: string): string {
  return `${localDate.slice(0, 7)}-01`;
}

export function daysBetween(fromLocalDate: string, toLocalDate: string): number {
  return Math.round((toUtcDate(toLocalDate).getTime() - toUtcDate(fromLocalDate).getTime()) / 86_400_000);
}

export function bucketKeys(instant: Date, timeZone: string): BucketKeys {
  const localDate = localDateOf(instant, timeZone);
  return { localDate, weekStart: weekStartOf(localDate), monthStart: monthStartOf(localDate) };
}

export function keysOfLocalDate(localDate: string): BucketKeys {
  return { localDate, weekStart: weekStartOf(localDate), monthStart: monthStartOf(localDate) };
}

export const LOCAL_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isValidLocalDate(value: string): boolean {
  if (!LOCAL_DATE_PATTERN.test(value)) return false;
  const date = toUtcDate(value);
  return !Number.isNaN(date.getTime()) && fromUtcDate(date) === value;
}
