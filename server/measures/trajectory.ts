/**
 * Expected treatment response and "off track" (docs/clinical.md, "Expected response and off track").
 *
 * Method (after Finch et al. 2001, who fitted score on log(session number) and flagged clients outside a
 * tolerance interval): fit the expected ORS curve score ≈ a + b·ln(session) from the clinic's own closed
 * cases with the same intake band; flag a client whose latest score is below the OFF_TRACK_PERCENTILE
 * (10th) percentile band at that session number, assuming normally distributed residuals. With fewer than
 * OFF_TRACK_MIN_CLOSED_CASES (30) closed cases in the band, fall back to the rule "no reliable improvement
 * by session OFF_TRACK_FALLBACK_SESSION (6), or reliable deterioration at any time". The result always
 * names the rule that fired.
 *
 * Note: the band is a plug-in percentile (expected + z·residual SD); it ignores the uncertainty of the
 * fitted coefficients, which is small next to the residual SD once 30+ cases are available.
 */
import { classifyOutcome } from "./classification.ts";
import { MeasureInputError } from "./errors.ts";
import { validateOrsTotal } from "./instruments.ts";
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

export interface SessionGroup {
  /** Session number (1, 2, …); the regressor is ln(sessionNumber). */
  sessionNumber: number;
  /** Number of scores at this session number. */
  count: number;
  /** Σ score at this session number. */
  sum: number;
  /** Σ score² at this session number. */
  sumOfSquares: number;
}

export interface ExpectedCurve {
  intercept: number;
  slope: number;
  /** √(RSS / (n − 2)). */
  residualSd: number;
  /** Number of scores (Σ count). */
  observations: number;
  closedCases?: number;
}

/**
 * Ordinary least squares of score on ln(sessionNumber), computed exactly from grouped sufficient
 * statistics (one SQL `GROUP BY session_number` returning COUNT, SUM(score), SUM(score*score)).
 *
 * Why grouping loses nothing: the OLS estimates and the residual sum of squares depend on the data only
 * through n, Σx, Σx², Σy, Σxy and Σy². Every score in a group has the same x = ln(session), so
 * Σx = Σ_g c_g·x_g, Σx² = Σ_g c_g·x_g², Σxy = Σ_g x_g·sum_g, Σy = Σ_g sum_g and Σy² = Σ_g sumOfSquares_g —
 * identical to the sums over the individual points. To limit cancellation the centred forms are used:
 * Sxx = Σ c_g (x_g − x̄)², Sxy = Σ c_g (x_g − x̄)(ȳ_g − ȳ), Syy = Σ [(sumSq_g − sum_g²/c_g) + c_g (ȳ_g − ȳ)²]
 * (within-group plus between-group sum of squares), RSS = Syy − slope·Sxy.
 *
 * Returns null when fewer than 3 scores (no residual degrees of freedom) or fewer than 2 distinct
 * session numbers (the slope is not identified).
 */
export function fitExpectedCurve(groups: readonly SessionGroup[], closedCases?: number): ExpectedCurve | null {
  if (!Array.isArray(groups)) throw new MeasureInputError("groups", "groups must be an array");
  const used: { x: number; count: number; sum: number; sumOfSquares: number }[] = [];
  groups.forEach((g: SessionGroup | undefined, i) => {
    const field = `groups[${i}]`;
    if (typeof g?.sessionNumber !== "number" || !Number.isInteger(g.sessionNumber) || g.sessionNumber < 1) {
      throw new MeasureInputError(`${field}.sessionNumber`, `${field}.sessionNumber must be a whole number ≥ 1`);
    }
    if (typeof g.count !== "number" || !Number.isInteger(g.count) || g.count < 0) {
      throw new MeasureInputError(`${field}.count`, `${field}.count must be a whole number ≥ 0`);
    }
    for (const key of ["sum", "sumOfSquares"] as const) {
      if (typeof g[key] !== "number" || !Number.isFinite(g[key])) {
        throw new MeasureInputError(`${field}.${key}`, `${field}.${key} must be a finite number`);
      }
    }
    if (g.count === 0) return;
    const within = g.sumOfSquares - (g.sum * g.sum) / g.count;
    if (within < -1e-9 * Math.max(1, Math.abs(g.sumOfSquares))) {
      throw new MeasureInputError(`${field}.sumOfSquares`, `${field}.sumOfSquares is smaller than sum²/count`);
    }
    used.push({ x: Math.log(g.sessionNumber), count: g.count, sum: g.sum, sumOfSquares: g.sumOfSquares });
  });
  if (closedCases !== undefined && (!Number.isInteger(closedCases) || closedCases < 0)) {
    throw new MeasureInputError("closedCases", "closedCases must be a whole number ≥ 0");
  }

  const n = used.reduce((acc, g) => acc + g.count, 0);
  const distinctX = new Set(used.map((g) => g.x)).size;
  if (n < 3 || distinctX < 2) return null;

  let meanX = 0;
  let meanY = 0;
  for (const g of used) {
    meanX += g.count * g.x;
    meanY += g.sum;
  }
  meanX /= n;
  meanY /= n;

  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const g of used) {
    const dx = g.x - meanX;
    const groupMean = g.sum / g.count;
    const dy = groupMean - meanY;
    sxx += g.count * dx * dx;
    sxy += g.count * dx * dy;
    syy += Math.max(0, g.sumOfSquares - g.sum * groupMean) + g.count * dy * dy;
  }
  if (!(sxx > 0)) return null;
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const rss = Math.max(0, syy - slope * sxy);
  const residualSd = Math.sqrt(rss / (n - 2));
  const curve: ExpectedCurve = { intercept, slope, residualSd, observations: n };
  if (closedCases !== undefined) curve.closedCases = closedCases;
  return curve;
}

/**
 * Expected score at a session and the lower band: expected = a + b·ln(session);
 * lower = expected + Φ⁻¹(OFF_TRACK_PERCENTILE)·residualSd (z ≈ −1.2816 for the 10th percentile).
 */
export function expectedBand(
  curve: ExpectedCurve,
  sessionNumber: number,
  rules: ClinicalRules = DEFAULT_RULES,
): { expected: number; lower: number; z: number; rule: "OFF_TRACK_PERCENTILE" } {
  if (typeof sessionNumber !== "number" || !Number.isFinite(sessionNumber) || sessionNumber < 1) {
    throw new MeasureInputError("sessionNumber", "sessionNumber must be a number ≥ 1");
  }
  const z = inverseNormalCdf(rules.OFF_TRACK_PERCENTILE);
  const expected = curve.intercept + curve.slope * Math.log(sessionNumber);
  return { expected, lower: expected + z * curve.residualSd, z, rule: "OFF_TRACK_PERCENTILE" };
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
    const band = expectedBand(curve, sessionNumber, rules);
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
