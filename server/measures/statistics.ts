/**
 * Small, dependency-free numerical routines used by the analytics.
 *
 * Methods and sources:
 * - log-gamma: Lanczos approximation (g = 7, 9 coefficients; Godfrey's set), relative error ≈ 1e-15.
 * - regularized incomplete beta I_x(a, b): continued fraction evaluated with the modified Lentz method,
 *   using the symmetry I_x(a,b) = 1 − I_{1−x}(b,a) where the fraction converges slowly
 *   (Press et al., Numerical Recipes, 3rd ed., §6.4; Lentz 1976; Thompson & Barnett 1986).
 * - regularized incomplete gamma P(a, x): series for x < a + 1, continued fraction (Lentz) otherwise
 *   (Numerical Recipes §6.2).
 * - inverses by bisection: the functions are monotone on a bracketing interval, so bisection is slow
 *   but cannot fail; it stops when the bracket is narrower than 1e-13 relative (well under 1e-10).
 * - exact Poisson interval (Garwood 1936): lower = χ²(α/2; 2k)/2, upper = χ²(1−α/2; 2k+2)/2. A χ² with
 *   2k degrees of freedom halved is Gamma(k, 1), and P(X ≤ k | μ) = Q(k+1, μ) = 1 − P(k+1, μ), so the
 *   bounds are quantiles of the regularized incomplete gamma.
 * - Clopper–Pearson (1934) binomial interval via beta quantiles: P(X ≥ x | n, p) = I_p(x, n − x + 1).
 * - Poisson rate ratio: exact conditional method. Given the total N = a + b, the count a is
 *   Binomial(N, π) with π = RR·E_a / (RR·E_a + E_b), so a Clopper–Pearson interval for π maps to
 *   RR = π / (1 − π) · E_b / E_a (e.g. Rothman & Greenland, Modern Epidemiology; Breslow & Day vol. II).
 */

const EPS = 1e-15;
const FPMIN = 1e-300;
const MAX_ITERATIONS = 10_000;

function requireFiniteArray(values: readonly number[], name: string): void {
  if (!Array.isArray(values)) throw new TypeError(`${name} must be an array of numbers`);
  for (let i = 0; i < values.length; i++) {
    const v: unknown = values[i];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new RangeError(`${name}[${i}] must be a finite number, got ${String(v)}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Descriptive statistics
// ---------------------------------------------------------------------------------------------

/**
 * Ordinary least squares y = intercept + slope·x. Two-pass (centred) sums avoid the cancellation of
 * the textbook Σxy − ΣxΣy/n form. Returns null with fewer than 2 points or zero variance in x.
 */
export function linearFit(
  xs: readonly number[],
  ys: readonly number[],
): { slope: number; intercept: number; n: number } | null {
  requireFiniteArray(xs, "xs");
  requireFiniteArray(ys, "ys");
  if (xs.length !== ys.length) throw new RangeError(`xs and ys differ in length (${xs.length} vs ${ys.length})`);
  const n = xs.length;
  if (n < 2) return null;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += xs[i]!;
    meanY += ys[i]!;
  }
  meanX /= n;
  meanY /= n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - meanX;
    sxx += dx * dx;
    sxy += dx * (ys[i]! - meanY);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX, n };
}

/**
 * Sample quantile by linear interpolation between order statistics — Hyndman & Fan (1996) type 7
 * (the default of R and NumPy): h = (n − 1)·p, Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]).
 * Returns null for an empty list.
 */
export function quantile(values: readonly number[], p: number): number | null {
  return quantiles(values, [p])[0]!;
}

/** Several type-7 quantiles of one list, sorting it once. */
export function quantiles(values: readonly number[], ps: readonly number[]): (number | null)[] {
  requireFiniteArray(values, "values");
  for (const p of ps)
    if (typeof p !== "number" || !(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${String(p)}`);
  if (values.length === 0) return ps.map(() => null);
  const sorted = Float64Array.from(values).sort();
  return ps.map((p) => {
    const h = (sorted.length - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
  });
}

/** Median (type-7 quantile at 0.5); null for an empty list. */
export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}

// ---------------------------------------------------------------------------------------------
// Special functions
// ---------------------------------------------------------------------------------------------

const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos approximation; reflection formula below 0.5). */
export function logGamma(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) throw new RangeError(`logGamma needs a finite x > 0, got ${x}`);
  if (x < 0.5) {
    // Γ(x)Γ(1−x) = π / sin(πx)
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  const z = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

function clampTiny(v: number): number {
  return Math.abs(v) < FPMIN ? FPMIN : v;
}

/** Continued fraction for I_x(a, b) (Numerical Recipes betacf), modified Lentz evaluation. */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 / clampTiny(1 - (qab * x) / qap);
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    // even step
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 / clampTiny(1 + aa * d);
    c = clampTiny(1 + aa / c);
    h *= d * c;
    // odd step
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 / clampTiny(1 + aa * d);
    c = clampTiny(1 + aa / c);
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) return h;
  }
  throw new Error(`incomplete beta continued fraction did not converge (x=${x}, a=${a}, b=${b})`);
}

