import { useId, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { shortDate } from "../../charts/format";
import { dateTimeInWords } from "../../components/CopyText";
import { FieldError } from "../../components/FieldError";
import { Empty, ErrorState, Loading } from "../../components/States";
import { draftKey } from "../../forms/drafts";
import { DraftNote, FormEnd } from "../../forms/FormNotes";
import { flatErrors, resolverOf, type Problems } from "../../forms/problems";
import { useDraftForm } from "../../forms/useDraftForm";
import { useSave } from "../../forms/useSave";
import { useViewerId } from "../../forms/useViewerId";
import { graphql } from "../../graphql";
import type { CheckInSchedule, PlanMeasure } from "../../graphql/graphql";
import { PLAN_MEASURES, PLAN_MEASURE_WORDS, SCHEDULE_WORDS, checkInValues, planInWords } from "./check-in-words";
import "./check-ins.css";

const CLIENT_CHECK_INS = graphql(`
  query ClientCheckIns($clientId: ID!) {
    clientCheckIns(clientId: $clientId, first: 10) {
      totalCount
      edges {
        cursor
        node {
          id
          submittedAt
          localDate
          weekRating
          weekWords
          orsTotal
          phq9Items
          phq9Total
          gad7Total
          notSafeNow
          safetyConcern
          sessionId
        }
      }
    }
  }
`);

const SET_MEASUREMENT_PLAN = graphql(`
  mutation SetMeasurementPlan($clientId: ID!, $input: MeasurementPlanInput!) {
    setMeasurementPlan(clientId: $clientId, input: $input) {
      measures
      schedule
      updatedAt
    }
  }
`);

/** The sessions of the page, to say which one used a check-in. */
export interface SessionRef {
  sessionId: string;
  number?: number | null;
  localDate: string;
}

/**
 * The client's check-ins: what they are asked to fill in and when (the measurement plan, which the therapist sets
 * here), and the latest they sent, each with the session that used it, if any.
 */
export function CheckInsPanel({
  clientId,
  plan,
  sessions,
}: {
  clientId: string;
  /** The client's plan, as the page's progress query read it (Client.measurementPlan). */
  plan: { measures: readonly PlanMeasure[]; schedule: CheckInSchedule; updatedAt: string } | null | undefined;
  sessions: readonly SessionRef[];
}) {
  const { data, loading, error, refetch } = useQuery(CLIENT_CHECK_INS, {
    variables: { clientId },
    fetchPolicy: "cache-and-network",
  });
  const [editing, setEditing] = useState(false);
  const checkIns = data?.clientCheckIns.edges.map((e) => e.node) ?? [];
  const total = data?.clientCheckIns.totalCount ?? 0;
  const usedIn = (sessionId: string | null | undefined) => {
    if (!sessionId) return "not used in a session";
    const session = sessions.find((s) => s.sessionId === sessionId);
    return session
      ? `used in ${session.number != null ? `session ${session.number}, ` : "the session of "}${shortDate(session.localDate)}`
      : "used in a session";
  };
  return (
    <section className="panel" aria-labelledby="check-ins-title" data-testid="check-ins-panel">
      <h2 id="check-ins-title">Check-ins</h2>
      <p data-testid="measurement-plan">
        {plan ? (
          <>
            The client fills in {planInWords(plan)}{" "}
            <span className="muted">Set {dateTimeInWords(plan.updatedAt)}.</span>
          </>
        ) : (
          "No measurement plan yet: the client is not asked to check in."
        )}
      </p>
      {editing ? (
        <PlanForm clientId={clientId} plan={plan ?? null} onClose={() => setEditing(false)} />
      ) : (
        <button type="button" className="secondary" onClick={() => setEditing(true)}>
          {plan ? "Change the plan" : "Set a plan"}
        </button>
      )}
      <h3>Recent check-ins</h3>
      {loading && !data && <Loading what="check-ins" />}
      {error && !data && <ErrorState message="The check-ins could not be loaded." onRetry={() => void refetch()} />}
      {data && checkIns.length === 0 && <Empty>No check-ins yet.</Empty>}
      {checkIns.length > 0 && (
        <>
          <ul className="check-in-list" data-testid="check-in-list">
            {checkIns.map((checkIn) => (
              <li key={checkIn.id} data-testid="check-in">
                <strong>{shortDate(checkIn.localDate)}</strong>: {checkInValues(checkIn)}
                {checkIn.weekWords && <> · "{checkIn.weekWords}"</>}
                {checkIn.safetyConcern && <strong> · safety alert raised</strong>} — {usedIn(checkIn.sessionId)}
              </li>
            ))}
          </ul>
          {total > checkIns.length && (
            <p className="muted">
              The latest {checkIns.length} of {total}.
            </p>
          )}
        </>
      )}
    </section>
  );
}

interface PlanValues {
  measures: PlanMeasure[];
  schedule: CheckInSchedule;
}

const PLAN_LABELS = { measures: "Measures", schedule: "When" };

function checkPlan(values: PlanValues): Problems {
  return values.measures.length === 0 ? { measures: "Choose at least one measure." } : {};
}

/** The measurement plan: which measures, and when; kept as a draft until saved. */
function PlanForm({
  clientId,
  plan,
  onClose,
}: {
  clientId: string;
  plan: { measures: readonly PlanMeasure[]; schedule: CheckInSchedule } | null;
  onClose: () => void;
}) {
  const formId = useId();
  const titleId = useId();
  const viewerId = useViewerId();
  const [defaults] = useState<PlanValues>(() => ({
    measures: plan ? [...plan.measures] : ["ORS", "WEEK_RATING", "SRS"],
    schedule: plan?.schedule ?? "BEFORE_EACH_SESSION",
  }));
  const { form, draft } = useDraftForm({
    key: viewerId ? draftKey(viewerId, clientId, "measurement-plan") : null,
    defaults,
    resolver: resolverOf(checkPlan),
  });
  const [setPlan] = useMutation(SET_MEASUREMENT_PLAN, {
    refetchQueries: ["ClientProgress"],
    awaitRefetchQueries: true,
  });
  const errors = flatErrors(form.formState.errors);
  const { general, submit } = useSave(form, draft, formId, {
    save: (values) =>
      setPlan({ variables: { clientId, input: { measures: values.measures, schedule: values.schedule } } }),
    saved: () => onClose(),
    toPath: (field) => field.replace(/^input\./, ""),
    labels: PLAN_LABELS,
  });

  return (
    <form
      id={formId}
      className="entry"
      onSubmit={(event) => void submit(event)}
      onInput={draft.onInput}
      noValidate
      aria-labelledby={titleId}
      data-testid="measurement-plan-form"
    >
      <h3 id={titleId}>Measurement plan</h3>
      <DraftNote restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      <fieldset aria-invalid={Boolean(errors.measures) || undefined}>
        <legend>Measures the client fills in</legend>
        <div className="checks">
          {PLAN_MEASURES.map((measure) => (
            <label key={measure} className="checkbox">
              <input type="checkbox" value={measure} {...form.register("measures")} />
              {PLAN_MEASURE_WORDS[measure]}
            </label>
          ))}
        </div>
        <FieldError errors={errors} field="measures" />
      </fieldset>
      <fieldset>
        <legend>When</legend>
        {(Object.keys(SCHEDULE_WORDS) as CheckInSchedule[]).map((schedule) => (
          <label key={schedule} className="checkbox">
            <input type="radio" value={schedule} {...form.register("schedule")} />
            {SCHEDULE_WORDS[schedule]}
          </label>
        ))}
      </fieldset>
      <FormEnd
        title="The plan was not saved."
        general={general}
        errors={errors}
        busy={form.formState.isSubmitting}
        action="Save plan"
        onCancel={onClose}
      />
    </form>
  );
}
