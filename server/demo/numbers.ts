import type { Random } from "./random.ts";

/** Small number helpers shared by the demo's generators. */
export const round1 = (value: number) => Math.round(value * 10) / 10;
export const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Splits a total into `count` items within [0, max], each with `decimals` decimals, summing exactly to the total. */
export function splitTotal(random: Random, total: number, count: number, max: number, decimals: 0 | 1): number[] {
  const unit = decimals === 1 ? 10 : 1;
  let remaining = Math.round(clamp(total, 0, count * max) * unit);
  const maxUnits = max * unit;
  const items = new Array<number>(count).fill(0);
  // Give each item its share with a little jitter, then settle the remainder item by item.
  for (let i = 0; i < count; i++) {
    const share = Math.round((remaining / (count - i)) * random.uniform(0.8, 1.2));
    const capacityAfter = (count - i - 1) * maxUnits;
    items[i] = clamp(share, Math.max(0, remaining - capacityAfter), Math.min(maxUnits, remaining));
    remaining -= items[i]!;
  }
  return items.map((units) => units / unit);
}
