import { describe, expect, it } from "vitest";
import { copingComparison } from "../../../server/analytics/coping.ts";
import { planReview, type PlanReviewInput } from "../../../server/analytics/plan-review.ts";
import { targetProgress } from "../../../server/analytics/targets.ts";
import { triggerTrends } from "../../../server/analytics/triggers.ts";
import { TriggerCategory } from "../../../server/episodes/episode.enums.ts";
import {
  EffectModel,
  type PlanComparison,
  type RevisionEffect,
} from "../../../server/progress/plan-comparison.types.ts";
import { ProgressStatus } from "../../../server/progress/progress.enums.ts";

const WINDOW: PlanComparison["after"] = {
  from: "2026-10-05",
  to: "2026-11-21",
  days: 47,
  episodes: 0,
  episodesPerWeek: 0,
  homeworkReviewed: 0,
  homeworkCompletionRate: null,
  orsPoints: 0,
  orsSlopePerWeek: null,
};

function effect(levelChange: RevisionEffect["levelChange"], model: RevisionEffect["model"]): RevisionEffect {
  return {
    enough: levelChange !== null,
    shortfall: null,
    model,
    weeksBefore: 6,
    weeksAfter: 6,
    pointsBefore: 6,
    pointsAfter: 6,
    minimumRule: "PLAN_EFFECT_MIN_WEEKS = 4",
    confidence: 0.95,
    dispersion: null,
    trendBefore: null,
    levelChange,
    slopeChange: null,
  };
}

function comparison(fields: Partial<PlanComparison>): PlanComparison {
  return {
    before: WINDOW,
    after: WINDOW,
    episodeEffect: null,
    orsEffect: null,
    windowRule: "PLAN_COMPARISON_WINDOW_WEEKS = 8",
    tooEarly: false,
    comparableFrom: "2026-10-18",
    minimumRule: "PLAN_COMPARISON_MIN_AFTER_DAYS = 14",
    ...fields,
  };
}

/** Nothing to go on: no revision, too few sessions, no episodes, no targets. */
const EMPTY: PlanReviewInput = {
  revision: null,
  summary: { status: ProgressStatus.INSUFFICIENT_DATA, offTrackMethod: null, alerts: [] },
  targets: [],
  homework: [],
  coping: copingComparison([]),
  triggers: triggerTrends([], []),
};

const MONDAYS = Array.from({ length: 8 }, (_, i) =>
  new Date(Date.parse("2026-09-28T00:00:00Z") + i * 7 * 86_400_000).toISOString().slice(0, 10),
);

