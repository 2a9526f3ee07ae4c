import { describe, expect, it } from "vitest";
import { DEFAULT_RULES } from "../../../server/measures/rules.ts";
import { BASE_PARAMETERS, type SimulationParameters } from "../../../test/evaluate/parameters.ts";
import { createRandom } from "../../../test/evaluate/random.ts";
import { simulateCohort, type SimulatedClient } from "../../../test/evaluate/simulator.ts";

const BIG: SimulationParameters = { ...BASE_PARAMETERS, clients: 4000 };

function cohort(p: SimulationParameters, seed: number): SimulatedClient[] {
  return simulateCohort(p, createRandom(seed), DEFAULT_RULES);
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: readonly number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
};

/**
 * Mean and SD of round₁(clip(X, 0, 40)) for X ~ N(μ, σ²), by summing the normal density over a fine grid: the
 * observed intake is the true intake plus session noise, whose variances add up to σ² by construction.
 */
function clippedNormalMoments(mu: number, sigma: number): { mean: number; sd: number } {
  let total = 0;
  let m1 = 0;
  let m2 = 0;
  const step = 0.001;
  for (let x = mu - 8 * sigma; x <= mu + 8 * sigma; x += step) {
    const density = Math.exp(-0.5 * ((x - mu) / sigma) ** 2);
    const y = Math.round(Math.min(40, Math.max(0, x)) * 10) / 10;
    total += density;
    m1 += density * y;
    m2 += density * y * y;
  }
  const m = m1 / total;
  return { mean: m, sd: Math.sqrt(m2 / total - m * m) };
}

describe("simulateCohort", () => {
  const clients = cohort(BIG, 11);

  it("reproduces the intake distribution it was given (after clipping to 0–40)", () => {
    const intakes = clients.map((c) => c.sessions[0]!.ors!);
    const expected = clippedNormalMoments(BIG.intakeMean, BIG.intakeSd);
    // Standard error of the mean: 8.7 / √4000 ≈ 0.14; of the SD: 8.7 / √8000 ≈ 0.10.
    expect(Math.abs(mean(intakes) - expected.mean)).toBeLessThan(0.45);
    expect(Math.abs(sd(intakes) - expected.sd)).toBeLessThan(0.35);
  });

  it("gives the session noise the lag-1 autocorrelation it was given", () => {
    for (const rho of [0.3, 0.6]) {
      const pairs = cohort({ ...BIG, noiseAutocorrelation: rho, clients: 3000 }, 12).flatMap((c) =>
        c.sessions.slice(1).map((s, i) => [c.sessions[i]!.noise, s.noise] as const),
      );
      const xs = pairs.map(([x]) => x);
      const ys = pairs.map(([, y]) => y);
      const mx = mean(xs);
      const my = mean(ys);
      const r =
        pairs.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0) /
        Math.sqrt(xs.reduce((a, x) => a + (x - mx) ** 2, 0) * ys.reduce((a, y) => a + (y - my) ** 2, 0));
      // About 20,000 pairs: the standard error of r is under 0.01.
      expect(Math.abs(r - rho)).toBeLessThan(0.04);
      // The noise SD is SD·√(1 − r): 8.7·√0.27 ≈ 4.52 for the base reliability.
      expect(Math.abs(sd(xs) - BIG.intakeSd * Math.sqrt(1 - BIG.retestReliability))).toBeLessThan(0.15);
    }
  });

  it("drops clients out at the rate a constant hazard implies, computed over the course lengths", () => {
    const hazard = 1 / (1 + Math.exp(-BIG.dropOutLogitIntercept));
    // Planned length L = min(max, min + G), G geometric with P(G = g) = p(1 − p)^g, p = 1 / (mean + 1).
    // A client with planned length L passes L − 1 drop-out chances: P(drop-out | L) = 1 − (1 − h)^(L − 1).
    const p = 1 / (BIG.meanExtraSessions + 1);
    let expected = 0;
    let mass = 0;
    for (let g = 0; g < 200; g++) {
      const length = Math.min(BIG.maxSessions, BIG.minSessions + g);
      const probability = p * (1 - p) ** g;
      expected += probability * (1 - (1 - hazard) ** (length - 1));
      mass += probability;
    }
    expect(mass).toBeCloseTo(1, 9);
    const flat = cohort({ ...BIG, dropOutLogitPerFivePointsWorse: 0 }, 13);
    const rate = flat.filter((c) => c.droppedOut).length / flat.length;
    // Binomial standard error √(0.2·0.8/4000) ≈ 0.0063.
    expect(Math.abs(rate - expected)).toBeLessThan(0.02);
  });

  it("makes drop-out depend on progress, at about the published overall rate", () => {
    const rate = clients.filter((c) => c.droppedOut).length / clients.length;
    expect(rate).toBeGreaterThan(0.17); // Swift & Greenberg 2012: 19.7%
    expect(rate).toBeLessThan(0.23);
    const fell = (c: SimulatedClient) => c.sessions.at(-1)!.trueOrs < c.sessions[0]!.trueOrs;
    const dropRate = (group: SimulatedClient[]) => group.filter((c) => c.droppedOut).length / group.length;
    expect(dropRate(clients.filter(fell))).toBeGreaterThan(dropRate(clients.filter((c) => !fell(c))) + 0.1);
  });

  it("leaves ratings missing at the rate given, never the first, and writes sudden gains and losses", () => {
    const later = clients.flatMap((c) => c.sessions.slice(1));
    const missing = later.filter((s) => s.ors === null).length / later.length;
    expect(Math.abs(missing - BIG.missingRatingProbability)).toBeLessThan(0.015);
    expect(clients.every((c) => c.sessions[0]!.ors !== null)).toBe(true);
    // Among clients who finished their planned course, every drawn shift falls inside the course.
    const finished = clients.filter((c) => !c.droppedOut);
    const gains = finished.filter((c) => c.suddenGain).length / finished.length;
    const losses = finished.filter((c) => c.suddenLoss).length / finished.length;
    expect(Math.abs(gains - BIG.suddenGainProbability)).toBeLessThan(0.03);
    expect(Math.abs(losses - BIG.suddenLossProbability)).toBeLessThan(0.025);
  });

  it("classifies the truth measure by its own reliable change, which tracks the true ORS change", () => {
    for (const c of clients) {
      expect(c.outcome.improved).toBe(c.outcome.intake - c.outcome.end >= DEFAULT_RULES.PHQ9_RELIABLE_CHANGE);
      expect(c.outcome.deteriorated).toBe(c.outcome.end - c.outcome.intake >= DEFAULT_RULES.PHQ9_RELIABLE_CHANGE);
    }
    const trueChange = (c: SimulatedClient) => c.sessions.at(-1)!.trueOrs - c.sessions[0]!.trueOrs;
    const sorted = [...clients].sort((a, b) => trueChange(a) - trueChange(b));
    const quarter = Math.floor(sorted.length / 4);
    const improvedShare = (group: SimulatedClient[]) => group.filter((c) => c.outcome.improved).length / group.length;
    expect(improvedShare(sorted.slice(-quarter))).toBeGreaterThan(improvedShare(sorted.slice(0, quarter)) + 0.2);
  });

  it("is the same for the same seed and differs for another", () => {
    const small = { ...BASE_PARAMETERS, clients: 50 };
    expect(cohort(small, 5)).toEqual(cohort(small, 5));
    expect(cohort(small, 6)).not.toEqual(cohort(small, 5));
  });
});
