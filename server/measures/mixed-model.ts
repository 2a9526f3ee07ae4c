/**
 * Two-level linear growth model on ln(session number), fitted by maximum likelihood with the EM algorithm
 * (docs/clinical.md, "Expected response and off track"). It is the model of Finch, Lambert and Schaalje (2001):
 *
 *   y_it = β0 + β1·c_i + (β2 + β3·c_i)·ln t + u0_i + u1_i·ln t + e_it,
 *   (u0_i, u1_i) ~ N(0, D) with D an unstructured 2×2 covariance, e_it ~ N(0, σ²),
 *
 * where c_i is the client's intake score minus a fixed centre. Because the fixed design of client i is its random
 * design Z_i = [1, ln t] times a 2×4 matrix P_i = [[1, c_i, 0, 0], [0, 0, 1, c_i]], every quantity the EM steps need
 * comes from six sums per client (n, Σx, Σx², Σy, Σxy, Σy²); the n×n marginal covariance V_i = Z_i D Z_iᵀ + σ²I is
 * never formed. Its inverse enters through the identity
 *   aᵀ V⁻¹ b = (aᵀb − (Z_iᵀa)ᵀ K_i (Z_iᵀb)) / σ², K_i = (σ²I + D Z_iᵀZ_i)⁻¹ D,
 * which needs no inverse of D, so a random-effect variance near zero does no harm.
 *
 * The iteration (Laird, Lange and Stram 1987): generalised least squares for β given (D, σ²), then the EM update of
 * (D, σ²) from the posterior means and covariances of the random effects. Each step does not lower the likelihood.
 */

/** The per-client sums the model reads: x = ln(session number), y = score. */
export interface GrowthCase {
  /** Level-2 covariate (intake score minus the centre). */
  covariate: number;
  n: number;
  sumX: number;
  sumXX: number;
  sumY: number;
  sumXY: number;
  sumYY: number;
}

export interface GrowthModelFit {
  /** [β0 intercept, β1 covariate, β2 ln(session), β3 covariate × ln(session)]. */
  fixed: [number, number, number, number];
  /** Covariance of the fixed-effect estimates, 4×4 in the order of `fixed`. */
  fixedCovariance: number[][];
  /** D: random intercept and slope variances and their covariance. */
  random: { interceptVariance: number; slopeVariance: number; covariance: number };
  /** σ: the SD of one score around the client's own course. */
  residualSd: number;
  cases: number;
  observations: number;
  logLikelihood: number;
  iterations: number;
  converged: boolean;
}

type Vec2 = [number, number];
type Mat2 = [number, number, number, number]; // row-major a b / c d

const mat2 = (a: number, b: number, c: number, d: number): Mat2 => [a, b, c, d];
const mul2 = (m: Mat2, n: Mat2): Mat2 =>
  mat2(m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3], m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3]);
const apply2 = (m: Mat2, v: Vec2): Vec2 => [m[0] * v[0] + m[1] * v[1], m[2] * v[0] + m[3] * v[1]];
const det2 = (m: Mat2) => m[0] * m[3] - m[1] * m[2];
const dot2 = (a: Vec2, b: Vec2) => a[0] * b[0] + a[1] * b[1];
function inverse2(m: Mat2): Mat2 | null {
  const det = det2(m);
  if (!(Math.abs(det) > 0) || !Number.isFinite(det)) return null;
  return mat2(m[3] / det, -m[1] / det, -m[2] / det, m[0] / det);
}

/** Inverse of a small symmetric positive-definite matrix by Gauss–Jordan with partial pivoting; null if singular. */
export function invertMatrix(matrix: readonly (readonly number[])[]): number[][] | null {
  const n = matrix.length;
  const a = matrix.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  const scale = Math.max(...matrix.flatMap((row) => row.map(Math.abs)), 0);
  if (!(scale > 0)) return null;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    if (!(Math.abs(a[pivot]![col]!) > 1e-12 * scale)) return null;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const row = a[col]!;
    const p = row[col]!;
    for (let j = 0; j < 2 * n; j++) row[j]! /= p;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = a[r]![col]!;
      if (factor === 0) continue;
      for (let j = 0; j < 2 * n; j++) a[r]![j]! -= factor * row[j]!;
    }
  }
  return a.map((row) => row.slice(n));
}