describe("plan review", () => {
  it("says there is not enough data on every line when there is nothing to go on, and weighs nothing", () => {
    const review = planReview(EMPTY);
    expect(review.version).toBeNull();
    expect(review.lines.map((line) => [line.kind, line.direction])).toEqual([
      ["NOT_ENOUGH_DATA", "NEUTRAL"],
      ["NOT_ENOUGH_DATA", "NEUTRAL"],
      ["NOT_ENOUGH_DATA", "NEUTRAL"],
    ]);
    expect(review.evidenceFor).toEqual([]);
    expect(review.evidenceAgainst).toEqual([]);
  });

  it("reads each revision effect by whether its interval excludes no change, on the side that is better", () => {
    const at = (episodes: RevisionEffect["levelChange"], ors: RevisionEffect["levelChange"]) =>
      planReview({
        ...EMPTY,
        revision: {
          version: 2,
          localDate: "2026-10-05",
          comparison: comparison({
            episodeEffect: effect(episodes, EffectModel.POISSON),
            orsEffect: effect(ors, EffectModel.LINEAR),
          }),
        },
      }).lines.slice(1, 3);
    // Episodes halved (ratio interval below 1) and the ORS 3 points up (interval above 0): both better.
    const better = at({ estimate: 0.5, lower: 0.3, upper: 0.8 }, { estimate: 3, lower: 1, upper: 5 });
    expect(better.map((line) => [line.kind, line.direction])).toEqual([
      ["MOVED", "AGAINST_REWORKING"],
      ["MOVED", "AGAINST_REWORKING"],
    ]);
    expect(better[0]!.numbers).toBe("rate ratio 0.5 (95% interval 0.3 to 0.8); model POISSON");
    expect(better[0]!.rule).toContain("Wagner et al. 2002");
    // Episodes doubled and the ORS 3 points down: both worse.
    const worse = at({ estimate: 2, lower: 1.2, upper: 3.3 }, { estimate: -3, lower: -5, upper: -1 });
    expect(worse.map((line) => line.direction)).toEqual(["FOR_REWORKING", "FOR_REWORKING"]);
    // Intervals that include no change (1 for a ratio, 0 for points): no clear change, weighing neither way.
    const unclear = at({ estimate: 0.8, lower: 0.5, upper: 1.1 }, { estimate: 1, lower: -0.5, upper: 2.5 });
    expect(unclear.map((line) => [line.kind, line.direction])).toEqual([
      ["DID_NOT_MOVE", "NEUTRAL"],
      ["DID_NOT_MOVE", "NEUTRAL"],
    ]);
  });

  it("gives no effect while the window after the revision is too short", () => {
    const review = planReview({
      ...EMPTY,
      revision: {
        version: 2,
        localDate: "2026-11-16",
        comparison: comparison({ tooEarly: true, comparableFrom: "2026-11-29" }),
      },
    });
    expect(review.lines[1]).toMatchObject({ kind: "NOT_ENOUGH_DATA", direction: "NEUTRAL" });
    expect(review.lines[1]!.numbers).toContain("2026-11-29");
  });

  it("names the off-track alert's rule for a client not on track, and weighs it for reworking", () => {
    const rule = "No reliable improvement by session 6 (OFF_TRACK_FALLBACK_SESSION = 6)";
    const review = planReview({
      ...EMPTY,
      summary: {
        status: ProgressStatus.NOT_ON_TRACK,
        offTrackMethod: null,
        alerts: [{ code: "OFF_TRACK", severity: "WARNING", rule, message: "", suggestion: "", sessionNumber: null }],
      } as PlanReviewInput["summary"],
    });
    expect(review.lines[0]).toMatchObject({ kind: "DID_NOT_MOVE", direction: "FOR_REWORKING", rule });
    expect(review.evidenceFor).toEqual([review.lines[0]]);
  });

  it("weighs a target by its latest measured week, and leaves prose targets out", () => {
    // Weekly GAD-7 of 9, 6, 8 against "GAD-7 ≤ 7": met in 1 of 3 weeks, missed in the latest.
    const ratings = [9, 6, 8].map((gad7Total, i) => ({
      localDate: MONDAYS[i + 1]!,
      occurredAt: new Date(`${MONDAYS[i + 1]}T15:00:00Z`),
      gad7Total,
    }));
    const targets = targetProgress(
      ["GAD-7 ≤ 7", "Back on the subway"],
      { ratings, episodes: [], homework: [] },
      MONDAYS[1]!,
      MONDAYS.slice(0, 4),
    );
    const review = planReview({ ...EMPTY, targets });
    const lines = review.lines.filter((line) => line.rule.startsWith("WEEKLY_TARGET_CHECK"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      kind: "DID_NOT_MOVE",
      direction: "FOR_REWORKING",
      numbers: "met 1 of 3 weeks checked; 0 in a row",
    });
  });

  it("weighs a rising trigger for reworking, naming the trend's interval, in plain words", () => {
    // Work-or-study episodes 0, 0, 1, 1, 2, 3, 5, 8 a week: clearly rising.
    const counts = [0, 0, 1, 1, 2, 3, 5, 8];
    const episodes = counts.flatMap((n, week) =>
      Array.from({ length: n }, () => ({ localDate: MONDAYS[week]!, triggerCategory: TriggerCategory.WORK_OR_STUDY })),
    );
    const triggers = triggerTrends(episodes, MONDAYS);
    const rising = triggers.triggers[0]!;
    expect(rising.verdict).toBe("RISING");
    const review = planReview({ ...EMPTY, triggers });
    const line = review.lines.at(-1)!;
    expect(line).toMatchObject({ kind: "MOVED", direction: "FOR_REWORKING" });
    expect(line.text).toBe("Episodes set off by work or study are rising.");
    expect(line.numbers).toContain(String(Number(rising.ratePerWeek!.lower.toFixed(2))));
  });
});
