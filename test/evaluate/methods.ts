/**
 * The one place the evaluation calls the product's off-track code (server/measures/trajectory.ts), so that the
 * harness measures exactly what the dashboard applies.
 *
 * - The curve method: the clinic's expected ORS curve for the client's intake score, fitted on closed cases, judged
 *   by `assessOffTrack`; with too few closed cases the product itself falls back to the fallback rule, and the
 *   judgement says so (`method`).
 * - The fallback method: `assessOffTrack` with no curve (no reliable improvement by session 6, or reliable
 *   deterioration).
 *
 * Each judgement also carries a continuous score for the ROC analysis, larger meaning more worrying: for a curve
 * judgement the distance below the expected score in units of the off-track margin (1 = on the band's edge), for a
 * fallback judgement the ORS fall since intake in units of the reliable-change value.
 */
import type { ClinicalRules } from "../../server/measures/rules.ts";
import {
  assessOffTrack,
  fitExpectedCurve,
  type CurveCase,
  type ExpectedCurve,
} from "../../server/measures/trajectory.ts";

export type ClosedCase = CurveCase;

export interface CurveModel {
  /** The curve and the number of closed cases behind it for a client with this baseline ORS. */
  forBaseline(baselineOrs: number): { curve: ExpectedCurve | null; closedCases: number };
}

export interface JudgedPoint {
  readonly baselineOrs: number;
  readonly latestOrs: number;
  readonly sessionNumber: number;
}

export interface Judgement {
  offTrack: boolean;
  method: "EXPECTED_CURVE" | "FALLBACK";
  score: number;
}

/**
 * The product's curve, chosen as server/progress/expected-curves.ts chooses it: one two-level model on ln(session)
 * over the closed cases, with the intake score as covariate, so every client gets the expected course for their own
 * intake score. Only ratings from session 2 on are outcomes, a case counts when it has at least two of them, and the
 * model is fitted only when at least OFF_TRACK_MIN_CLOSED_CASES cases count; `closedCases` is that count.
 */
export function fitCurveModel(cases: readonly ClosedCase[], rules: ClinicalRules): CurveModel {
  const usable = cases
    .map((c) => ({ intakeOrs: c.intakeOrs, scores: c.scores.filter((s) => s.sessionNumber >= 2) }))
    .filter((c) => c.scores.length >= 2);
  const curve = usable.length >= rules.OFF_TRACK_MIN_CLOSED_CASES ? fitExpectedCurve(usable, rules) : null;
  return { forBaseline: () => ({ curve, closedCases: usable.length }) };
}

function fallbackScore(point: JudgedPoint, rules: ClinicalRules): number {
  return (point.baselineOrs - point.latestOrs) / rules.ORS_RELIABLE_CHANGE;
}

/** The product's judgement with the clinic's curves (falling back where the band has too few closed cases). */
export function judgeWithCurve(model: CurveModel, point: JudgedPoint, rules: ClinicalRules): Judgement {
  const { curve, closedCases } = model.forBaseline(point.baselineOrs);
  const assessment = assessOffTrack({ ...point, curve, closedCases }, rules);
  const { expected, lower } = assessment;
  const score =
    assessment.method === "EXPECTED_CURVE" && expected !== null && lower !== null && expected > lower
      ? (expected - point.latestOrs) / (expected - lower)
      : fallbackScore(point, rules);
  return { offTrack: assessment.offTrack, method: assessment.method, score };
}

/** The fallback rule alone, as a clinic without enough closed cases gets it. */
export function judgeWithFallback(point: JudgedPoint, rules: ClinicalRules): Judgement {
  const assessment = assessOffTrack({ ...point, curve: null, closedCases: 0 }, rules);
  return { offTrack: assessment.offTrack, method: assessment.method, score: fallbackScore(point, rules) };
}
