/**
 * Segmented regression for an interrupted time series: the change at a plan revision is judged against the trend
 * that was already under way before it (docs/clinical.md, "Symptom episodes, homework and plan revisions").
 *
 * Both fits use the design of Wagner et al. (2002), "Segmented regression analysis of interrupted time series
 * studies in medication use research" (J Clin Pharm Ther 27:299–309), with time t in weeks measured from the
 * revision (t < 0 before, t ≥ 0 after):
 *   η(t) = b0 + b1·t + b2·after + b3·t·after
 * b1 is the trend before, b2 the change in level at the revision, b3 the change in trend after it.
 * - Counts (episodes a week): log link, fitted by iteratively reweighted least squares for a Poisson model
 *   (McCullagh & Nelder 1989, Generalized Linear Models). Overdispersion is measured by the Pearson
 *   χ² ÷ residual degrees of freedom; above 1 the standard errors are scaled by its square root and the
 *   intervals use Student's t (quasi-Poisson, McCullagh & Nelder 1989). Estimates are given as ratios: exp(b).
 * - Scores (ORS): ordinary least squares with t intervals on n − 4 degrees of freedom. Estimates are in points
 *   (trend and change in trend in points a week).
 */
import { MeasureInputError } from "./errors.ts";
import { inverseRegularizedIncompleteBeta, inverseRegularizedLowerIncompleteGamma } from "./statistics.ts";

export type SegmentedModel = "POISSON" | "QUASI_POISSON" | "LINEAR";

export interface EstimateInterval {
  estimate: number;
  lower: number;
  upper: number;
}

export interface SegmentedFit {
  model: SegmentedModel;
  /** Trend before the revision: a ratio a week for counts, points a week for scores. */
  trendBefore: EstimateInterval;
  /** Change in level at the revision: a rate ratio for counts, points for scores. */
  levelChange: EstimateInterval;
  /** Change in trend after the revision: a ratio a week for counts, points a week for scores. */
  slopeChange: EstimateInterval;
  /** Pearson χ² ÷ residual degrees of freedom for counts (1 means Poisson spread); null for scores. */
  dispersion: number | null;
  /** Residual degrees of freedom, n − 4. */
  df: number;
}

const PARAMETERS = 4;
const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-10;

function requireConfidence(confidence: number): number {
  if (typeof confidence !== "number" || !(confidence > 0 && confidence < 1)) {
    throw new MeasureInputError("confidence", `confidence must be strictly between 0 and 1, got ${String(confidence)}`);
  }
  return 1 - confidence;
}

function requireFinite(value: number, field: string): void {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new MeasureInputError(field, `${field} must be a finite number, got ${String(value)}`);
  }
}

/** Two-sided standard normal quantile: Φ(z) − ½ = ½·P(½, z²/2), so z = √(2·P⁻¹(½, 1 − α)). */
export function normalQuantile(alpha: number): number {
  return Math.sqrt(2 * inverseRegularizedLowerIncompleteGamma(1 - alpha, 0.5));
}

/**
 * Two-sided Student t quantile on ν degrees of freedom: P(|T| > q) = I_{ν/(ν+q²)}(ν/2, ½) = α, so with
 * x = I⁻¹(α; ν/2, ½), q = √(ν(1 − x)/x).
 */
export function studentTQuantile(alpha: number, df: number): number {
  const x = inverseRegularizedIncompleteBeta(alpha, df / 2, 0.5);
  return Math.sqrt((df * (1 - x)) / x);
}

/** The row of the design matrix at time t (weeks from the revision). */
function designRow(t: number): number[] {
  const after = t >= 0 ? 1 : 0;
  return [1, t, after, t * after];
}

/** Inverse of a small symmetric matrix by Gauss–Jordan elimination with partial pivoting; null when singular. */
function invert(matrix: number[][]): number[][] | null {
  const n = matrix.length;
  const a = matrix.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  const scale = Math.max(...matrix.map((row) => Math.max(...row.map(Math.abs))));
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    if (Math.abs(a[pivot]![col]!) <= 1e-12 * scale) return null;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const p = a[col]![col]!;
    for (let j = 0; j < 2 * n; j++) a[col]![j]! /= p;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = a[r]![col]!;
      if (factor !== 0) for (let j = 0; j < 2 * n; j++) a[r]![j]! -= factor * a[col]![j]!;
    }
  }
  return a.map((row) => row.slice(n));
}

/** Weighted cross-products XᵀWX and XᵀWz. */
function crossProducts(rows: number[][], weights: number[], z: number[]): { xtwx: number[][]; xtwz: number[] } {
  const p = rows[0]?.length ?? 0;
  const xtwx = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const xtwz = new Array<number>(p).fill(0);
  rows.forEach((x, i) => {
    for (let j = 0; j < p; j++) {
      xtwz[j]! += x[j]! * weights[i]! * z[i]!;
      for (let k = 0; k < p; k++) xtwx[j]![k]! += x[j]! * weights[i]! * x[k]!;
    }
  });
  return { xtwx, xtwz };
}

const multiply = (matrix: number[][], vector: number[]) =>
  matrix.map((row) => row.reduce((sum, value, j) => sum + value * vector[j]!, 0));

function interval(estimate: number, se: number, quantile: number, transform: (v: number) => number) {
  return {
    estimate: transform(estimate),
    lower: transform(estimate - quantile * se),
    upper: transform(estimate + quantile * se),
  };
}

