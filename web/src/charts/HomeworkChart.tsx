import { useMemo } from "react";
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { getFragmentData, graphql, type FragmentType } from "../graphql";
import { forDrawing } from "./lttb";
import { ChartFrame, legendText, percent, type ChartConfig } from "./ChartFrame";
import { bucketLabel } from "./format";
import { patternFill, Patterns } from "./patterns";
import { AXIS_TICK, CHART_TEXT, TOOLTIP_ITEM } from "./theme";

export const HomeworkChart_Fragment = graphql(`
  fragment HomeworkChart_progress on ClientProgress {
    bucket
    homework {
      start
      assigned
      completed
      partial
      notDone
      open
      completionRate
      selfAssigned
      selfAssignedShare
    }
  }
`);

const BAR_PATTERNS = [
  { kind: "solid", color: "#15803d" },
  { kind: "hatch", color: "#ca8a04" },
  { kind: "cross", color: "#b91c1c" },
] as const;

const CONFIG: ChartConfig<"completed" | "partial" | "notDone"> = {
  completed: { label: "Completed", color: "#15803d" },
  partial: { label: "Partly done", color: "#ca8a04" },
  notDone: { label: "Not done", color: "#b91c1c" },
};

/** "2 of 3" over a bucket's reviewed items; nothing over a bucket with none, rather than a rate of 0 or 100%. */
export function completedOf(bucket: { completed: number; partial: number; notDone: number }): string | null {
  const reviewed = bucket.completed + bucket.partial + bucket.notDone;
  return reviewed === 0 ? null : `${bucket.completed} of ${reviewed}`;
}

export function HomeworkChart({
  progress: masked,
  plainLanguage = false,
}: {
  progress: FragmentType<typeof HomeworkChart_Fragment>;
  plainLanguage?: boolean;
}) {
  const progress = getFragmentData(HomeworkChart_Fragment, masked);
  const data = useMemo(
    () =>
      progress.homework.map((h) => ({
        ...h,
        label: bucketLabel(h.start, progress.bucket),
        completedOf: completedOf(h),
        // The label goes on the top segment of the stack: a zero-height segment draws no label.
        topLabel: {
          completed: h.partial === 0 && h.notDone === 0 ? completedOf(h) : null,
          partial: h.partial > 0 && h.notDone === 0 ? completedOf(h) : null,
          notDone: h.notDone > 0 ? completedOf(h) : null,
        },
      })),
    [progress],
  );
  const reviewed = data.reduce((sum, h) => sum + h.completed + h.partial + h.notDone, 0);
  const completed = data.reduce((sum, h) => sum + h.completed, 0);
  const self = data.reduce((sum, h) => sum + h.selfAssigned, 0);
  const assigned = data.reduce((sum, h) => sum + h.assigned, 0);
  const summary = reviewed
    ? plainLanguage
      ? `You completed ${completed} of ${reviewed} homework tasks you looked at with your therapist (${percent(completed / reviewed)}); you set ${self} of your ${assigned} tasks yourself.`
      : `${completed} of ${reviewed} reviewed homework items completed (${percent(completed / reviewed)}); ${self} of ${assigned} self-assigned.`
    : "No homework reviewed in this period.";
  return (
    <ChartFrame
      title={
        plainLanguage
          ? "My homework: done of looked at"
          : "Homework reviewed per " + (progress.bucket === "WEEK" ? "week" : "month")
      }
      summary={summary}
      testId="chart-homework"
      rows={data}
      columns={[
        { label: "From", value: (row) => row.start },
        { label: "Set", value: (row) => row.assigned },
        { label: "Completed", value: (row) => row.completed },
        { label: "Partly", value: (row) => row.partial },
        { label: "Not done", value: (row) => row.notDone },
        { label: "Open", value: (row) => row.open },
        {
          label: "Completed of reviewed",
          value: (row) => (row.completedOf ? `${row.completedOf} (${percent(row.completionRate)})` : null),
        },
        { label: "Self-assigned", value: (row) => percent(row.selfAssignedShare) },
      ]}
    >
      <BarChart
        data={forDrawing(
          data,
          (d) => Date.parse(d.start),
          (d) => d.assigned,
        )}
        margin={{ top: 20, right: 8, bottom: 8, left: 0 }}
      >
        <Patterns series={[...BAR_PATTERNS]} />
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={AXIS_TICK} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} />
        <Bar
          dataKey="completed"
          stackId="hw"
          name={CONFIG.completed.label}
          fill={patternFill("solid", CONFIG.completed.color)}
          stroke={CONFIG.completed.color}
          isAnimationActive={false}
        >
          {/* Each week's own denominator on top of its bar: "2 of 3" done, never a rate swinging 0 → 100%. */}
          <LabelList dataKey="topLabel.completed" position="top" fontSize={11} fill={CHART_TEXT.legend} />
        </Bar>
        <Bar
          dataKey="partial"
          stackId="hw"
          name={CONFIG.partial.label}
          fill={patternFill("hatch", CONFIG.partial.color)}
          stroke={CONFIG.partial.color}
          isAnimationActive={false}
        >
          <LabelList dataKey="topLabel.partial" position="top" fontSize={11} fill={CHART_TEXT.legend} />
        </Bar>
        <Bar
          dataKey="notDone"
          stackId="hw"
          name={CONFIG.notDone.label}
          fill={patternFill("cross", CONFIG.notDone.color)}
          stroke={CONFIG.notDone.color}
          isAnimationActive={false}
        >
          <LabelList dataKey="topLabel.notDone" position="top" fontSize={11} fill={CHART_TEXT.legend} />
        </Bar>
        <Tooltip itemStyle={TOOLTIP_ITEM} />
        <Legend formatter={legendText} />
      </BarChart>
    </ChartFrame>
  );
}
