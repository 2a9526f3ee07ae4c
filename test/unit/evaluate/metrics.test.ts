import { describe, expect, it } from "vitest";
import {
  accuracy,
  areaUnderCurve,
  bootstrapInterval,
  confusion,
  wilsonInterval,
} from "../../../test/evaluate/metrics.ts";
import { createRandom } from "../../../test/evaluate/random.ts";

describe("wilsonInterval", () => {
  it("gives the Wilson interval of 8 out of 10, worked by hand", () => {
    // z = 1.959964, z² = 3.841459; p̂ = 0.8, n = 10.
    // denominator = 1 + z²/n = 1.3841459; centre = (0.8 + z²/20) / 1.3841459 = 0.9920729 / 1.3841459 = 0.7167402
    // half-width = z·√(0.8·0.2/10 + z²/400) / 1.3841459 = 1.959964·0.1600114 / 1.3841459 = 0.2265777
    const w = wilsonInterval(8, 10);
    expect(w.estimate).toBe(0.8);
    expect(w.lower).toBeCloseTo(0.7167402 - 0.2265777, 5);
    expect(w.upper).toBeCloseTo(0.7167402 + 0.2265777, 5);
    expect(w.lower).toBeCloseTo(0.4902, 4);
    expect(w.upper).toBeCloseTo(0.9433, 4);
  });

  it("gives 0 to z²/(n + z²) for no successes", () => {
    const z2 = 1.959964 ** 2;
    const w = wilsonInterval(0, 10);
    expect(w.lower).toBe(0);
    expect(w.upper).toBeCloseTo(z2 / (10 + z2), 5);
  });

  it("has no estimate without trials and refuses impossible counts", () => {
    expect(wilsonInterval(0, 0)).toEqual({ estimate: null, lower: null, upper: null, n: 0 });
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 2)).toThrow(RangeError);
  });
});

describe("areaUnderCurve", () => {
  it("counts pairs by hand on a tiny example, ties as one half", () => {
    // Positives 3 and 2, negatives 1 and 2: (3>1) 1, (3>2) 1, (2>1) 1, (2=2) ½ → 3.5 of 4 pairs.
    expect(areaUnderCurve([3, 1, 2, 2], [true, false, true, false])).toBe(0.875);
  });

  it("is 1 for perfect separation, 0 for reversed, ½ when every score ties", () => {
    expect(areaUnderCurve([5, 6, 1, 2], [true, true, false, false])).toBe(1);
    expect(areaUnderCurve([1, 2, 5, 6], [true, true, false, false])).toBe(0);
    expect(areaUnderCurve([4, 4, 4, 4, 4], [true, false, true, false, false])).toBe(0.5);
  });

  it("is undefined without both classes", () => {
    expect(areaUnderCurve([1, 2], [true, true])).toBeNull();
  });
});

describe("confusion and accuracy", () => {
  it("counts flags against the truth and derives recall, false alarms and PPV", () => {
    const flags = [true, true, false, false, true, false, false];
    const truth = [true, true, true, false, false, false, false];
    const counts = confusion(flags, truth);
    expect(counts).toEqual({ truePositives: 2, falseNegatives: 1, falsePositives: 1, trueNegatives: 3 });
    const a = accuracy(counts);
    expect(a.recall.estimate).toBeCloseTo(2 / 3, 12);
    expect(a.falseAlarm.estimate).toBe(1 / 4);
    expect(a.ppv.estimate).toBeCloseTo(2 / 3, 12);
  });
});

describe("bootstrapInterval", () => {
  it("brackets the estimate, repeats with the same seed, and collapses for a constant statistic", () => {
    const values = Array.from({ length: 200 }, (_, i) => (i * 37) % 101);
    const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const first = bootstrapInterval(values, mean, createRandom(7), 300);
    const again = bootstrapInterval(values, mean, createRandom(7), 300);
    expect(again).toEqual(first);
    expect(first.lower!).toBeLessThan(first.estimate!);
    expect(first.upper!).toBeGreaterThan(first.estimate!);
    // The standard error of a mean of 200 values with SD ≈ 29 is about 2.1, so the 95% interval spans about ±4.1.
    expect(first.upper! - first.lower!).toBeGreaterThan(6);
    expect(first.upper! - first.lower!).toBeLessThan(11);
    expect(bootstrapInterval(values, () => 3, createRandom(1), 50)).toEqual({ estimate: 3, lower: 3, upper: 3 });
  });
});
