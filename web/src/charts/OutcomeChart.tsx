import { useMemo } from "react";
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { getFragmentData, graphql, type FragmentType } from "../graphql";
import { forDrawing } from "./lttb";
import { ChartFrame, legendText, oneDecimal, type ChartConfig } from "./ChartFrame";
import { PLAIN_MEASURE } from "./measure-names";
import { revisionLines, revisionMarks, sessionDomain } from "./revisions";
import { SourceLegend, checkInX, sourceDot, sourceWords } from "./source";
import { AXIS_TICK, CHART_TEXT, TOOLTIP_ITEM } from "./theme";

export const OutcomeChart_Fragment = graphql(`
  fragment OutcomeChart_progress on ClientProgress {
    sessions {
      sessionId
      number
      localDate
      attendance
      ors
      phq9
      gad7
      source
    }
    checkIns {
      checkInId
      localDate
      ors
      source
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

const CONFIG: ChartConfig<"ors" | "expected"> = {
  ors: { label: "ORS (0–40, higher is better)", color: "#1d4ed8" },
  expected: { label: "Expected ORS range (similar clients)", color: "#94a3b8" },
};

/**
 * The ORS by session, on its own 0–40 scale (higher is better), with its clinical cut-off and, for the clinician,
 * the expected range of similar clients. Symptom questionnaires, where lower is better, have their own chart.
 */
export function OutcomeChart({
  progress: masked,
  plainLanguage = false,
}: {
  progress: FragmentType<typeof OutcomeChart_Fragment>;
  plainLanguage?: boolean;
}) {
  const progress = getFragmentData(OutcomeChart_Fragment, masked);
  const orsCutoff = progress.cutoffs.find((c) => c.rule === "ORS_CLINICAL_CUTOFF_ADULT")?.value ?? 25;
  const data = useMemo(() => {
    const expected = new Map(progress.expected.map((p) => [p.sessionNumber, p]));
    const sessions = progress.sessions
      .filter((s) => s.number != null)
      .map((s) => ({
        x: s.number!,
        number: s.number,
        localDate: s.localDate,
        ors: s.ors,
        // A check-in not used in a session is drawn on a line of its own: not joined to the sessions' ratings.
        checkInOrs: null as number | null,
        source: s.source,
        band: expected.has(s.number!)
          ? [oneDecimal(expected.get(s.number!)!.lower), oneDecimal(expected.get(s.number!)!.expected)]
          : null,
      }));
    const numbered = sessions.map((s) => ({ number: s.x, localDate: s.localDate }));
    const checkIns = progress.checkIns
      .filter((c) => c.ors != null)
      .map((c) => ({
        x: checkInX(c.localDate, numbered),
        number: null,
        localDate: c.localDate,
        ors: null,
        checkInOrs: c.ors,
        source: c.source,
        band: null,
      }));
    return [...sessions, ...checkIns].sort((a, b) => a.x - b.x);
  }, [progress]);
  const revisions = useMemo(() => revisionMarks(progress.planRevisions, progress.sessions), [progress]);
  const rated = data.filter((d) => d.ors != null && d.number != null);
  const bySource = new Set(data.filter((d) => d.ors != null || d.checkInOrs != null).map((d) => d.source));
  const pending = data.filter((d) => d.checkInOrs != null).length;
  const first = rated[0];
  const last = rated.at(-1);
  const name = plainLanguage ? PLAIN_MEASURE.ORS : CONFIG.ors.label;
  const summary = !first
    ? plainLanguage
      ? "No wellbeing scores yet in this period."
      : "No ORS ratings in this period."
    : plainLanguage
      ? `Your wellbeing score: ${first.ors} at session ${first.number}, ${last!.ors} at session ${last!.number} — ${last!.ors! > first.ors! ? "higher is better, so this is an improvement" : last!.ors! < first.ors! ? "lower than at the start" : "about the same"}.`
      : `ORS from ${first.ors} (session ${first.number}) to ${last!.ors} (session ${last!.number}); clinical range at or below ${orsCutoff}; ${revisions.length} plan revision${revisions.length === 1 ? "" : "s"} marked${pending ? `; ${pending} check-in${pending === 1 ? "" : "s"} from the client not used in a session` : ""}.`;
  const showExpected = !plainLanguage && progress.expected.length > 0;
  return (
    <ChartFrame
      title={plainLanguage ? "How you have been feeling overall" : "Outcome: ORS by session"}
      summary={summary}
      testId="chart-outcome"
      rows={data.filter((d) => d.number != null || d.checkInOrs != null)}
      legend={bySource.has("CLIENT") ? <SourceLegend plainLanguage={plainLanguage} /> : undefined}
      columns={[
        { label: "Session", value: (row) => row.number },
        { label: "Date", value: (row) => row.localDate },
        { label: plainLanguage ? "Wellbeing score" : "ORS", value: (row) => row.ors ?? row.checkInOrs },
        ...(showExpected
          ? [
              {
                label: "Expected ORS (10th pct – expected)",
                value: (row: (typeof data)[number]) => (row.band ? `${row.band[0]} – ${row.band[1]}` : null),
              },
            ]
          : []),
        {
          label: "Source",
          value: (row: (typeof data)[number]) =>
            row.ors != null || row.checkInOrs != null ? sourceWords(row.source, plainLanguage) : null,
        },
      ]}
      height={300}
    >
      <ComposedChart
        data={forDrawing(
          data,
          (d) => d.x,
          (d) => d.ors ?? d.checkInOrs,
        )}
        margin={{ top: 16, right: 24, bottom: 8, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="x"
          type="number"
          domain={sessionDomain(
            data.map((d) => d.x),
            revisions,
          )}
          allowDecimals={false}
          tick={AXIS_TICK}
          label={{ value: "Session", position: "insideBottomRight", offset: -4, fill: CHART_TEXT.legend }}
        />
        <YAxis
          yAxisId="ors"
          domain={[0, 40]}
          ticks={plainLanguage ? [0, 10, 20, 30, 40] : [0, 10, 20, orsCutoff, 30, 40]}
          tick={AXIS_TICK}
        />
        {!plainLanguage && (
          <ReferenceArea yAxisId="ors" y1={0} y2={orsCutoff} fill="#fee2e2" fillOpacity={0.4} ifOverflow="hidden" />
        )}
        {!plainLanguage && (
          <ReferenceLine
            yAxisId="ors"
            y={orsCutoff}
            stroke={CHART_TEXT.cutoff}
            strokeDasharray="4 2"
            className="cutoff-line"
            label={{
              value: `ORS clinical cut-off ${orsCutoff} (clinical range at or below)`,
              position: "insideBottomLeft",
              fontSize: 11,
              fill: CHART_TEXT.cutoff,
            }}
          />
        )}
        {showExpected && (
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
        {revisionLines(revisions, "ors", true, plainLanguage)}
        <Line
          yAxisId="ors"
          dataKey="ors"
          name={name}
          stroke={CONFIG.ors.color}
          strokeWidth={2}
          dot={sourceDot(CONFIG.ors.color, "dot-ors")}
          connectNulls
          isAnimationActive={false}
        />
        {pending > 0 && (
          <Line
            yAxisId="ors"
            dataKey="checkInOrs"
            name={plainLanguage ? "Your check-in" : "Client's check-in, not used in a session"}
            stroke="none"
            legendType="none"
            dot={sourceDot(CONFIG.ors.color, "dot-ors dot-check-in", 4, "CLIENT")}
            activeDot={false}
            isAnimationActive={false}
          />
        )}
        <Tooltip itemStyle={TOOLTIP_ITEM} />
        <Legend formatter={legendText} />
      </ComposedChart>
    </ChartFrame>
  );
}
