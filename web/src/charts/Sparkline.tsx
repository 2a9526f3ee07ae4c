import { Line, LineChart } from "recharts";

/** A tiny trend line for the caseload table; its numbers are in the accessible label. */
export function Sparkline({
  values,
  label,
  color,
  testId,
}: {
  values: number[];
  label: string;
  color: string;
  testId: string;
}) {
  if (values.length === 0) return <span className="muted">—</span>;
  const data = values.map((value, i) => ({ i, value }));
  return (
    <span className="sparkline" role="img" aria-label={`${label}: ${values.join(", ")}`} data-testid={testId}>
      <LineChart
        width={96}
        height={28}
        data={data}
        margin={{ top: 3, right: 3, bottom: 3, left: 3 }}
        accessibilityLayer={false}
      >
        <Line dataKey="value" stroke={color} strokeWidth={1.5} dot={false} isAnimationActive={false} />
      </LineChart>
    </span>
  );
}
