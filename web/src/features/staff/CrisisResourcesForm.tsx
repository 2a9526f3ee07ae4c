import { useId, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { useFieldArray } from "react-hook-form";
import { Field } from "../../components/Field";
import { ErrorState, Loading } from "../../components/States";
import { blank } from "../../forms/checks";
import { draftKey, readDraft } from "../../forms/drafts";
import { DraftNote, FormEnd } from "../../forms/FormNotes";
import { flatErrors, focusFirstProblem, resolverOf, showServerProblems } from "../../forms/problems";
import { useDraftForm } from "../../forms/useDraftForm";
import { graphql } from "../../graphql";
import type { ClinicCrisisResourcesQuery } from "../../graphql/graphql";
import {
  COLUMN_LABELS,
  CRISIS_LIMITS,
  checkCrisisResources,
  emptyResource,
  type CrisisValues,
  type ResourceValues,
} from "./crisis-checks";

const CRISIS_RESOURCES = graphql(`
  query ClinicCrisisResources {
    crisisResources {
      name
      phone
      text
      url
      hours
      example
    }
  }
`);

const SET_CRISIS_RESOURCES = graphql(`
  mutation SetCrisisResources($resources: [CrisisResourceInput!]!) {
    setCrisisResources(resources: $resources) {
      name
      phone
      text
      url
      hours
      example
    }
  }
`);

const CRISIS_DRAFT = (userId: string) => draftKey(userId, "clinic", "crisis-resources");

const orNull = (value: string) => (blank(value) ? null : value.trim());

/** The server's field (`resources[2].url`) → the form's path. */
const pathOf = (field: string) => field.replace(/\[(\d+)\]/g, ".$1");

function labelsFor(count: number): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) =>
      (Object.keys(COLUMN_LABELS) as (keyof ResourceValues)[]).map((field): [string, string] => [
        `resources.${i}.${field}`,
        `Entry ${i + 1}, ${COLUMN_LABELS[field].toLowerCase()}`,
      ]),
    ).flat(),
  );
}

/**
 * The clinic's crisis resources, shown to a client at once when a check-in raises a safety concern. The
 * administrator keeps the list here; an example entry (the demo's) says so to the client.
 */
export function CrisisResourcesSection({ userId }: { userId: string }) {
  const { data, loading, error, refetch } = useQuery(CRISIS_RESOURCES, { fetchPolicy: "cache-and-network" });
  // The list is read often and changed rarely: its form opens on request (and with its draft, if one was left).
  const [editing, setEditing] = useState(() => readDraft(CRISIS_DRAFT(userId)) != null);
  return (
    <section className="panel" aria-labelledby="crisis-title" data-testid="crisis-resources">
      <h2 id="crisis-title">Crisis resources</h2>
      <p>
        A client whose check-in raises a safety concern sees these at once, before anything else. Keep them current, and
        mark entries that are only examples.
      </p>
      {loading && !data && <Loading what="the crisis resources" />}
      {error && !data && (
        <ErrorState message="The crisis resources could not be loaded." onRetry={() => void refetch()} />
      )}
      {data && <CurrentResources resources={data.crisisResources} />}
      {data &&
        (editing ? (
          <CrisisResourcesForm userId={userId} current={data.crisisResources} onClose={() => setEditing(false)} />
        ) : (
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            Change the crisis resources
          </button>
        ))}
    </section>
  );
}

function CurrentResources({ resources }: { resources: ClinicCrisisResourcesQuery["crisisResources"] }) {
  return (
    <ul className="crisis-current" data-testid="crisis-current">
      {resources.map((r, i) => (
        <li key={i}>
          <strong>{r.name}</strong>
          {r.example && " (an example)"}
          {r.phone && ` · phone ${r.phone}`}
          {r.text && ` · text ${r.text}`}
          {r.url && ` · ${r.url}`}
          {r.hours && ` · ${r.hours}`}
        </li>
      ))}
    </ul>
  );
}

function CrisisResourcesForm({
  userId,
  current,
  onClose,
}: {
  userId: string;
  current: ClinicCrisisResourcesQuery["crisisResources"];
  onClose: () => void;
}) {
  const formId = useId();
  const [defaults] = useState<CrisisValues>(() => ({
    resources: current.length
      ? current.map((r) => ({
          name: r.name,
          phone: r.phone ?? "",
          text: r.text ?? "",
          url: r.url ?? "",
          hours: r.hours ?? "",
          example: r.example,
        }))
      : [emptyResource()],
  }));
  const { form, draft } = useDraftForm({
    key: CRISIS_DRAFT(userId),
    defaults,
    resolver: resolverOf(checkCrisisResources),
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "resources" });
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [save] = useMutation(SET_CRISIS_RESOURCES, {
    refetchQueries: ["ClinicCrisisResources"],
    awaitRefetchQueries: true,
  });
  const errors = flatErrors(form.formState.errors);

  const submit = form.handleSubmit(
    async ({ resources }) => {
      setGeneral(null);
      setSaved(null);
      try {
        const { data } = await save({
          variables: {
            resources: resources.map((r) => ({
              name: r.name.trim(),
              phone: orNull(r.phone),
              text: orNull(r.text),
              url: orNull(r.url),
              hours: orNull(r.hours),
              example: r.example,
            })),
          },
        });
        draft.done();
        // The list as saved stays in the form (done() goes back to the list as it was when the page opened).
        form.reset({ resources });
        const n = data?.setCrisisResources.length ?? resources.length;
        setSaved(`Crisis resources saved: ${n} entr${n === 1 ? "y" : "ies"}.`);
      } catch (error) {
        setGeneral(showServerProblems(error, form.setError, pathOf, labelsFor(resources.length)));
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
      className="entry"
      onSubmit={(event) => void submit(event)}
      onInput={draft.onInput}
      noValidate
      aria-label="Crisis resources"
    >
      <DraftNote restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      {fields.map((row, i) => (
        <fieldset key={row.id} data-testid="crisis-entry">
          <legend>Entry {i + 1}</legend>
          <div className="grid">
            {(["name", "phone", "text", "url", "hours"] as const).map((field) => (
              <Field key={field} label={COLUMN_LABELS[field]} field={`resources.${i}.${field}`} errors={errors}>
                {(props) => (
                  <input
                    {...props}
                    {...form.register(`resources.${i}.${field}`)}
                    type={field === "url" ? "url" : field === "phone" ? "tel" : "text"}
                  />
                )}
              </Field>
            ))}
          </div>
          <label className="checkbox">
            <input type="checkbox" {...form.register(`resources.${i}.example`)} /> This is an example
          </label>{" "}
          <button type="button" className="secondary" onClick={() => remove(i)}>
            Remove<span className="visually-hidden"> entry {i + 1}</span>
          </button>
        </fieldset>
      ))}
      {fields.length === 0 && (
        <p className="muted">
          No entries: a client with a safety concern is then told to call their local emergency number.
        </p>
      )}
      {fields.length < CRISIS_LIMITS.entries && (
        <p>
          <button type="button" className="secondary" onClick={() => append(emptyResource())}>
            Add an entry
          </button>
        </p>
      )}
      <FormEnd
        title="The crisis resources were not saved."
        general={general}
        errors={errors}
        busy={form.formState.isSubmitting}
        action="Save crisis resources"
        onCancel={onClose}
        cancelLabel="Close"
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
