import { shortDate } from "../../charts/format";
import { ruleInWords } from "../../components/rule-words";
import { StatusBadge } from "../../components/StatusBadge";
import { getFragmentData, type FragmentType } from "../../graphql";
import type { SummaryPanel_ProgressFragment } from "../../graphql/graphql";
import { outcomeInWords, SummaryPanel_Fragment } from "../client/SummaryPanel";
import { summaryInPlainWords } from "../my-progress/plain-language";

type Alert = SummaryPanel_ProgressFragment["summary"]["alerts"][number];

/** An alert as one sentence that quotes the rule it comes from, so the paper copy stands on its own. */
export function alertInWords(alert: Alert): string {
  const kind = alert.severity === "CRITICAL" ? "Risk" : "Consider";
  return `${kind}: ${alert.message} Rule: ${ruleInWords(alert.rule)}. ${alert.suggestion}`;
}

/** The summary in words: status, alerts and each measure from baseline to latest. */
export function ReportSummary({
  progress,
  forClient,
}: {
  progress: FragmentType<typeof SummaryPanel_Fragment>;
  forClient: boolean;
}) {
  // The summary panel's own fields, so the paper copy says what the screen says.
  const { summary } = getFragmentData(SummaryPanel_Fragment, progress);
  if (forClient) return <ClientSummary summary={summary} />;
  return (
    <section className="report-section" aria-labelledby="report-summary-title" data-testid="report-summary">
      <h2 id="report-summary-title">Summary</h2>
      <p data-testid="report-status">
        Status: <StatusBadge status={summary.status} />
        {" — "}
        <Attended summary={summary} />
      </p>
      <h3>Alerts</h3>
      {summary.alerts.length === 0 ? (
        <p>No alerts.</p>
      ) : (
        <ul className="report-alerts">
          {summary.alerts.map((alert, i) => (
            <li key={i} data-testid="report-alert" data-code={alert.code}>
              {alertInWords(alert)}
            </li>
          ))}
        </ul>
      )}
      <h3>Outcomes: first rating → latest</h3>
      <ul className="report-outcomes">
        {summary.outcomes.map((outcome) => (
          <li key={outcome.measure} data-testid="report-outcome" data-measure={outcome.measure}>
            {outcomeInWords(outcome)}
          </li>
        ))}
      </ul>
    </section>
  );
}

type Summary = SummaryPanel_ProgressFragment["summary"];

function Attended({ summary }: { summary: Summary }) {
  return (
    <>
      {summary.sessionsAttended} {summary.sessionsAttended === 1 ? "session" : "sessions"} attended
      {summary.lastSessionDate ? `, the last on ${shortDate(summary.lastSessionDate)}` : ""}.
    </>
  );
}

/**
 * A client's own copy, in their words as on their progress page: no status or alerts (their therapist's working
 * tools, discussed in session), no alliance ratings (they rate the therapist), no rule names.
 */
function ClientSummary({ summary }: { summary: Summary }) {
  const outcomes = summaryInPlainWords(summary);
  return (
    <section className="report-section" aria-labelledby="report-summary-title" data-testid="report-summary">
      <h2 id="report-summary-title">In short</h2>
      <p data-testid="report-attended">
        <Attended summary={summary} />
      </p>
      {outcomes.length > 0 && (
        <ul className="report-outcomes">
          {outcomes.map((line) => (
            <li key={line.key} data-testid="report-outcome" data-measure={line.key}>
              {line.words}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
