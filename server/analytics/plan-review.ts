/**
 * The plan review (docs/clinical.md, "What works: the plan review"): since the last revision, what moved and what did
 * not, each line naming the rule or method it rests on and its figures, as the alerts do. It ends with the evidence
 * for and against reworking the plan, in two lists, and deliberately no verdict: weighing them is the therapist's
 * and the client's work.
 *
 * A line's direction follows a fixed reading: a clear change for the better weighs against reworking, a clear
 * change for the worse (or a state the off-track rules flag) weighs for it, and no clear change weighs neither way,
 * since an interval that includes no effect is not evidence that there is none.
 */
import { ProgressStatus } from "../progress/progress.enums.ts";
import type { Alert, ProgressSummary } from "../progress/progress.types.ts";
import type { PlanComparison, RevisionEffect } from "../progress/plan-comparison.types.ts";
import type { CopingComparison } from "./coping.ts";
import type { HomeworkChangeResult } from "./homework-change.ts";
import type { TargetProgress } from "./targets.ts";
import type { TriggerTrends } from "./triggers.ts";

export type PlanReviewLineKind = "MOVED" | "DID_NOT_MOVE" | "NOT_ENOUGH_DATA";
export type PlanReviewDirection = "FOR_REWORKING" | "AGAINST_REWORKING" | "NEUTRAL";

export interface PlanReviewLine {
  kind: PlanReviewLineKind;
  direction: PlanReviewDirection;
  text: string;
  rule: string;
  numbers: string;
}

export interface PlanReview {
  version: number | null;
  since: string | null;
  lines: PlanReviewLine[];
  evidenceFor: PlanReviewLine[];
  evidenceAgainst: PlanReviewLine[];
}

export interface PlanReviewInput {
  /** The latest revision: its version, local date and before/after comparison; null without a plan. */
  revision: { version: number; localDate: string; comparison: PlanComparison } | null;
  summary: Pick<ProgressSummary, "status" | "offTrackMethod" | "alerts">;
  targets: readonly TargetProgress[];
  homework: readonly HomeworkChangeResult[];
  coping: CopingComparison;
  triggers: TriggerTrends;
}

/** Alerts that decide the status (risk, off track, reliable deterioration), as status-rules.ts codes them. */
const statusAlert = (alert: Pick<Alert, "code">) =>
  alert.code === "OFF_TRACK" ||
  alert.code === "PHQ9_ITEM9" ||
  alert.code === "CRISIS_SESSION" ||
  alert.code.startsWith("RELIABLE_DETERIORATION");

/** An enum value in plain words: GROUNDING_5_4_3_2_1 → "grounding 5 4 3 2 1", WORK_OR_STUDY → "work or study". */
const words = (value: string) => value.toLowerCase().replaceAll("_", " ");
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
/** What set episodes off, as a phrase after "episodes". */
const setOffBy = (trigger: string) =>
  trigger === "NONE_IDENTIFIED" ? "with no trigger identified" : `set off by ${words(trigger)}`;

/** A figure to at most `digits` decimals, without trailing zeros. */
function figure(value: number, digits = 2): string {
  return String(Number(value.toFixed(digits)));
}

const percent = (level: number) => `${figure(level * 100, 1)}%`;

const interval = (x: { estimate: number; lower: number; upper: number }, level: number, digits = 2) =>
  `${figure(x.estimate, digits)} (${percent(level)} interval ${figure(x.lower, digits)} to ${figure(x.upper, digits)})`;

const MEASURE_NAMES: Record<string, string> = { ORS: "ORS", PHQ9: "PHQ-9", GAD7: "GAD-7" };

function line(
  kind: PlanReviewLineKind,
  direction: PlanReviewDirection,
  text: string,
  rule: string,
  numbers: string,
): PlanReviewLine {
  return { kind, direction, text, rule, numbers };
}

