import { useId, useState, type ReactNode } from "react";
import { useMutation } from "@apollo/client/react";
import { Field } from "../../components/Field";
import {
  EPISODE_TYPE_OPTIONS,
  SYMPTOM_OPTIONS,
  TECHNIQUE_OPTIONS,
  TRIGGER_OPTIONS,
  nowForInput,
} from "../../components/options";
import { numberIn, pastInstantProblem, tooLong } from "../../forms/checks";
import { draftKey as keyOfDraft } from "../../forms/drafts";
import { DraftNote, FormEnd } from "../../forms/FormNotes";
import { flatErrors, focusFirstProblem, resolverOf, showServerProblems, type Problems } from "../../forms/problems";
import { useDraftForm } from "../../forms/useDraftForm";
import { useViewerId } from "../../forms/useViewerId";
import { graphql } from "../../graphql";
import type { EpisodeType, LogEpisodeInput, Symptom, Technique, TriggerCategory } from "../../graphql/graphql";
import { REFRESH_AFTER_WRITE } from "./client.graphql";

const LOG_EPISODE = graphql(`
  mutation LogEpisode($input: LogEpisodeInput!) {
    logEpisode(input: $input) {
      id
      localDate
    }
  }
`);

const TEXTS = [
  ["situation", "Situation: where, with whom, what was happening"],
  ["thoughtsBefore", "Thoughts before"],
  ["feelingsBefore", "Feelings before"],
  ["thoughtsDuring", "Thoughts during"],
  ["feelingsDuring", "Feelings during"],
  ["thoughtsAfter", "Thoughts after"],
  ["feelingsAfter", "Feelings after"],
  ["whatIDid", "What I did"],
  ["wishIHadDone", "What I wish I had done"],
] as const;
type TextKey = (typeof TEXTS)[number][0];
// The server's limits (server/episodes/episode-row.ts), checked here first.
const INTENSITY_MAX = 10;
const DURATION_MAX_MINUTES = 24 * 60;
const TEXT_MAX = 2000;

/** What the episode form holds: numbers as typed, so a blank is caught here rather than sent. */
export interface EpisodeFormValues {
  occurredAt: string;
  symptom: Symptom;
  peakIntensity: string;
  durationMinutes: string;
  episodeType: EpisodeType;
  triggerCategory: TriggerCategory;
  copingTechnique: Technique | "";
  texts: Record<TextKey, string>;
}

/** An episode as the server takes it, without the client (a client logs for themself). */
export type EpisodeFields = Omit<LogEpisodeInput, "clientId">;

export function emptyEpisodeValues(): EpisodeFormValues {
  return {
    occurredAt: nowForInput(),
    symptom: "PANIC_ATTACK",
    peakIntensity: "5",
    durationMinutes: "10",
    episodeType: "UNEXPECTED",
    triggerCategory: "NONE_IDENTIFIED",
    copingTechnique: "",
    texts: Object.fromEntries(TEXTS.map(([key]) => [key, ""])) as Record<TextKey, string>,
  };
}

const LABELS: Record<string, string> = {
  occurredAt: "When",
  symptom: "What happened",
  peakIntensity: "How strong at its peak",
  durationMinutes: "How long",
  episodeType: "Kind",
  triggerCategory: "Trigger",
  copingTechnique: "Coping technique used",
  ...Object.fromEntries(TEXTS.map(([key, text]) => [`texts.${key}`, text.split(":")[0]!])),
};

function checkEpisode(values: EpisodeFormValues): Problems {
  const problems: Problems = {};
  const when = pastInstantProblem(values.occurredAt, "when it happened");
  if (when) problems.occurredAt = when;
  if (!numberIn(values.peakIntensity, 0, INTENSITY_MAX)) {
    problems.peakIntensity = `Peak intensity is needed: a whole number from 0 (none) to ${INTENSITY_MAX} (the worst imaginable).`;
  }
  if (!numberIn(values.durationMinutes, 0, DURATION_MAX_MINUTES)) {
    problems.durationMinutes = `How long it lasted is needed: whole minutes from 0 to ${DURATION_MAX_MINUTES} (a day).`;
  }
  for (const [key, text] of TEXTS) {
    if (tooLong(values.texts[key], TEXT_MAX)) {
      problems[`texts.${key}`] = `${text.split(":")[0]}: at most ${TEXT_MAX} characters.`;
    }
  }
  return problems;
}

function toEpisode(values: EpisodeFormValues): EpisodeFields {
  return {
    occurredAt: new Date(values.occurredAt).toISOString(),
    symptom: values.symptom,
    peakIntensity: Number(values.peakIntensity),
    durationMinutes: Number(values.durationMinutes),
    episodeType: values.episodeType,
    triggerCategory: values.triggerCategory,
    copingTechnique: values.copingTechnique || null,
    ...Object.fromEntries(TEXTS.map(([key]) => [key, values.texts[key].trim() || null])),
  };
}

