import { useMemo } from "react";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import { getFragmentData, graphql, type FragmentType } from "../graphql";
import type { Symptom } from "../graphql/graphql";
import { forDrawing } from "./lttb";
import { ChartFrame, legendText, oneDecimal } from "./ChartFrame";
import { aboutPerWeek, bucketLabel, monthName } from "./format";
import { PATTERN_ORDER, patternFill, Patterns } from "./patterns";
import { AXIS_TICK, TOOLTIP_ITEM } from "./theme";

export const EpisodeChart_Fragment = graphql(`
  fragment EpisodeChart_progress on ClientProgress {
    bucket
    episodes {
      start
      days
      count
      perWeek
      meanIntensity
      maxIntensity
      totalMinutes
      bySymptom {
        symptom
        count
      }
    }
  }
`);

export const SYMPTOMS: Record<Symptom, { label: string; plural: string; color: string }> = {
  PANIC_ATTACK: { label: "Panic attack", plural: "Panic attacks", color: "#dc2626" },
  LOW_MOOD: { label: "Low mood", plural: "Low-mood spells", color: "#2563eb" },
  INTRUSIVE_MEMORY: { label: "Intrusive memory", plural: "Intrusive memories", color: "#9333ea" },
  WORRY: { label: "Worry", plural: "Worry spells", color: "#ea580c" },
  ANGER: { label: "Anger", plural: "Anger outbursts", color: "#65a30d" },
  SELF_HARM_URGE: { label: "Self-harm urge", plural: "Self-harm urges", color: "#0f172a" },
  OTHER: { label: "Other", plural: "Other episodes", color: "#64748b" },
};

export function EpisodeChart({
  progress: masked,
  plainLanguage = false,
}: {
  progress: FragmentType<typeof EpisodeChart_Fragment>;
  plainLanguage?: boolean;
}) {
  const progress = getFragmentData(EpisodeChart_Fragment, masked);
  const symptoms = useMemo(
    () => [...new Set(progress.episodes.flatMap((e) => e.bySymptom.map((s) => s.symptom)))],
    [progress],
  );
  const data = useMemo(
    () =>
      progress.episodes.map((e) => ({
        ...e,
        label: bucketLabel(e.start, progress.bucket),
        intensity: oneDecimal(e.meanIntensity),
        ...Object.fromEntries(e.bySymptom.map((s) => [s.symptom, s.count])),
      })),
    [progress],
  );
  const total = data.reduce((sum, e) => sum + e.count, 0);
  // Compare whole weeks (months) where there are any: a partial bucket's count understates its rate.
  const whole = data.filter((e) => e.days >= (progress.bucket === "WEEK" ? 7 : 28));
  const full = whole.length > 0 ? whole : data.filter((e) => e.days > 0);
  const first = full[0];
  const last = full.at(-1);
  const main = symptoms[0] ? SYMPTOMS[symptoms[0]].plural : "Episodes";
  const when = (bucket: { start: string; label: string }) =>
    progress.bucket === "MONTH" ? `in ${monthName(bucket.start)}` : `in the week of ${bucket.label}`;
  let summary = "No episodes logged in this period.";
  if (total > 0 && first && last) {
    summary = plainLanguage
      ? `${main}: ${aboutPerWeek(first.perWeek)} ${when(first)}, ${aboutPerWeek(last.perWeek)} ${when(last)}.`
      : `${total} episodes: ${oneDecimal(first.perWeek)} a week ${when(first)}, ${oneDecimal(last.perWeek)} a week ${when(last)}.`;
  }
  return (
    <ChartFrame
      title={plainLanguage ? "My episodes" : "Symptom episodes per " + (progress.bucket === "WEEK" ? "week" : "month")}
      summary={summary}
      testId="chart-episodes"
      rows={data}
      columns={[
        { label: "From", value: (row) => row.start },
        { label: "Episodes", value: (row) => row.count },
        { label: "Per week", value: (row) => oneDecimal(row.perWeek) },
        { label: "Mean intensity", value: (row) => row.intensity },
        { label: "Max intensity", value: (row) => row.maxIntensity },
        { label: "Minutes", value: (row) => row.totalMinutes },
        {
          label: "By symptom",
          value: (row) => row.bySymptom.map((s) => `${SYMPTOMS[s.symptom].label} ${s.count}`).join(", "),
        },
      ]}
    >
      <ComposedChart
        data={forDrawing(
          data,
          (d) => Date.parse(d.start),
          (d) => d.count,
        )}
        margin={{ top: 16, right: 8, bottom: 8, left: 0 }}
      >
        <Patterns
          series={symptoms.map((symptom, i) => ({
            kind: PATTERN_ORDER[i % PATTERN_ORDER.length]!,
            color: SYMPTOMS[symptom].color,
          }))}
        />
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={AXIS_TICK} />
        <YAxis yAxisId="count" allowDecimals={false} tick={AXIS_TICK} />
        {/* The client's view keeps one axis; the intensities are in its data table. */}
        {!plainLanguage && <YAxis yAxisId="intensity" orientation="right" domain={[0, 10]} tick={AXIS_TICK} />}
        {symptoms.map((symptom, i) => (
          <Bar
            key={symptom}
            yAxisId="count"
            dataKey={symptom}
            stackId="episodes"
            name={SYMPTOMS[symptom].label}
            fill={patternFill(PATTERN_ORDER[i % PATTERN_ORDER.length]!, SYMPTOMS[symptom].color)}
            stroke={SYMPTOMS[symptom].color}
            isAnimationActive={false}
          />
        ))}
        {!plainLanguage && (
          <Line
            yAxisId="intensity"
            dataKey="intensity"
            name="Mean intensity (0–10)"
            stroke="#111827"
            strokeDasharray="4 2"
            dot={{ r: 3 }}
            connectNulls
            isAnimationActive={false}
          />
        )}
        <Tooltip itemStyle={TOOLTIP_ITEM} />
        <Legend formatter={legendText} />
      </ComposedChart>
    </ChartFrame>
  );
}
