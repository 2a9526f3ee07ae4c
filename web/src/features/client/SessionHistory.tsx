import { useEffect, useRef, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { ShowMore, usePaging } from "../../components/ShowMore";
import { FieldScope } from "../../components/FieldError";
import { shortDate } from "../../charts/format";
import { label } from "../../components/options";
import { getFragmentData, type FragmentType } from "../../graphql";
import { Empty, ErrorState, Loading } from "../../components/States";
import { draftKey } from "../../forms/drafts";
import { useViewerId } from "../../forms/useViewerId";
import { REFRESH_AFTER_WRITE } from "./client.graphql";
import { CorrectionHistory, instantForInput, ReasonField, reasonProblem } from "./CorrectionHistory";
import { emptySessionValues, SessionForm, type SessionFormValues } from "./RecordSessionForm";
import {
  CLIENT_SESSIONS,
  CORRECT_SESSION,
  SessionHistory_Fragment,
  type SessionRecord,
} from "./SessionHistory.graphql";
import "./read-back.css";

const ATTENDANCE: Record<SessionRecord["attendance"], string> = {
  ATTENDED: "Attended",
  CANCELLED: "Cancelled",
  NO_SHOW: "Did not come",
};

/** The measures given in a session, as "ORS 24.5", in the order the charts use. */
function ratings(session: SessionRecord): string[] {
  const given: [string, number | null | undefined][] = [
    ["ORS", session.orsTotal],
    ["SRS", session.srsTotal],
    ["PHQ-9", session.phq9Total],
    ["GAD-7", session.gad7Total],
  ];
  const shown = given.filter(([, value]) => value != null).map(([name, value]) => `${name} ${value}`);
  if (session.weekRating != null) shown.push(`week rated ${session.weekRating} of 10`);
  return shown;
}

const typed = (value: number | null | undefined) => (value == null ? "" : String(value));

/** The session as the form holds it: what was written, for the therapist to change. */
function formValues(session: SessionRecord): SessionFormValues {
  const empty = emptySessionValues();
  return {
    ...empty,
    occurredAt: instantForInput(session.occurredAt),
    attendance: session.attendance,
    weekRating: typed(session.weekRating),
    ors: session.ors
      ? {
          individual: typed(session.ors.individual),
          interpersonal: typed(session.ors.interpersonal),
          social: typed(session.ors.social),
          overall: typed(session.ors.overall),
        }
      : empty.ors,
    srs: session.srs
      ? {
          relationship: typed(session.srs.relationship),
          goalsAndTopics: typed(session.srs.goalsAndTopics),
          approachOrMethod: typed(session.srs.approachOrMethod),
          overall: typed(session.srs.overall),
        }
      : empty.srs,
    askPhq9: session.phq9Items != null,
    phq9: session.phq9Items?.map(String) ?? empty.phq9,
    askGad7: session.gad7Items != null,
    gad7: session.gad7Items?.map(String) ?? empty.gad7,
    issue: session.priorityIssueCategory ?? "",
    issueText: session.priorityIssueText ?? "",
    techniques: session.techniquesUsed,
    crisis: session.crisis,
    notes: session.privateNotes ?? "",
  };
}

/** The session's form, filled in as it was written, with the reason the correction needs. */
function CorrectSession({ clientId, session }: { clientId: string; session: SessionRecord }) {
  const viewerId = useViewerId();
  const [defaults] = useState(() => formValues(session));
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [correct] = useMutation(CORRECT_SESSION, { refetchQueries: REFRESH_AFTER_WRITE, awaitRefetchQueries: true });
  return (
    <FieldScope.Provider value={`correct-session-${session.id}-`}>
      <SessionForm
        title="Correct this session"
        testId="correct-session-form"
        submitLabel="Save the correction"
        offerNewHomework={false}
        defaultValues={defaults}
        draftKey={viewerId ? draftKey(viewerId, clientId, `session-correction-${session.id}`) : null}
        extraFields={<ReasonField value={reason} onChange={setReason} problem={reasonError} />}
        onSubmit={async (input) => {
          setReasonError(null);
          // The form offers follow-up or crisis; an intake or a discharge keeps its kind unless the crisis changes.
          const kind = input.crisis === session.crisis ? session.kind : input.kind;
          try {
            await correct({ variables: { sessionId: session.id, reason, input: { ...input, kind, clientId } } });
          } catch (error) {
            setReasonError(reasonProblem(error));
            throw error;
          }
          setReason("");
          return "Correction saved; what the session said before is kept in its history.";
        }}
      />
    </FieldScope.Provider>
  );
}

function SessionItem({
  clientId,
  session: masked,
  correcting,
  onCorrect,
}: {
  clientId: string;
  session: FragmentType<typeof SessionHistory_Fragment>;
  correcting: boolean;
  onCorrect: (open: boolean) => void;
}) {
  const session = getFragmentData(SessionHistory_Fragment, masked);
  const titleId = `session-${session.id}-title`;
  const given = ratings(session);
  return (
    <li className="record" aria-labelledby={titleId} data-testid="session-record">
      <h3 id={titleId}>
        {shortDate(session.localDate)}
        {session.number != null && <span className="muted"> · session {session.number}</span>}
        {session.corrections.length > 0 && <span className="badge corrected">Corrected</span>}
      </h3>
      <dl className="record-facts">
        <div>
          <dt>Attendance</dt>
          <dd>{ATTENDANCE[session.attendance]}</dd>
        </div>
        <div>
          <dt>Kind</dt>
          <dd>{label(session.kind)}</dd>
        </div>
        {given.length > 0 && (
          <div>
            <dt>Ratings</dt>
            <dd>{given.join(" · ")}</dd>
          </div>
        )}
        {session.crisis && (
          <div>
            <dt>Crisis</dt>
            <dd>A crisis was addressed</dd>
          </div>
        )}
        {session.priorityIssueCategory && (
          <div>
            <dt>Priority issue</dt>
            <dd>
              {label(session.priorityIssueCategory)}
              {session.priorityIssueText && `: ${session.priorityIssueText}`}
            </dd>
          </div>
        )}
        {session.techniquesUsed.length > 0 && (
          <div>
            <dt>Techniques used</dt>
            <dd>{session.techniquesUsed.map(label).join(", ")}</dd>
          </div>
        )}
        <div className="wide">
          <dt>Private notes</dt>
          <dd className="notes">{session.privateNotes ?? <span className="muted">None written.</span>}</dd>
        </div>
      </dl>
      {session.corrections.length > 0 && <CorrectionHistory corrections={session.corrections} />}
      <p className="no-print">
        <button type="button" className="secondary" aria-expanded={correcting} onClick={() => onCorrect(!correcting)}>
          Correct this session
        </button>
      </p>
      {correcting && <CorrectSession clientId={clientId} session={session} />}
    </li>
  );
}

/**
 * The therapist reads back what was written, newest session first, ten at a time. `shownWith` is the client's
 * progress: when it is read again after a write, so is this list, so a session just recorded or corrected shows.
 */
export function SessionHistory({ clientId, shownWith }: { clientId: string; shownWith: unknown }) {
  const query = useQuery(CLIENT_SESSIONS, { variables: { clientId } });
  // One correction open at a time: each form's fields are named alike.
  const [correcting, setCorrecting] = useState<string | null>(null);
  const firstRender = useRef(true);
  const { refetch } = query;
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    void refetch().catch(() => null);
  }, [shownWith, refetch]);

  const connection = query.data?.clientSessions;
  const paging = usePaging(connection, query.networkStatus, (after) => query.fetchMore({ variables: { after } }));

  let body;
  if (query.loading && !query.data) body = <Loading what="past sessions" />;
  else if (query.error && !query.data)
    body = <ErrorState message="Past sessions could not be loaded." onRetry={() => void refetch()} />;
  else if (!connection || connection.edges.length === 0) body = <Empty>No sessions recorded yet.</Empty>;
  else
    body = (
      <>
        <ol className="records" aria-label="Sessions, newest first">
          {connection.edges.map((edge) => (
            <SessionItem
              key={edge.node.id}
              clientId={clientId}
              session={edge.node}
              correcting={correcting === edge.node.id}
              onCorrect={(open) => setCorrecting(open ? edge.node.id : null)}
            />
          ))}
        </ol>
        <ShowMore paging={paging} what="sessions" />
      </>
    );

  return (
    <section className="panel read-back" aria-labelledby="session-history-title" data-testid="session-history">
      <h2 id="session-history-title">Past sessions</h2>
      {body}
    </section>
  );
}
