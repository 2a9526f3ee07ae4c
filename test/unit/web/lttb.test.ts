import { describe, expect, it } from "vitest";
import { forDrawing, lttb, MAX_POINTS_IN_VIEW } from "../../../web/src/charts/lttb.ts";

const xOf = (p: { x: number }) => p.x;
const yOf = (p: { y: number }) => p.y;

describe("LTTB downsampling", () => {
  it("keeps short series whole", () => {
    const points = Array.from({ length: 40 }, (_, x) => ({ x, y: x % 7 }));
    expect(lttb(points, 100, xOf, yOf)).toEqual(points);
    expect(forDrawing(points, xOf, yOf)).toEqual(points);
  });

  it("reduces a long series to the threshold, keeping the ends and the extreme peaks", () => {
    // A slow wave with one spike up and one spike down that a naive every-nth sample would likely miss.
    const points = Array.from({ length: 10_000 }, (_, x) => ({
      x,
      y: Math.sin(x / 500) * 10 + (x === 4321 ? 100 : x === 7777 ? -100 : 0),
    }));
    const sampled = lttb(points, MAX_POINTS_IN_VIEW, xOf, yOf);
    expect(sampled).toHaveLength(MAX_POINTS_IN_VIEW);
    expect(sampled[0]).toBe(points[0]);
    expect(sampled.at(-1)).toBe(points.at(-1));
    expect(sampled.map((p) => p.x)).toContain(4321);
    expect(sampled.map((p) => p.x)).toContain(7777);
    // Strictly increasing x: every kept point comes from a later bucket than the one before.
    expect(sampled.every((p, i) => i === 0 || p.x > sampled[i - 1]!.x)).toBe(true);
  });

  it("matches a hand-worked small case", () => {
    // Buckets of one point each except the ends: with threshold 4 over 6 points, buckets are [1,2] and [3,4].
    const points = [
      { x: 0, y: 0 },
      { x: 1, y: 5 },
      { x: 2, y: 0 },
      { x: 3, y: 0 },
      { x: 4, y: -5 },
      { x: 5, y: 0 },
    ];
    expect(lttb(points, 4, xOf, yOf).map((p) => p.x)).toEqual([0, 1, 4, 5]);
  });
});
