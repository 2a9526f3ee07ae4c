/**
 * Seeded samplers for the episode analytics and segmented-regression tests: the same draws on every run,
 * independent of the code under test.
 */

/** xorshift32, so every run draws the same numbers. */
export function generator(seed: number): () => number {
  let s = (seed * 2654435761) >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return (s + 0.5) / 4294967296;
  };
}

/** Knuth's multiplication method; fine for the small means used here. */
export function poisson(random: () => number, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = random();
  while (p > limit) {
    k++;
    p *= random();
  }
  return k;
}

/** Box–Muller standard normal. */
export function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random());
}

/** Marsaglia & Tsang (2000) gamma sampler, shape ≥ 1. */
export function gamma(random: () => number, shape: number, scale: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v ** 3;
    const u = random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v * scale;
  }
}

/** Negative binomial (NB2) as a gamma–Poisson mixture: variance = mean + mean²/size. */
export function negativeBinomial(random: () => number, mean: number, size: number): number {
  return poisson(random, gamma(random, size, mean / size));
}

/** A peak intensity as a diary records it: a normal draw rounded to a whole number and kept within 0–10. */
export function intensity(random: () => number, mean: number, sd: number): number {
  return Math.min(10, Math.max(0, Math.round(mean + sd * normal(random))));
}

/** A duration in whole minutes, log-normal around `typical` minutes (at least 1). */
export function minutes(random: () => number, typical: number, logSd: number): number {
  return Math.max(1, Math.round(Math.exp(Math.log(typical) + logSd * normal(random))));
}

/** How many of 200 seeds (1…200) satisfy `claim`. */
export const SEEDS = Array.from({ length: 200 }, (_, i) => i + 1);
export const countSeeds = (claim: (seed: number) => boolean) => SEEDS.filter(claim).length;
