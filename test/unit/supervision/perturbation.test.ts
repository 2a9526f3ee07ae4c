import { describe, expect, it } from "vitest";
import {
  cellKeyOf,
  expectedAbsolutePerturbation,
  KEY_SPACE,
  perturbationFor,
  perturbationTable,
} from "../../../server/supervision/perturbation.ts";

describe("the cell-key perturbation table", () => {
  it("for D = 2 and V = 1 is the closed-form maximum-entropy solution", () => {
    // p(v) ∝ a^(v²) with variance 1: (2a + 8a⁴) / (1 + 2a + 2a⁴) = 1 gives 6a⁴ = 1.
    const a = 6 ** -0.25;
    const z = 1 + 2 * a + 2 * a ** 4;
    const table = perturbationTable({ maxPerturbation: 2, variance: 1 });
    expect(table.values).toEqual([-2, -1, 0, 1, 2]);
    const expected = [a ** 4 / z, a / z, 1 / z, a / z, a ** 4 / z];
    table.probabilities.forEach((p, i) => expect(p).toBeCloseTo(expected[i]!, 9));
    expect(expectedAbsolutePerturbation(table)).toBeCloseTo((2 * a + 4 * a ** 4) / z, 9);
  });

  it("is unbiased with the asked-for variance for other parameters too", () => {
    for (const [d, v] of [
      [1, 0.5],
      [3, 2],
      [5, 4],
    ] as const) {
      const table = perturbationTable({ maxPerturbation: d, variance: v });
      const mean = table.probabilities.reduce((sum, p, i) => sum + p * table.values[i]!, 0);
      const variance = table.probabilities.reduce((sum, p, i) => sum + p * table.values[i]! ** 2, 0);
      expect(mean).toBeCloseTo(0, 9);
      expect(variance).toBeCloseTo(v, 6);
      expect(table.cumulative.at(-1)).toBe(1);
    }
    expect(() => perturbationTable({ maxPerturbation: 2, variance: 3 })).toThrow(RangeError);
  });

  it("gives the same cell the same perturbation every time, and spreads keys as the table says", () => {
    const table = perturbationTable();
    expect(perturbationFor(table, 37, cellKeyOf(123_456_789))).toBe(perturbationFor(table, 37, cellKeyOf(123_456_789)));
    expect(perturbationFor(table, 0, 0.999)).toBe(0);
    // Evenly spread keys land in each slice in proportion to its probability.
    const tally = new Map<number, number>();
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const key = cellKeyOf(Math.floor(((i + 0.5) / n) * KEY_SPACE));
      const v = perturbationFor(table, 50, key);
      tally.set(v, (tally.get(v) ?? 0) + 1);
    }
    table.values.forEach((v, i) => expect((tally.get(v) ?? 0) / n).toBeCloseTo(table.probabilities[i]!, 3));
    // The sum of record keys wraps around the key space.
    expect(cellKeyOf(KEY_SPACE + 5)).toBe(cellKeyOf(5));
  });
});
