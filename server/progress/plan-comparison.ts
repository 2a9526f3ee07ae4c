import { addDays, daysBetween } from "../common/time.ts";
import { linearFit, poissonRateRatio } from "../measures/index.ts";
import type { ClinicalRules } from "../measures/rules.ts";
import type { PlanRevision } from "../plans/plan-revision.entity.ts";
import type { PlanComparison, PlanWindow } from "./plan-comparison.types.ts";
import type { SessionData, WindowBounds } from "./progress.queries.ts";

const DAYS_PER_WEEK = 7;

/**
 * A revision is compared with the weeks before it only once the window after it holds at least this many days
 * (docs/clinical.md, "Symptom episodes, homework and plan revisions"): a few days after a change say nothing about
 * it, yet an empty first week reads as a rate ratio of 0.
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

/** Before/after figures for one revision, with the episode rate ratio (after ÷ before) and its exact interval. */
export function comparePlanWindows(
  windows: { before: WindowBounds | null; after: WindowBounds },
  counts: { before: Parameters<typeof planWindow>[1] | null; after: Parameters<typeof planWindow>[1] },
  sessions: SessionData[],
  rules: ClinicalRules,
): PlanComparison {
  const before = windows.before && counts.before ? planWindow(windows.before, counts.before, sessions) : null;
  const after = planWindow(windows.after, counts.after, sessions);
  const tooEarly = after.days < PLAN_COMPARISON_MIN_AFTER_DAYS;
  let episodeRateRatio: PlanComparison["episodeRateRatio"] = null;
  if (before && before.days > 0 && !tooEarly) {
    const rate = poissonRateRatio(
      {
        countAfter: after.episodes,
        exposureAfter: after.days / DAYS_PER_WEEK,
        countBefore: before.episodes,
        exposureBefore: before.days / DAYS_PER_WEEK,
      },
      rules.RATE_RATIO_CONFIDENCE,
    );
    episodeRateRatio = { ...rate, confidence: rules.RATE_RATIO_CONFIDENCE };
  }
  return {
    before,
    after,
    episodeRateRatio,
    windowRule: `PLAN_COMPARISON_WINDOW_WEEKS = ${rules.PLAN_COMPARISON_WINDOW_WEEKS}`,
    tooEarly,
    comparableFrom: addDays(windows.after.from, PLAN_COMPARISON_MIN_AFTER_DAYS - 1),
    minimumRule: `PLAN_COMPARISON_MIN_AFTER_DAYS = ${PLAN_COMPARISON_MIN_AFTER_DAYS}`,
  };
}
