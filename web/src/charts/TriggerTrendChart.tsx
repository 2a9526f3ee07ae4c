import { useMemo } from "react";
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { labelOf, plural, triggerTrendInWords, type TriggerTrendLike } from "../features/client/what-works-words";
import { ChartFrame, legendText } from "./ChartFrame";
import { bucketLabel } from "./format";
import { AXIS_TICK, TOOLTIP_ITEM } from "./theme";

export interface TriggerTrendsData {
  weeks: readonly string[];
  intervalConfidence: number;
  enough: boolean;
  reason: string | null | undefined;
  triggers: readonly (TriggerTrendLike & { weeklyCounts: readonly number[] })[];
}

/** A colour and a dash per trigger, so lines differ by more than colour. */
const STYLES: Readonly<Record<string, { color: string; dash?: string }>> = {
  WORK_OR_STUDY: { color: "#1d4ed8" },
  RELATIONSHIPS: { color: "#b91c1c", dash: "6 3" },
  FAMILY: { color: "#15803d", dash: "2 2" },
  SOCIAL_SITUATION: { color: "#7e22ce", dash: "8 3 2 3" },
  HEALTH: { color: "#c2410c", dash: "4 4" },
  PLACE_OR_CROWD: { color: "#0f766e", dash: "10 4" },
  REMINDER: { color: "#a16207", dash: "1 3" },
  NONE_IDENTIFIED: { color: "#475569", dash: "3 6" },
  OTHER: { color: "#334155", dash: "12 2" },
};

const VERDICT_WORDS: Readonly<Record<string, string>> = {
  RISING: "rising",
  FALLING: "falling",
  FLAT: "no clear trend",
  NOT_ENOUGH_DATA: "too few to tell",
};

/** "Work or study falling; Family no clear trend; Health too few to tell. 12 complete weeks." */
export function triggerTrendSummary(trends: TriggerTrendsData): string {
  if (trends.triggers.length === 0) return "No episodes with a trigger in the complete weeks so far.";
  const verdicts = trends.triggers
    .map((t) => `${labelOf(t.trigger)} ${VERDICT_WORDS[t.verdict] ?? "too few to tell"}`)
    .join("; ");
  return `${verdicts}. Over ${plural(trends.weeks.length, "complete week")}.`;
}

/**
 * Weekly episodes per trigger over the complete weeks since intake, with each trigger's trend (rising, falling or
 * flat by the Poisson trend test) in the summary and, with its rate ratio and interval, in the list under the chart.
 */
export function TriggerTrendChart({ trends }: { trends: TriggerTrendsData }) {
  const data = useMemo(
    () =>
      trends.weeks.map((week, i) => ({
        week,
        label: bucketLabel(week, "WEEK"),
        ...Object.fromEntries(trends.triggers.map((t) => [t.trigger, t.weeklyCounts[i] ?? 0])),
      })),
    [trends],
  );
  return (
    <ChartFrame
      title="Episodes per trigger, week by week"
      summary={triggerTrendSummary(trends)}
      testId="chart-trigger-trends"
      rows={data}
      columns={[
        { label: "Week of", value: (row) => row.week },
        ...trends.triggers.map((t) => ({
          label: labelOf(t.trigger),
          value: (row: (typeof data)[number]) => (row as Record<string, number | string>)[t.trigger],
        })),
      ]}
      legend={
        <ul className="trend-list" data-testid="trigger-trend-list">
          {trends.triggers.map((t) => (
            <li key={t.trigger} data-verdict={t.verdict}>
              {triggerTrendInWords(t, trends.intervalConfidence)}
            </li>
          ))}
        </ul>
      }
    >
      <LineChart data={data} margin={{ top: 16, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={AXIS_TICK} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} />
        {trends.triggers.map((t) => {
          const style = STYLES[t.trigger] ?? { color: "#334155" };
          return (
            <Line
              key={t.trigger}
              dataKey={t.trigger}
              name={labelOf(t.trigger)}
              stroke={style.color}
              strokeDasharray={style.dash}
              dot={{ r: 2 }}
              isAnimationActive={false}
            />
          );
        })}
        <Tooltip itemStyle={TOOLTIP_ITEM} />
        <Legend formatter={legendText} />
      </LineChart>
    </ChartFrame>
  );
}