/** Regularized incomplete beta I_x(a, b), x in [0, 1], a, b > 0. */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (!(a > 0) || !(b > 0) || !Number.isFinite(a) || !Number.isFinite(b)) {
    throw new RangeError(`incomplete beta needs finite a, b > 0, got a=${a}, b=${b}`);
  }
  if (!(x >= 0 && x <= 1)) throw new RangeError(`incomplete beta needs x in [0, 1], got ${x}`);
  if (x === 0) return 0;
  if (x === 1) return 1;
  const lnFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
  const front = Math.exp(lnFront);
  // The continued fraction converges rapidly for x < (a + 1)/(a + b + 2); otherwise use the symmetry.
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

/**
 * Bisection for a monotone increasing f on [lo, hi] with f(lo) ≤ target ≤ f(hi). Stops when the bracket
 * is narrower than 1e-13 relative to its midpoint (absolute 1e-300 floor) or cannot shrink further.
 */
function bisectIncreasing(f: (x: number) => number, target: number, lo: number, hi: number): number {
  for (let i = 0; i < 2000; i++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) return mid;
    if (f(mid) < target) lo = mid;
    else hi = mid;
    if (hi - lo <= Math.max(1e-13 * Math.abs(mid), 1e-300)) break;
  }
  return lo + (hi - lo) / 2;
}

/** x such that I_x(a, b) = p (bisection; tolerance far below 1e-10). */
export function inverseRegularizedIncompleteBeta(p: number, a: number, b: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${p}`);
  if (!(a > 0) || !(b > 0) || !Number.isFinite(a) || !Number.isFinite(b)) {
    throw new RangeError(`inverse incomplete beta needs finite a, b > 0, got a=${a}, b=${b}`);
  }
  if (p === 0) return 0;
  if (p === 1) return 1;
  return bisectIncreasing((x) => regularizedIncompleteBeta(x, a, b), p, 0, 1);
}

/** Regularized lower incomplete gamma P(a, x) = γ(a, x)/Γ(a), a > 0, x ≥ 0. */
export function regularizedLowerIncompleteGamma(a: number, x: number): number {
  if (!(a > 0) || !Number.isFinite(a)) throw new RangeError(`incomplete gamma needs a finite a > 0, got ${a}`);
  if (!(x >= 0)) throw new RangeError(`incomplete gamma needs x ≥ 0, got ${x}`);
  if (x === 0) return 0;
  if (x === Infinity) return 1;
  const lnFront = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    // Series: γ(a,x) = e^{−x} x^a Σ x^n / (a(a+1)…(a+n))
    let ap = a;
    let del = 1 / a;
    let sum = del;
    for (let n = 1; n <= MAX_ITERATIONS; n++) {
      ap += 1;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * EPS) return sum * Math.exp(lnFront);
    }
    throw new Error(`incomplete gamma series did not converge (a=${a}, x=${x})`);
  }
  // Continued fraction for Q(a, x), modified Lentz.
  let b = x + 1 - a;
  let c = 1 / FPMIN;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = 1 / clampTiny(an * d + b);
    c = clampTiny(b + an / c);
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) return 1 - Math.exp(lnFront) * h;
  }
  throw new Error(`incomplete gamma continued fraction did not converge (a=${a}, x=${x})`);
}

/** x such that P(a, x) = p (bisection on a bracket found by doubling). */
export function inverseRegularizedLowerIncompleteGamma(p: number, a: number): number {
  if (!(p >= 0 && p < 1)) throw new RangeError(`p must be in [0, 1), got ${p}`);
  if (p === 0) return 0;
  let hi = Math.max(1, a + 10 * Math.sqrt(a) + 10);
  while (regularizedLowerIncompleteGamma(a, hi) < p) hi *= 2;
  return bisectIncreasing((x) => regularizedLowerIncompleteGamma(a, x), p, 0, hi);
}

// ---------------------------------------------------------------------------------------------
// Intervals
// ---------------------------------------------------------------------------------------------

function requireConfidence(confidence: number): number {
  if (typeof confidence !== "number" || !(confidence > 0 && confidence < 1)) {
    throw new RangeError(`confidence must be strictly between 0 and 1, got ${String(confidence)}`);
  }
  return 1 - confidence;
}

function requireCount(value: number, name: string): void {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number ≥ 0, got ${String(value)}`);
  }
}

