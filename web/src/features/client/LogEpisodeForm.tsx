import { useState, type FormEvent } from "react";
import { useMutation } from "@apollo/client/react";
import { fieldErrors } from "../../app/apollo";
import { Field } from "../../components/Field";
import {
  EPISODE_TYPE_OPTIONS,
  SYMPTOM_OPTIONS,
  TECHNIQUE_OPTIONS,
  TRIGGER_OPTIONS,
  nowForInput,
  numberOrNull,
} from "../../components/options";
import { graphql } from "../../graphql";
import type { EpisodeType, Symptom, Technique, TriggerCategory } from "../../graphql/graphql";
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
  const [occurredAt, setOccurredAt] = useState(nowForInput);
  const [symptom, setSymptom] = useState<Symptom>("PANIC_ATTACK");
  const [intensity, setIntensity] = useState("5");
  const [minutes, setMinutes] = useState("10");
  const [episodeType, setEpisodeType] = useState<EpisodeType>("UNEXPECTED");
  const [trigger, setTrigger] = useState<TriggerCategory>("NONE_IDENTIFIED");
  const [coping, setCoping] = useState<Technique | "">("");
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [logEpisode, { loading, error }] = useMutation(LOG_EPISODE, {
    refetchQueries: REFRESH_AFTER_WRITE,
    awaitRefetchQueries: true,
  });
  const { fields, general } = fieldErrors(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await logEpisode({
      variables: {
        input: {
          ...(asClient ? {} : { clientId }),
          occurredAt: new Date(occurredAt).toISOString(),
          symptom,
          peakIntensity: numberOrNull(intensity) ?? Number.NaN,
          durationMinutes: numberOrNull(minutes) ?? Number.NaN,
          episodeType,
          triggerCategory: trigger,
          copingTechnique: coping || null,
          ...Object.fromEntries(TEXTS.map(([key]) => [key, texts[key]?.trim() || null])),
        },
      },
    }).catch(() => null);
    if (result?.data) {
      setTexts({});
      setSaved(true);
      onSaved();
    }
  };

  return (
    <form
      className="panel entry"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="episode-title"
      data-testid="log-episode-form"
    >
      <h3 id="episode-title">{asClient ? "Log an episode (thought record)" : "Log an episode for this client"}</h3>
      <div className="grid">
        <Field label="When" field="occurredAt" errors={fields}>
          {(props) => (
            <input
              {...props}
              type="datetime-local"
              value={occurredAt}
              onChange={(e) => setOccurredAt(e.target.value)}
            />
          )}
        </Field>
        <Field label="What happened" field="symptom" errors={fields}>
          {(props) => (
            <select {...props} value={symptom} onChange={(e) => setSymptom(e.target.value as Symptom)}>
              {SYMPTOM_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="How strong at its peak (0–10)" field="peakIntensity" errors={fields}>
          {(props) => (
            <input {...props} type="number" step="1" value={intensity} onChange={(e) => setIntensity(e.target.value)} />
          )}
        </Field>
        <Field label="How long (minutes)" field="durationMinutes" errors={fields}>
          {(props) => (
            <input {...props} type="number" step="1" value={minutes} onChange={(e) => setMinutes(e.target.value)} />
          )}
        </Field>
        <Field label="Kind" field="episodeType" errors={fields}>
          {(props) => (
            <select {...props} value={episodeType} onChange={(e) => setEpisodeType(e.target.value as EpisodeType)}>
              {EPISODE_TYPE_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Trigger" field="triggerCategory" errors={fields}>
          {(props) => (
            <select {...props} value={trigger} onChange={(e) => setTrigger(e.target.value as TriggerCategory)}>
              {TRIGGER_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Coping technique used" field="copingTechnique" errors={fields}>
          {(props) => (
            <select {...props} value={coping} onChange={(e) => setCoping(e.target.value as Technique | "")}>
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
          <Field key={key} label={text} field={key} errors={fields}>
            {(props) => (
              <textarea
                {...props}
                rows={2}
                value={texts[key] ?? ""}
                onChange={(e) => setTexts((t) => ({ ...t, [key]: e.target.value }))}
              />
            )}
          </Field>
        ))}
      </div>
      {general && (
        <p role="alert" className="field-error">
          {general}
        </p>
      )}
      {saved && (
        <p role="status" className="saved">
          Episode saved.
        </p>
      )}
      <button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Save episode"}
      </button>
    </form>
  );
}