/**
 * Log-linear Poisson regression of counts `y` on the design `rows` by iteratively reweighted least squares
 * (McCullagh & Nelder 1989). Returns the coefficients, the fitted means and the unscaled covariance (XᵀWX)⁻¹ at
 * them; null when the fit does not settle (e.g. all events at one end of the design) or the design is singular.
 */
export function poissonRegression(
  rows: number[][],
  y: readonly number[],
): { beta: number[]; mu: number[]; covariance: number[][] } | null {
  let mu = y.map((v) => v + 0.5);
  let beta = new Array<number>(rows[0]?.length ?? 0).fill(0);
  let inverse: number[][] | null = null;
  let converged = false;
  for (let iteration = 0; iteration < MAX_ITERATIONS && !converged; iteration++) {
    const z = mu.map((m, i) => Math.log(m) + (y[i]! - m) / m);
    const { xtwx, xtwz } = crossProducts(rows, mu, z);
    inverse = invert(xtwx);
    if (!inverse) return null;
    const next = multiply(inverse, xtwz);
    converged = next.every((b, j) => Math.abs(b - beta[j]!) <= TOLERANCE * Math.max(1, Math.abs(b)));
    beta = next;
    mu = rows.map((x) => Math.exp(x.reduce((sum, v, j) => sum + v * beta[j]!, 0)));
  }
  if (!converged || !inverse || !beta.every(Number.isFinite)) return null;
  // Covariance at the fitted means.
  const covariance = invert(crossProducts(rows, mu, mu).xtwx);
  return covariance ? { beta, mu, covariance } : null;
}

/** Points must lie on both sides of the revision, with enough of them for four parameters and a residual. */
function checkSides(times: number[]): void {
  if (!times.some((t) => t < 0) || !times.some((t) => t >= 0)) {
    throw new MeasureInputError("points", "segmented regression needs points before and after the change");
  }
  if (times.length <= PARAMETERS) {
    throw new MeasureInputError("points", `segmented regression needs more than ${PARAMETERS} points`);
  }
}

/**
 * Poisson (or quasi-Poisson, when overdispersed) segmented regression of counts a week. Returns null when the
 * fit does not exist (a side with no events, or a design without two distinct times on each side).
 * `assumePoisson` keeps the Poisson intervals whatever the spread, to show what the scaling guards against.
 */
export function segmentedCountFit(
  points: readonly { time: number; count: number }[],
  confidence = 0.95,
  { assumePoisson = false }: { assumePoisson?: boolean } = {},
): SegmentedFit | null {
  const alpha = requireConfidence(confidence);
  points.forEach((p, i) => {
    requireFinite(p.time, `points[${i}].time`);
    if (!Number.isInteger(p.count) || p.count < 0) {
      throw new MeasureInputError(`points[${i}].count`, `count must be a whole number ≥ 0, got ${String(p.count)}`);
    }
  });
  const times = points.map((p) => p.time);
  checkSides(times);
  const y = points.map((p) => p.count);
  // With no events on one side the level change is unbounded: there is no estimate to give.
  if (!points.some((p) => p.time < 0 && p.count > 0) || !points.some((p) => p.time >= 0 && p.count > 0)) return null;
  const fit = poissonRegression(times.map(designRow), y);
  if (!fit) return null;
  const { beta, mu, covariance: inverse } = fit;
  const df = points.length - PARAMETERS;
  const pearson = y.reduce((sum, v, i) => sum + (v - mu[i]!) ** 2 / mu[i]!, 0);
  const dispersion = pearson / df;
  const overdispersed = !assumePoisson && dispersion > 1;
  const quantile = overdispersed ? studentTQuantile(alpha, df) : normalQuantile(alpha);
  const se = (j: number) => Math.sqrt(inverse[j]![j]! * (overdispersed ? dispersion : 1));
  return {
    model: overdispersed ? "QUASI_POISSON" : "POISSON",
    trendBefore: interval(beta[1]!, se(1), quantile, Math.exp),
    levelChange: interval(beta[2]!, se(2), quantile, Math.exp),
    slopeChange: interval(beta[3]!, se(3), quantile, Math.exp),
    dispersion,
    df,
  };
}

/** Least-squares segmented regression of scores; null when the design is singular (one time on a side). */
export function segmentedLinearFit(
  points: readonly { time: number; value: number }[],
  confidence = 0.95,
): SegmentedFit | null {
  const alpha = requireConfidence(confidence);
  points.forEach((p, i) => {
    requireFinite(p.time, `points[${i}].time`);
    requireFinite(p.value, `points[${i}].value`);
  });
  const times = points.map((p) => p.time);
  checkSides(times);
  const y = points.map((p) => p.value);
  const rows = times.map(designRow);
  const ones = y.map(() => 1);
  const { xtwx, xtwz } = crossProducts(rows, ones, y);
  const inverse = invert(xtwx);
  if (!inverse) return null;
  const beta = multiply(inverse, xtwz);
  const df = points.length - PARAMETERS;
  const residuals = rows.map((x, i) => y[i]! - x.reduce((sum, v, j) => sum + v * beta[j]!, 0));
  const variance = residuals.reduce((sum, r) => sum + r * r, 0) / df;
  const quantile = studentTQuantile(alpha, df);
  const se = (j: number) => Math.sqrt(inverse[j]![j]! * variance);
  const same = (v: number) => v;
  return {
    model: "LINEAR",
    trendBefore: interval(beta[1]!, se(1), quantile, same),
    levelChange: interval(beta[2]!, se(2), quantile, same),
    slopeChange: interval(beta[3]!, se(3), quantile, same),
    dispersion: null,
    df,
  };
}