/** The client's fixed-part coefficients (intercept, slope on ln t): γ_i = P_i β. */
const clientCoefficients = (beta: readonly number[], c: number): Vec2 => [
  beta[0]! + beta[1]! * c,
  beta[2]! + beta[3]! * c,
];

/** Adds P_iᵀ W P_i (4×4) and P_iᵀ w (4) for one client, with P_i = [[1, c, 0, 0], [0, 0, 1, c]]. */
function addProjected(a: number[][], b: number[], w: Mat2, wy: Vec2, c: number) {
  const p = [
    [1, 0],
    [c, 0],
    [0, 1],
    [0, c],
  ];
  const m = [w[0], w[1], w[2], w[3]];
  for (let r = 0; r < 4; r++) {
    const pr = p[r]!;
    b[r]! += pr[0]! * wy[0] + pr[1]! * wy[1];
    for (let s = 0; s < 4; s++) {
      const ps = p[s]!;
      a[r]![s]! += pr[0]! * (m[0]! * ps[0]! + m[1]! * ps[1]!) + pr[1]! * (m[2]! * ps[0]! + m[3]! * ps[1]!);
    }
  }
}

interface ClientTerms {
  gram: Mat2;
  zy: Vec2;
  k: Mat2;
  /** W_i = Zᵀ V⁻¹ Z = (ZᵀZ − ZᵀZ·K·ZᵀZ) / σ². */
  w: Mat2;
  logDetM: number;
}

/**
 * K_i = (σ²I + D·ZᵀZ)⁻¹·D, W_i = ZᵀV⁻¹Z and ln det(σ²I + D·ZᵀZ) for one client; null if that matrix is singular.
 */
function clientTerms(x: GrowthCase, d: Mat2, s2: number): ClientTerms | null {
  const gram = mat2(x.n, x.sumX, x.sumX, x.sumXX);
  const dg = mul2(d, gram);
  const m = mat2(s2 + dg[0], dg[1], dg[2], s2 + dg[3]);
  const mInv = inverse2(m);
  const detM = det2(m);
  if (!mInv || !(detM > 0)) return null;
  const k = mul2(mInv, d);
  const gkg = mul2(mul2(gram, k), gram);
  const w = mat2((gram[0] - gkg[0]) / s2, (gram[1] - gkg[1]) / s2, (gram[2] - gkg[2]) / s2, (gram[3] - gkg[3]) / s2);
  return { gram, zy: [x.sumY, x.sumXY], k, w, logDetM: Math.log(detM) };
}

/** Zᵀ V⁻¹ b from Zᵀb: (Zᵀb − ZᵀZ·K·Zᵀb) / σ². */
const zvInv = (t: ClientTerms, zb: Vec2, s2: number): Vec2 => {
  const gkz = apply2(t.gram, apply2(t.k, zb));
  return [(zb[0] - gkz[0]) / s2, (zb[1] - gkz[1]) / s2];
};

const MAX_ITERATIONS = 5000;
/**
 * Stop when one iteration raises the log-likelihood by less than this. EM creeps when the random intercept and slope
 * are nearly collinear (a correlation near ±1, common with few cases); by then the fixed effects and σ, which are what
 * the band uses, have settled to well within their standard errors.
 */
const TOLERANCE = 1e-4;

/**
 * Maximum-likelihood fit of the two-level model above. Null when the data cannot identify it: fewer than 5 cases,
 * no spread in the covariate or in ln(session), a singular fixed-effect matrix, or a numerical failure. A fit that
 * reached MAX_ITERATIONS without meeting TOLERANCE is returned with `converged: false`.
 */
