import { useMemo } from "react";
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame, legendText } from "./ChartFrame";
import { shortDate } from "./format";
import { AXIS_TICK, CHART_BACKGROUND, TOOLTIP_ITEM } from "./theme";

/** One answer to "How was your week?": given in the session, or by the client in a check-in before it. */
export interface WeekPoint {
  date: string;
  weekRating: number;
  words: string | null;
  source: "SESSION" | "CLIENT";
}

const COLOR = "#0f766e";
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const dayAndMonth = (date: string) => `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]}`;

/**
 * What each source is called: the therapist's words, or, in the client's own view (showWords), theirs. The same
 * words as the other charts' legends, so "before the session" means one thing throughout.
 */
export function sourceWords(source: WeekPoint["source"], clientView: boolean): string {
  if (source === "SESSION") return "In the session";
  return clientView ? "Your check-in" : "Client, before the session";
}

/** The chart's one-line summary: first and last answer, and how many came from the client's check-ins. */
export function weekSummary(points: readonly WeekPoint[], clientView: boolean): string {
  if (points.length === 0) {
    return clientView
      ? 'No answers to "How was your week?" yet in this period.'
      : 'No "How was your week?" ratings in this period.';
  }
  const first = points[0]!;
  const last = points.at(-1)!;
  const fromClient = points.filter((p) => p.source === "CLIENT").length;
  const span =
    points.length === 1
      ? `${first.weekRating} on ${dayAndMonth(first.date)}`
      : `from ${first.weekRating} on ${dayAndMonth(first.date)} to ${last.weekRating} on ${dayAndMonth(last.date)}`;
  return clientView
    ? `How your weeks have been: ${span} (0–10, higher is a better week); ${fromClient} of ${points.length} from your check-ins.`
    : `Week rating ${span} (0–10, higher is better); ${fromClient} of ${points.length} reported by the client before the session.`;
}

/** A client-reported answer: a hollow diamond, so it differs from a session's dot by shape as well as fill. */
function ClientMark(props: { cx?: number | null; cy?: number | null; index?: number }) {
  if (props.cx == null || props.cy == null) return null;
  const { cx, cy } = props;
  return (
    <path
      className="dot-week-client"
      d={`M${cx},${cy - 6} L${cx + 6},${cy} L${cx},${cy + 6} L${cx - 6},${cy} Z`}
      fill={CHART_BACKGROUND}
      stroke={COLOR}
      strokeWidth={2}
    />
  );
}

/**
 * "How was your week?" over time, 0–10 (higher is better), beside the ORS: each answer marked by where it came
 * from, a filled dot for the session and a hollow diamond for the client's own check-in. In the client's view
 * (showWords) their own words about each week are listed under it, as they wrote them.
 */
export function WeekChart({ points, showWords }: { points: WeekPoint[]; showWords: boolean }) {
  const sorted = useMemo(() => [...points].sort((a, b) => a.date.localeCompare(b.date)), [points]);
  const data = useMemo(
    () =>
      sorted.map((p) => ({
        ...p,
        session: p.source === "SESSION" ? p.weekRating : null,
        client: p.source === "CLIENT" ? p.weekRating : null,
      })),
    [sorted],
  );
  const withWords = sorted.filter((p) => p.words);
  // A source with no answer in the period has no entry in the legend either.
  const has = (source: WeekPoint["source"]) => sorted.some((p) => p.source === source);
  return (
    <div className="week-chart">
      <ChartFrame
        title="How was your week?"
        summary={weekSummary(sorted, showWords)}
        testId="chart-week"
        rows={sorted}
        columns={[
          { label: "Date", value: (row) => shortDate(row.date) },
          { label: "How was your week? (0–10)", value: (row) => row.weekRating },
          { label: "Source", value: (row) => sourceWords(row.source, showWords) },
          ...(showWords ? [{ label: "Your words", value: (row: WeekPoint) => row.words }] : []),
        ]}
        height={240}
      >
        <LineChart data={data} margin={{ top: 12, right: 24, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="date" tickFormatter={dayAndMonth} tick={AXIS_TICK} />
          <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={AXIS_TICK} />
          {/* The course of the weeks, whatever the source; the marks below say where each answer came from. */}
          <Line
            dataKey="weekRating"
            name="How was your week?"
            stroke={COLOR}
            strokeWidth={2}
            dot={false}
            activeDot={false}
            legendType="none"
            tooltipType="none"
            isAnimationActive={false}
          />
          <Line
            dataKey="session"
            name={sourceWords("SESSION", showWords)}
            stroke={COLOR}
            strokeWidth={0}
            legendType={has("SESSION") ? "circle" : "none"}
            dot={{ r: 4, fill: COLOR, stroke: COLOR, className: "dot-week-session" }}
            isAnimationActive={false}
          />
          <Line
            dataKey="client"
            name={sourceWords("CLIENT", showWords)}
            stroke={COLOR}
            strokeWidth={0}
            legendType={has("CLIENT") ? "diamond" : "none"}
            dot={({ cx, cy, index }: { cx?: number | null; cy?: number | null; index?: number }) => (
              <ClientMark key={`client-${index}`} cx={cx} cy={cy} index={index} />
            )}
            isAnimationActive={false}
          />
          <Tooltip
            itemStyle={TOOLTIP_ITEM}
            labelFormatter={(date) => (typeof date === "string" ? shortDate(date) : "")}
          />
          <Legend formatter={legendText} />
        </LineChart>
      </ChartFrame>
      {showWords && withWords.length > 0 && (
        <section
          className="chart week-words"
          style={{ marginTop: "0.5rem" }}
          aria-label="Your own words about your weeks"
          data-testid="week-words"
        >
          <h4>In your own words</h4>
          <ul>
            {withWords.map((p, i) => (
              <li key={`${p.date}-${i}`}>
                <time dateTime={p.date}>{shortDate(p.date)}</time> — “{p.words}”
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
