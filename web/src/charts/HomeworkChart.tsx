import { useMemo } from "react";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import { graphql } from "../graphql";
import type { HomeworkChart_ProgressFragment } from "../graphql/graphql";
import { forDrawing } from "./lttb";
import { ChartFrame, percent, type ChartConfig } from "./ChartFrame";
import { bucketLabel } from "./format";
import { patternFill, Patterns } from "./patterns";

graphql(`
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

const CONFIG: ChartConfig<"completed" | "partial" | "notDone" | "rate" | "self"> = {
  completed: { label: "Completed", color: "#15803d" },
  partial: { label: "Partly done", color: "#ca8a04" },
  notDone: { label: "Not done", color: "#b91c1c" },
  rate: { label: "Completion rate", color: "#1e3a8a" },
  self: { label: "Self-assigned share", color: "#7c3aed", dash: "5 3" },
};

export function HomeworkChart({
  progress,
  plainLanguage = false,
}: {
  progress: HomeworkChart_ProgressFragment;
  plainLanguage?: boolean;
}) {
  const data = useMemo(
    () =>
      progress.homework.map((h) => ({
        ...h,
        label: bucketLabel(h.start, progress.bucket),
        ratePct: h.completionRate == null ? null : Math.round(h.completionRate * 100),
        selfPct: h.selfAssignedShare == null ? null : Math.round(h.selfAssignedShare * 100),
      })),
    [progress],
  );
  const reviewed = data.reduce((sum, h) => sum + h.completed + h.partial + h.notDone, 0);
  const completed = data.reduce((sum, h) => sum + h.completed, 0);
  const self = data.reduce((sum, h) => sum + h.selfAssigned, 0);
  const assigned = data.reduce((sum, h) => sum + h.assigned, 0);
  const summary = reviewed
    ? plainLanguage
      ? `You completed ${completed} of ${reviewed} homework tasks (${percent(completed / reviewed)}); ${self} of them you set yourself.`
      : `${completed} of ${reviewed} reviewed homework items completed (${percent(completed / reviewed)}); ${self} of ${assigned} self-assigned.`
    : "No homework reviewed in this period.";
  return (
    <ChartFrame
      title={plainLanguage ? "My homework" : "Homework per " + (progress.bucket === "WEEK" ? "week" : "month")}
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
        { label: "Completion rate", value: (row) => percent(row.completionRate) },
        { label: "Self-assigned", value: (row) => percent(row.selfAssignedShare) },
      ]}
    >
      <ComposedChart
        data={forDrawing(
          data,
          (d) => Date.parse(d.start),
          (d) => d.assigned,
        )}
        margin={{ top: 16, right: 8, bottom: 8, left: 0 }}
      >
        <Patterns series={[...BAR_PATTERNS]} />
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis yAxisId="count" allowDecimals={false} />
        <YAxis yAxisId="rate" orientation="right" domain={[0, 100]} unit="%" />
        <Bar
          yAxisId="count"
          dataKey="completed"
          stackId="hw"
          name={CONFIG.completed.label}
          fill={patternFill("solid", CONFIG.completed.color)}
          stroke={CONFIG.completed.color}
          isAnimationActive={false}
        />
        <Bar
          yAxisId="count"
          dataKey="partial"
          stackId="hw"
          name={CONFIG.partial.label}
          fill={patternFill("hatch", CONFIG.partial.color)}
          stroke={CONFIG.partial.color}
          isAnimationActive={false}
        />
        <Bar
          yAxisId="count"
          dataKey="notDone"
          stackId="hw"
          name={CONFIG.notDone.label}
          fill={patternFill("cross", CONFIG.notDone.color)}
          stroke={CONFIG.notDone.color}
          isAnimationActive={false}
        />
        <Line
          yAxisId="rate"
          dataKey="ratePct"
          name={CONFIG.rate.label}
          stroke={CONFIG.rate.color}
          strokeWidth={2}
          dot={{ r: 3 }}
          connectNulls
          isAnimationActive={false}
        />
        <Line
          yAxisId="rate"
          dataKey="selfPct"
          name={CONFIG.self.label}
          stroke={CONFIG.self.color}
          strokeDasharray={CONFIG.self.dash}
          dot={{ r: 3 }}
          connectNulls
          isAnimationActive={false}
        />
        <Tooltip />
        <Legend />
      </ComposedChart>
    </ChartFrame>
  );
}
