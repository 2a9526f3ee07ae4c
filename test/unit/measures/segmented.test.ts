import { describe, expect, it } from "vitest";
import { MeasureInputError } from "../../../server/measures/errors.ts";
import {
  normalQuantile,
  segmentedCountFit,
  segmentedLinearFit,
  studentTQuantile,
  type EstimateInterval,
} from "../../../server/measures/segmented.ts";

// Simulation helpers: a seeded generator and textbook samplers, independent of the code under test.
import { SEEDS, generator, negativeBinomial, normal, poisson } from "../analytics/episode-simulation.ts";

/** Mid-points of the complete weeks on each side of a change at t = 0. */
function weeks(before: number, after: number): number[] {
  return [
    ...Array.from({ length: before }, (_, i) => -before + i + 0.5),
    ...Array.from({ length: after }, (_, i) => i + 0.5),
  ];
}

const excludes = (interval: EstimateInterval, value: number) => interval.lower > value || interval.upper < value;

// ---------------------------------------------------------------------------------------------

describe("quantiles used by the intervals", () => {
  it("match the tables (normal 1.959964; t on 2, 10 and 30 df)", () => {
    expect(normalQuantile(0.05)).toBeCloseTo(1.959964, 5);
    expect(studentTQuantile(0.05, 2)).toBeCloseTo(4.302653, 5);
    expect(studentTQuantile(0.05, 10)).toBeCloseTo(2.228139, 5);
    expect(studentTQuantile(0.05, 30)).toBeCloseTo(2.042272, 5);
  });
});

describe("segmentedCountFit (Poisson / quasi-Poisson interrupted time series)", () => {
  it("solves the Poisson score equations Xᵀ(y − μ) = 0 at its estimates", () => {
    const times = weeks(6, 6);
    const counts = [9, 7, 8, 6, 5, 6, 3, 4, 2, 3, 3, 2];
    const fit = segmentedCountFit(times.map((time, i) => ({ time, count: counts[i]! })))!;
    // Rebuild μ from the reported estimates: b0 is not reported, so solve for it from the first score equation.
    const b1 = Math.log(fit.trendBefore.estimate);
    const b2 = Math.log(fit.levelChange.estimate);
    const b3 = Math.log(fit.slopeChange.estimate);
    const shape = times.map((t) => Math.exp(b1 * t + (t >= 0 ? b2 + b3 * t : 0)));
    const total = counts.reduce((a, b) => a + b, 0);
    const b0 = Math.log(total / shape.reduce((a, b) => a + b, 0));
    const mu = shape.map((s) => Math.exp(b0) * s);
    const score = [
      times.reduce((sum, t, i) => sum + t * (counts[i]! - mu[i]!), 0),
      times.reduce((sum, t, i) => sum + (t >= 0 ? 1 : 0) * (counts[i]! - mu[i]!), 0),
      times.reduce((sum, t, i) => sum + (t >= 0 ? t : 0) * (counts[i]! - mu[i]!), 0),
    ];
    for (const value of score) expect(Math.abs(value)).toBeLessThan(1e-6);
    // The dispersion is the Pearson χ² over n − 4.
    const pearson = counts.reduce((sum, y, i) => sum + (y - mu[i]!) ** 2 / mu[i]!, 0);
    expect(fit.df).toBe(8);
    expect(fit.dispersion).toBeCloseTo(pearson / 8, 6);
  });

  it("does not credit a revision placed on a trend already falling: over 200 seeds, few false claims", () => {
    // 6 episodes a week, falling by 12% a week throughout; the revision at week 8 changes nothing.
    const mean = (t: number) => 6 * Math.exp(-0.12 * (t + 8));
    let levelClaims = 0;
    let slopeClaims = 0;
    let fitted = 0;
    for (const seed of SEEDS) {
      const random = generator(seed);
      const fit = segmentedCountFit(weeks(8, 8).map((time) => ({ time, count: poisson(random, mean(time)) })));
      if (!fit) continue;
      fitted++;
      if (excludes(fit.levelChange, 1)) levelClaims++;
      if (excludes(fit.slopeChange, 1)) slopeClaims++;
    }
    expect(fitted).toBeGreaterThanOrEqual(195);
    // Nominal 5% each; allow sampling error over 200 seeds.
    expect(levelClaims / fitted).toBeLessThanOrEqual(0.1);
    expect(slopeClaims / fitted).toBeLessThanOrEqual(0.1);
  });

  it("finds a planted halving of the rate at the revision in most seeds", () => {
    // 30 episodes a week before, 15 after, no trend on either side.
    let found = 0;
    const estimates: number[] = [];
    for (const seed of SEEDS) {
      const random = generator(seed);
      const fit = segmentedCountFit(weeks(8, 8).map((time) => ({ time, count: poisson(random, time < 0 ? 30 : 15) })))!;
      estimates.push(Math.log(fit.levelChange.estimate));
      if (fit.levelChange.upper < 1) found++;
    }
    expect(found / SEEDS.length).toBeGreaterThan(0.7);
    // The estimates centre on the planted ratio of 0.5.
    const meanLog = estimates.reduce((a, b) => a + b, 0) / estimates.length;
    expect(Math.exp(meanLog)).toBeGreaterThan(0.4);
    expect(Math.exp(meanLog)).toBeLessThan(0.6);
  });

  it("widens the interval for overdispersed counts, reports the dispersion, and keeps false claims near 5%", () => {
    // NB2 with mean 8 and size 2 (variance 8 + 64/2 = 40, five times Poisson's), no change at the revision.
    let wider = 0;
    let quasi = 0;
    let claims = 0;
    let poissonClaims = 0;
    const dispersions: number[] = [];
    for (const seed of SEEDS) {
      const random = generator(seed);
      const points = weeks(8, 8).map((time) => ({ time, count: negativeBinomial(random, 8, 2) }));
      const fit = segmentedCountFit(points)!;
      const poissonFit = segmentedCountFit(points, 0.95, { assumePoisson: true })!;
      dispersions.push(fit.dispersion!);
      if (fit.model === "QUASI_POISSON") quasi++;
      expect(poissonFit.model).toBe("POISSON");
      expect(fit.levelChange.estimate).toBeCloseTo(poissonFit.levelChange.estimate, 10);
      if (fit.levelChange.upper / fit.levelChange.lower > poissonFit.levelChange.upper / poissonFit.levelChange.lower)
        wider++;
      if (excludes(fit.levelChange, 1)) claims++;
      if (excludes(poissonFit.levelChange, 1)) poissonClaims++;
    }
    expect(quasi / SEEDS.length).toBeGreaterThan(0.9);
    expect(wider).toBe(quasi);
    const sorted = [...dispersions].sort((a, b) => a - b);
    expect(sorted[SEEDS.length / 2]).toBeGreaterThan(2.5);
    // Poisson intervals on these counts claim a change far too often; the scaled ones do not.
    expect(poissonClaims / SEEDS.length).toBeGreaterThan(0.15);
    expect(claims / SEEDS.length).toBeLessThanOrEqual(0.1);
  });

  it("widens the interval on one data set: Poisson counts against the same counts spread wider", () => {
    // Same means and totals; the second series alternates far from the mean.
    const times = weeks(8, 8);
    const steady = times.map((time) => ({ time, count: 10 }));
    const spread = times.map((time, i) => ({ time, count: i % 2 === 0 ? 3 : 17 }));
    const calm = segmentedCountFit(steady)!;
    const wild = segmentedCountFit(spread)!;
    expect(calm.model).toBe("POISSON");
    expect(wild.model).toBe("QUASI_POISSON");
    // About 10 ± 7 each week: Pearson χ² near 16 × 49/10 over 12 df (6.5), far above Poisson's 1.
    expect(wild.dispersion).toBeGreaterThan(5);
    expect(calm.dispersion).toBeCloseTo(0, 10);
    expect(wild.levelChange.upper / wild.levelChange.lower).toBeGreaterThan(
      calm.levelChange.upper / calm.levelChange.lower,
    );
  });

  it("gives no fit when one side has no episodes, and rejects bad input", () => {
    const times = weeks(4, 4);
    expect(segmentedCountFit(times.map((time) => ({ time, count: time < 0 ? 3 : 0 })))).toBeNull();
    expect(() => segmentedCountFit(times.map((time) => ({ time, count: -1 })))).toThrow(MeasureInputError);
    expect(() => segmentedCountFit(times.map((time) => ({ time, count: 1.5 })))).toThrow(MeasureInputError);
    expect(() => segmentedCountFit(weeks(4, 0).map((time) => ({ time, count: 2 })))).toThrow(MeasureInputError);
    expect(() => segmentedCountFit([], 1)).toThrow(MeasureInputError);
  });
});