function statusLine(summary: PlanReviewInput["summary"]): PlanReviewLine {
  const offTrack = summary.alerts.filter(statusAlert);
  const method = summary.offTrackMethod ? words(summary.offTrackMethod) : "none yet";
  const rule = offTrack.length > 0 ? offTrack.map((alert) => alert.rule).join("; ") : `Off-track method: ${method}`;
  const numbers = `status ${words(summary.status)}; off-track method ${method}; ${count(summary.alerts.length, "alert")}`;
  switch (summary.status) {
    case ProgressStatus.INSUFFICIENT_DATA:
      return line(
        "NOT_ENOUGH_DATA",
        "NEUTRAL",
        "There are not yet two rated sessions to judge progress by.",
        rule,
        numbers,
      );
    case ProgressStatus.ON_TRACK:
      return line("MOVED", "AGAINST_REWORKING", "The client is on track.", rule, numbers);
    case ProgressStatus.NOT_ON_TRACK:
      return line("DID_NOT_MOVE", "FOR_REWORKING", "The client is not on track.", rule, numbers);
    case ProgressStatus.AT_RISK:
      return line("DID_NOT_MOVE", "FOR_REWORKING", "A risk rule fired: review risk before the plan.", rule, numbers);
  }
}

function effectLine(
  what: "episodes" | "ORS",
  effect: RevisionEffect | null,
  comparison: PlanComparison,
): PlanReviewLine {
  const rule = `Segmented regression (Wagner et al. 2002); ${comparison.windowRule}; ${comparison.minimumRule}`;
  const label = what === "episodes" ? "Weekly episodes" : "The ORS total";
  if (comparison.tooEarly || !effect || !effect.enough || !effect.levelChange) {
    const why = comparison.tooEarly
      ? `too early to compare (from ${comparison.comparableFrom})`
      : effect?.shortfall
        ? `not enough data (${effect.shortfall})`
        : "no window before the revision";
    return line("NOT_ENOUGH_DATA", "NEUTRAL", `${label}: no estimate of the revision's effect yet.`, rule, why);
  }
  const level = effect.levelChange;
  const none = what === "episodes" ? 1 : 0;
  const numbers = `${what === "episodes" ? "rate ratio" : "points"} ${interval(level, effect.confidence)}; model ${effect.model}`;
  const lower = level.upper < none;
  const higher = level.lower > none;
  if (!lower && !higher) {
    return line(
      "DID_NOT_MOVE",
      "NEUTRAL",
      `${label}: no clear change at the revision beyond the trend before it.`,
      rule,
      numbers,
    );
  }
  // Fewer episodes or a higher ORS is better.
  const better = what === "episodes" ? lower : higher;
  const moved =
    what === "episodes"
      ? `Weekly episodes ${lower ? "fell" : "rose"} at the revision, beyond the trend before it.`
      : `The ORS total ${higher ? "rose" : "fell"} at the revision, beyond the trend before it.`;
  return line("MOVED", better ? "AGAINST_REWORKING" : "FOR_REWORKING", moved, rule, numbers);
}

function targetLines(targets: readonly TargetProgress[]): PlanReviewLine[] {
  return targets
    .filter((progress) => progress.target.kind !== "UNCHECKABLE")
    .map((progress) => {
      const text = progress.target.text.trim();
      const rule = `WEEKLY_TARGET_CHECK: "${text}"`;
      const numbers = `met ${progress.weeksMet} of ${progress.weeksMeasurable} weeks checked; ${progress.streak} in a row`;
      const latest = progress.latestMeasured;
      if (!latest) {
        return line(
          "NOT_ENOUGH_DATA",
          "NEUTRAL",
          `Target "${text}": no week since the revision could be checked.`,
          rule,
          numbers,
        );
      }
      return latest.state === "MET"
        ? line("MOVED", "AGAINST_REWORKING", `Target "${text}" was met in the latest week checked.`, rule, numbers)
        : line(
            "DID_NOT_MOVE",
            "FOR_REWORKING",
            `Target "${text}" was not met in the latest week checked.`,
            rule,
            numbers,
          );
    });
}

function homeworkLines(results: readonly HomeworkChangeResult[]): PlanReviewLine[] {
  return results.map(({ measure, completion }) => {
    const name = MEASURE_NAMES[measure] ?? measure;
    const rule = `${completion.method}: homework completion against the change in ${name} at the next session`;
    const c = completion.counts;
    if (!completion.enough || !completion.slope) {
      return line(
        "NOT_ENOUGH_DATA",
        "NEUTRAL",
        `Homework and ${name}: not enough sessions to tell.`,
        rule,
        `${c.intervals} usable intervals (${c.high} with most homework done, ${c.low} with little)`,
      );
    }
    const numbers = `${interval(completion.slope, completion.confidence, 1)} points from none to all homework; ${c.intervals} intervals`;
    switch (completion.verdict) {
      case "CLEAR_DIFFERENCE_BETTER":
        return line(
          "MOVED",
          "AGAINST_REWORKING",
          `More homework went with more improvement on ${name}.`,
          rule,
          numbers,
        );
      case "CLEAR_DIFFERENCE_WORSE":
        return line("MOVED", "FOR_REWORKING", `More homework went with less improvement on ${name}.`, rule, numbers);
      default:
        return line("DID_NOT_MOVE", "NEUTRAL", `Homework and ${name}: no clear association.`, rule, numbers);
    }
  });
}