export function fitGrowthModel(cases: readonly GrowthCase[]): GrowthModelFit | null {
  const used = cases.filter((x) => x.n > 0);
  const observations = used.reduce((sum, x) => sum + x.n, 0);
  if (used.length < 5 || observations < 10) return null;

  // Start from ordinary least squares on all scores, with the residual variance split between the two levels.
  const a0 = Array.from({ length: 4 }, () => [0, 0, 0, 0]);
  const b0 = [0, 0, 0, 0];
  for (const x of used) addProjected(a0, b0, mat2(x.n, x.sumX, x.sumX, x.sumXX), [x.sumY, x.sumXY], x.covariate);
  const olsInverse = invertMatrix(a0);
  if (!olsInverse) return null;
  let beta = olsInverse.map((row) => row.reduce((sum, v, j) => sum + v * b0[j]!, 0));
  let rss = 0;
  for (const x of used) {
    const g = clientCoefficients(beta, x.covariate);
    rss +=
      x.sumYY -
      2 * (g[0] * x.sumY + g[1] * x.sumXY) +
      (g[0] * g[0] * x.n + 2 * g[0] * g[1] * x.sumX + g[1] * g[1] * x.sumXX);
  }
  const total = Math.max(rss / observations, 1e-6);
  let s2 = total / 2;
  let d: Mat2 = mat2(total / 2, 0, 0, total / 10);

  let logLikelihood = -Infinity;
  let fixedCovariance: number[][] | null = null;
  let converged = false;
  let iterations = 0;
  while (iterations < MAX_ITERATIONS) {
    iterations++;
    const terms: ClientTerms[] = [];
    // Generalised least squares for β given (D, σ²).
    const a = Array.from({ length: 4 }, () => [0, 0, 0, 0]);
    const b = [0, 0, 0, 0];
    for (const x of used) {
      const t = clientTerms(x, d, s2);
      if (!t) return null;
      terms.push(t);
      addProjected(a, b, t.w, zvInv(t, t.zy, s2), x.covariate);
    }
    fixedCovariance = invertMatrix(a);
    if (!fixedCovariance) return null;
    beta = fixedCovariance.map((row) => row.reduce((sum, v, j) => sum + v * b[j]!, 0));

    // E-step: posterior mean b̂_i = D·ZᵀV⁻¹r_i and covariance C_i = D − D·ZᵀV⁻¹Z·D; M-step for D and σ².
    let next = -0.5 * observations * Math.log(2 * Math.PI);
    const dSum = [0, 0, 0];
    let residualSum = 0;
    used.forEach((x, i) => {
      const t = terms[i]!;
      const g = clientCoefficients(beta, x.covariate);
      const gg = apply2(t.gram, g);
      const zr: Vec2 = [t.zy[0] - gg[0], t.zy[1] - gg[1]];
      const rr = x.sumYY - 2 * dot2(g, t.zy) + dot2(g, gg);
      const q = zvInv(t, zr, s2);
      const post = apply2(d, q);
      const dwd = mul2(mul2(d, t.w), d);
      const cov = mat2(d[0] - dwd[0], d[1] - dwd[1], d[2] - dwd[2], d[3] - dwd[3]);
      const quad = (rr - dot2(zr, apply2(t.k, zr))) / s2;
      const logDetV = (x.n - 2) * Math.log(s2) + t.logDetM;
      next -= 0.5 * (logDetV + quad);
      dSum[0]! += post[0] * post[0] + cov[0];
      dSum[1]! += post[0] * post[1] + 0.5 * (cov[1] + cov[2]);
      dSum[2]! += post[1] * post[1] + cov[3];
      const gPost = apply2(t.gram, post);
      const traceGC = t.gram[0] * cov[0] + t.gram[1] * cov[2] + t.gram[2] * cov[1] + t.gram[3] * cov[3];
      residualSum += rr - 2 * dot2(post, zr) + dot2(post, gPost) + traceGC;
    });
    if (!Number.isFinite(next)) return null;
    const gain = next - logLikelihood;
    logLikelihood = next;
    d = mat2(dSum[0]! / used.length, dSum[1]! / used.length, dSum[1]! / used.length, dSum[2]! / used.length);
    s2 = residualSum / observations;
    if (!(s2 > 0) || !Number.isFinite(s2)) return null;
    if (Math.abs(gain) < TOLERANCE) {
      converged = true;
      break;
    }
  }

  return {
    fixed: [beta[0]!, beta[1]!, beta[2]!, beta[3]!],
    fixedCovariance: fixedCovariance!,
    random: { interceptVariance: d[0], slopeVariance: d[3], covariance: d[1] },
    residualSd: Math.sqrt(s2),
    cases: used.length,
    observations,
    logLikelihood,
    iterations,
    converged,
  };
}