describe("segmentedLinearFit (ORS interrupted time series)", () => {
  it("recovers the parameters of noiseless data exactly", () => {
    // y = 20 + 0.5t + 3·after − 0.25·t·after
    const points = [-5, -3.5, -2, -1, 0, 1.5, 3, 4].map((time) => ({
      time,
      value: 20 + 0.5 * time + (time >= 0 ? 3 - 0.25 * time : 0),
    }));
    const fit = segmentedLinearFit(points)!;
    expect(fit.model).toBe("LINEAR");
    expect(fit.trendBefore.estimate).toBeCloseTo(0.5, 10);
    expect(fit.levelChange.estimate).toBeCloseTo(3, 10);
    expect(fit.slopeChange.estimate).toBeCloseTo(-0.25, 10);
    expect(fit.df).toBe(4);
  });

  it("finds a planted 8-point rise at the revision in most seeds", () => {
    // Weekly ORS over 8 weeks each side, flat at 18 before and 26 after, session noise SD 2.5.
    let found = 0;
    for (const seed of SEEDS) {
      const random = generator(seed);
      const fit = segmentedLinearFit(
        weeks(8, 8).map((time) => ({ time, value: (time < 0 ? 18 : 26) + 2.5 * normal(random) })),
      )!;
      if (fit.levelChange.lower > 0) found++;
    }
    expect(found / SEEDS.length).toBeGreaterThan(0.7);
  });

  it.each([
    ["rising", 0.8],
    ["falling", -0.6],
  ])("credits nothing to a revision on a %s trend: intervals cover 0 in about 19 seeds of 20", (_, slope) => {
    let levelClaims = 0;
    let slopeClaims = 0;
    for (const seed of SEEDS) {
      const random = generator(seed);
      const fit = segmentedLinearFit(
        weeks(6, 6).map((time) => ({ time, value: 20 + slope * time + 2.5 * normal(random) })),
      )!;
      if (excludes(fit.levelChange, 0)) levelClaims++;
      if (excludes(fit.slopeChange, 0)) slopeClaims++;
    }
    expect(levelClaims / SEEDS.length).toBeLessThanOrEqual(0.1);
    expect(slopeClaims / SEEDS.length).toBeLessThanOrEqual(0.1);
  });

  it("gives no fit with a single time on one side", () => {
    const points = [-2, -2, -2, 0, 1, 2].map((time, i) => ({ time, value: 20 + i }));
    expect(segmentedLinearFit(points)).toBeNull();
    expect(() => segmentedLinearFit([{ time: 0, value: Number.NaN }])).toThrow(MeasureInputError);
  });
});
