import { useMemo } from "react";
import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { homeworkInWords, type HomeworkAssociationLike } from "../features/client/what-works-words";
import { ChartFrame } from "./ChartFrame";
import { AXIS_TICK, CHART_TEXT, TOOLTIP_ITEM } from "./theme";

export interface HomeworkAssociationData extends HomeworkAssociationLike {
  points: readonly {
    from: string;
    to: string;
    sessionNumber: number | null | undefined;
    items: number;
    x: number;
    change: number;
  }[];
}

const MEASURE_NAME = { ORS: "ORS", PHQ9: "PHQ-9", GAD7: "GAD-7" } as const;

/**
 * Homework completed before each session against the change in a measure at it, one point per interval between
 * rated sessions; the summary gives the slope with its interval, or "not enough sessions to tell".
 */
export function HomeworkChangeChart({ association }: { association: HomeworkAssociationData }) {
  const name = MEASURE_NAME[association.measure];
  const data = useMemo(() => association.points.map((p) => ({ ...p, done: Math.round(p.x * 100) })), [association]);
  return (
    <ChartFrame
      title={`Homework completed and the change in ${name}`}
      summary={homeworkInWords(association)}
      testId={`chart-homework-change-${association.measure.toLowerCase()}`}
      rows={data}
      height={220}
      columns={[
        { label: "From", value: (row) => row.from },
        { label: "To session", value: (row) => row.sessionNumber ?? row.to },
        { label: "Homework items", value: (row) => row.items },
        { label: "Completed", value: (row) => `${row.done}%` },
        { label: `Change in ${name} (+ = better)`, value: (row) => Math.round(row.change * 10) / 10 },
      ]}
    >
      <ScatterChart margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" dataKey="done" domain={[0, 100]} unit="%" name="Completed" tick={AXIS_TICK} />
        <YAxis type="number" dataKey="change" name="Change (+ = better)" tick={AXIS_TICK} width={40} />
        <ReferenceLine y={0} stroke={CHART_TEXT.axis} />
        <Tooltip itemStyle={TOOLTIP_ITEM} />
        <Scatter data={data} name="Intervals" fill="#1d4ed8" isAnimationActive={false} />
      </ScatterChart>
    </ChartFrame>
  );
}
