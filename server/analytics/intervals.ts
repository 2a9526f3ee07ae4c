/**
 * Small helpers the what-works analyses share: input checks, Welch's interval for a difference of means, and
 * Wilson's interval for a proportion (docs/clinical.md, "What works: homework and change" and "What works: coping
 * techniques, triggers and timing").
 */
import { MeasureInputError } from "../measures/errors.ts";
import { normalQuantile, studentTQuantile, type EstimateInterval } from "../measures/segmented.ts";

/** Checks without narrowing the caller's type (Array.isArray would widen a typed list to any[]). */
export function requireList(value: unknown, field: string): void {
  if (!Array.isArray(value)) throw new MeasureInputError(field, `${field} must be a list`);
}

/** A confidence level strictly between 0 and 1, returned as given. */
export function requireConfidence(confidence: unknown): number {
  if (typeof confidence !== "number" || !(confidence > 0 && confidence < 1)) {
    throw new MeasureInputError("confidence", `confidence must be strictly between 0 and 1, got ${String(confidence)}`);
  }
  return confidence;
}

export function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Sample variance, with n − 1 in the denominator. */
export function sampleVariance(values: readonly number[]): number {
  const m = mean(values);
  return values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1);
}

/**
 * Difference of means a − b with Welch's (1947) interval: standard error √(s²a/na + s²b/nb), degrees of freedom by
 * Welch–Satterthwaite. Null when both groups have no spread at all (the interval does not exist).
 */
export function welchInterval(
  a: readonly number[],
  b: readonly number[],
  confidence: number,
): (EstimateInterval & { df: number }) | null {
  const va = sampleVariance(a) / a.length;
  const vb = sampleVariance(b) / b.length;
  if (va + vb === 0) return null;
  const df = (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
  const half = studentTQuantile(1 - confidence, df) * Math.sqrt(va + vb);
  const estimate = mean(a) - mean(b);
  return { estimate, lower: estimate - half, upper: estimate + half, df };
}

/**
 * Wilson (1927) score interval for a proportion x/n: centre (x + z²/2)/(n + z²), half-width
 * z·√(x(n − x)/n + z²/4)/(n + z²). Unlike the Wald interval it stays inside 0–1 and keeps near its level for
 * small n and shares near 0 or 1.
 */
export function wilsonInterval(successes: number, trials: number, confidence = 0.95): { lower: number; upper: number } {
  const z = normalQuantile(1 - confidence);
  const centre = (successes + (z * z) / 2) / (trials + z * z);
  const half = (z * Math.sqrt((successes * (trials - successes)) / trials + (z * z) / 4)) / (trials + z * z);
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}
