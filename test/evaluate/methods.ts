/**
 * The one place the evaluation calls the product's off-track code (server/measures/trajectory.ts), so that the
 * harness measures exactly what the dashboard applies.
 *
 * - The curve method: the expected ORS curve of the client's intake band, fitted on closed cases, judged by
 *   `assessOffTrack`; with too few closed cases in the band the product itself falls back to the fallback rule, and
 *   the judgement says so (`method`).
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
  intakeBand,
  type ExpectedCurve,
  type IntakeBand,
  type SessionGroup,
} from "../../server/measures/trajectory.ts";

export interface ClosedCase {
  readonly intakeOrs: number;
  readonly scores: readonly { readonly sessionNumber: number; readonly ors: number }[];
}

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

/** The product's curves: one per intake band, from the grouped scores of that band's closed cases. */
export function fitCurveModel(cases: readonly ClosedCase[], rules: ClinicalRules): CurveModel {
  const groups = new Map<IntakeBand, Map<number, SessionGroup>>();
  const counts = new Map<IntakeBand, number>();
  for (const c of cases) {
    const band = intakeBand(c.intakeOrs, rules);
    counts.set(band, (counts.get(band) ?? 0) + 1);
    const bandGroups = groups.get(band) ?? new Map<number, SessionGroup>();
    groups.set(band, bandGroups);
    for (const { sessionNumber, ors } of c.scores) {
      const g = bandGroups.get(sessionNumber) ?? { sessionNumber, count: 0, sum: 0, sumOfSquares: 0 };
      g.count += 1;
      g.sum += ors;
      g.sumOfSquares += ors * ors;
      bandGroups.set(sessionNumber, g);
    }
  }
  const curves = new Map<IntakeBand, { curve: ExpectedCurve | null; closedCases: number }>();
  for (const [band, bandGroups] of groups) {
    const closedCases = counts.get(band) ?? 0;
    curves.set(band, { curve: fitExpectedCurve([...bandGroups.values()], closedCases), closedCases });
  }
  return {
    forBaseline: (baselineOrs) => curves.get(intakeBand(baselineOrs, rules)) ?? { curve: null, closedCases: 0 },
  };
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
