/**
 * Accuracy figures for an alert judged against a known outcome: recall, false-alarm rate and positive predictive
 * value with Wilson intervals, the area under the ROC curve, and percentile bootstrap intervals over clients.
 *
 * - Wilson (1927) score interval: centre (p̂ + z²/2n) / (1 + z²/n), half-width z·√(p̂(1 − p̂)/n + z²/4n²) / (1 + z²/n).
 *   It stays inside [0, 1] and keeps close to its nominal coverage for small n and for p̂ near 0 or 1, where the
 *   textbook p̂ ± z·SE interval does not (Brown, Cai & DasGupta 2001).
 * - AUC as the Mann–Whitney probability that a random positive scores above a random negative, ties counted half
 *   (Hanley & McNeil 1982), computed from ranks with tied ranks averaged.
 * - Percentile bootstrap (Efron & Tibshirani 1993): resample clients with replacement, recompute, take the 2.5th and
 *   97.5th percentiles.
 */
import { inverseNormalCdf } from "../../server/measures/trajectory.ts";
import { quantiles } from "../../server/measures/statistics.ts";
import type { Random } from "./random.ts";

export interface Interval {
  estimate: number | null;
  lower: number | null;
  upper: number | null;
}

const Z_95 = inverseNormalCdf(0.975);

/** Wilson score interval for `successes` out of `trials` (null estimate when there are no trials). */
export function wilsonInterval(successes: number, trials: number, confidence = 0.95): Interval & { n: number } {
  if (!Number.isInteger(successes) || !Number.isInteger(trials) || successes < 0 || successes > trials) {
    throw new RangeError(`successes (${successes}) must be a whole number from 0 to trials (${trials})`);
  }
  if (trials === 0) return { estimate: null, lower: null, upper: null, n: 0 };
  const z = confidence === 0.95 ? Z_95 : inverseNormalCdf(1 - (1 - confidence) / 2);
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  return { estimate: p, lower: Math.max(0, centre - half), upper: Math.min(1, centre + half), n: trials };
}

/**
 * AUC = P(score of a positive > score of a negative) + ½·P(tie), by the rank-sum form
 * (R₊ − n₊(n₊ + 1)/2) / (n₊·n₋) with tied scores given their average rank. Null without both classes.
 */
export function areaUnderCurve(scores: readonly number[], positive: readonly boolean[]): number | null {
  if (scores.length !== positive.length) throw new RangeError("scores and labels differ in length");
  const order = scores.map((_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let rankSumPositive = 0;
  let positives = 0;
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && scores[order[end + 1]!] === scores[order[start]!]) end++;
    const averageRank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) {
      if (positive[order[k]!]) {
        rankSumPositive += averageRank;
        positives++;
      }
    }
    start = end + 1;
  }
  const negatives = scores.length - positives;
  if (positives === 0 || negatives === 0) return null;
  return (rankSumPositive - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Confusion counts of a yes/no flag against the truth. */
export interface Confusion {
  truePositives: number;
  falseNegatives: number;
  falsePositives: number;
  trueNegatives: number;
}

export function confusion(flagged: readonly boolean[], positive: readonly boolean[]): Confusion {
  if (flagged.length !== positive.length) throw new RangeError("flags and labels differ in length");
  const counts: Confusion = { truePositives: 0, falseNegatives: 0, falsePositives: 0, trueNegatives: 0 };
  flagged.forEach((flag, i) => {
    if (positive[i]) counts[flag ? "truePositives" : "falseNegatives"]++;
    else counts[flag ? "falsePositives" : "trueNegatives"]++;
  });
  return counts;
}

/** Recall (sensitivity), false-alarm rate (1 − specificity) and positive predictive value, each with its Wilson interval. */
export function accuracy(counts: Confusion): { recall: Interval; falseAlarm: Interval; ppv: Interval } {
  const { truePositives: tp, falseNegatives: fn, falsePositives: fp, trueNegatives: tn } = counts;
  return {
    recall: wilsonInterval(tp, tp + fn),
    falseAlarm: wilsonInterval(fp, fp + tn),
    ppv: wilsonInterval(tp, tp + fp),
  };
}

/**
 * Percentile bootstrap of `statistic` over the items (clients): `resamples` draws of the same size with replacement.
 * Resamples where the statistic is undefined (null) are skipped; the estimate is the statistic on all items.
 */
export function bootstrapInterval<T>(
  items: readonly T[],
  statistic: (sample: readonly T[]) => number | null,
  random: Random,
  resamples = 200,
): Interval {
  const estimate = statistic(items);
  if (estimate === null || items.length === 0) return { estimate, lower: null, upper: null };
  const values: number[] = [];
  const sample: T[] = new Array<T>(items.length);
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < items.length; i++) sample[i] = items[Math.floor(random.next() * items.length)]!;
    const value = statistic(sample);
    if (value !== null) values.push(value);
  }
  const [lower, upper] = quantiles(values, [0.025, 0.975]);
  return { estimate, lower: lower ?? null, upper: upper ?? null };
}
