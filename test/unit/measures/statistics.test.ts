import { describe, expect, it } from "vitest";
import {
  clopperPearsonInterval,
  exactPoissonInterval,
  inverseRegularizedIncompleteBeta,
  linearFit,
  median,
  poissonRateRatio,
  quantile,
  regularizedIncompleteBeta,
  regularizedLowerIncompleteGamma,
} from "../../../server/measures/statistics.ts";

// ---------------------------------------------------------------------------------------------
// Independent brute-force helpers (direct sums of probabilities; no special functions).
// ---------------------------------------------------------------------------------------------

function logFactorial(n: number): number {
  let s = 0;
  for (let k = 2; k <= n; k++) s += Math.log(k);
  return s;
}

function binomialPmf(k: number, n: number, p: number): number {
  if (p === 0) return k === 0 ? 1 : 0;
  if (p === 1) return k === n ? 1 : 0;
  return Math.exp(
    logFactorial(n) - logFactorial(k) - logFactorial(n - k) + k * Math.log(p) + (n - k) * Math.log(1 - p),
  );
}

/** P(X ≥ k), X ~ Binomial(n, p), summed term by term. */
function binomialUpperTail(k: number, n: number, p: number): number {
  let s = 0;
  for (let j = k; j <= n; j++) s += binomialPmf(j, n, p);
  return s;
}

/** P(X ≤ k), X ~ Binomial(n, p). */
function binomialLowerTail(k: number, n: number, p: number): number {
  let s = 0;
  for (let j = 0; j <= k; j++) s += binomialPmf(j, n, p);
  return s;
}

function poissonPmf(k: number, mu: number): number {
  return Math.exp(-mu + k * Math.log(mu) - logFactorial(k));
}