function copingLines(coping: CopingComparison): PlanReviewLine[] {
  const rule = `${coping.method} on peak intensity, ${coping.adjustment}-adjusted over ${count(coping.comparisons, "comparison")}`;
  if (!coping.enough) {
    return [
      line(
        "NOT_ENOUGH_DATA",
        "NEUTRAL",
        "Coping techniques: not enough episodes to compare.",
        rule,
        coping.reason ?? "",
      ),
    ];
  }
  return coping.techniques
    .filter((t) => t.enough && t.peakIntensity.interval)
    .map((t) => {
      const numbers = `peak with − without ${interval(t.peakIntensity.interval!, coping.intervalConfidence, 1)}; ${t.episodes} episodes with it, ${coping.episodesWithout} with none`;
      switch (t.peakIntensity.verdict) {
        case "CLEAR_DIFFERENCE_LOWER":
          return line(
            "MOVED",
            "AGAINST_REWORKING",
            `Episodes peaked lower when ${words(t.technique)} was used.`,
            rule,
            numbers,
          );
        case "CLEAR_DIFFERENCE_HIGHER":
          return line(
            "MOVED",
            "FOR_REWORKING",
            `Episodes peaked higher when ${words(t.technique)} was used.`,
            rule,
            numbers,
          );
        default:
          return line(
            "DID_NOT_MOVE",
            "NEUTRAL",
            `${capitalised(words(t.technique))}: no clear difference in peak intensity.`,
            rule,
            numbers,
          );
      }
    });
}

function triggerLines(trends: TriggerTrends): PlanReviewLine[] {
  const rule = `${trends.method}, ${trends.adjustment}-adjusted over ${count(trends.comparisons, "trigger")}`;
  if (!trends.enough) {
    return [
      line(
        "NOT_ENOUGH_DATA",
        "NEUTRAL",
        "Triggers: not enough weeks or episodes for a trend.",
        rule,
        trends.reason ?? "",
      ),
    ];
  }
  return trends.triggers
    .filter((t) => t.enough && t.ratePerWeek)
    .map((t) => {
      const numbers = `rate ratio a week ${interval(t.ratePerWeek!, trends.intervalConfidence)}; ${t.total} episodes over ${trends.weeks.length} weeks`;
      switch (t.verdict) {
        case "RISING":
          return line("MOVED", "FOR_REWORKING", `Episodes ${setOffBy(t.trigger)} are rising.`, rule, numbers);
        case "FALLING":
          return line("MOVED", "AGAINST_REWORKING", `Episodes ${setOffBy(t.trigger)} are falling.`, rule, numbers);
        default:
          return line("DID_NOT_MOVE", "NEUTRAL", `Episodes ${setOffBy(t.trigger)}: no clear trend.`, rule, numbers);
      }
    });
}

/** The review since the latest revision: every line in a fixed order, then the lines that weigh each way. */
export function planReview(input: PlanReviewInput): PlanReview {
  const { revision } = input;
  const lines = [
    statusLine(input.summary),
    ...(revision
      ? [
          effectLine("episodes", revision.comparison.episodeEffect, revision.comparison),
          effectLine("ORS", revision.comparison.orsEffect, revision.comparison),
        ]
      : []),
    ...targetLines(input.targets),
    ...homeworkLines(input.homework),
    ...copingLines(input.coping),
    ...triggerLines(input.triggers),
  ];
  return {
    version: revision?.version ?? null,
    since: revision?.localDate ?? null,
    lines,
    evidenceFor: lines.filter((l) => l.direction === "FOR_REWORKING"),
    evidenceAgainst: lines.filter((l) => l.direction === "AGAINST_REWORKING"),
  };
}
