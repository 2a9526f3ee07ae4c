import { addDays, daysBetween } from "../common/time.ts";
import { linearFit, segmentedCountFit, segmentedLinearFit, type SegmentedFit } from "../measures/index.ts";
import type { ClinicalRules } from "../measures/rules.ts";
import type { PlanRevision } from "../plans/plan-revision.entity.ts";
import {
  EffectModel,
  EffectShortfall,
  type PlanComparison,
  type PlanWindow,
  type RevisionEffect,
} from "./plan-comparison.types.ts";
import type { EpisodeDay, SessionData, WindowBounds } from "./progress.queries.ts";

const DAYS_PER_WEEK = 7;

/**
 * A revision is compared with the weeks before it only once the window after it holds at least this many days
 * (docs/clinical.md, "Symptom episodes, homework and plan revisions"): a few days after a change say nothing about
 * it, yet an empty first week reads as a fall to nothing.
 */
export const PLAN_COMPARISON_MIN_AFTER_DAYS = 14;

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * Windows on each side of every revision: up to PLAN_COMPARISON_WINDOW_WEEKS long, never reaching past the
 * neighbouring revision (or intake, or today), so each window shows one version of the plan.
 */
export function comparisonWindows(
  revisions: PlanRevision[],
  intakeDate: string,
  today: string,
  rules: ClinicalRules,
): { before: WindowBounds | null; after: WindowBounds }[] {
  const windowDays = rules.PLAN_COMPARISON_WINDOW_WEEKS * DAYS_PER_WEEK;
  const tomorrow = addDays(today, 1);
  return revisions.map((revision, i) => {
    const start = revision.localDate;
    const previous = revisions[i - 1]?.localDate ?? intakeDate;
    const next = revisions[i + 1]?.localDate ?? tomorrow;
    const beforeFrom = later(previous, addDays(start, -windowDays));
    const afterTo = earlier(earlier(next, addDays(start, windowDays)), tomorrow);
    return {
      before: beforeFrom < start ? { from: beforeFrom, to: start } : null,
      after: { from: start, to: later(afterTo, start) },
    };
  });
}

function planWindow(
  bounds: WindowBounds,
  counts: { episodes: number; homeworkReviewed: number; homeworkCompleted: number },
  sessions: SessionData[],
): PlanWindow {
  const days = daysBetween(bounds.from, bounds.to);
  const ors = sessions.filter((s) => s.ors != null && s.localDate >= bounds.from && s.localDate < bounds.to);
  const fit = linearFit(
    ors.map((s) => daysBetween(bounds.from, s.localDate) / DAYS_PER_WEEK),
    ors.map((s) => s.ors!),
  );
  return {
    ...bounds,
    days,
    episodes: counts.episodes,
    episodesPerWeek: days > 0 ? (counts.episodes / days) * DAYS_PER_WEEK : null,
    homeworkReviewed: counts.homeworkReviewed,
    homeworkCompletionRate: counts.homeworkReviewed > 0 ? counts.homeworkCompleted / counts.homeworkReviewed : null,
    orsPoints: ors.length,
    orsSlopePerWeek: fit?.slope ?? null,
  };
}

/** Segmented regression needs more points than its four parameters. */
const MIN_POINTS_FOR_FIT = 5;

function shortOf(
  shortfall: EffectShortfall,
  sides: Pick<RevisionEffect, "weeksBefore" | "weeksAfter" | "pointsBefore" | "pointsAfter">,
  minimumRule: string,
  rules: ClinicalRules,
): RevisionEffect {
  return {
    enough: false,
    shortfall,
    model: null,
    ...sides,
    minimumRule,
    confidence: rules.RATE_RATIO_CONFIDENCE,
    dispersion: null,
    trendBefore: null,
    levelChange: null,
    slopeChange: null,
  };
}

function fitted(
  fit: SegmentedFit,
  sides: Pick<RevisionEffect, "weeksBefore" | "weeksAfter" | "pointsBefore" | "pointsAfter">,
  minimumRule: string,
  rules: ClinicalRules,
): RevisionEffect {
  return {
    enough: true,
    shortfall: null,
    model: EffectModel[fit.model],
    ...sides,
    minimumRule,
    confidence: rules.RATE_RATIO_CONFIDENCE,
    dispersion: fit.dispersion,
    trendBefore: fit.trendBefore,
    levelChange: fit.levelChange,
    slopeChange: fit.slopeChange,
  };
}

/**
 * Episodes in each complete week on either side of the revision, as weeks counted back from it and forward from
 * it, each at its mid-point in weeks from the revision.
 */
export function weeklyEpisodeSeries(
  revisionDate: string,
  weeksBefore: number,
  weeksAfter: number,
  episodeDays: readonly EpisodeDay[],
): { time: number; count: number }[] {
  const counts = new Array<number>(weeksBefore + weeksAfter).fill(0);
  for (const day of episodeDays) {
    const week = Math.floor(daysBetween(revisionDate, day.localDate) / DAYS_PER_WEEK);
    if (week >= -weeksBefore && week < weeksAfter) counts[week + weeksBefore]! += day.count;
  }
  return counts.map((count, i) => ({ time: i - weeksBefore + 0.5, count }));
}

