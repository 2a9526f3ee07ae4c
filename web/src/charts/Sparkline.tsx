import { Line, LineChart, YAxis } from "recharts";

/**
 * Fixed scales, so every row of the caseload is drawn against the same axis: a rise from 0 to 1 episode stays a
 * small step instead of filling the cell. Values above a scale's top are clipped; the label keeps them.
 */
export const SPARKLINE_SCALES = {
  ORS: [0, 40],
  PHQ9: [0, 27],
  /** Two a day: above it every week looks the same in a 28-pixel cell anyway. */
  EPISODES_PER_WEEK: [0, 14],
} as const satisfies Record<string, readonly [number, number]>;

/** A tiny trend line for the caseload table; its numbers are in the accessible label. */
export function Sparkline({
  values,
  label,
  color,
  scale,
  testId,
}: {
  values: number[];
  label: string;
  color: string;
  scale: keyof typeof SPARKLINE_SCALES;
  testId: string;
}) {
  if (values.length === 0) return <span className="muted">—</span>;
  const data = values.map((value, i) => ({ i, value }));
  const [min, max] = SPARKLINE_SCALES[scale];
  return (
    <span
      className="sparkline"
      role="img"
      aria-label={`${label}: ${values.join(", ")} (scale ${min}–${max})`}
      data-testid={testId}
      data-scale={`${min}-${max}`}
    >
      <LineChart
        width={96}
        height={28}
        data={data}
        margin={{ top: 3, right: 3, bottom: 3, left: 3 }}
        accessibilityLayer={false}
      >
        <YAxis hide domain={[min, max]} allowDataOverflow />
        <Line dataKey="value" stroke={color} strokeWidth={1.5} dot={false} isAnimationActive={false} />
      </LineChart>
    </span>
  );
}
