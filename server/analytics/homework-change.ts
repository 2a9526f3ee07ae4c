/**
 * Homework and change: a lagged, within-client association between the homework due before each session and the
 * change in an outcome measure at that session (docs/clinical.md, "What works: homework and change").
 *
 * For each pair of consecutive sessions rated on the chosen measure, x is what was done of the homework due in the
 * interval (previous session date, this session date] and y is the change in the measure across that interval,
 * signed so that positive is better. The estimate is the least-squares slope of y on x with a Student t interval;
 * the verdict rests on whether that interval excludes no association. Intervals with x at or above one half against
 * those below it are compared as a description (difference of means, Welch interval). An association within one
 * client is not a cause: clients who feel better may do more homework.
 */
import { HomeworkStatus } from "../homework/homework.enums.ts";
import { isValidLocalDate } from "../common/time.ts";
import { MeasureInputError } from "../measures/errors.ts";
import {
  requireFiniteNumber,
  validateGad7Total,
  validateOrsTotal,
  validatePhq9Total,
} from "../measures/instruments.ts";
import { DEFAULT_RULES, type ClinicalRules } from "../measures/rules.ts";
import { studentTQuantile, type EstimateInterval } from "../measures/segmented.ts";
import { linearFit } from "../measures/statistics.ts";
import { mean, requireConfidence, requireList, welchInterval } from "./intervals.ts";

export type HomeworkOutcomeMeasure = "ORS" | "PHQ9" | "GAD7";

/** Which predictor a result is about: share of homework done, or how helpful the client found it. */
export type HomeworkPredictor = "COMPLETION" | "HELPFULNESS";

/** Closed set of verdicts. "Better" and "worse" refer to the outcome's change when more homework was done. */
export type HomeworkChangeVerdict =
  "CLEAR_DIFFERENCE_BETTER" | "CLEAR_DIFFERENCE_WORSE" | "NO_CLEAR_DIFFERENCE" | "NOT_ENOUGH_DATA";

/** A session as stored: attended sessions only, in date order, with the totals it was rated on (null if not). */
export interface HomeworkChangeSession {
  localDate: string;
  number: number | null;
  ors: number | null;
  phq9: number | null;
  gad7: number | null;
}

/** A homework item as stored: its local due date, how far it was done, and its helpfulness 0–10 if rated. */
export interface HomeworkChangeItem {
  dueDate: string;
  status: HomeworkStatus;
  helpfulness: number | null;
}

export interface HomeworkChangeInput {
  sessions: readonly HomeworkChangeSession[];
  homework: readonly HomeworkChangeItem[];
  measure: HomeworkOutcomeMeasure;
  /** Confidence level of the intervals; 0.95 unless given. */
  confidence?: number;
  rules?: ClinicalRules;
}

/** One usable interval between two rated sessions: what was done, and how the measure changed. */
export interface HomeworkChangePoint {
  /** Local date of the earlier session (the interval excludes it). */
  from: string;
  /** Local date of the later session (the interval includes it). */
  to: string;
  /** Ordinal of the later session among attended sessions, when known. */
  sessionNumber: number | null;
  /** Homework items that counted towards x. */
  items: number;
  /** Completion 0–1, or mean helpfulness rescaled to 0–1 (helpfulness ÷ 10). */
  x: number;
  /** Change in the measure across the interval, positive = better. */
  change: number;
}

export interface HomeworkChangeGroups {
  method: "WELCH_T";
  /** Intervals with x ≥ HOMEWORK_CHANGE_SPLIT: their number and mean change. */
  high: { intervals: number; meanChange: number };
  /** Intervals with x < HOMEWORK_CHANGE_SPLIT. */
  low: { intervals: number; meanChange: number };
  /** High minus low, in points of the measure (positive = better with more homework); null when both spreads are 0. */
  difference: EstimateInterval | null;
  /** Welch–Satterthwaite degrees of freedom; null with the difference. */
  df: number | null;
}

export interface HomeworkAssociation {
  predictor: HomeworkPredictor;
  measure: HomeworkOutcomeMeasure;
  method: "LEAST_SQUARES_SLOPE_T";
  enough: boolean;
  /** Plain reason when there is not enough data; null otherwise. */
  reason: string | null;
  verdict: HomeworkChangeVerdict;
  counts: {
    /** Consecutive pairs of sessions rated on the measure. */
    pairs: number;
    /** Pairs with homework that counts towards x. */
    intervals: number;
    /** Usable intervals with x ≥ HOMEWORK_CHANGE_SPLIT. */
    high: number;
    /** Usable intervals with x < HOMEWORK_CHANGE_SPLIT. */
    low: number;
  };
  /** Change in the measure, in points, going from none to all of the homework (or from helpfulness 0 to 10). */
  slope: EstimateInterval | null;
  /** Residual degrees of freedom of the slope, n − 2; null without an estimate. */
  df: number | null;
  /** High against low intervals, as a description only; null without enough data. */
  groups: HomeworkChangeGroups | null;
  /** Every usable interval, for the chart and its data table. */
  points: HomeworkChangePoint[];
  confidence: number;
}

