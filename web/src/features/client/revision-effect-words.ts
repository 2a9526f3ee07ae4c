import type { PlanPanel_ProgressFragment } from "../../graphql/graphql";

type Comparison = NonNullable<PlanPanel_ProgressFragment["planRevisions"][number]["comparison"]>;
export type Effect = NonNullable<Comparison["episodeEffect"]>;
type Interval = NonNullable<Effect["levelChange"]>;

/** A ratio to two decimals; very large ones (from a side with very few episodes) as "over 100". */
const ratio = (value: number) => (value >= 100 ? "over 100" : value.toFixed(2));
const points = (value: number) => `${value > 0 ? "+" : ""}${Math.round(value * 10) / 10}`;
/** -1 when the whole interval lies below `none`, 1 above, 0 when it covers no change. */
const direction = (interval: Interval, none: number) => (interval.upper < none ? -1 : interval.lower > none ? 1 : 0);

/**
 * What a trend-adjusted effect says, in words: the trend before the change first, so a fall already under way is
 * never read as the change's doing; then the change in level and in trend, with the interval.
 */
export function effectInWords(effect: Effect, measure: "episodes" | "ORS"): string {
  const minimum = effect.minimumRule.split("= ")[1];
  const subject = measure === "episodes" ? "Episodes" : "ORS scores";
  if (!effect.enough || !effect.trendBefore || !effect.levelChange || !effect.slopeChange) {
    if (effect.shortfall === "TOO_FEW_WEEKS")
      return `${subject}: too few weeks to tell (${effect.weeksBefore} full weeks before the change and ${effect.weeksAfter} after; ${minimum} each side are needed).`;
    if (effect.shortfall === "TOO_FEW_RATINGS")
      return `${subject}: too few ratings to tell (${effect.pointsBefore} before the change and ${effect.pointsAfter} after; ${minimum} each side are needed).`;
    if (effect.shortfall === "NO_EPISODES_ON_ONE_SIDE")
      return `${subject}: no estimate, as none were logged on one side of the change.`;
    return `${subject}: no estimate, as the ratings fall on too few days.`;
  }
  const none = measure === "episodes" ? 1 : 0;
  const level = effect.levelChange;
  const confidence = `${Math.round(effect.confidence * 100)}% interval`;
  const before = ["falling", "no clear trend", "rising"][direction(effect.trendBefore, none) + 1]!;
  const trend =
    before === "no clear trend"
      ? `${subject} showed no clear trend before the change`
      : `${subject} were already ${before} before the change`;
  const figures =
    measure === "episodes"
      ? `rate ratio ${ratio(level.estimate)}, ${confidence} ${ratio(level.lower)} to ${ratio(level.upper)}`
      : `${points(level.estimate)} points, ${confidence} ${points(level.lower)} to ${points(level.upper)}`;
  const levelWords = [
    "a fall in level at the change",
    "no clear change in level at the change",
    "a rise in level at the change",
  ][direction(level, none) + 1]!;
  const slopeWords = [
    "their trend turned down after it",
    "no clear change in their trend after it",
    "their trend turned up after it",
  ][direction(effect.slopeChange, none) + 1]!;
  const allowing =
    measure === "episodes" && effect.model === "QUASI_POISSON"
      ? "; weeks varied more than chance, so the interval is wider"
      : "";
  return `${trend}; ${levelWords}, beyond that trend (${figures}); ${slopeWords}${allowing}.`;
}
