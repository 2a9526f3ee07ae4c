/**
 * Largest-Triangle-Three-Buckets downsampling (Steinarsson 2013, "Downsampling Time Series for Visual
 * Representation"): keeps the first and last points and, from each bucket in between, the point that forms the
 * largest triangle with the previous kept point and the next bucket's average — so peaks and troughs survive.
 * Charts draw at most this many points; beyond it the SVG gets slow and the eye sees no more.
 */
export const MAX_POINTS_IN_VIEW = 500;

export function lttb<T>(
  points: readonly T[],
  threshold: number,
  x: (point: T) => number,
  y: (point: T) => number,
): T[] {
  if (threshold >= points.length || threshold < 3) return [...points];
  const sampled: T[] = [points[0]!];
  const bucketSize = (points.length - 2) / (threshold - 2);
  let previous = 0;
  for (let bucket = 0; bucket < threshold - 2; bucket++) {
    const start = Math.floor(bucket * bucketSize) + 1;
    const end = Math.min(Math.floor((bucket + 1) * bucketSize) + 1, points.length - 1);
    const nextStart = end;
    const nextEnd = Math.min(Math.floor((bucket + 2) * bucketSize) + 1, points.length);
    let averageX = 0;
    let averageY = 0;
    for (let i = nextStart; i < nextEnd; i++) {
      averageX += x(points[i]!);
      averageY += y(points[i]!);
    }
    const nextCount = Math.max(1, nextEnd - nextStart);
    averageX /= nextCount;
    averageY /= nextCount;
    const ax = x(points[previous]!);
    const ay = y(points[previous]!);
    let largest = -1;
    let chosen = start;
    for (let i = start; i < end; i++) {
      const area = Math.abs((ax - averageX) * (y(points[i]!) - ay) - (ax - x(points[i]!)) * (averageY - ay));
      if (area > largest) {
        largest = area;
        chosen = i;
      }
    }
    sampled.push(points[chosen]!);
    previous = chosen;
  }
  sampled.push(points[points.length - 1]!);
  return sampled;
}

/** A series as drawn: downsampled only when it has more than MAX_POINTS_IN_VIEW points with a value. */
export function forDrawing<T>(points: readonly T[], x: (point: T) => number, y: (point: T) => number | null): T[] {
  const valued = points.filter((point) => y(point) != null);
  if (valued.length <= MAX_POINTS_IN_VIEW) return [...points];
  return lttb(valued, MAX_POINTS_IN_VIEW, x, (point) => y(point)!);
}