/**
 * Change in weekly episodes at the revision, judged against the trend before it (docs/clinical.md, "Symptom
 * episodes, homework and plan revisions"): needs PLAN_EFFECT_MIN_WEEKS complete weeks on each side.
 */
export function episodeEffect(
  windows: { before: WindowBounds; after: WindowBounds },
  episodeDays: readonly EpisodeDay[],
  rules: ClinicalRules,
): RevisionEffect {
  const revisionDate = windows.after.from;
  const weeksBefore = Math.floor(daysBetween(windows.before.from, revisionDate) / DAYS_PER_WEEK);
  const weeksAfter = Math.floor(daysBetween(revisionDate, windows.after.to) / DAYS_PER_WEEK);
  const sides = { weeksBefore, weeksAfter, pointsBefore: weeksBefore, pointsAfter: weeksAfter };
  const minimumRule = `PLAN_EFFECT_MIN_WEEKS = ${rules.PLAN_EFFECT_MIN_WEEKS}`;
  const minimum = rules.PLAN_EFFECT_MIN_WEEKS;
  if (weeksBefore < minimum || weeksAfter < minimum || weeksBefore + weeksAfter < MIN_POINTS_FOR_FIT) {
    return shortOf(EffectShortfall.TOO_FEW_WEEKS, sides, minimumRule, rules);
  }
  const series = weeklyEpisodeSeries(revisionDate, weeksBefore, weeksAfter, episodeDays);
  const fit = weeksBefore > 1 && weeksAfter > 1 ? segmentedCountFit(series, rules.RATE_RATIO_CONFIDENCE) : null;
  return fit
    ? fitted(fit, sides, minimumRule, rules)
    : shortOf(EffectShortfall.NO_EPISODES_ON_ONE_SIDE, sides, minimumRule, rules);
}

/**
 * Change in the ORS total at the revision, judged against its trend before (docs/clinical.md, "Symptom episodes,
 * homework and plan revisions"): needs PLAN_EFFECT_MIN_ORS_POINTS ratings on each side.
 */
export function orsEffect(
  windows: { before: WindowBounds; after: WindowBounds },
  sessions: readonly SessionData[],
  rules: ClinicalRules,
): RevisionEffect {
  const revisionDate = windows.after.from;
  const points = sessions
    .filter((s) => s.ors != null && s.localDate >= windows.before.from && s.localDate < windows.after.to)
    .map((s) => ({ time: daysBetween(revisionDate, s.localDate) / DAYS_PER_WEEK, value: s.ors! }));
  const pointsBefore = points.filter((p) => p.time < 0).length;
  const sides = {
    weeksBefore: Math.floor(daysBetween(windows.before.from, revisionDate) / DAYS_PER_WEEK),
    weeksAfter: Math.floor(daysBetween(revisionDate, windows.after.to) / DAYS_PER_WEEK),
    pointsBefore,
    pointsAfter: points.length - pointsBefore,
  };
  const minimumRule = `PLAN_EFFECT_MIN_ORS_POINTS = ${rules.PLAN_EFFECT_MIN_ORS_POINTS}`;
  const minimum = rules.PLAN_EFFECT_MIN_ORS_POINTS;
  if (sides.pointsBefore < minimum || sides.pointsAfter < minimum) {
    return shortOf(EffectShortfall.TOO_FEW_RATINGS, sides, minimumRule, rules);
  }
  const fit =
    points.length >= MIN_POINTS_FOR_FIT && sides.pointsBefore > 0 && sides.pointsAfter > 0
      ? segmentedLinearFit(points, rules.RATE_RATIO_CONFIDENCE)
      : null;
  return fit ? fitted(fit, sides, minimumRule, rules) : shortOf(EffectShortfall.NO_FIT, sides, minimumRule, rules);
}

/**
 * Raw before/after figures for one revision, which describe the windows, and its effects on episodes and the ORS
 * judged against the trend before it.
 */
export function comparePlanWindows(
  windows: { before: WindowBounds | null; after: WindowBounds },
  counts: { before: Parameters<typeof planWindow>[1] | null; after: Parameters<typeof planWindow>[1] },
  sessions: SessionData[],
  episodeDays: readonly EpisodeDay[],
  rules: ClinicalRules,
): PlanComparison {
  const before = windows.before && counts.before ? planWindow(windows.before, counts.before, sessions) : null;
  const after = planWindow(windows.after, counts.after, sessions);
  const tooEarly = after.days < PLAN_COMPARISON_MIN_AFTER_DAYS;
  const sides = windows.before && !tooEarly ? { before: windows.before, after: windows.after } : null;
  return {
    before,
    after,
    episodeEffect: sides ? episodeEffect(sides, episodeDays, rules) : null,
    orsEffect: sides ? orsEffect(sides, sessions, rules) : null,
    windowRule: `PLAN_COMPARISON_WINDOW_WEEKS = ${rules.PLAN_COMPARISON_WINDOW_WEEKS}`,
    tooEarly,
    comparableFrom: addDays(windows.after.from, PLAN_COMPARISON_MIN_AFTER_DAYS - 1),
    minimumRule: `PLAN_COMPARISON_MIN_AFTER_DAYS = ${PLAN_COMPARISON_MIN_AFTER_DAYS}`,
  };
}
