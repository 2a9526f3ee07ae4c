import { useState, type FormEvent } from "react";
import { useMutation } from "@apollo/client/react";
import { fieldErrors } from "../../app/apollo";
import { Field } from "../../components/Field";
import { TECHNIQUE_OPTIONS } from "../../components/options";
import { graphql } from "../../graphql";
import type { Technique } from "../../graphql/graphql";
import { REFRESH_AFTER_WRITE } from "./client.graphql";

const REVISE_PLAN = graphql(`
  mutation RevisePlan($input: RevisePlanInput!) {
    revisePlan(input: $input) {
      id
      version
    }
  }
`);

const lines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

export function RevisePlanForm({
  clientId,
  current,
  onSaved,
}: {
  clientId: string;
  current: { goals: string[]; targets: string[]; plannedTechniques: Technique[] } | null;
  onSaved: () => void;
}) {
  const [goals, setGoals] = useState(current?.goals.join("\n") ?? "");
  const [targets, setTargets] = useState(current?.targets.join("\n") ?? "");
  const [techniques, setTechniques] = useState<Technique[]>(current?.plannedTechniques ?? []);
  const [rationale, setRationale] = useState("");
  const [saved, setSaved] = useState<number | null>(null);
  const [revise, { loading, error }] = useMutation(REVISE_PLAN, {
    refetchQueries: REFRESH_AFTER_WRITE,
    awaitRefetchQueries: true,
  });
  const { fields, general } = fieldErrors(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await revise({
      variables: {
        input: { clientId, goals: lines(goals), targets: lines(targets), plannedTechniques: techniques, rationale },
      },
    }).catch(() => null);
    if (result?.data) {
      setSaved(result.data.revisePlan.version);
      setRationale("");
      onSaved();
    }
  };

  return (
    <form
      className="panel entry"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="plan-form-title"
      data-testid="revise-plan-form"
    >
      <h3 id="plan-form-title">Revise the plan</h3>
      <div className="grid">
        <Field label="Goals (one a line)" field="goals" errors={fields}>
          {(props) => <textarea {...props} rows={3} value={goals} onChange={(e) => setGoals(e.target.value)} />}
        </Field>
        <Field label="Targets (one a line)" field="targets" errors={fields}>
          {(props) => <textarea {...props} rows={3} value={targets} onChange={(e) => setTargets(e.target.value)} />}
        </Field>
        <Field label="Why the plan changes" field="rationale" errors={fields}>
          {(props) => <textarea {...props} rows={3} value={rationale} onChange={(e) => setRationale(e.target.value)} />}
        </Field>
      </div>
      <fieldset>
        <legend>Planned techniques</legend>
        <div className="checks">
          {TECHNIQUE_OPTIONS.map((o) => (
            <label key={o.value} className="checkbox">
              <input
                type="checkbox"
                checked={techniques.includes(o.value)}
                onChange={(e) =>
                  setTechniques((t) => (e.target.checked ? [...t, o.value] : t.filter((v) => v !== o.value)))
                }
              />
              {o.label}
            </label>
          ))}
        </div>
      </fieldset>
      {general && (
        <p role="alert" className="field-error">
          {general}
        </p>
      )}
      {saved && (
        <p role="status" className="saved">
          Plan version {saved} saved.
        </p>
      )}
      <button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Save revision"}
      </button>
    </form>
  );
}