export interface HomeworkChangeResult {
  measure: HomeworkOutcomeMeasure;
  completion: HomeworkAssociation;
  helpfulness: HomeworkAssociation;
}

/**
 * Fewest usable intervals for an estimate. A slope with a t interval needs n − 2 residual degrees of freedom; with
 * fewer than 4 the t quantile exceeds 2.78 and the interval spans nearly any plausible effect, and a line through
 * a handful of points is what the issue forbids showing.
 */
export const HOMEWORK_CHANGE_MIN_INTERVALS = 6;

/** Fewest usable intervals on each side of HOMEWORK_CHANGE_SPLIT: without spread in x there is nothing to compare. */
export const HOMEWORK_CHANGE_MIN_EACH_SIDE = 2;

/** Completion (or rescaled helpfulness) at or above this is "most of the homework"; below it, "little". */
export const HOMEWORK_CHANGE_SPLIT = 0.5;

/**
 * Credit for each reviewed status: a partial attempt counts half. Items still ASSIGNED were never reviewed, so they
 * say nothing about what was done and are left out.
 */
export const HOMEWORK_CREDIT: Readonly<Partial<Record<HomeworkStatus, number>>> = {
  [HomeworkStatus.COMPLETED]: 1,
  [HomeworkStatus.PARTIAL]: 0.5,
  [HomeworkStatus.NOT_DONE]: 0,
};

const HELPFULNESS_MAX = 10;
const DEFAULT_CONFIDENCE = 0.95;
const NOT_ENOUGH_REASON = "Not enough sessions to tell";

const MEASURES: Record<
  HomeworkOutcomeMeasure,
  {
    key: "ors" | "phq9" | "gad7";
    /** +1 when a higher score is better (ORS), −1 when lower is better (PHQ-9, GAD-7). */
    direction: 1 | -1;
    validate: (total: number, rules: ClinicalRules, field: string) => number;
  }
> = {
  ORS: { key: "ors", direction: 1, validate: validateOrsTotal },
  PHQ9: { key: "phq9", direction: -1, validate: validatePhq9Total },
  GAD7: { key: "gad7", direction: -1, validate: validateGad7Total },
};

function requireLocalDate(value: unknown, field: string): string {
  if (typeof value !== "string" || !isValidLocalDate(value)) {
    throw new MeasureInputError(field, `${field} must be a date written YYYY-MM-DD`);
  }
  return value;
}

/** Rejects a bad session list: dates must be valid and in order, totals valid for their measure. */
function validateSessions(sessions: readonly HomeworkChangeSession[], rules: ClinicalRules): void {
  requireList(sessions, "sessions");
  sessions.forEach((session, i) => {
    const date = requireLocalDate(session?.localDate, `sessions[${i}].localDate`);
    if (i > 0 && date < sessions[i - 1]!.localDate) {
      throw new MeasureInputError(`sessions[${i}].localDate`, "sessions must be in date order");
    }
    if (session.number != null) requireFiniteNumber(session.number, `sessions[${i}].number`);
    for (const measure of Object.values(MEASURES)) {
      const total = session[measure.key];
      if (total != null) measure.validate(total, rules, `sessions[${i}].${measure.key}`);
    }
  });
}

/** Rejects a bad homework list: a valid due date, a known status, helpfulness a whole number 0–10 or null. */
function validateHomework(homework: readonly HomeworkChangeItem[]): void {
  requireList(homework, "homework");
  const statuses = new Set<unknown>(Object.values(HomeworkStatus));
  homework.forEach((item, i) => {
    requireLocalDate(item?.dueDate, `homework[${i}].dueDate`);
    if (!statuses.has(item.status)) {
      throw new MeasureInputError(`homework[${i}].status`, `homework[${i}].status is not a known status`);
    }
    const h = item.helpfulness;
    if (h != null) {
      const field = `homework[${i}].helpfulness`;
      requireFiniteNumber(h, field);
      if (!Number.isInteger(h) || h < 0 || h > HELPFULNESS_MAX) {
        throw new MeasureInputError(field, `${field} must be a whole number from 0 to ${HELPFULNESS_MAX}`);
      }
    }
  });
}