/**
 * Exact (Garwood 1936) confidence interval for a Poisson mean from an observed count:
 * lower = χ²(α/2; 2k)/2 (0 when k = 0), upper = χ²(1 − α/2; 2k + 2)/2.
 * Checks: k = 10 → (4.795, 18.390); k = 0 → upper 3.689 at 95%.
 */
export function exactPoissonInterval(count: number, confidence = 0.95): { lower: number; upper: number } {
  requireCount(count, "count");
  const alpha = requireConfidence(confidence);
  const lower = count === 0 ? 0 : inverseRegularizedLowerIncompleteGamma(alpha / 2, count);
  const upper = inverseRegularizedLowerIncompleteGamma(1 - alpha / 2, count + 1);
  return { lower, upper };
}

/**
 * Clopper–Pearson exact interval for a binomial proportion (x successes of n):
 * lower = B⁻¹(α/2; x, n − x + 1) (0 when x = 0), upper = B⁻¹(1 − α/2; x + 1, n − x) (1 when x = n).
 */
export function clopperPearsonInterval(
  successes: number,
  trials: number,
  confidence = 0.95,
): { lower: number; upper: number } {
  requireCount(successes, "successes");
  requireCount(trials, "trials");
  if (trials === 0 || successes > trials) {
    throw new RangeError(`need 0 ≤ successes ≤ trials and trials > 0, got ${successes} of ${trials}`);
  }
  const alpha = requireConfidence(confidence);
  const lower = successes === 0 ? 0 : inverseRegularizedIncompleteBeta(alpha / 2, successes, trials - successes + 1);
  const upper =
    successes === trials ? 1 : inverseRegularizedIncompleteBeta(1 - alpha / 2, successes + 1, trials - successes);
  return { lower, upper };
}

export interface RateRatio {
  /** (countAfter/exposureAfter) / (countBefore/exposureBefore); null when infinite or undefined. */
  ratio: number | null;
  lower: number | null;
  /** null when unbounded (countBefore = 0). */
  upper: number | null;
  method: "EXACT_CONDITIONAL_BINOMIAL";
}

/**
 * Poisson rate ratio (after vs before) with an exact conditional interval: conditional on
 * N = countAfter + countBefore, countAfter ~ Binomial(N, π) with π = RR·E_a/(RR·E_a + E_b); the
 * Clopper–Pearson interval for π maps to RR = π/(1 − π) · E_b/E_a (monotone, so bounds map to bounds).
 * Edge cases: both counts 0 → all null (no information); countBefore 0 → ratio null (infinite), finite
 * lower, upper null; countAfter 0 → ratio 0, lower 0. Exposures (e.g. weeks) must be > 0.
 */
export function poissonRateRatio(
  input: { countAfter: number; exposureAfter: number; countBefore: number; exposureBefore: number },
  confidence = 0.95,
): RateRatio {
  const { countAfter, exposureAfter, countBefore, exposureBefore } = input;
  requireCount(countAfter, "countAfter");
  requireCount(countBefore, "countBefore");
  for (const [name, value] of [
    ["exposureAfter", exposureAfter],
    ["exposureBefore", exposureBefore],
  ] as const) {
    if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
      throw new RangeError(`${name} must be a finite number > 0, got ${String(value)}`);
    }
  }
  requireConfidence(confidence);
  const method = "EXACT_CONDITIONAL_BINOMIAL" as const;
  const total = countAfter + countBefore;
  if (total === 0) return { ratio: null, lower: null, upper: null, method };

  const { lower: pLower, upper: pUpper } = clopperPearsonInterval(countAfter, total, confidence);
  const exposureFactor = exposureBefore / exposureAfter;
  const toRatio = (p: number): number => (p / (1 - p)) * exposureFactor;

  const ratio = countBefore === 0 ? null : countAfter / exposureAfter / (countBefore / exposureBefore);
  const lower = countAfter === 0 ? 0 : toRatio(pLower);
  const upper = countBefore === 0 ? null : toRatio(pUpper);
  return { ratio, lower, upper, method };
}
