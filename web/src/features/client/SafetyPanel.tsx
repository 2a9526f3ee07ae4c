import { useQuery } from "@apollo/client/react";
import { Empty, ErrorState, Loading } from "../../components/States";
import { graphql } from "../../graphql";
import { RiskAlertCard } from "../caseload/RiskAlerts";
import { useNow } from "../caseload/risk-words";

/** The therapist's own query: a client is refused their risk alerts, so their pages never ask for them. */
const CLIENT_SAFETY = graphql(`
  query ClientSafety($id: ID!) {
    client(id: $id) {
      id
      displayName
      riskAlerts {
        id
        raisedAt
        rules
        checkInId
        acknowledged
        acknowledgedAt
        acknowledgedBy
        action
        note
      }
    }
  }
`);

/**
 * Every safety alert a check-in of this client has raised, newest first: when, which rule, whether it is still open,
 * and how it was acknowledged. An open one can be acknowledged here as on the caseload.
 */
export function SafetyPanel({ clientId }: { clientId: string }) {
  const { data, loading, error, refetch } = useQuery(CLIENT_SAFETY, {
    variables: { id: clientId },
    fetchPolicy: "cache-and-network",
  });
  const now = useNow();
  const alerts = data?.client?.riskAlerts ?? [];
  return (
    <section className="panel" aria-labelledby="safety-title" data-testid="safety-panel">
      <h2 id="safety-title">Safety alerts</h2>
      {loading && !data && <Loading what="safety alerts" />}
      {error && !data && <ErrorState message="The safety alerts could not be loaded." onRetry={() => void refetch()} />}
      {data && alerts.length === 0 && <Empty>No safety alerts</Empty>}
      {alerts.length > 0 && (
        <ul className="risk-history">
          {alerts.map((alert) => (
            <li key={alert.id}>
              <p className="muted">Status: {alert.acknowledged ? "acknowledged" : "open"}</p>
              <RiskAlertCard alert={alert} clientId={clientId} clientName={data!.client!.displayName} now={now} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
