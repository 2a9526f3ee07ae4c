import { useId, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { ShowMore, type Paging } from "../../components/ShowMore";
import { Field } from "../../components/Field";
import { HOMEWORK_STATUS_OPTIONS, HOMEWORK_TYPE_OPTIONS, label, todayPlusDays } from "../../components/options";
import { Empty } from "../../components/States";
import { blank, numberIn, tooLong } from "../../forms/checks";
import { FormEnd } from "../../forms/FormNotes";
import { flatErrors, focusFirstProblem, resolverOf, showServerProblems, type Problems } from "../../forms/problems";
import { useDraftForm } from "../../forms/useDraftForm";
import { graphql } from "../../graphql";
import type { HomeworkStatus, HomeworkType } from "../../graphql/graphql";
import { shortDate } from "../../charts/format";
import { REFRESH_AFTER_WRITE, type HomeworkItem } from "./client.graphql";

const UPDATE_HOMEWORK = graphql(`
  mutation UpdateHomework($input: UpdateHomeworkInput!) {
    updateHomework(input: $input) {
      id
      status
      helpfulness
    }
  }
`);

const ROW_LABELS = { status: "Done?", helpfulness: "How helpful" };

const ASSIGN_HOMEWORK = graphql(`
  mutation AssignHomework($input: AssignHomeworkInput!) {
    assignHomework(input: $input) {
      id
    }
  }
`);

interface RowValues {
  status: HomeworkStatus;
  helpfulness: string;
}

const checkRow = (values: RowValues): Problems =>
  blank(values.helpfulness) || numberIn(values.helpfulness, 0, 10)
    ? {}
    : { helpfulness: "How helpful: a whole number from 0 (not at all) to 10 (very), or leave it empty." };

function HomeworkRow({ homework }: { homework: HomeworkItem }) {
  const errorId = useId();
  const [defaults] = useState<RowValues>(() => ({
    status: homework.status,
    helpfulness: homework.helpfulness?.toString() ?? "",
  }));
  const { form } = useDraftForm({ key: null, defaults, resolver: resolverOf(checkRow) });
  const [general, setGeneral] = useState<string | null>(null);
  const [update] = useMutation(UPDATE_HOMEWORK, { refetchQueries: REFRESH_AFTER_WRITE });
  const errors = flatErrors(form.formState.errors);
  const message = errors.helpfulness ?? errors.status ?? general;
  const save = form.handleSubmit(async (values) => {
    setGeneral(null);
    try {
      await update({
        variables: {
          input: {
            homeworkId: homework.id,
            status: values.status,
            helpfulness: blank(values.helpfulness) ? null : Number(values.helpfulness),
          },
        },
      });
    } catch (error) {
      setGeneral(showServerProblems(error, form.setError, (field) => field, ROW_LABELS));
    }
  });
  const invalid = (field: keyof RowValues) =>
    errors[field] ? { "aria-invalid": true, "aria-describedby": errorId } : {};
  return (
    <tr>
      <td>
        {homework.description}
        {homework.assignedBy === "SELF" && <span className="muted"> (my own)</span>}
      </td>
      <td>{shortDate(homework.dueDate)}</td>
      <td>
        <select aria-label={`Status of ${homework.description}`} {...form.register("status")} {...invalid("status")}>
          {HOMEWORK_STATUS_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.value === "ASSIGNED" ? "To do" : o.label}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          aria-label={`How helpful was ${homework.description} (0–10)`}
          type="number"
          inputMode="numeric"
          min={0}
          max={10}
          step={1}
          {...form.register("helpfulness")}
          {...invalid("helpfulness")}
        />
        {message && (
          <span className="field-error" role="alert" id={errorId}>
            {message}
          </span>
        )}
      </td>
      <td>
        <button type="button" className="secondary" onClick={() => void save()} disabled={form.formState.isSubmitting}>
          Save
        </button>
      </td>
    </tr>
  );
}

export function HomeworkList({ homework, paging }: { homework: HomeworkItem[]; paging: Paging }) {
  if (homework.length === 0) return <Empty>No homework yet.</Empty>;
  return (
    <>
      <table className="homework-list" data-testid="homework-list">
        <caption>My homework: what I did and how helpful it was</caption>
        <thead>
          <tr>
            <th scope="col">Task</th>
            <th scope="col">Due</th>
            <th scope="col">Done?</th>
            <th scope="col">Helpful (0–10)</th>
            <th scope="col">
              <span className="visually-hidden">Save</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {homework.map((item) => (
            <HomeworkRow key={`${item.id}-${item.status}-${item.helpfulness}`} homework={item} />
          ))}
        </tbody>
      </table>
      <ShowMore paging={paging} what="homework" />
    </>
  );
}

/** A client adds homework for themself. */
export function SelfHomeworkForm({ onSaved }: { onSaved: () => void }) {
  const formId = useId();
  const [defaults] = useState<SelfValues>(() => ({
    type: "SKILL_PRACTICE",
    description: "",
    dueDate: todayPlusDays(7),
  }));
  const { form, draft } = useDraftForm({ key: null, defaults, resolver: resolverOf(checkSelf) });
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [assign] = useMutation(ASSIGN_HOMEWORK, { refetchQueries: REFRESH_AFTER_WRITE, awaitRefetchQueries: true });
  const errors = flatErrors(form.formState.errors);
  const { register } = form;
  const submit = form.handleSubmit(
    async (values) => {
      setGeneral(null);
      setSaved(false);
      try {
        await assign({ variables: { input: { ...values, description: values.description.trim() } } });
        draft.done();
        setSaved(true);
        onSaved();
      } catch (error) {
        setGeneral(showServerProblems(error, form.setError, (field) => field, SELF_LABELS));
        focusFirstProblem(formId);
      }
    },
    () => {
      setGeneral(null);
      setSaved(false);
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
      aria-labelledby="self-homework-title"
      data-testid="self-homework-form"
    >
      <h3 id="self-homework-title">Add homework for myself</h3>
      <div className="grid">
        <Field label="Kind" field="type" errors={errors}>
          {(props) => (
            <select {...props} {...register("type")}>
              {HOMEWORK_TYPE_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {label(o.value)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="What I will do" field="description" errors={errors}>
          {(props) => <input {...props} {...register("description")} required />}
        </Field>
        <Field label="By" field="dueDate" errors={errors}>
          {(props) => <input {...props} {...register("dueDate")} type="date" required />}
        </Field>
      </div>
      <FormEnd
        title="The homework was not added."
        general={general}
        errors={errors}
        busy={form.formState.isSubmitting}
        action="Add homework"
      >
        {saved && (
          <p role="status" className="saved">
            Homework added.
          </p>
        )}
      </FormEnd>
    </form>
  );
}

interface SelfValues {
  type: HomeworkType;
  description: string;
  dueDate: string;
}

const SELF_LABELS: Record<keyof SelfValues, string> = { type: "Kind", description: "What I will do", dueDate: "By" };
// The server's limit (server/homework/homework-row.ts), checked here first.
const DESCRIPTION_MAX = 1000;

function checkSelf(values: SelfValues): Problems {
  const problems: Problems = {};
  if (blank(values.description)) problems.description = "Say what you will do.";
  else if (tooLong(values.description, DESCRIPTION_MAX)) {
    problems.description = `Describe it in at most ${DESCRIPTION_MAX} characters.`;
  }
  if (blank(values.dueDate)) problems.dueDate = "Choose the day to do it by.";
  return problems;
}
