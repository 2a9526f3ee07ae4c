import { useMemo } from "react";
import { CartesianGrid, LineChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { getFragmentData, graphql, type FragmentType } from "../graphql";
import { forDrawing } from "./lttb";
import { ChartFrame } from "./ChartFrame";
import { SRS_SOURCE_WORDS, SourceLegend, sourceDot } from "./source";
import { AXIS_TICK, CHART_TEXT, TOOLTIP_ITEM } from "./theme";

export const AllianceChart_Fragment = graphql(`
  fragment AllianceChart_progress on ClientProgress {
    sessions {
      number
      localDate
      srs
      srsSource
    }
    cutoffs {
      rule
      value
    }
  }
`);

export function AllianceChart({ progress: masked }: { progress: FragmentType<typeof AllianceChart_Fragment> }) {
  const progress = getFragmentData(AllianceChart_Fragment, masked);
  const cutoff = progress.cutoffs.find((c) => c.rule === "SRS_ALLIANCE_CUTOFF")?.value ?? 36;
  const data = useMemo(
    () =>
      progress.sessions
        .filter((s) => s.number != null && s.srs != null)
        .map((s) => ({ ...s, source: s.srsSource ?? "SESSION" })),
    [progress],
  );
  const fromClient = data.some((s) => s.source === "CLIENT");
  const below = data.filter((s) => s.srs! < cutoff).length;
  const summary = data.length
    ? `SRS rated in ${data.length} session${data.length === 1 ? "" : "s"}, latest ${data.at(-1)!.srs}; ${below} below the alliance cut-off of ${cutoff}.`
    : "No SRS ratings in this period.";
  return (
    <ChartFrame
      title="Alliance: SRS by session"
      summary={summary}
      testId="chart-alliance"
      rows={data}
      columns={[
        { label: "Session", value: (row) => row.number },
        { label: "Date", value: (row) => row.localDate },
        { label: "SRS", value: (row) => row.srs },
        { label: "Source", value: (row) => SRS_SOURCE_WORDS[row.source] },
      ]}
      legend={fromClient ? <SourceLegend words={SRS_SOURCE_WORDS} /> : undefined}
    >
      <LineChart
        data={forDrawing(
          data,
          (d) => d.number!,
          (d) => d.srs,
        )}
        margin={{ top: 16, right: 24, bottom: 8, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="number" allowDecimals={false} tick={AXIS_TICK} />
        <YAxis domain={[20, 40]} tick={AXIS_TICK} />
        <ReferenceLine
          y={cutoff}
          stroke="#dc2626"
          strokeDasharray="4 2"
          label={{
            value: `Alliance cut-off ${cutoff}`,
            position: "insideBottomLeft",
            fontSize: 11,
            fill: CHART_TEXT.cutoff,
          }}
        />
        <Line
          dataKey="srs"
          name="SRS (0–40)"
          stroke="#0f766e"
          strokeWidth={2}
          dot={sourceDot("#0f766e", "dot-srs")}
          isAnimationActive={false}
        />
        <Tooltip itemStyle={TOOLTIP_ITEM} />
      </LineChart>
    </ChartFrame>
  );
}