/** Bisect an increasing function f on [lo, hi] for f(x) = target. */
function bisect(f: (x: number) => number, target: number, lo: number, hi: number): number {
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Exact conditional rate ratio computed by brute force (only for a > 0 and b > 0). */
function bruteForceRateRatio(a: number, ea: number, b: number, eb: number, confidence: number) {
  const alpha = 1 - confidence;
  const n = a + b;
  // Lower p: P(X ≥ a | p) = α/2, increasing in p.
  const pLower = bisect((p) => binomialUpperTail(a, n, p), alpha / 2, 0, 1);
  // Upper p: P(X ≤ a | p) = α/2, decreasing in p, so bisect on −P.
  const pUpper = bisect((p) => -binomialLowerTail(a, n, p), -alpha / 2, 0, 1);
  const toRatio = (p: number) => (p / (1 - p)) * (eb / ea);
  return { ratio: a / ea / (b / eb), lower: toRatio(pLower), upper: toRatio(pUpper) };
}

describe("linearFit", () => {
  it("recovers an exact line", () => {
    const fit = linearFit([1, 2, 3, 4], [5, 8, 11, 14]);
    expect(fit).not.toBeNull();
    expect(fit!.slope).toBeCloseTo(3, 12);
    expect(fit!.intercept).toBeCloseTo(2, 12);
    expect(fit!.n).toBe(4);
  });

  it("matches a hand-computed least-squares fit", () => {
    // Points (1,2), (2,4), (3,3): x̄ = 2, ȳ = 3, Sxx = 2, Sxy = (−1)(−1) + 0·1 + 1·0 = 1
    // → slope = 1/2 = 0.5, intercept = 3 − 0.5·2 = 2.
    const fit = linearFit([1, 2, 3], [2, 4, 3]);
    expect(fit!.slope).toBeCloseTo(0.5, 12);
    expect(fit!.intercept).toBeCloseTo(2, 12);
  });

  it("stays accurate with a large offset in x (centred sums)", () => {
    const fit = linearFit([1e9 + 1, 1e9 + 2, 1e9 + 3], [1, 2, 3]);
    expect(fit!.slope).toBeCloseTo(1, 9);
  });

  it("returns null for fewer than 2 points or no x-variance", () => {
    expect(linearFit([], [])).toBeNull();
    expect(linearFit([1], [2])).toBeNull();
    expect(linearFit([3, 3, 3], [1, 2, 3])).toBeNull();
  });

  it("rejects mismatched lengths and non-finite values", () => {
    expect(() => linearFit([1, 2], [1])).toThrow(/length/);
    expect(() => linearFit([1, Number.NaN], [1, 2])).toThrow(/xs\[1\]/);
  });
});

describe("quantile (Hyndman & Fan type 7) and median", () => {
  it("interpolates linearly (R: quantile(1:4, .25) = 1.75; quantile(c(1,3,7,15), .1) = 1.6)", () => {
    expect(quantile([4, 1, 3, 2], 0.25)).toBeCloseTo(1.75, 12);
    expect(quantile([1, 3, 7, 15], 0.1)).toBeCloseTo(1.6, 12);
    expect(quantile([1, 3, 7, 15], 0)).toBe(1);
    expect(quantile([1, 3, 7, 15], 1)).toBe(15);
    expect(quantile([5], 0.3)).toBe(5);
  });

  it("median of odd and even lists; null when empty", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(quantile([], 0.5)).toBeNull();
  });

  it("does not reorder the caller's array", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it("rejects p outside [0, 1]", () => {
    expect(() => quantile([1, 2], 1.1)).toThrow(/p must be/);
    expect(() => quantile([1, 2], Number.NaN)).toThrow(/p must be/);
  });
});

describe("regularizedIncompleteBeta", () => {
  it("closed forms: I_x(1,1) = x, I_x(a,1) = x^a, I_x(1,b) = 1 − (1−x)^b, I_½(a,a) = ½", () => {
    expect(regularizedIncompleteBeta(0.37, 1, 1)).toBeCloseTo(0.37, 12);
    expect(regularizedIncompleteBeta(0.6, 3.5, 1)).toBeCloseTo(0.6 ** 3.5, 12);
    expect(regularizedIncompleteBeta(0.2, 1, 4)).toBeCloseTo(1 - 0.8 ** 4, 12);
    expect(regularizedIncompleteBeta(0.5, 7.3, 7.3)).toBeCloseTo(0.5, 12);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });

  it("equals the binomial upper tail: I_p(k, n−k+1) = P(X ≥ k | n, p)", () => {
    for (const [k, n, p] of [
      [3, 10, 0.25],
      [1, 5, 0.9],
      [17, 40, 0.5],
      [60, 100, 0.7],
      [2, 200, 0.01],
    ] as const) {
      expect(regularizedIncompleteBeta(p, k, n - k + 1)).toBeCloseTo(binomialUpperTail(k, n, p), 11);
    }
  });

  it("satisfies the symmetry I_x(a,b) = 1 − I_{1−x}(b,a)", () => {
    expect(regularizedIncompleteBeta(0.3, 2.5, 4) + regularizedIncompleteBeta(0.7, 4, 2.5)).toBeCloseTo(1, 13);
  });

  it("rejects bad arguments", () => {
    expect(() => regularizedIncompleteBeta(1.2, 1, 1)).toThrow(RangeError);
    expect(() => regularizedIncompleteBeta(0.5, 0, 1)).toThrow(RangeError);
  });
});

describe("inverseRegularizedIncompleteBeta", () => {
  it("inverts the closed form I_x(1,b) = 1 − (1−x)^b to 1e-10", () => {
    const p = 0.3;
    const b = 5;
    expect(Math.abs(inverseRegularizedIncompleteBeta(p, 1, b) - (1 - (1 - p) ** (1 / b)))).toBeLessThan(1e-10);
  });

  it("round-trips through the forward function", () => {
    for (const [p, a, b] of [
      [0.025, 3, 18],
      [0.975, 11, 10],
      [0.5, 0.5, 0.5],
      [1e-4, 2, 50],
    ] as const) {
      const x = inverseRegularizedIncompleteBeta(p, a, b);
      expect(Math.abs(regularizedIncompleteBeta(x, a, b) - p)).toBeLessThan(1e-10);
    }
  });

  it("maps 0 and 1 to the ends", () => {
    expect(inverseRegularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(inverseRegularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });
});

describe("regularizedLowerIncompleteGamma", () => {
  it("equals a Poisson tail: P(k+1, μ) = 1 − P(X ≤ k | μ)", () => {
    for (const [k, mu] of [
      [0, 2.5],
      [4, 3.2],
      [10, 18.39],
      [30, 25],
    ] as const) {
      let cdf = 0;
      for (let j = 0; j <= k; j++) cdf += poissonPmf(j, mu);
      expect(regularizedLowerIncompleteGamma(k + 1, mu)).toBeCloseTo(1 - cdf, 12);
    }
  });
});

describe("exactPoissonInterval (Garwood)", () => {
  it("count 10 → (4.795, 18.390) (standard tables)", () => {
    const { lower, upper } = exactPoissonInterval(10);
    expect(lower).toBeCloseTo(4.795, 3);
    expect(upper).toBeCloseTo(18.39, 3);
  });

  it("count 0 → lower 0, upper 3.689 (= −ln 0.025)", () => {
    const { lower, upper } = exactPoissonInterval(0);
    expect(lower).toBe(0);
    expect(upper).toBeCloseTo(3.689, 3);
    expect(upper).toBeCloseTo(-Math.log(0.025), 9);
  });

  it("bounds put α/2 in each tail, checked by summing Poisson probabilities", () => {
    const k = 7;
    const { lower, upper } = exactPoissonInterval(k, 0.9);
    let atMostK = 0;
    for (let j = 0; j <= k; j++) atMostK += poissonPmf(j, upper);
    let belowK = 0;
    for (let j = 0; j < k; j++) belowK += poissonPmf(j, lower);
    expect(atMostK).toBeCloseTo(0.05, 9); // P(X ≤ k | upper) = α/2
    expect(1 - belowK).toBeCloseTo(0.05, 9); // P(X ≥ k | lower) = α/2
  });

  it("rejects negative or fractional counts and bad confidence", () => {
    expect(() => exactPoissonInterval(-1)).toThrow(/count/);
    expect(() => exactPoissonInterval(2.5)).toThrow(/count/);
    expect(() => exactPoissonInterval(3, 1)).toThrow(/confidence/);
  });
});

describe("clopperPearsonInterval", () => {
  it("10 of 20 → (0.2720, 0.7280)", () => {
    const { lower, upper } = clopperPearsonInterval(10, 20);
    expect(lower).toBeCloseTo(0.272, 4);
    expect(upper).toBeCloseTo(0.728, 4);
  });

  it("0 of n → lower 0, upper 1 − (α/2)^(1/n); n of n → upper 1", () => {
    expect(clopperPearsonInterval(0, 10)).toMatchObject({ lower: 0 });
    expect(clopperPearsonInterval(0, 10).upper).toBeCloseTo(1 - 0.025 ** (1 / 10), 10);
    expect(clopperPearsonInterval(10, 10)).toMatchObject({ upper: 1 });
    expect(clopperPearsonInterval(10, 10).lower).toBeCloseTo(0.025 ** (1 / 10), 10);
  });
});

describe("poissonRateRatio (exact conditional binomial)", () => {
  it.each([
    [3, 4, 12, 8],
    [10, 6, 10, 6],
    [25, 8, 9, 8],
    [1, 2, 7, 3],
    [40, 12, 55, 10.5],
  ])("matches a brute-force computation: after %i in %f weeks vs before %i in %f weeks", (a, ea, b, eb) => {
    const result = poissonRateRatio({ countAfter: a, exposureAfter: ea, countBefore: b, exposureBefore: eb });
    const expected = bruteForceRateRatio(a, ea, b, eb, 0.95);
    expect(result.method).toBe("EXACT_CONDITIONAL_BINOMIAL");
    expect(result.ratio).toBeCloseTo(expected.ratio, 12);
    expect(result.lower).toBeCloseTo(expected.lower, 8);
    expect(result.upper).toBeCloseTo(expected.upper, 8);
  });

  it("uses the requested confidence level", () => {
    const result = poissonRateRatio({ countAfter: 6, exposureAfter: 4, countBefore: 14, exposureBefore: 4 }, 0.9);
    const expected = bruteForceRateRatio(6, 4, 14, 4, 0.9);
    expect(result.lower).toBeCloseTo(expected.lower, 8);
    expect(result.upper).toBeCloseTo(expected.upper, 8);
  });

  it("both counts zero → all null", () => {
    expect(poissonRateRatio({ countAfter: 0, exposureAfter: 4, countBefore: 0, exposureBefore: 4 })).toEqual({
      ratio: null,
      lower: null,
      upper: null,
      method: "EXACT_CONDITIONAL_BINOMIAL",
    });
  });

  it("countBefore 0 → ratio null (infinite), finite lower, upper null", () => {
    const result = poissonRateRatio({ countAfter: 5, exposureAfter: 4, countBefore: 0, exposureBefore: 4 });
    expect(result.ratio).toBeNull();
    expect(result.upper).toBeNull();
    // Lower p solves P(X ≥ 5 | n = 5, p) = p^5 = 0.025.
    const pLower = 0.025 ** (1 / 5);
    expect(result.lower).toBeCloseTo(pLower / (1 - pLower), 8);
  });

  it("countAfter 0 → ratio 0, lower 0, finite upper", () => {
    const result = poissonRateRatio({ countAfter: 0, exposureAfter: 2, countBefore: 6, exposureBefore: 4 });
    expect(result.ratio).toBe(0);
    expect(result.lower).toBe(0);
    // Upper p solves P(X ≤ 0 | n = 6, p) = (1 − p)^6 = 0.025; RR = p/(1−p) · 4/2.
    const pUpper = 1 - 0.025 ** (1 / 6);
    expect(result.upper).toBeCloseTo((pUpper / (1 - pUpper)) * 2, 8);
  });

  it("requires positive exposures and whole counts", () => {
    expect(() => poissonRateRatio({ countAfter: 1, exposureAfter: 0, countBefore: 1, exposureBefore: 1 })).toThrow(
      /exposureAfter/,
    );
    expect(() => poissonRateRatio({ countAfter: 1, exposureAfter: 1, countBefore: 1, exposureBefore: -2 })).toThrow(
      /exposureBefore/,
    );
    expect(() => poissonRateRatio({ countAfter: 1.5, exposureAfter: 1, countBefore: 1, exposureBefore: 1 })).toThrow(
      /countAfter/,
    );
  });
});