/** x for one interval from its items, or null when none of them counts. */
function predictorValue(items: readonly HomeworkChangeItem[], predictor: HomeworkPredictor): number | null {
  const values: number[] = [];
  for (const item of items) {
    const credit = HOMEWORK_CREDIT[item.status];
    if (credit === undefined) continue;
    if (predictor === "COMPLETION") values.push(credit);
    else if (item.helpfulness != null) values.push(item.helpfulness / HELPFULNESS_MAX);
  }
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Usable intervals between consecutive sessions rated on the measure, and the number of such pairs. */
function intervals(
  input: HomeworkChangeInput,
  predictor: HomeworkPredictor,
): { points: HomeworkChangePoint[]; pairs: number } {
  const { key, direction } = MEASURES[input.measure];
  const rated = input.sessions.filter((s) => s[key] != null);
  const points: HomeworkChangePoint[] = [];
  for (let i = 1; i < rated.length; i++) {
    const before = rated[i - 1]!;
    const after = rated[i]!;
    const due = input.homework.filter((h) => h.dueDate > before.localDate && h.dueDate <= after.localDate);
    const counted = due.filter((h) => HOMEWORK_CREDIT[h.status] !== undefined);
    const x = predictorValue(counted, predictor);
    if (x === null) continue;
    points.push({
      from: before.localDate,
      to: after.localDate,
      sessionNumber: after.number,
      items: predictor === "COMPLETION" ? counted.length : counted.filter((h) => h.helpfulness != null).length,
      x,
      change: direction * (after[key]! - before[key]!),
    });
  }
  return { points, pairs: Math.max(0, rated.length - 1) };
}

/** Least-squares slope with a t interval on n − 2 degrees of freedom (se² = s² / Σ(x − x̄)²). */
function slopeInterval(points: readonly HomeworkChangePoint[], confidence: number) {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.change);
  const fit = linearFit(xs, ys);
  if (!fit) return null;
  const df = points.length - 2;
  const meanX = mean(xs);
  const sxx = xs.reduce((sum, x) => sum + (x - meanX) ** 2, 0);
  const rss = points.reduce((sum, p) => sum + (p.change - fit.intercept - fit.slope * p.x) ** 2, 0);
  const se = Math.sqrt(rss / df / sxx);
  const q = studentTQuantile(1 - confidence, df);
  return { interval: { estimate: fit.slope, lower: fit.slope - q * se, upper: fit.slope + q * se }, df };
}

/** Mean change with most of the homework done against little of it, with a Welch interval (description only). */
function welchGroups(points: readonly HomeworkChangePoint[], confidence: number): HomeworkChangeGroups {
  const high = points.filter((p) => p.x >= HOMEWORK_CHANGE_SPLIT).map((p) => p.change);
  const low = points.filter((p) => p.x < HOMEWORK_CHANGE_SPLIT).map((p) => p.change);
  const welch = welchInterval(high, low, confidence);
  const base = {
    method: "WELCH_T" as const,
    high: { intervals: high.length, meanChange: mean(high) },
    low: { intervals: low.length, meanChange: mean(low) },
  };
  if (!welch) return { ...base, difference: null, df: null };
  const { df, ...difference } = welch;
  return { ...base, difference, df };
}

function verdictOf(slope: EstimateInterval): HomeworkChangeVerdict {
  if (slope.lower > 0) return "CLEAR_DIFFERENCE_BETTER";
  if (slope.upper < 0) return "CLEAR_DIFFERENCE_WORSE";
  return "NO_CLEAR_DIFFERENCE";
}

function association(
  input: HomeworkChangeInput,
  predictor: HomeworkPredictor,
  confidence: number,
): HomeworkAssociation {
  const { points, pairs } = intervals(input, predictor);
  const high = points.filter((p) => p.x >= HOMEWORK_CHANGE_SPLIT).length;
  const counts = { pairs, intervals: points.length, high, low: points.length - high };
  const base = {
    predictor,
    measure: input.measure,
    method: "LEAST_SQUARES_SLOPE_T" as const,
    counts,
    points,
    confidence,
  };
  const short =
    counts.intervals < HOMEWORK_CHANGE_MIN_INTERVALS ||
    counts.high < HOMEWORK_CHANGE_MIN_EACH_SIDE ||
    counts.low < HOMEWORK_CHANGE_MIN_EACH_SIDE;
  const fit = short ? null : slopeInterval(points, confidence);
  if (!fit) {
    return {
      ...base,
      enough: false,
      reason: NOT_ENOUGH_REASON,
      verdict: "NOT_ENOUGH_DATA",
      slope: null,
      df: null,
      groups: null,
    };
  }
  return {
    ...base,
    enough: true,
    reason: null,
    verdict: verdictOf(fit.interval),
    slope: fit.interval,
    df: fit.df,
    groups: welchGroups(points, confidence),
  };
}

/**
 * Homework in the interval before each session against the change in `measure` at that session, for one client
 * (docs/clinical.md, "What works: homework and change"). Completion and helpfulness are reported separately; each
 * needs HOMEWORK_CHANGE_MIN_INTERVALS usable intervals, at least HOMEWORK_CHANGE_MIN_EACH_SIDE of them on each side
 * of HOMEWORK_CHANGE_SPLIT, or it says there are not enough sessions to tell.
 */
export function homeworkChange(input: HomeworkChangeInput): HomeworkChangeResult {
  if (!input || !Object.hasOwn(MEASURES, input.measure)) {
    throw new MeasureInputError("measure", "measure must be ORS, PHQ9 or GAD7");
  }
  const confidence = requireConfidence(input.confidence ?? DEFAULT_CONFIDENCE);
  const rules = input.rules ?? DEFAULT_RULES;
  validateSessions(input.sessions, rules);
  validateHomework(input.homework);
  return {
    measure: input.measure,
    completion: association(input, "COMPLETION", confidence),
    helpfulness: association(input, "HELPFULNESS", confidence),
  };
}
