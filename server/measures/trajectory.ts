/**
 * Expected treatment response and "off track" (docs/clinical.md, "Expected response and off track").
 *
 * Method (Finch, Lambert and Schaalje 2001): expected ORS courses specific to the intake score, from a two-level
 * model of score on ln(session number) with a random intercept and slope per client, fitted to the clinic's cases
 * closed before the judged session. A client is off track when their latest score is below the OFF_TRACK_PERCENTILE
 * (10th) percentile of the within-client prediction interval around the expected course for their intake score.
 * With fewer than OFF_TRACK_MIN_CLOSED_CASES (30) closed cases, or no fit, the rule "no reliable improvement by
 * session OFF_TRACK_FALLBACK_SESSION (6), or reliable deterioration at any time" judges instead. The result always
 * names the rule that fired.
 */
import { classifyOutcome } from "./classification.ts";
import { MeasureInputError } from "./errors.ts";
import { validateOrsTotal } from "./instruments.ts";
import { fitGrowthModel, type GrowthCase, type GrowthModelFit } from "./mixed-model.ts";
import { DEFAULT_RULES, type ClinicalRules, type RuleName } from "./rules.ts";

export type IntakeBand = "SEVERE" | "MODERATE" | "MILD" | "NON_CLINICAL";

/**
 * Intake band from the baseline ORS: < INTAKE_BAND_SEVERE_BELOW (10) severe; < INTAKE_BAND_MODERATE_BELOW
 * (20) moderate; ≤ ORS_CLINICAL_CUTOFF_ADULT (25) mild; above the clinical cut-off non-clinical.
 */
export function intakeBand(baselineOrs: number, rules: ClinicalRules = DEFAULT_RULES): IntakeBand {
  validateOrsTotal(baselineOrs, rules, "baselineOrs");
  if (baselineOrs < rules.INTAKE_BAND_SEVERE_BELOW) return "SEVERE";
  if (baselineOrs < rules.INTAKE_BAND_MODERATE_BELOW) return "MODERATE";
  if (baselineOrs <= rules.ORS_CLINICAL_CUTOFF_ADULT) return "MILD";
  return "NON_CLINICAL";
}

// Acklam, P. J. (2003) "An algorithm for computing the inverse normal cumulative distribution function".
// Rational approximations in a central region and two tails; relative error below 1.15e-9.
const ACKLAM_A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1,
  2.506628277459239,
];
const ACKLAM_B = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1,
];
const ACKLAM_C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const ACKLAM_D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const ACKLAM_P_LOW = 0.02425;

function tailApproximation(q: number): number {
  const [c0, c1, c2, c3, c4, c5] = ACKLAM_C as [number, number, number, number, number, number];
  const [d0, d1, d2, d3] = ACKLAM_D as [number, number, number, number];
  return (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) / ((((d0 * q + d1) * q + d2) * q + d3) * q + 1);
}

/** Standard normal quantile Φ⁻¹(p), 0 < p < 1 (Acklam's algorithm). */
export function inverseNormalCdf(p: number): number {
  if (typeof p !== "number" || !(p > 0 && p < 1))
    throw new RangeError(`p must be strictly between 0 and 1, got ${String(p)}`);
  if (p < ACKLAM_P_LOW) return tailApproximation(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - ACKLAM_P_LOW) return -tailApproximation(Math.sqrt(-2 * Math.log1p(-p)));
  const [a0, a1, a2, a3, a4, a5] = ACKLAM_A as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4] = ACKLAM_B as [number, number, number, number, number];
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) /
    (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1)
  );
}

/**
 * Intake ORS scores enter the model centred on this value. The centre changes no expected score or band, only what
 * the intercept means (the expected session-1 score of a client whose intake score is 20).
 */
export const EXPECTED_CURVE_INTAKE_CENTRE = 20;

/** One closed case as the curve reads it: the intake ORS and the ORS ratings of its sessions. */
export interface CurveCase {
  intakeOrs: number;
  scores: readonly { sessionNumber: number; ors: number }[];
}

/**
 * The clinic's expected-response model: intake-specific expected ORS courses from a two-level model on
 * ln(session number) (Finch, Lambert and Schaalje 2001; docs/clinical.md, "Expected response and off track").
 * Only converged fits are curves.
 */
export interface ExpectedCurve extends GrowthModelFit {
  converged: true;
  /** The intake score subtracted before the intake enters the model. */
  intakeCentre: number;
}

