import { useMemo } from "react";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { getFragmentData, graphql, type FragmentType } from "../graphql";
import { forDrawing } from "./lttb";
import { ChartFrame } from "./ChartFrame";
import { AXIS_TICK, TOOLTIP_ITEM } from "./theme";

export const CadenceChart_Fragment = graphql(`
  fragment CadenceChart_progress on ClientProgress {
    cadence {
      number
      localDate
      daysSincePrevious
    }
  }
`);

export function CadenceChart({ progress: masked }: { progress: FragmentType<typeof CadenceChart_Fragment> }) {
  const progress = getFragmentData(CadenceChart_Fragment, masked);
  const data = useMemo(() => progress.cadence.filter((c) => c.daysSincePrevious != null), [progress]);
  const summary = data.length
    ? `${data.length + 1} sessions; gaps from ${data[0]!.daysSincePrevious} days at first to ${data.at(-1)!.daysSincePrevious} days lately.`
    : "Fewer than two sessions in this period.";
  return (
    <ChartFrame
      title="Session cadence: days since the previous session"
      summary={summary}
      testId="chart-cadence"
      rows={progress.cadence}
      columns={[
        { label: "Session", value: (row) => row.number },
        { label: "Date", value: (row) => row.localDate },
        { label: "Days since previous", value: (row) => row.daysSincePrevious },
      ]}
      height={200}
    >
      <BarChart
        data={forDrawing(
          data,
          (d) => d.number,
          (d) => d.daysSincePrevious,
        )}
        margin={{ top: 16, right: 8, bottom: 8, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="number" tick={AXIS_TICK} />
        <YAxis allowDecimals={false} unit=" d" tick={AXIS_TICK} />
        <Bar dataKey="daysSincePrevious" name="Days since previous session" fill="#475569" isAnimationActive={false} />
        <Tooltip itemStyle={TOOLTIP_ITEM} />
      </BarChart>
    </ChartFrame>
  );
}
