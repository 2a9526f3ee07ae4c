import { useQuery } from "@apollo/client/react";
import { ShowMore, usePaging } from "../../components/ShowMore";
import { dateTimeInWords } from "../../components/CopyText";
import { label, ROLE_LABEL } from "../../components/options";
import { Empty, ErrorState, Loading } from "../../components/States";
import { CLIENT_ACCESS_LOG } from "./AccessLogPanel.graphql";
import "./read-back.css";

/** What the log's actions mean, in the words of someone reading their own record's history. */
const ACTIONS: Record<string, string> = {
  READ_CLIENT: "Viewed the client's details",
  READ_PROGRESS: "Viewed progress and charts",
  READ_CASELOAD: "Viewed the caseload",
  READ_HOMEWORK: "Viewed homework",
  READ_SESSIONS: "Read past sessions",
  READ_EPISODES: "Read logged episodes",
  RECORD_SESSION: "Recorded a session",
  SESSION_CORRECTED: "Corrected a session",
  LOG_EPISODE: "Logged an episode",
  EPISODE_CORRECTED: "Corrected an episode",
  ASSIGN_HOMEWORK: "Set homework",
  UPDATE_HOMEWORK: "Updated homework",
  REVISE_PLAN: "Revised the treatment plan",
  EXPORT_FHIR: "Exported the record",
  IMPORT_FHIR: "Imported records",
  CLIENT_ADMITTED: "Admitted the client",
  CLIENT_UPDATED: "Changed the client's details",
  CLIENT_INVITED: "Invited the client to the app",
  CASE_CLOSED: "Closed the case",
  CASE_REOPENED: "Reopened the case",
  CLIENT_TRANSFERRED: "Transferred the client to another therapist",
  CHECK_IN_SUBMITTED: "Sent a check-in",
  CHECK_IN_ADOPTED: "Used a check-in as a session's ratings",
  READ_CHECK_INS: "Read check-ins",
  RISK_ALERT_RAISED: "Safety alert raised by a check-in",
  CRISIS_RESOURCES_SHOWN: "Crisis resources shown to the client",
  RISK_ALERT_ACKNOWLEDGED: "Acknowledged a safety alert",
  MEASUREMENT_PLAN_SET: "Set the measurement plan",
  SESSION_FEEDBACK_SUBMITTED: "Rated a session afterwards",
};

const actionInWords = (action: string) => ACTIONS[action] ?? label(action);

/** For the therapist: who has seen or changed this client's record, newest first, twenty at a time. */
export function AccessLogPanel({ clientId }: { clientId: string }) {
  const query = useQuery(CLIENT_ACCESS_LOG, { variables: { clientId } });
  const connection = query.data?.clientAccessLog;
  const paging = usePaging(connection, query.networkStatus, (after) => query.fetchMore({ variables: { after } }));

  let body;
  if (query.loading && !query.data) body = <Loading what="the record's history" />;
  else if (query.error && !query.data)
    body = <ErrorState message="The record's history could not be loaded." onRetry={() => void query.refetch()} />;
  else if (!connection || connection.edges.length === 0) body = <Empty>Nobody has opened this record yet.</Empty>;
  else
    body = (
      <>
        <table className="access-log" data-testid="access-log">
          <caption className="visually-hidden">Who has seen or changed this record, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
            </tr>
          </thead>
          <tbody>
            {connection.edges.map(({ cursor, node }) => (
              <tr key={cursor}>
                <td data-label="When">{dateTimeInWords(node.at)}</td>
                <td data-label="Who">
                  {node.actor} <span className="muted">({ROLE_LABEL[node.actorRole].toLowerCase()})</span>
                </td>
                <td data-label="What">{actionInWords(node.action)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <ShowMore paging={paging} what="of the history" />
      </>
    );

  return (
    <section className="panel read-back no-print" aria-labelledby="access-log-title" data-testid="access-log-panel">
      <h2 id="access-log-title">Who has seen or changed this record</h2>
      {body}
    </section>
  );
}
