/**
 * A small seeded random source for the alert-accuracy simulation, so that the same seed writes the same report.
 *
 * Uniforms come from mulberry32 (a 32-bit generator with a period of 2³², plenty for a few million draws per run);
 * seeds for sub-streams are mixed with the SplitMix32 finaliser so that neighbouring seeds give unrelated streams.
 * Normal deviates use the Box–Muller transform.
 */
export interface Random {
  /** Uniform on [0, 1). */
  next(): number;
  /** Standard normal. */
  normal(): number;
  /** Whole number from `low` to `high`, both included. */
  integer(low: number, high: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
}

/** SplitMix32 finaliser: spreads the bits of a 32-bit value so nearby seeds give unrelated streams. */
export function mixSeed(...parts: readonly number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  let spare: number | null = null;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    if (spare !== null) {
      const value = spare;
      spare = null;
      return value;
    }
    let u = next();
    while (u === 0) u = next();
    const radius = Math.sqrt(-2 * Math.log(u));
    const angle = 2 * Math.PI * next();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
  return {
    next,
    normal,
    integer: (low, high) => low + Math.floor(next() * (high - low + 1)),
    chance: (p) => next() < p,
  };
}
