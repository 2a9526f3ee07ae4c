import { useId, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Field } from "../../components/Field";
import { TECHNIQUE_OPTIONS } from "../../components/options";
import { blank, tooLong } from "../../forms/checks";
import { draftKey } from "../../forms/drafts";
import { DraftNote, FormEnd } from "../../forms/FormNotes";
import { flatErrors, focusFirstProblem, resolverOf, showServerProblems, type Problems } from "../../forms/problems";
import { useDraftForm } from "../../forms/useDraftForm";
import { useViewerId } from "../../forms/useViewerId";
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

// The server's limits (server/common/input-limits.ts, server/plans/plan-row.ts), checked here first.
const LINES_MAX = 20;
const LINE_MAX = 300;
const RATIONALE_MAX = 4000;

interface PlanFormValues {
  goals: string;
  targets: string;
  techniques: Technique[];
  rationale: string;
}

const LABELS: Record<keyof PlanFormValues, string> = {
  goals: "Goals",
  targets: "Targets",
  techniques: "Planned techniques",
  rationale: "Why the plan changes",
};

const lines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

function checkPlan(values: PlanFormValues): Problems {
  const problems: Problems = {};
  for (const key of ["goals", "targets"] as const) {
    const entries = lines(values[key]);
    if (entries.length > LINES_MAX) problems[key] = `${LABELS[key]}: at most ${LINES_MAX} lines.`;
    else if (entries.some((line) => line.length > LINE_MAX)) {
      problems[key] = `${LABELS[key]}: each line at most ${LINE_MAX} characters.`;
    }
  }
  if (blank(values.rationale)) problems.rationale = "Say why the plan changes.";
  else if (tooLong(values.rationale, RATIONALE_MAX)) {
    problems.rationale = `Why the plan changes: at most ${RATIONALE_MAX} characters.`;
  }
  return problems;
}

/** The server names a goal or target by its line (`goals[2]`); the form has one box for all of them. */
const pathOf = (field: string) => field.replace(/\[\d+\]$/, "").replace(/^plannedTechniques$/, "techniques");

export function RevisePlanForm({
  clientId,
  current,
  onSaved,
}: {
  clientId: string;
  current: { goals: string[]; targets: string[]; plannedTechniques: Technique[] } | null;
  onSaved: () => void;
}) {
  const formId = useId();
  const viewerId = useViewerId();
  const [defaults] = useState<PlanFormValues>(() => ({
    goals: current?.goals.join("\n") ?? "",
    targets: current?.targets.join("\n") ?? "",
    techniques: current?.plannedTechniques ?? [],
    rationale: "",
  }));
  const { form, draft } = useDraftForm({
    key: viewerId ? draftKey(viewerId, clientId, "plan") : null,
    defaults,
    resolver: resolverOf(checkPlan),
  });
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [revise] = useMutation(REVISE_PLAN, { refetchQueries: REFRESH_AFTER_WRITE, awaitRefetchQueries: true });
  const errors = flatErrors(form.formState.errors);
  const { register } = form;

  const submit = form.handleSubmit(
    async (values) => {
      setGeneral(null);
      setSaved(null);
      try {
        const { data } = await revise({
          variables: {
            input: {
              clientId,
              goals: lines(values.goals),
              targets: lines(values.targets),
              plannedTechniques: values.techniques,
              rationale: values.rationale.trim(),
            },
          },
        });
        draft.done();
        // The saved plan is the new starting point: its goals and targets stay, the reason goes.
        form.reset({ ...values, rationale: "" });
        if (data) setSaved(data.revisePlan.version);
        onSaved();
      } catch (error) {
        setGeneral(showServerProblems(error, form.setError, pathOf, LABELS));
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
      aria-labelledby="plan-form-title"
      data-testid="revise-plan-form"
    >
      <h3 id="plan-form-title">Revise the plan</h3>
      <DraftNote restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      <div className="grid">
        <Field label="Goals (one a line)" field="goals" errors={errors}>
          {(props) => <textarea {...props} {...register("goals")} rows={3} />}
        </Field>
        <Field label="Targets (one a line)" field="targets" errors={errors}>
          {(props) => <textarea {...props} {...register("targets")} rows={3} />}
        </Field>
        <Field label="Why the plan changes" field="rationale" errors={errors}>
          {(props) => <textarea {...props} {...register("rationale")} rows={3} required />}
        </Field>
      </div>
      <fieldset>
        <legend>Planned techniques</legend>
        <div className="checks">
          {TECHNIQUE_OPTIONS.map((o) => (
            <label key={o.value} className="checkbox">
              <input type="checkbox" value={o.value} {...register("techniques")} />
              {o.label}
            </label>
          ))}
        </div>
      </fieldset>
      <FormEnd
        title="The plan was not saved."
        general={general}
        errors={errors}
        busy={form.formState.isSubmitting}
        action="Save revision"
      >
        {saved && (
          <p role="status" className="saved">
            Plan version {saved} saved.
          </p>
        )}
      </FormEnd>
    </form>
  );
}
