import { useQuery } from "@apollo/client/react";
import { Empty, ErrorState, Loading } from "../../components/States";
import { RiskAlertCard } from "../caseload/RiskAlerts";
import { useNow } from "../caseload/risk-words";
import { CLIENT_CASE } from "./CasePanel";

/**
 * Every safety alert a check-in of this client has raised, newest first: when, which rule, whether it is still open,
 * and how it was acknowledged. An open one can be acknowledged here as on the caseload.
 */
export function SafetyPanel({ clientId }: { clientId: string }) {
  // The Case panel's query, with the same options: one request, one audited read, for both panels.
  const { data, loading, error, refetch } = useQuery(CLIENT_CASE, { variables: { id: clientId } });
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