/** The server's name for a field → the form's path: the thought-record texts sit under `texts`. */
const pathOf = (field: string) => (TEXTS.some(([key]) => key === field) ? `texts.${field}` : field);

/**
 * A symptom episode's entry form, written up as a thought record, whatever it is for: logging a new episode or
 * correcting one. `onSubmit` rejects with the server's error, so each refusal lands beside its field.
 */
export function EpisodeForm({
  title,
  defaultValues,
  onSubmit,
  submitLabel,
  extraFields,
  draftKey,
  testId,
}: {
  title: string;
  defaultValues: EpisodeFormValues;
  /** Resolves with a message to show ("Episode saved."), or rejects with the server's error. */
  onSubmit: (input: EpisodeFields) => Promise<string | void>;
  submitLabel: string;
  extraFields?: ReactNode;
  draftKey: string | null;
  testId?: string;
}) {
  const titleId = useId();
  const formId = useId();
  const { form, draft } = useDraftForm({ key: draftKey, defaults: defaultValues, resolver: resolverOf(checkEpisode) });
  const { register, setError, formState } = form;
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const errors = flatErrors(formState.errors);

  const submit = form.handleSubmit(
    async (values) => {
      setGeneral(null);
      setSaved(null);
      try {
        const message = await onSubmit(toEpisode(values));
        draft.done();
        setSaved(message || "Saved.");
      } catch (error) {
        setGeneral(showServerProblems(error, setError, pathOf, LABELS));
        focusFirstProblem(formId);
      }
    },
    () => {
      setSaved(null);
      setGeneral(null);
      focusFirstProblem(formId);
    },
  );

  return (
    <form
      id={formId}
      className="panel entry"
      onSubmit={(event) => void submit(event)}
      onInput={draft.onInput}
      noValidate
      aria-labelledby={titleId}
      data-testid={testId}
    >
      <h3 id={titleId}>{title}</h3>
      <DraftNote restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      {extraFields}
      <div className="grid">
        <Field label="When" field="occurredAt" errors={errors}>
          {(props) => <input {...props} {...register("occurredAt")} type="datetime-local" required />}
        </Field>
        <Field label="What happened" field="symptom" errors={errors}>
          {(props) => (
            <select {...props} {...register("symptom")}>
              {SYMPTOM_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="How strong at its peak (0–10)" field="peakIntensity" errors={errors}>
          {(props) => (
            <input
              {...props}
              {...register("peakIntensity")}
              type="number"
              inputMode="numeric"
              min={0}
              max={INTENSITY_MAX}
              step={1}
              required
            />
          )}
        </Field>
        <Field label="How long (minutes)" field="durationMinutes" errors={errors}>
          {(props) => (
            <input
              {...props}
              {...register("durationMinutes")}
              type="number"
              inputMode="numeric"
              min={0}
              max={DURATION_MAX_MINUTES}
              step={1}
              required
            />
          )}
        </Field>
        <Field label="Kind" field="episodeType" errors={errors}>
          {(props) => (
            <select {...props} {...register("episodeType")}>
              {EPISODE_TYPE_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Trigger" field="triggerCategory" errors={errors}>
          {(props) => (
            <select {...props} {...register("triggerCategory")}>
              {TRIGGER_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Coping technique used" field="copingTechnique" errors={errors}>
          {(props) => (
            <select {...props} {...register("copingTechnique")}>
              <option value="">None</option>
              {TECHNIQUE_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="grid">
        {TEXTS.map(([key, text]) => (
          <Field key={key} label={text} field={`texts.${key}`} errors={errors}>
            {(props) => <textarea {...props} {...register(`texts.${key}`)} rows={2} />}
          </Field>
        ))}
      </div>
      <FormEnd
        title="The episode was not saved."
        general={general}
        errors={errors}
        busy={formState.isSubmitting}
        action={submitLabel}
      >
        {saved && (
          <p role="status" className="saved">
            {saved}
          </p>
        )}
      </FormEnd>
    </form>
  );
}

/** A symptom episode written up as a thought record; the client logs for themself, a therapist for a client. */
export function LogEpisodeForm({
  clientId,
  asClient,
  onSaved,
}: {
  clientId: string;
  asClient: boolean;
  onSaved: () => void;
}) {
  const viewerId = useViewerId();
  const [defaults] = useState(emptyEpisodeValues);
  const [logEpisode] = useMutation(LOG_EPISODE, { refetchQueries: REFRESH_AFTER_WRITE, awaitRefetchQueries: true });
  return (
    <EpisodeForm
      title={asClient ? "Log an episode (thought record)" : "Log an episode for this client"}
      testId="log-episode-form"
      submitLabel="Save episode"
      defaultValues={defaults}
      draftKey={viewerId ? keyOfDraft(viewerId, clientId, "episode") : null}
      onSubmit={async (input) => {
        await logEpisode({ variables: { input: { ...(asClient ? {} : { clientId }), ...input } } });
        onSaved();
        return "Episode saved.";
      }}
    />
  );
}
