/**
 * Cell-key perturbation of counts (docs/privacy.md), the method of the Australian Bureau of Statistics' TableBuilder
 * and of the UK's 2021 census tables:
 *
 * - every client has a random record key, drawn by the database when the client is written and never sent out;
 * - a cell's key is the sum of the record keys of the records it counts, modulo the key space, so the same set of
 *   records always gets the same key, whichever request or table shows it, and repeating a request cannot average
 *   the noise away;
 * - the key and the cell's true count pick a perturbation from a fixed table of probabilities.
 *
 * The perturbation table is the maximum-entropy distribution on −D…D with mean 0 and variance V (Giessing 2016, the
 * construction behind the `ptable` package of the European statistical system): p(v) ∝ exp(λ·v²). It is unbiased,
 * so totals over many cells stay right on average. Zeros are never perturbed: a 0 stays 0, and nothing else can
 * become 0, since every published count is at least the minimum cell size, which is larger than D.
 */

/** Record keys are integers in [0, KEY_SPACE); the migration draws them with the database's random source. */
export const KEY_SPACE = 2 ** 31;

export interface PerturbationParameters {
  /** Largest perturbation, in either direction. */
  maxPerturbation: number;
  /** Variance of the perturbation. */
  variance: number;
}

export const PERTURBATION: PerturbationParameters = { maxPerturbation: 2, variance: 1 };

export interface PerturbationTable {
  parameters: PerturbationParameters;
  /** Perturbation values, from −D to D. */
  values: number[];
  probabilities: number[];
  /** Upper bounds of each value's slice of [0, 1), for the lookup by cell key. */
  cumulative: number[];
}

/**
 * The maximum-entropy table for counts of at least D (smaller counts are never shown, so they need no row): the
 * symmetric solution has p(v) = a^(v²) / Z, and λ = ln a is found by bisection so that the variance is V.
 */
export function perturbationTable(parameters: PerturbationParameters = PERTURBATION): PerturbationTable {
  const { maxPerturbation: d, variance } = parameters;
  if (!Number.isInteger(d) || d < 1)
    throw new RangeError("The largest perturbation must be a whole number of at least 1.");
  const values = Array.from({ length: 2 * d + 1 }, (_, i) => i - d);
  const largest = values.reduce((sum, v) => sum + v * v, 0) / values.length;
  if (!(variance > 0 && variance < largest))
    throw new RangeError(`The variance must lie between 0 and ${largest.toFixed(3)} for D = ${d}.`);
  const distribution = (lambda: number) => {
    const weights = values.map((v) => Math.exp(lambda * v * v));
    const total = weights.reduce((a, b) => a + b, 0);
    return weights.map((w) => w / total);
  };
  const varianceOf = (p: number[]) => p.reduce((sum, pv, i) => sum + pv * values[i]! * values[i]!, 0);
  // The variance grows with λ: −∞ puts all weight on 0, 0 is uniform, +∞ puts it on ±D.
  let low = -50;
  let high = 50;
  for (let step = 0; step < 200; step++) {
    const middle = (low + high) / 2;
    if (varianceOf(distribution(middle)) < variance) low = middle;
    else high = middle;
  }
  const probabilities = distribution((low + high) / 2);
  const cumulative: number[] = [];
  probabilities.reduce((sum, p) => {
    cumulative.push(sum + p);
    return sum + p;
  }, 0);
  cumulative[cumulative.length - 1] = 1;
  return { parameters, values, probabilities, cumulative };
}

/** A cell key from the sum of its records' keys (any non-negative safe integer), as a position in [0, 1). */
export function cellKeyOf(recordKeySum: number): number {
  return (recordKeySum % KEY_SPACE) / KEY_SPACE;
}

/** The perturbation a cell with this true count and key gets: 0 for a zero cell, else the table's value. */
export function perturbationFor(table: PerturbationTable, trueCount: number, cellKey: number): number {
  if (trueCount === 0) return 0;
  const index = table.cumulative.findIndex((bound) => cellKey < bound);
  const perturbation = table.values[index === -1 ? table.values.length - 1 : index]!;
  // Never below zero (only possible for counts under D, which are never shown anyway).
  return Math.max(perturbation, -trueCount);
}

/** Mean absolute perturbation the table gives a count of at least D, for docs/privacy.md. */
export function expectedAbsolutePerturbation(table: PerturbationTable): number {
  return table.probabilities.reduce((sum, p, i) => sum + p * Math.abs(table.values[i]!), 0);
}
