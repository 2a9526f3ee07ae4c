import { useMemo } from "react";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { getFragmentData, graphql, type FragmentType } from "../graphql";
import { forDrawing } from "./lttb";
import { ChartFrame, legendText, type ChartConfig } from "./ChartFrame";
import { PLAIN_MEASURE } from "./measure-names";
import { revisionLines, revisionMarks, sessionDomain } from "./revisions";
import { SourceLegend, checkInX, sourceDot, sourceWords } from "./source";
import { AXIS_TICK, CHART_TEXT, TOOLTIP_ITEM } from "./theme";

export const SymptomsChart_Fragment = graphql(`
  fragment SymptomsChart_progress on ClientProgress {
    sessions {
      number
      localDate
      phq9
      gad7
      source
    }
    checkIns {
      checkInId
      localDate
      phq9
      gad7
      source
    }
    cutoffs {
      rule
      value
    }
    planRevisions {
      version
      localDate
      rationale
    }
  }
`);

type Measure = "phq9" | "gad7";

const CONFIG: ChartConfig<Measure> = {
  phq9: { label: "PHQ-9 (0–27, lower is better)", color: "#b45309", dash: "6 3" },
  gad7: { label: "GAD-7 (0–21, lower is better)", color: "#7c3aed", dash: "2 3" },
};

/** Each questionnaire's scale, its caseness rule (server/measures/classification.ts) and how to name it. */
const SCALES: Record<
  Measure,
  { max: number; ticks: number[]; rule: string; name: string; plain: string; plainShort: string }
> = {
  phq9: {
    max: 27,
    ticks: [0, 5, 10, 15, 20, 27],
    rule: "PHQ9_CASENESS",
    name: "PHQ-9",
    plain: PLAIN_MEASURE.PHQ9,
    plainShort: "Low mood score",
  },
  gad7: {
    max: 21,
    ticks: [0, 5, 15, 21],
    rule: "GAD7_CASENESS",
    name: "GAD-7",
    plain: PLAIN_MEASURE.GAD7,
    plainShort: "Worry score",
  },
};

/**
 * PHQ-9 and GAD-7 by session, lower is better: one small plot per questionnaire, each on its own scale with its
 * caseness line, so neither is read against the other's numbers or against the ORS.
 */
