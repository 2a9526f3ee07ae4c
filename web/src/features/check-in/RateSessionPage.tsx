import { useId, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { draftKey } from "../../forms/drafts";
import { DraftNote, FormEnd } from "../../forms/FormNotes";
import { flatErrors, resolverOf } from "../../forms/problems";
import { useDraftForm } from "../../forms/useDraftForm";
import { useSave } from "../../forms/useSave";
import { useViewerId } from "../../forms/useViewerId";
import { CHECK_INS_DUE, REFRESH_AFTER_CHECK_IN, SUBMIT_SESSION_FEEDBACK, type DueItem } from "./check-in.graphql";
import { RATING_LABELS, checkRating, emptyRating, ratingPath, toSrsInput, type RatingValues } from "./check-in-form";
import { dayAndMonth, deadlineInWords } from "./due-words";
import { ScaleLines } from "./parts";
import { BackToProgress, NotLoaded, ThankYou } from "./sent";
import { SRS_LINES } from "./questions";

/**
 * The client rates a session they attended, within 48 hours of it: four lines, as the SRS is given on paper. The
 * therapist reads the ratings with the session; a refusal (the 48 hours have passed, already rated) is said in words.
 */
export function RateSessionPage({ clientId, sessionId }: { clientId: string; sessionId: string }) {
  const { data, loading, error, refetch } = useQuery(CHECK_INS_DUE);
  const [sent, setSent] = useState(false);

  if (sent)
    return <ThankYou>Your rating has been sent. It helps your therapist make the sessions right for you.</ThankYou>;
  if ((loading || error) && !data)
    return <NotLoaded failed={!loading} what="your session" onRetry={() => void refetch()} />;
  const due = data!.checkInsDue.find((item) => item.kind === "SESSION_FEEDBACK" && item.sessionId === sessionId);
  return (
    <main className="narrow" aria-labelledby="rate-title">
      <h1 id="rate-title">Rate your session</h1>
      {due ? (
        <RatingForm due={due} clientId={clientId} sessionId={sessionId} onSent={() => setSent(true)} />
      ) : (
        <>
          <p>There is no rating to give for this session now. A session can be rated once, within 48 hours after it.</p>
          <BackToProgress />
        </>
      )}
    </main>
  );
}

function RatingForm({
  due,
  clientId,
  sessionId,
  onSent,
}: {
  due: DueItem;
  clientId: string;
  sessionId: string;
  onSent: () => void;
}) {
  const formId = useId();
  const viewerId = useViewerId();
  const [defaults] = useState(emptyRating);
  const { form, draft } = useDraftForm<RatingValues>({
    key: viewerId ? draftKey(viewerId, clientId, `rate-session:${sessionId}`) : null,
    defaults,
    resolver: resolverOf<RatingValues>(checkRating),
  });
  const { control, formState } = form;
  const errors = flatErrors(formState.errors);
  const [submitFeedback] = useMutation(SUBMIT_SESSION_FEEDBACK, { refetchQueries: REFRESH_AFTER_CHECK_IN });
  const { general, submit: send } = useSave(form, draft, formId, {
    save: (values) => submitFeedback({ variables: { sessionId, srs: toSrsInput(values) } }),
    saved: () => onSent(),
    toPath: ratingPath,
    labels: RATING_LABELS,
  });

  return (
    <form
      id={formId}
      className="check-in-form"
      onSubmit={(event) => void send(event)}
      onInput={draft.onInput}
      noValidate
      aria-labelledby="rate-title"
      data-testid="rate-session-form"
    >
      <p className="lead">
        Your session on {due.sessionDate ? dayAndMonth(due.sessionDate) : "its day"}: how was it for you? Mark each line
        where it fits — towards the left for less, towards the right for more. There are no right answers, and your
        therapist wants to hear what did not work as much as what did.
      </p>
      {due.deadline && <p className="muted">{deadlineInWords(due.deadline, new Date())}</p>}
      <DraftNote restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      <section className="panel" aria-label="Your session">
        <ScaleLines prefix="srs" lines={SRS_LINES} control={control} errors={errors} />
      </section>
      <FormEnd
        title="Your rating was not sent yet."
        general={general}
        errors={errors}
        busy={formState.isSubmitting}
        action="Send my rating"
        busyAction="Sending…"
        correct="Please look at:"
      />
    </form>
  );
}
