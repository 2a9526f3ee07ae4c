/**
 * When episodes happen: a day-of-week by time-of-day grid of counts on the clinic's wall clock (docs/clinical.md,
 * "What works: coping techniques, triggers and timing"). A description only: no test of whether one cell is busier
 * than chance would make it, since with a few dozen episodes over 28 cells the busiest cell is often busy by chance.
 */
import { daysBetween, isValidTimeZone, localDateOf, weekStartOf } from "../common/time.ts";
import { MeasureInputError } from "../measures/errors.ts";
import { requireList } from "./intervals.ts";

export const DAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"] as const;
export type DayOfWeek = (typeof DAYS)[number];

/** Night 0–6 h, morning 6–12 h, afternoon 12–18 h, evening 18–24 h, on the clinic's clock. */
export const PERIODS = ["NIGHT", "MORNING", "AFTERNOON", "EVENING"] as const;
export type TimeOfDay = (typeof PERIODS)[number];

/**
 * Episodes needed before a busiest cell is named: with fewer, 28 cells hold at most one or two episodes each and
 * the "busiest" is whichever happened to get two.
 */
export const MIN_EPISODES_FOR_PATTERN = 10;

export interface TimeCell {
  day: DayOfWeek;
  period: TimeOfDay;
  count: number;
}

export interface EpisodeTimes {
  method: "DESCRIPTION";
  timeZone: string;
  total: number;
  /** grid[day][period], days Monday to Sunday, periods night to evening. */
  grid: number[][];
  dayTotals: number[];
  periodTotals: number[];
  enough: boolean;
  reason: string | null;
  /** The cell with the most episodes; null when not enough episodes or when cells tie for the most. */
  busiest: TimeCell | null;
}

const hourFormatters = new Map<string, Intl.DateTimeFormat>();

/** The hour (0–23) of `instant` on the wall clock of `timeZone`. */
function localHourOf(instant: Date, timeZone: string): number {
  let formatter = hourFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" });
    hourFormatters.set(timeZone, formatter);
  }
  return Number(formatter.formatToParts(instant).find((part) => part.type === "hour")?.value);
}

/** Counts of episodes by day of the week and time of day in `timeZone`, with row and column totals. */
export function episodeTimes(episodes: readonly { occurredAt: Date }[], timeZone: string): EpisodeTimes {
  if (typeof timeZone !== "string" || !isValidTimeZone(timeZone)) {
    throw new MeasureInputError("timeZone", `timeZone must be a time zone name, got ${String(timeZone)}`);
  }
  requireList(episodes, "episodes");
  const grid = DAYS.map(() => PERIODS.map(() => 0));
  episodes.forEach((e, i) => {
    if (!(e.occurredAt instanceof Date) || Number.isNaN(e.occurredAt.getTime())) {
      throw new MeasureInputError(`episodes[${i}].occurredAt`, `episodes[${i}].occurredAt must be a valid date`);
    }
    const localDate = localDateOf(e.occurredAt, timeZone);
    const day = daysBetween(weekStartOf(localDate), localDate);
    const period = Math.floor(localHourOf(e.occurredAt, timeZone) / 6);
    grid[day]![period]!++;
  });
  const dayTotals = grid.map((row) => row.reduce((sum, c) => sum + c, 0));
  const periodTotals = PERIODS.map((_, p) => grid.reduce((sum, row) => sum + row[p]!, 0));
  const total = episodes.length;
  const enough = total >= MIN_EPISODES_FOR_PATTERN;
  const cells = grid.flatMap((row, d) => row.map((count, p) => ({ day: DAYS[d]!, period: PERIODS[p]!, count })));
  const most = Math.max(...cells.map((c) => c.count));
  const top = cells.filter((c) => c.count === most);
  return {
    method: "DESCRIPTION",
    timeZone,
    total,
    grid,
    dayTotals,
    periodTotals,
    enough,
    reason: enough ? null : `Too few episodes to show a pattern: ${total} (needs ${MIN_EPISODES_FOR_PATTERN}).`,
    busiest: enough && top.length === 1 ? top[0]! : null,
  };
}