export function SymptomsChart({
  progress: masked,
  plainLanguage = false,
}: {
  progress: FragmentType<typeof SymptomsChart_Fragment>;
  plainLanguage?: boolean;
}) {
  const progress = getFragmentData(SymptomsChart_Fragment, masked);
  const data = useMemo(() => {
    const sessions = progress.sessions
      .filter((s) => s.number != null)
      .map((s) => ({
        x: s.number!,
        number: s.number,
        localDate: s.localDate,
        phq9: s.phq9,
        gad7: s.gad7,
        // A check-in not used in a session: drawn apart from the sessions' line.
        checkIn: { phq9: null as number | null, gad7: null as number | null },
        source: s.source,
      }));
    const numbered = sessions.map((s) => ({ number: s.x, localDate: s.localDate }));
    const checkIns = progress.checkIns
      .filter((c) => c.phq9 != null || c.gad7 != null)
      .map((c) => ({
        x: checkInX(c.localDate, numbered),
        number: null,
        localDate: c.localDate,
        phq9: null,
        gad7: null,
        checkIn: { phq9: c.phq9 ?? null, gad7: c.gad7 ?? null },
        source: c.source,
      }));
    return [...sessions, ...checkIns].sort((a, b) => a.x - b.x);
  }, [progress]);
  const revisions = useMemo(() => revisionMarks(progress.planRevisions, progress.sessions), [progress]);
  const valueOf = (d: (typeof data)[number], m: Measure) => d[m] ?? d.checkIn[m];
  const measures = (["phq9", "gad7"] as const).filter((m) => data.some((d) => valueOf(d, m) != null));
  const fromClient = data.some((d) => d.source === "CLIENT" && measures.some((m) => valueOf(d, m) != null));
  if (measures.length === 0) return null;
  const domain = sessionDomain(
    data.map((d) => d.x),
    revisions,
  );
  const cutoff = (measure: Measure) => progress.cutoffs.find((c) => c.rule === SCALES[measure].rule)?.value ?? null;
  const summary = measures
    .map((measure) => {
      const rated = data.filter((d) => d[measure] != null);
      if (rated.length === 0) {
        const name = plainLanguage ? SCALES[measure].plainShort : SCALES[measure].name;
        return `${name}: only from ${plainLanguage ? "your check-in" : "the client's check-in"} so far`;
      }
      const first = rated[0]!;
      const last = rated.at(-1)!;
      if (plainLanguage)
        return `${SCALES[measure].plainShort}: ${first[measure]} at session ${first.number}, ${last[measure]} at session ${last.number}`;
      return `${SCALES[measure].name} from ${first[measure]} (session ${first.number}) to ${last[measure]} (session ${last.number}), caseness at or above ${cutoff(measure)}`;
    })
    .join("; ");
  return (
    <ChartFrame
      title={plainLanguage ? "Low mood and worry" : "Symptoms: PHQ-9 and GAD-7 by session"}
      summary={`${summary}${plainLanguage ? " — lower is better." : "."}`}
      testId="chart-symptoms"
      rows={data.filter((d) => measures.some((m) => valueOf(d, m) != null) || d.number != null)}
      legend={fromClient ? <SourceLegend plainLanguage={plainLanguage} /> : undefined}
      columns={[
        { label: "Session", value: (row) => row.number },
        { label: "Date", value: (row) => row.localDate },
        ...measures.map((measure) => ({
          label: plainLanguage ? SCALES[measure].plainShort : SCALES[measure].name,
          value: (row: (typeof data)[number]) => valueOf(row, measure),
        })),
        {
          label: "Source",
          value: (row: (typeof data)[number]) =>
            measures.some((m) => valueOf(row, m) != null) ? sourceWords(row.source, plainLanguage) : null,
        },
      ]}
      height={measures.length * 190}
    >
      {measures.map((measure) => {
        const { max, ticks, name, plain } = SCALES[measure];
        const line = plainLanguage ? null : cutoff(measure);
        return (
          <LineChart
            key={measure}
            data={forDrawing(
              data,
              (d) => d.x,
              (d) => valueOf(d, measure),
            )}
            margin={{ top: 12, right: 24, bottom: 4, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="x"
              type="number"
              domain={domain}
              allowDecimals={false}
              tick={AXIS_TICK}
              label={{ value: "Session", position: "insideBottomRight", offset: -4, fill: CHART_TEXT.legend }}
            />
            <YAxis
              yAxisId={measure}
              domain={[0, max]}
              ticks={line == null ? ticks : [...new Set([...ticks, line])].sort((a, b) => a - b)}
              interval={0}
              tick={AXIS_TICK}
            />
            {line != null && (
              <ReferenceLine
                yAxisId={measure}
                y={line}
                stroke={CHART_TEXT.cutoff}
                strokeDasharray="4 2"
                className="cutoff-line"
                label={{
                  value: `${name} cut-off ${line} (caseness at or above)`,
                  position: "insideTopLeft",
                  fontSize: 11,
                  fill: CHART_TEXT.cutoff,
                }}
              />
            )}
            {revisionLines(revisions, measure, false)}
            <Line
              yAxisId={measure}
              dataKey={measure}
              name={plainLanguage ? plain : CONFIG[measure].label}
              stroke={CONFIG[measure].color}
              strokeDasharray={CONFIG[measure].dash}
              strokeWidth={2}
              // Solid rings: the line's dash would break the dots up.
              dot={sourceDot(CONFIG[measure].color, `dot-${measure}`, 3)}
              connectNulls
              isAnimationActive={false}
            />
            {data.some((d) => d.checkIn[measure] != null) && (
              <Line
                yAxisId={measure}
                dataKey={(d: (typeof data)[number]) => d.checkIn[measure]}
                name={plainLanguage ? "Your check-in" : "Client's check-in, not used in a session"}
                stroke="none"
                legendType="none"
                dot={sourceDot(CONFIG[measure].color, `dot-${measure} dot-check-in`, 3, "CLIENT")}
                activeDot={false}
                isAnimationActive={false}
              />
            )}
            <Tooltip itemStyle={TOOLTIP_ITEM} />
            <Legend formatter={legendText} />
          </LineChart>
        );
      })}
    </ChartFrame>
  );
}
