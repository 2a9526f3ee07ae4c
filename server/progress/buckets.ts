import { addDays, addMonths, daysBetween, monthStartOf, weekStartOf } from "../common/time.ts";
import { Bucket } from "./progress.enums.ts";

export interface BucketSpan {
  start: string;
  /** Days of the bucket inside [from, to]. */
  days: number;
}

/** Every bucket from the one holding `from` to the one holding `to`, so empty weeks show as zero, not as gaps. */
export function bucketCalendar(bucket: Bucket, from: string, to: string): BucketSpan[] {
  const spans: BucketSpan[] = [];
  const next = (start: string) => (bucket === Bucket.WEEK ? addDays(start, 7) : addMonths(start, 1));
  let start = bucket === Bucket.WEEK ? weekStartOf(from) : monthStartOf(from);
  const endExclusive = addDays(to, 1);
  while (start <= to) {
    const end = next(start);
    const overlapFrom = start > from ? start : from;
    const overlapTo = end < endExclusive ? end : endExclusive;
    spans.push({ start, days: daysBetween(overlapFrom, overlapTo) });
    start = end;
  }
  return spans;
}