function validateSessionNumber(value: unknown, field: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw new MeasureInputError(field, `${field} must be a whole number ≥ 1`);
  }
  return value;
}

/**
 * Fits the expected-response model to closed cases.
 *
 * The outcome y is every ORS rating from session 2 on; a session-1 rating in `scores` is ignored, because the intake
 * score is the model's level-2 covariate (as in Finch et al. 2001, where the intake score predicts the course and is
 * not itself one of the outcomes). A case enters the fit only with at least two ratings from session 2 on, so that its
 * own intercept and slope are both estimated. Each client has a random intercept and slope on ln(session); the
 * fit is by maximum likelihood (server/measures/mixed-model.ts).
 *
 * Returns null, so that the fallback rule judges, when the data cannot carry the model: fewer than 5 usable cases,
 * a single intake score or a single session number, a singular design, or no convergence.
 */
export function fitExpectedCurve(
  cases: readonly CurveCase[],
  rules: ClinicalRules = DEFAULT_RULES,
): ExpectedCurve | null {
  if (!Array.isArray(cases)) throw new MeasureInputError("cases", "cases must be an array");
  const growth: GrowthCase[] = [];
  const intakes = new Set<number>();
  const sessionNumbers = new Set<number>();
  cases.forEach((item: CurveCase | undefined, i) => {
    const field = `cases[${i}]`;
    if (item == null || typeof item !== "object") throw new MeasureInputError(field, `${field} must be an object`);
    const intake = validateOrsTotal(item.intakeOrs, rules, `${field}.intakeOrs`);
    if (!Array.isArray(item.scores)) throw new MeasureInputError(`${field}.scores`, `${field}.scores must be an array`);
    const sums = {
      covariate: intake - EXPECTED_CURVE_INTAKE_CENTRE,
      n: 0,
      sumX: 0,
      sumXX: 0,
      sumY: 0,
      sumXY: 0,
      sumYY: 0,
    };
    const numbers: number[] = [];
    (item.scores as readonly (CurveCase["scores"][number] | undefined)[]).forEach((score, j) => {
      const scoreField = `${field}.scores[${j}]`;
      const sessionNumber = validateSessionNumber(score?.sessionNumber, `${scoreField}.sessionNumber`);
      const y = validateOrsTotal(score!.ors, rules, `${scoreField}.ors`);
      if (sessionNumber < 2) return;
      const x = Math.log(sessionNumber);
      sums.n += 1;
      sums.sumX += x;
      sums.sumXX += x * x;
      sums.sumY += y;
      sums.sumXY += x * y;
      sums.sumYY += y * y;
      numbers.push(sessionNumber);
    });
    if (sums.n < 2) return;
    growth.push(sums);
    intakes.add(intake);
    for (const n of numbers) sessionNumbers.add(n);
  });
  if (intakes.size < 2 || sessionNumbers.size < 2) return null;
  const fit = fitGrowthModel(growth);
  if (!fit?.converged) return null;
  return { ...fit, converged: true, intakeCentre: EXPECTED_CURVE_INTAKE_CENTRE };
}

/**
 * Expected score at a session for a client with this intake score, and the lower edge of the off-track band.
 *
 * expected = β0 + β1·c + (β2 + β3·c)·ln t, with c = intake − centre. The band is the within-client prediction
 * interval: lower = expected + Φ⁻¹(OFF_TRACK_PERCENTILE)·√(σ² + Var(expected)), where σ is the SD of one client's
 * scores around their own course and Var(expected) is the uncertainty of the fitted fixed part. It answers "would a
 * client following the expected course for this intake score be this low at session t?". The spread between
 * clients (D) is left out on purpose: a pooled SD that holds it puts the band so low that a flat course stays inside
 * it (docs/clinical.md, "Expected response and off track").
 */
