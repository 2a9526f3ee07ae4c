import { useMemo } from "react";
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  ReferenceLine,
  Area,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { graphql } from "../graphql";
import type { OutcomeChart_ProgressFragment } from "../graphql/graphql";
import { forDrawing } from "./lttb";
import { ChartFrame, oneDecimal, type ChartConfig } from "./ChartFrame";

graphql(`
  fragment OutcomeChart_progress on ClientProgress {
    sessions {
      sessionId
      number
      localDate
      attendance
      ors
      phq9
      gad7
    }
    expected {
      sessionNumber
      expected
      lower
    }
    cutoffs {
      measure
      rule
      value
      label
    }
    planRevisions {
      version
      localDate
      rationale
    }
  }
`);

const CONFIG: ChartConfig<"ors" | "phq9" | "gad7" | "expected"> = {
  ors: { label: "ORS (0–40, higher is better)", color: "#1d4ed8" },
  phq9: { label: "PHQ-9 (0–27, lower is better)", color: "#b45309", dash: "6 3" },
  gad7: { label: "GAD-7 (0–21, lower is better)", color: "#7c3aed", dash: "2 3" },
  expected: { label: "Expected ORS range (similar clients)", color: "#94a3b8" },
};

/** Where a revision falls on the session axis: just after the last session before it. */
function revisionPosition(localDate: string, sessions: { number: number | null; localDate: string }[]): number {
  const before = sessions.filter((s) => s.number != null && s.localDate < localDate);
  return (before.at(-1)?.number ?? 0) + 0.5;
}

export function OutcomeChart({
  progress,
  plainLanguage = false,
}: {
  progress: OutcomeChart_ProgressFragment;
  plainLanguage?: boolean;
}) {
  const orsCutoff = progress.cutoffs.find((c) => c.rule === "ORS_CLINICAL_CUTOFF_ADULT")?.value ?? 25;
  const data = useMemo(() => {
    const expected = new Map(progress.expected.map((p) => [p.sessionNumber, p]));
    return progress.sessions
      .filter((s) => s.number != null)
      .map((s) => ({
        number: s.number!,
        localDate: s.localDate,
        ors: s.ors,
        phq9: s.phq9,
        gad7: s.gad7,
        band: expected.has(s.number!)
          ? [oneDecimal(expected.get(s.number!)!.lower), oneDecimal(expected.get(s.number!)!.expected)]
          : null,
      }));
  }, [progress]);
  const revisions = useMemo(
    () =>
      progress.planRevisions
        .filter((r) => r.version > 1)
        .map((r) => ({ ...r, x: revisionPosition(r.localDate, progress.sessions) })),
    [progress],
  );
  const rated = data.filter((d) => d.ors != null);
  const first = rated[0];
  const last = rated.at(-1);
  const summary = !first
    ? "No ORS ratings in this period."
    : plainLanguage
      ? `How you have been doing (ORS): ${first.ors} at session ${first.number}, ${last!.ors} at session ${last!.number} — ${last!.ors! > first.ors! ? "higher is better, so this is an improvement" : last!.ors! < first.ors! ? "lower than at the start" : "about the same"}.`
      : `ORS from ${first.ors} (session ${first.number}) to ${last!.ors} (session ${last!.number}); clinical range at or below ${orsCutoff}; ${revisions.length} plan revision${revisions.length === 1 ? "" : "s"} marked.`;
  const hasPhq9 = data.some((d) => d.phq9 != null);
  const hasGad7 = data.some((d) => d.gad7 != null);
  return (
    <ChartFrame
      title={plainLanguage ? "How you have been doing" : "Outcome: ORS, PHQ-9 and GAD-7 by session"}
      summary={summary}
      testId="chart-outcome"
      rows={data}
      columns={[
        { label: "Session", value: (row) => row.number },
        { label: "Date", value: (row) => row.localDate },
        { label: "ORS", value: (row) => row.ors },
        { label: "PHQ-9", value: (row) => row.phq9 },
        { label: "GAD-7", value: (row) => row.gad7 },
        {
          label: "Expected ORS (10th pct – expected)",
          value: (row) => (row.band ? `${row.band[0]} – ${row.band[1]}` : null),
        },
      ]}
      height={320}
    >
      <ComposedChart
        data={forDrawing(
          data,
          (d) => d.number,
          (d) => d.ors,
        )}
        margin={{ top: 16, right: 24, bottom: 8, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="number"
          type="number"
          domain={["dataMin", "dataMax"]}
          allowDecimals={false}
          label={{ value: "Session", position: "insideBottomRight", offset: -4 }}
        />
        <YAxis yAxisId="ors" domain={[0, 40]} ticks={[0, 10, 20, 25, 30, 40]} />
        <YAxis yAxisId="symptoms" orientation="right" domain={[0, 27]} hide={!hasPhq9 && !hasGad7} />
        <ReferenceArea
          yAxisId="ors"
          y1={0}
          y2={orsCutoff}
          fill="#fee2e2"
          fillOpacity={0.5}
          label={{ value: "Clinical range", position: "insideBottomLeft", fontSize: 11 }}
        />
        <ReferenceLine
          yAxisId="ors"
          y={orsCutoff}
          stroke="#dc2626"
          strokeDasharray="4 2"
          label={{ value: `Cut-off ${orsCutoff}`, position: "insideTopLeft", fontSize: 11 }}
        />
        {progress.expected.length > 0 && (
          <Area
            yAxisId="ors"
            dataKey="band"
            name={CONFIG.expected.label}
            stroke="none"
            fill={CONFIG.expected.color}
            fillOpacity={0.3}
            isAnimationActive={false}
          />
        )}
        {revisions.map((revision) => (
          <ReferenceLine
            key={revision.version}
            yAxisId="ors"
            x={revision.x}
            stroke="#0f766e"
            strokeWidth={2}
            className="plan-revision-marker"
            label={(props: { viewBox?: { x?: number; y?: number } }) => (
              <g
                className="plan-revision-label"
                tabIndex={0}
                role="note"
                aria-label={`Plan version ${revision.version}: ${revision.rationale}`}
              >
                <title>{`Plan v${revision.version} (${revision.localDate}): ${revision.rationale}`}</title>
                <text x={(props.viewBox?.x ?? 0) + 4} y={(props.viewBox?.y ?? 0) + 12} fontSize={11} fill="#0f766e">
                  {`Plan v${revision.version}`}
                </text>
              </g>
            )}
          />
        ))}
        <Line
          yAxisId="ors"
          dataKey="ors"
          name={CONFIG.ors.label}
          stroke={CONFIG.ors.color}
          strokeWidth={2}
          dot={{ r: 4, className: "dot-ors" }}
          connectNulls
          isAnimationActive={false}
        />
        {hasPhq9 && (
          <Line
            yAxisId="symptoms"
            dataKey="phq9"
            name={CONFIG.phq9.label}
            stroke={CONFIG.phq9.color}
            strokeDasharray={CONFIG.phq9.dash}
            dot={{ r: 3, strokeWidth: 2 }}
            connectNulls
            isAnimationActive={false}
          />
        )}
        {hasGad7 && (
          <Line
            yAxisId="symptoms"
            dataKey="gad7"
            name={CONFIG.gad7.label}
            stroke={CONFIG.gad7.color}
            strokeDasharray={CONFIG.gad7.dash}
            dot={{ r: 3 }}
            connectNulls
            isAnimationActive={false}
          />
        )}
        <Tooltip />
        <Legend />
      </ComposedChart>
    </ChartFrame>
  );
}
