/**
 * What sets episodes off, and how that changes (docs/clinical.md, "What works: coping techniques, triggers and
 * timing").
 *
 * - `triggerTrends`: weekly counts per trigger category over the complete weeks given, and each trigger's trend by a
 *   log-linear Poisson regression of the weekly count on the week (quasi-Poisson when overdispersed; McCullagh &
 *   Nelder 1989). The rate ratio a week is given with an interval, Bonferroni-adjusted over the triggers tested.
 * - `triggerShares`: each trigger's share of episodes in the weeks before and after a plan revision, with Wilson
 *   intervals. Shares are compositional: one trigger falling makes the others' shares rise even if their counts do
 *   not change, so shares are described, never tested.
 */
import { addDays, isValidLocalDate, weekStartOf } from "../common/time.ts";
import { TriggerCategory } from "../episodes/episode.enums.ts";
import { MeasureInputError } from "../measures/errors.ts";
import { normalQuantile, poissonRegression, studentTQuantile, type EstimateInterval } from "../measures/segmented.ts";
import { requireConfidence, requireList, wilsonInterval } from "./intervals.ts";

/** An episode as stored: only the fields these analyses read. */
export interface TriggerEpisode {
  localDate: string;
  triggerCategory: TriggerCategory;
}

export type TrendVerdict = "RISING" | "FALLING" | "FLAT" | "NOT_ENOUGH_DATA";

/**
 * Complete weeks needed before a trend is fitted: a slope from fewer weeks is decided by one busy or quiet week, and
 * the quasi-Poisson interval would rest on under 4 residual degrees of freedom.
 */
export const MIN_TREND_WEEKS = 6;

/** Episodes of a trigger needed before its trend is fitted: with fewer there is no rate to follow. */
export const MIN_TREND_EPISODES = 5;

/** Episodes needed on each side of a revision before shares are shown: below this one episode moves a share by 20%. */
export const MIN_SHARE_EPISODES = 5;

const TRIGGERS = Object.values(TriggerCategory);
const TRIGGER_SET = new Set<string>(TRIGGERS);

function requireLocalDate(value: unknown, field: string): void {
  if (typeof value !== "string" || !isValidLocalDate(value)) {
    throw new MeasureInputError(field, `${field} must be a date written YYYY-MM-DD, got ${String(value)}`);
  }
}