export function expectedBand(
  curve: ExpectedCurve,
  baselineOrs: number,
  sessionNumber: number,
  rules: ClinicalRules = DEFAULT_RULES,
): { expected: number; lower: number; predictionSd: number; z: number; rule: "OFF_TRACK_PERCENTILE" } {
  validateOrsTotal(baselineOrs, rules, "baselineOrs");
  if (typeof sessionNumber !== "number" || !Number.isFinite(sessionNumber) || sessionNumber < 1) {
    throw new MeasureInputError("sessionNumber", "sessionNumber must be a number ≥ 1");
  }
  const c = baselineOrs - curve.intakeCentre;
  const x = Math.log(sessionNumber);
  const design = [1, c, x, c * x];
  const expected = design.reduce((sum, value, i) => sum + value * curve.fixed[i]!, 0);
  let fixedVariance = 0;
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) fixedVariance += design[i]! * curve.fixedCovariance[i]![j]! * design[j]!;
  }
  const predictionSd = Math.sqrt(curve.residualSd ** 2 + Math.max(0, fixedVariance));
  const z = inverseNormalCdf(rules.OFF_TRACK_PERCENTILE);
  return { expected, lower: expected + z * predictionSd, predictionSd, z, rule: "OFF_TRACK_PERCENTILE" };
}

export type OffTrackRule =
  "EXPECTED_CURVE_BELOW_PERCENTILE" | "FALLBACK_NO_RELIABLE_IMPROVEMENT_BY_SESSION" | "FALLBACK_RELIABLE_DETERIORATION";

export interface OffTrackAssessment {
  offTrack: boolean;
  /** Which method was used: the clinic's expected curve, or the fallback rule. */
  method: "EXPECTED_CURVE" | "FALLBACK";
  /** The rule that fired (null when on track). */
  rule: OffTrackRule | null;
  /** The clinical-rules constants the decision used. */
  rulesApplied: RuleName[];
  expected: number | null;
  lower: number | null;
}

/**
 * Off-track decision for one client on the ORS (higher = better).
 * - EXPECTED_CURVE when `closedCases` ≥ OFF_TRACK_MIN_CLOSED_CASES and a curve exists: off track when the
 *   latest score is strictly below the OFF_TRACK_PERCENTILE band at `sessionNumber`.
 * - FALLBACK otherwise: off track on reliable deterioration (ORS_RELIABLE_CHANGE) at any session, or when
 *   `sessionNumber` ≥ OFF_TRACK_FALLBACK_SESSION without reliable improvement since baseline.
 * `sessionNumber` is the session of the latest score.
 */
export function assessOffTrack(
  input: {
    baselineOrs: number;
    latestOrs: number;
    sessionNumber: number;
    curve: ExpectedCurve | null;
    closedCases: number;
  },
  rules: ClinicalRules = DEFAULT_RULES,
): OffTrackAssessment {
  const { baselineOrs, latestOrs, sessionNumber, curve, closedCases } = input;
  validateOrsTotal(latestOrs, rules, "latestOrs");
  validateOrsTotal(baselineOrs, rules, "baselineOrs");
  if (typeof sessionNumber !== "number" || !Number.isInteger(sessionNumber) || sessionNumber < 1) {
    throw new MeasureInputError("sessionNumber", "sessionNumber must be a whole number ≥ 1");
  }
  if (typeof closedCases !== "number" || !Number.isInteger(closedCases) || closedCases < 0) {
    throw new MeasureInputError("closedCases", "closedCases must be a whole number ≥ 0");
  }

  if (curve !== null && closedCases >= rules.OFF_TRACK_MIN_CLOSED_CASES) {
    const band = expectedBand(curve, baselineOrs, sessionNumber, rules);
    const offTrack = latestOrs < band.lower;
    return {
      offTrack,
      method: "EXPECTED_CURVE",
      rule: offTrack ? "EXPECTED_CURVE_BELOW_PERCENTILE" : null,
      rulesApplied: ["OFF_TRACK_MIN_CLOSED_CASES", "OFF_TRACK_PERCENTILE"],
      expected: band.expected,
      lower: band.lower,
    };
  }

  const outcome = classifyOutcome("ORS", baselineOrs, latestOrs, rules);
  const rulesApplied: RuleName[] = ["OFF_TRACK_MIN_CLOSED_CASES", "ORS_RELIABLE_CHANGE", "OFF_TRACK_FALLBACK_SESSION"];
  let rule: OffTrackRule | null = null;
  if (outcome.changeClass === "RELIABLE_DETERIORATION") rule = "FALLBACK_RELIABLE_DETERIORATION";
  else if (sessionNumber >= rules.OFF_TRACK_FALLBACK_SESSION && outcome.changeClass !== "RELIABLE_IMPROVEMENT") {
    rule = "FALLBACK_NO_RELIABLE_IMPROVEMENT_BY_SESSION";
  }
  return { offTrack: rule !== null, method: "FALLBACK", rule, rulesApplied, expected: null, lower: null };
}
