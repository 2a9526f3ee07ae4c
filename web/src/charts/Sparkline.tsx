import { Line, LineChart, YAxis } from "recharts";
import type { RatingSource } from "../graphql/graphql";
import { sourceDot } from "./source";

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

/**
 * A tiny trend line for the caseload table; its numbers are in the accessible label. With `sources`, a last value
 * the client reported before the session (a check-in) is marked with a hollow diamond and said in the label.
 */
export function Sparkline({
  values,
  sources,
  label,
  color,
  scale,
  testId,
}: {
  values: number[];
  sources?: readonly RatingSource[];
  label: string;
  color: string;
  scale: keyof typeof SPARKLINE_SCALES;
  testId: string;
}) {
  if (values.length === 0) return <span className="muted">—</span>;
  const data = values.map((value, i) => ({ i, value, source: sources?.[i] ?? "SESSION" }));
  const [min, max] = SPARKLINE_SCALES[scale];
  const lastFromClient = data.at(-1)!.source === "CLIENT";
  const lastDot = sourceDot(color, "sparkline-client", 2, "CLIENT");
  return (
    <span
      className="sparkline"
      role="img"
      aria-label={`${label}: ${values.join(", ")} (scale ${min}–${max})${lastFromClient ? "; the last from the client's check-in before the session" : ""}`}
      data-testid={testId}
      data-last-source={lastFromClient ? "CLIENT" : "SESSION"}
      data-scale={`${min}-${max}`}
    >
      <LineChart
        width={96}
        height={28}
        data={data}
        margin={{ top: 3, right: lastFromClient ? 7 : 3, bottom: 3, left: 3 }}
        accessibilityLayer={false}
      >
        <YAxis hide domain={[min, max]} allowDataOverflow />
        <Line
          dataKey="value"
          stroke={color}
          strokeWidth={1.5}
          dot={
            lastFromClient
              ? (props: { index?: number; cx?: number; cy?: number; value?: unknown }) =>
                  props.index === data.length - 1 ? lastDot(props) : <g key={`spark-${props.index ?? 0}`} />
              : false
          }
          isAnimationActive={false}
        />
      </LineChart>
    </span>
  );
}
