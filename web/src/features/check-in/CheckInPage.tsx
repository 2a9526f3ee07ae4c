import { useId, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import type { UseFormRegister } from "react-hook-form";
import { draftKey } from "../../forms/drafts";
import { DraftNote, FormEnd } from "../../forms/FormNotes";
import { flatErrors, resolverOf } from "../../forms/problems";
import { useDraftForm } from "../../forms/useDraftForm";
import { useSave } from "../../forms/useSave";
import { useViewerId } from "../../forms/useViewerId";
import type { SubmitCheckInMutation } from "../../graphql/graphql";
import { CHECK_INS_DUE, REFRESH_AFTER_CHECK_IN, SUBMIT_CHECK_IN, type DueItem } from "./check-in.graphql";
import {
  CHECK_IN_LABELS,
  checkCheckIn,
  checkInPath,
  emptyCheckIn,
  toCheckInInput,
  type Asked,
  type CheckInValues,
} from "./check-in-form";
import { checkInTitle } from "./due-words";
import { ArrivingHeading, CrisisResourceList, RadioQuestion, ScaleLines } from "./parts";
import { BackToProgress, NotLoaded, ThankYou } from "./sent";
import {
  ANSWER_WORDS,
  MOOD_INTRO,
  MOOD_QUESTIONS,
  ORS_ANCHORS,
  ORS_LINES,
  SAFETY_ANSWERS,
  SAFETY_QUESTION,
  SECTION_TITLES,
  WEEK_ANCHORS,
  WEEK_QUESTION,
  WEEK_WORDS_LABEL,
  WEEK_WORDS_MAX,
  WORRY_INTRO,
  WORRY_QUESTIONS,
} from "./questions";

type Sent = SubmitCheckInMutation["submitCheckIn"];

/**
 * The client's check-in: the measures of their plan that are due (CheckInDue.measures), and always the question
 * whether they feel safe right now. Once sent, either thanks, or at once the places to turn to for help.
 */
export function CheckInPage({ clientId }: { clientId: string }) {
  const { data, loading, error, refetch } = useQuery(CHECK_INS_DUE);
  const [sent, setSent] = useState<Sent | null>(null);

  if (sent)
    return sent.safetyConcern ? (
      <HelpAfterCheckIn sent={sent} />
    ) : (
      <ThankYou>Your check-in has been sent. Your therapist will see your answers.</ThankYou>
    );
  if ((loading || error) && !data)
    return <NotLoaded failed={!loading} what="your check-in" onRetry={() => void refetch()} />;
  const due = data!.checkInsDue.find((item) => item.kind === "CHECK_IN");
  return (
    <main className="narrow" aria-labelledby="check-in-title">
      <h1 id="check-in-title">Check-in</h1>
      {due ? (
        // A new window is a new form: a draft of an earlier check-in is not offered for it.
        <CheckInForm key={due.key} due={due} clientId={clientId} onSent={setSent} />
      ) : (
        <>
          <p>There is no check-in to do right now. You will see the next one on your home page when it is time.</p>
          <BackToProgress />
        </>
      )}
    </main>
  );
}

function CheckInForm({ due, clientId, onSent }: { due: DueItem; clientId: string; onSent: (sent: Sent) => void }) {
  const formId = useId();
  const viewerId = useViewerId();
  const [defaults] = useState(emptyCheckIn);
  const asked: Asked = due.measures;
  const { form, draft } = useDraftForm<CheckInValues, Asked>({
    key: viewerId ? draftKey(viewerId, clientId, `check-in:${due.key}`) : null,
    defaults,
    resolver: resolverOf<CheckInValues, Asked>(checkCheckIn),
    context: asked,
  });
  const { register, control, formState } = form;
  const errors = flatErrors(formState.errors);
  const [submitCheckIn] = useMutation(SUBMIT_CHECK_IN, { refetchQueries: REFRESH_AFTER_CHECK_IN });
  const { general, submit } = useSave(form, draft, formId, {
    save: async (values) =>
      (await submitCheckIn({ variables: { input: toCheckInInput(values, due.key, asked) } })).data,
    saved: (data) => {
      if (data) onSent(data.submitCheckIn);
    },
    toPath: checkInPath,
    labels: CHECK_IN_LABELS,
  });

  return (
    <form
      id={formId}
      className="check-in-form"
      onSubmit={(event) => void submit(event)}
      onInput={draft.onInput}
      noValidate
      aria-label={checkInTitle(due.key)}
      data-testid="check-in-form"
    >
      <p className="lead">
        {checkInTitle(due.key)}: a few questions about how things have been. It takes a few minutes.
      </p>
      <DraftNote restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      {asked.includes("ORS") && (
        <section className="panel" aria-labelledby="ors-title">
          <h2 id="ors-title">{SECTION_TITLES.ORS}</h2>
          <p className="intro">
            Looking back over the last week, including today: how well have you been doing in each part of your life?
            Mark each line where it fits — towards the left for not well, towards the right for very well.
          </p>
          <ScaleLines
            prefix="ors"
            lines={ORS_LINES.map(([key, text]) => [key, text, ORS_ANCHORS] as const)}
            control={control}
            errors={errors}
          />
        </section>
      )}
      {asked.includes("WEEK_RATING") && (
        <section className="panel" aria-labelledby="week-title">
          <h2 id="week-title">{SECTION_TITLES.WEEK_RATING}</h2>
          <RadioQuestion
            question={WEEK_QUESTION}
            field="weekRating"
            options={Array.from({ length: 11 }, (_, n) => [String(n), String(n)] as const)}
            register={register}
            errors={errors}
            compact
          >
            <p className="week-anchors" aria-hidden="true">
              <span>{WEEK_ANCHORS[0]}</span>
              <span>{WEEK_ANCHORS[1]}</span>
            </p>
            <p className="visually-hidden">{WEEK_ANCHORS.join(", ")}.</p>
          </RadioQuestion>
          <div className={`field${errors.weekWords ? " invalid" : ""}`}>
            <label htmlFor="input-weekWords">{WEEK_WORDS_LABEL}</label>
            <textarea
              id="input-weekWords"
              {...register("weekWords")}
              rows={3}
              maxLength={WEEK_WORDS_MAX}
              {...(errors.weekWords ? { "aria-invalid": true, "aria-describedby": "error-weekWords" } : {})}
            />
            {errors.weekWords && (
              <span className="field-error" role="alert" id="error-weekWords" data-field="weekWords">
                {errors.weekWords}
              </span>
            )}
          </div>
        </section>
      )}
      {asked.includes("PHQ9") && (
        <Questionnaire
          id="mood"
          title={SECTION_TITLES.PHQ9}
          intro={MOOD_INTRO}
          questions={MOOD_QUESTIONS}
          field="phq9"
          register={register}
          errors={errors}
        />
      )}
      {asked.includes("GAD7") && (
        <Questionnaire
          id="worry"
          title={SECTION_TITLES.GAD7}
          intro={WORRY_INTRO}
          questions={WORRY_QUESTIONS}
          field="gad7"
          register={register}
          errors={errors}
        />
      )}
      <section className="panel" aria-labelledby="safety-title">
        <h2 id="safety-title">{SECTION_TITLES.SAFETY}</h2>
        <RadioQuestion
          question={SAFETY_QUESTION}
          field="safe"
          options={SAFETY_ANSWERS}
          register={register}
          errors={errors}
        />
      </section>
      <FormEnd
        title="Your check-in was not sent yet."
        general={general}
        errors={errors}
        busy={formState.isSubmitting}
        action="Send my check-in"
        busyAction="Sending…"
        correct="Please look at:"
      />
    </form>
  );
}

function Questionnaire({
  id,
  title,
  intro,
  questions,
  field,
  register,
  errors,
}: {
  id: string;
  title: string;
  intro: string;
  questions: readonly string[];
  field: "phq9" | "gad7";
  register: UseFormRegister<CheckInValues>;
  errors: Record<string, string>;
}) {
  const options = ANSWER_WORDS.map((words, score) => [String(score), words] as const);
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="intro">{intro}</p>
      {questions.map((question, i) => (
        <RadioQuestion
          key={i}
          question={`${i + 1}. ${question}`}
          field={`${field}.${i}`}
          options={options}
          register={register}
          errors={errors}
        />
      ))}
    </section>
  );
}

/** After answers that meet a safety rule: where to turn now, said calmly, before anything else. */
function HelpAfterCheckIn({ sent }: { sent: Sent }) {
  return (
    <main className="narrow" data-testid="help-after-check-in">
      <ArrivingHeading>Help is available now</ArrivingHeading>
      <p className="lead">
        Thank you for telling us how you are. You do not have to wait for your next session: you can talk to someone
        now.
      </p>
      <CrisisResourceList resources={sent.crisisResources} />
      <p>
        Your check-in has been sent, and your therapist will see your answers. This app is not watched around the clock,
        so if you need someone now, please contact one of the services above.
      </p>
      <BackToProgress />
    </main>
  );
}
