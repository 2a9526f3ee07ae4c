import { useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Link } from "../../app/router";
import { urls } from "../../app/urls";
import { shortDate } from "../../charts/format";
import { Sparkline } from "../../charts/Sparkline";
import { Empty, ErrorState, Loading } from "../../components/States";
import { STATUS_TEXT, StatusBadge } from "../../components/StatusBadge";
import { graphql } from "../../graphql";
import type { ProgressStatus } from "../../graphql/graphql";
import { AdmitClientForm } from "./AdmitClientForm";
import { RiskAlertCard } from "./RiskAlerts";
import { useNow } from "./risk-words";

const CASELOAD = graphql(`
  query Caseload($includeClosed: Boolean!) {
    caseload(includeClosed: $includeClosed) {
      client {
        id
        displayName
        status
        complaint
        closedOn
      }
      status
      alertCount
      sessionsAttended
      lastSessionDate
      latestOrs
      orsSparkline
      orsSparklineSources
      episodesPerWeek
      riskAlerts {
        id
        raisedAt
        rules
        acknowledged
        acknowledgedAt
        acknowledgedBy
        action
        note
      }
      summary {
        alerts {
          code
          severity
          message
        }
      }
    }
  }
`);

export function CaseloadPage() {
  const [includeClosed, setIncludeClosed] = useState(false);
  const [search, setSearch] = useState("");
  const [status, setStatus] = useState<ProgressStatus | "ALL">("ALL");
  const [admitting, setAdmitting] = useState(false);
  // Every open alert says how long it has been open, so the page counts on while it stays open.
  const now = useNow();
  // Read afresh each time the page opens: a safety alert raised since must show without a reload.
  const { data, loading, error, refetch } = useQuery(CASELOAD, {
    variables: { includeClosed },
    fetchPolicy: "cache-and-network",
  });
  // A first day: nobody on the caseload yet, closed cases included or not, so the next step is the first admission.
  const firstDay = data !== undefined && data.caseload.length === 0 && !includeClosed;

  const rows = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return (data?.caseload ?? []).filter(
      (entry) =>
        (status === "ALL" || entry.status === status) &&
        (!needle || entry.client.displayName.toLowerCase().includes(needle)),
    );
  }, [data, search, status]);

  return (
    <main aria-labelledby="caseload-title">
      <h1 id="caseload-title">My caseload</h1>
      <p className="lead">
        Sorted by the most serious concern first: an open safety alert from a check-in (the longest open first), then
        risk, then worsening, then off track, then the rest; most recent session first within each.
      </p>
      {firstDay ? (
        <section aria-labelledby="first-client-title" data-testid="first-day">
          <h2 id="first-client-title">Admit your first client</h2>
          <p>
            Your caseload is empty. Admit a client with the form below; on their page you then record their first
            session, and their progress starts to show. Add their email to invite them to see their own progress.
          </p>
          <AdmitClientForm />
        </section>
      ) : (
        <div className="no-print">
          {admitting ? (
            <AdmitClientForm onCancel={() => setAdmitting(false)} />
          ) : (
            <button type="button" onClick={() => setAdmitting(true)}>
              Admit a client
            </button>
          )}
        </div>
      )}
      <div className="controls no-print" role="search">
        <label>
          Search by name
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label>
          Status
          <select value={status} onChange={(e) => setStatus(e.target.value as ProgressStatus | "ALL")}>
            <option value="ALL">All</option>
            {(Object.keys(STATUS_TEXT) as ProgressStatus[]).map((value) => (
              <option key={value} value={value}>
                {STATUS_TEXT[value].label}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={includeClosed} onChange={(e) => setIncludeClosed(e.target.checked)} />
          Include discharged and dropped-out clients
        </label>
      </div>
      {loading && !data && <Loading what="your caseload" />}
      {error && !data && <ErrorState message="The caseload could not be loaded." onRetry={() => void refetch()} />}
      {data && rows.length === 0 && !firstDay && (
        <Empty>{data.caseload.length ? "No client matches this search." : "No clients on your caseload yet."}</Empty>
      )}
      {rows.length > 0 && (
        <table className="caseload cards" data-testid="caseload-table">
          <caption className="visually-hidden">Clients, most concerning first</caption>
          <thead>
            <tr>
              <th scope="col">Client</th>
              <th scope="col">Status</th>
              <th scope="col">Alerts</th>
              <th scope="col">Sessions</th>
              <th scope="col">Last session</th>
              <th scope="col">ORS trend</th>
              <th scope="col">Episodes a week</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((entry) => (
              <tr
                key={entry.client.id}
                data-testid="caseload-row"
                data-status={entry.status}
                data-risk={entry.riskAlerts.some((a) => !a.acknowledged) || undefined}
                className={entry.riskAlerts.length > 0 ? "has-risk" : undefined}
              >
                <th scope="row">
                  <Link href={urls.client(entry.client.id)}>{entry.client.displayName}</Link>
                  {entry.client.status !== "ACTIVE" && (
                    <span className="muted">
                      {" "}
                      ({entry.client.status.toLowerCase().replace("_", " ")}
                      {entry.client.closedOn ? ` on ${shortDate(entry.client.closedOn)}` : ""})
                    </span>
                  )}
                  {entry.riskAlerts.map((alert) => (
                    <RiskAlertCard
                      key={alert.id}
                      alert={alert}
                      clientId={entry.client.id}
                      clientName={entry.client.displayName}
                      now={now}
                    />
                  ))}
                </th>
                <td data-label="Status">
                  <StatusBadge status={entry.status} />
                </td>
                <td data-label="Alerts">
                  {entry.alertCount === 0 ? (
                    // The safety alert above is not one of the progress alerts counted here: say so, not just "None".
                    <span className="muted">
                      {entry.riskAlerts.some((a) => !a.acknowledged) ? "No other alerts" : "None"}
                    </span>
                  ) : (
                    <span title={entry.summary.alerts.map((a) => a.message).join("\n")}>
                      {entry.alertCount} — {entry.summary.alerts[0]!.message}
                    </span>
                  )}
                </td>
                <td data-label="Sessions">{entry.sessionsAttended}</td>
                <td data-label="Last session">{shortDate(entry.lastSessionDate)}</td>
                <td data-label="ORS trend">
                  <Sparkline
                    values={entry.orsSparkline}
                    sources={entry.orsSparklineSources}
                    label="ORS, last sessions"
                    color="#1d4ed8"
                    scale="ORS"
                    testId="sparkline-ors"
                  />
                </td>
                <td data-label="Episodes a week">
                  <Sparkline
                    values={entry.episodesPerWeek}
                    label="Episodes per week, last 8 weeks"
                    color="#dc2626"
                    scale="EPISODES_PER_WEEK"
                    testId="sparkline-episodes"
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