function checkEpisodes(episodes: readonly TriggerEpisode[]): void {
  requireList(episodes, "episodes");
  episodes.forEach((e, i) => {
    requireLocalDate(e.localDate, `episodes[${i}].localDate`);
    if (!TRIGGER_SET.has(e.triggerCategory)) {
      throw new MeasureInputError(
        `episodes[${i}].triggerCategory`,
        `triggerCategory must be a trigger category, got ${String(e.triggerCategory)}`,
      );
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Trends
// ---------------------------------------------------------------------------------------------

export interface TriggerTrend {
  trigger: TriggerCategory;
  /** Episodes in each of the given weeks, in their order. */
  weeklyCounts: number[];
  total: number;
  enough: boolean;
  reason: string | null;
  model: "POISSON" | "QUASI_POISSON" | null;
  /** Pearson χ² ÷ (weeks − 2); null when not fitted. */
  dispersion: number | null;
  /** Ratio by which the weekly rate changes from one week to the next. */
  ratePerWeek: EstimateInterval | null;
  verdict: TrendVerdict;
}

export interface TriggerTrends {
  method: "POISSON_TREND";
  weeks: string[];
  /** Triggers whose trend was fitted: the size of the family the intervals are adjusted for. */
  comparisons: number;
  adjustment: "BONFERRONI";
  intervalConfidence: number;
  enough: boolean;
  reason: string | null;
  /** Every trigger with at least one episode in the weeks, in the order of the categories. */
  triggers: TriggerTrend[];
}

function fitTrend(counts: number[], confidence: number) {
  const centre = (counts.length - 1) / 2;
  const fit = poissonRegression(
    counts.map((_, i) => [1, i - centre]),
    counts,
  );
  if (!fit) return null;
  const df = counts.length - 2;
  const pearson = counts.reduce((sum, y, i) => sum + (y - fit.mu[i]!) ** 2 / fit.mu[i]!, 0);
  const dispersion = pearson / df;
  const overdispersed = dispersion > 1;
  const alpha = 1 - confidence;
  const quantile = overdispersed ? studentTQuantile(alpha, df) : normalQuantile(alpha);
  const se = Math.sqrt(fit.covariance[1]![1]! * (overdispersed ? dispersion : 1));
  const slope = fit.beta[1]!;
  return {
    model: overdispersed ? ("QUASI_POISSON" as const) : ("POISSON" as const),
    dispersion,
    ratePerWeek: {
      estimate: Math.exp(slope),
      lower: Math.exp(slope - quantile * se),
      upper: Math.exp(slope + quantile * se),
    },
  };
}

/**
 * Weekly episode counts per trigger over `weeks` (the Mondays of the complete weeks the client was followed, in
 * order, without gaps), and each trigger's trend. Episodes outside those weeks are left out. A trigger is RISING or
 * FALLING only when its interval for the rate ratio a week excludes 1; FLAT means no clear trend, not proof of none.
 */
export function triggerTrends(
  episodes: readonly TriggerEpisode[],
  weeks: readonly string[],
  { confidence = 0.95 }: { confidence?: number } = {},
): TriggerTrends {
  checkEpisodes(episodes);
  requireConfidence(confidence);
  requireList(weeks, "weeks");
  weeks.forEach((week, i) => {
    requireLocalDate(week, `weeks[${i}]`);
    if (weekStartOf(week) !== week) throw new MeasureInputError(`weeks[${i}]`, `weeks[${i}] must be a Monday`);
    if (i > 0 && addDays(weeks[i - 1]!, 7) !== week) {
      throw new MeasureInputError(`weeks[${i}]`, "weeks must follow one another without gaps");
    }
  });
  const index = new Map(weeks.map((week, i) => [week, i]));
  const counts = new Map<TriggerCategory, number[]>();
  for (const e of episodes) {
    const i = index.get(weekStartOf(e.localDate));
    if (i === undefined) continue;
    const row = counts.get(e.triggerCategory) ?? new Array<number>(weeks.length).fill(0);
    row[i]!++;
    counts.set(e.triggerCategory, row);
  }
  const present = TRIGGERS.filter((t) => counts.has(t));
  const total = (t: TriggerCategory) => counts.get(t)!.reduce((sum, c) => sum + c, 0);
  const enoughWeeks = weeks.length >= MIN_TREND_WEEKS;
  const tested = present.filter((t) => enoughWeeks && total(t) >= MIN_TREND_EPISODES);
  const comparisons = tested.length;
  const intervalConfidence = comparisons > 0 ? 1 - (1 - confidence) / comparisons : confidence;

  const triggers = present.map((trigger): TriggerTrend => {
    const weeklyCounts = counts.get(trigger)!;
    const base = { trigger, weeklyCounts, total: total(trigger) };
    const none = { model: null, dispersion: null, ratePerWeek: null, verdict: "NOT_ENOUGH_DATA" as const };
    if (!tested.includes(trigger)) {
      return {
        ...base,
        ...none,
        enough: false,
        reason: `Not enough data to tell: ${weeks.length} complete weeks (needs ${MIN_TREND_WEEKS}) and ${base.total} episodes with this trigger (needs ${MIN_TREND_EPISODES}).`,
      };
    }
    const fit = fitTrend(weeklyCounts, intervalConfidence);
    if (!fit) {
      return {
        ...base,
        ...none,
        enough: false,
        reason: "The episodes are bunched at one end of the weeks, so no trend can be estimated.",
      };
    }
    const { lower, upper } = fit.ratePerWeek;
    const verdict: TrendVerdict = lower > 1 ? "RISING" : upper < 1 ? "FALLING" : "FLAT";
    return { ...base, ...fit, enough: true, reason: null, verdict };
  });
  return {
    method: "POISSON_TREND",
    weeks: [...weeks],
    comparisons,
    adjustment: "BONFERRONI",
    intervalConfidence,
    enough: comparisons > 0,
    reason:
      comparisons > 0
        ? null
        : `Not enough data for a trend: needs ${MIN_TREND_WEEKS} complete weeks and ${MIN_TREND_EPISODES} episodes with one trigger (${weeks.length} weeks).`,
    triggers,
  };
}

// ---------------------------------------------------------------------------------------------
// Shares before and after a revision
// ---------------------------------------------------------------------------------------------

export interface ShareOnSide {
  episodes: number;
  share: EstimateInterval | null;
}

export interface TriggerShare {
  trigger: TriggerCategory;
  before: ShareOnSide;
  after: ShareOnSide;
}

export interface TriggerShares {
  method: "WILSON_SHARES";
  revisionDate: string;
  /** First day counted before the revision, and the day after the last counted after it. */
  from: string;
  to: string;
  episodesBefore: number;
  episodesAfter: number;
  enough: boolean;
  reason: string | null;
  triggers: TriggerShare[];
}

/**
 * Each trigger's share of the episodes in the `windowWeeks` weeks before the revision's date and in the as many
 * weeks from it, with Wilson intervals. A description: shares are compositional, so no change is tested.
 * `notBefore` and `notAfter` (exclusive) stop the window at the neighbouring revisions, so that each side describes
 * one plan version only (docs/clinical.md, "Symptom episodes, homework and plan revisions").
 */
export function triggerShares(
  episodes: readonly TriggerEpisode[],
  revisionDate: string,
  windowWeeks: number,
  { confidence = 0.95, notBefore, notAfter }: { confidence?: number; notBefore?: string; notAfter?: string } = {},
): TriggerShares {
  checkEpisodes(episodes);
  requireLocalDate(revisionDate, "revisionDate");
  if (!Number.isInteger(windowWeeks) || windowWeeks < 1) {
    throw new MeasureInputError("windowWeeks", `windowWeeks must be a whole number ≥ 1, got ${String(windowWeeks)}`);
  }
  requireConfidence(confidence);
  if (notBefore !== undefined) requireLocalDate(notBefore, "notBefore");
  if (notAfter !== undefined) requireLocalDate(notAfter, "notAfter");
  const earliest = addDays(revisionDate, -7 * windowWeeks);
  const latest = addDays(revisionDate, 7 * windowWeeks);
  const from = notBefore !== undefined && notBefore > earliest && notBefore <= revisionDate ? notBefore : earliest;
  const to = notAfter !== undefined && notAfter < latest && notAfter > revisionDate ? notAfter : latest;
  const before = episodes.filter((e) => e.localDate >= from && e.localDate < revisionDate);
  const after = episodes.filter((e) => e.localDate >= revisionDate && e.localDate < to);
  const enough = before.length >= MIN_SHARE_EPISODES && after.length >= MIN_SHARE_EPISODES;
  const side = (list: TriggerEpisode[], trigger: TriggerCategory): ShareOnSide => {
    const count = list.filter((e) => e.triggerCategory === trigger).length;
    if (!enough) return { episodes: count, share: null };
    return {
      episodes: count,
      share: { estimate: count / list.length, ...wilsonInterval(count, list.length, confidence) },
    };
  };
  const triggers = TRIGGERS.filter((t) => [...before, ...after].some((e) => e.triggerCategory === t)).map(
    (trigger) => ({
      trigger,
      before: side(before, trigger),
      after: side(after, trigger),
    }),
  );
  return {
    method: "WILSON_SHARES",
    revisionDate,
    from,
    to,
    episodesBefore: before.length,
    episodesAfter: after.length,
    enough,
    reason: enough
      ? null
      : `Not enough episodes to compare shares: ${before.length} before and ${after.length} after (each side needs ${MIN_SHARE_EPISODES}).`,
    triggers,
  };
}
