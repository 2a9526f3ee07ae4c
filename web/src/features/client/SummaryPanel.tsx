import { ruleInWords } from "../../components/rule-words";
import { StatusBadge } from "../../components/StatusBadge";
import { getFragmentData, graphql, type FragmentType } from "../../graphql";
import type { SummaryPanel_ProgressFragment } from "../../graphql/graphql";

export const SummaryPanel_Fragment = graphql(`
  fragment SummaryPanel_progress on ClientProgress {
    expectedBasis {
      method
      closedCases
      closedBefore
    }
    summary {
      status
      offTrackMethod
      sessionsAttended
      lastSessionDate
      alerts {
        code
        severity
        rule
        message
        suggestion
        sessionNumber
      }
      outcomes {
        measure
        ratedSessions
        baseline
        latest
        change
        classification
        rule
        latestBand
        casenessAtBaseline
        recovered
        reliablyRecovered
        response
        remission
      }
    }
  }
`);

const MEASURE_NAME = { ORS: "ORS", SRS: "SRS", PHQ9: "PHQ-9", GAD7: "GAD-7" } as const;
const CLASS_TEXT = {
  RELIABLE_IMPROVEMENT: "reliable improvement",
  NO_RELIABLE_CHANGE: "no reliable change",
  RELIABLE_DETERIORATION: "reliable deterioration",
} as const;

type Outcome = SummaryPanel_ProgressFragment["summary"]["outcomes"][number];

export function outcomeInWords(outcome: Outcome): string {
  const name = MEASURE_NAME[outcome.measure];
  if (outcome.ratedSessions === 0) return `${name}: not rated yet.`;
  if (outcome.ratedSessions === 1) return `${name}: ${outcome.baseline} at the first rating; one rating so far.`;
  const sign = outcome.change! > 0 ? "+" : "";
  const parts = [`${name}: ${outcome.baseline} → ${outcome.latest} (${sign}${outcome.change})`];
  if (outcome.classification) parts.push(`${CLASS_TEXT[outcome.classification]} (${ruleInWords(outcome.rule ?? "")})`);
  if (outcome.recovered) parts.push(outcome.reliablyRecovered ? "reliably recovered" : "recovered");
  else if (outcome.casenessAtBaseline && outcome.recovered === false) parts.push("still in the clinical range");
  if (outcome.response) parts.push("response (down by half or more)");
  if (outcome.remission) parts.push("remission");
  return parts.join("; ") + ".";
}

/** A local date (YYYY-MM-DD) as "1 Nov 2026". */
function dayInWords(localDate: string): string {
  return new Date(`${localDate}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** How the latest ORS rating was judged, and what the expected course rests on. */
function basisInWords(
  method: SummaryPanel_ProgressFragment["summary"]["offTrackMethod"],
  basis: SummaryPanel_ProgressFragment["expectedBasis"],
): string {
  if (method === "EXPECTED_CURVE" && basis) {
    return `; compared with the course expected for clients who started at the same score, worked out from ${basis.closedCases} of the clinic's cases closed before ${dayInWords(basis.closedBefore!)}`;
  }
  if (method === "FALLBACK_RULE" && basis?.closedBefore) {
    return `; not enough of the clinic's cases closed before ${dayInWords(basis.closedBefore)} (${basis.closedCases}) to work out an expected course from, so the simpler rule applies`;
  }
  if (method === "FALLBACK_RULE")
    return "; too few closed cases to work out an expected course, so the simpler rule applies";
  return "";
}

export function SummaryPanel({ progress }: { progress: FragmentType<typeof SummaryPanel_Fragment> }) {
  const { summary, expectedBasis } = getFragmentData(SummaryPanel_Fragment, progress);
  return (
    <section className="panel summary" aria-labelledby="summary-title" data-testid="summary-panel">
      <h2 id="summary-title">
        Summary <StatusBadge status={summary.status} />
      </h2>
      <p>
        {summary.sessionsAttended} {summary.sessionsAttended === 1 ? "session" : "sessions"} attended
        {basisInWords(summary.offTrackMethod, expectedBasis)}.
      </p>
      {summary.alerts.length === 0 ? (
        <p>No alerts.</p>
      ) : (
        <ul className="alerts">
          {summary.alerts.map((alert, i) => (
            <li key={i} className={`alert alert-${alert.severity.toLowerCase()}`} data-code={alert.code}>
              <strong>{alert.severity === "CRITICAL" ? "Risk: " : "Consider: "}</strong>
              {alert.message} <em>{alert.suggestion}</em>
              <div className="rule">Rule: {ruleInWords(alert.rule)}</div>
            </li>
          ))}
        </ul>
      )}
      <h3>Outcomes</h3>
      <ul className="outcomes">
        {summary.outcomes.map((outcome) => (
          <li key={outcome.measure}>{outcomeInWords(outcome)}</li>
        ))}
      </ul>
    </section>
  );
}
