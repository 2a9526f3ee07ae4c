import { useState, type FormEvent } from "react";
import { useMutation } from "@apollo/client/react";
import { fieldErrors } from "../../app/apollo";
import { Field } from "../../components/Field";
import {
  HOMEWORK_STATUS_OPTIONS,
  HOMEWORK_TYPE_OPTIONS,
  label,
  numberOrNull,
  todayPlusDays,
} from "../../components/options";
import { Empty } from "../../components/States";
import { graphql } from "../../graphql";
import type { HomeworkStatus, HomeworkType } from "../../graphql/graphql";
import { shortDate } from "../../charts/format";
import { REFRESH_AFTER_WRITE, type HomeworkItem } from "./client.graphql";
import type { HomeworkPaging } from "./useClientHomework";

const UPDATE_HOMEWORK = graphql(`
  mutation UpdateHomework($input: UpdateHomeworkInput!) {
    updateHomework(input: $input) {
      id
      status
      helpfulness
    }
  }
`);

const ASSIGN_HOMEWORK = graphql(`
  mutation AssignHomework($input: AssignHomeworkInput!) {
    assignHomework(input: $input) {
      id
    }
  }
`);

function HomeworkRow({ homework }: { homework: HomeworkItem }) {
  const [status, setStatus] = useState<HomeworkStatus>(homework.status);
  const [helpfulness, setHelpfulness] = useState(homework.helpfulness?.toString() ?? "");
  const [update, { loading, error }] = useMutation(UPDATE_HOMEWORK, { refetchQueries: REFRESH_AFTER_WRITE });
  const { fields, general } = fieldErrors(error);
  const save = () =>
    void update({
      variables: { input: { homeworkId: homework.id, status, helpfulness: numberOrNull(helpfulness) } },
    }).catch(() => null);
  return (
    <tr>
      <td>
        {homework.description}
        {homework.assignedBy === "SELF" && <span className="muted"> (my own)</span>}
      </td>
      <td>{shortDate(homework.dueDate)}</td>
      <td>
        <select
          aria-label={`Status of ${homework.description}`}
          value={status}
          onChange={(e) => setStatus(e.target.value as HomeworkStatus)}
        >
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
          step="1"
          value={helpfulness}
          onChange={(e) => setHelpfulness(e.target.value)}
        />
        {(fields.helpfulness || general) && (
          <span className="field-error" role="alert">
            {fields.helpfulness ?? general}
          </span>
        )}
      </td>
      <td>
        <button type="button" className="secondary" onClick={save} disabled={loading}>
          Save
        </button>
      </td>
    </tr>
  );
}

export function HomeworkList({ homework, paging }: { homework: HomeworkItem[]; paging: HomeworkPaging }) {
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
      {paging.hasMore && (
        <p className="no-print">
          <button type="button" className="secondary" onClick={paging.showMore} disabled={paging.loadingMore}>
            {paging.loadingMore ? "Loading more…" : "Show more"}
          </button>{" "}
          <span className="muted" role="status">
            {homework.length} of {paging.totalCount} shown
          </span>
        </p>
      )}
      {paging.failed && (
        <p role="alert" className="field-error">
          More homework could not be loaded. Check your connection and try again.
        </p>
      )}
    </>
  );
}

/** A client adds homework for themself. */
export function SelfHomeworkForm({ onSaved }: { onSaved: () => void }) {
  const [type, setType] = useState<HomeworkType>("SKILL_PRACTICE");
  const [description, setDescription] = useState("");
  const [dueDate, setDueDate] = useState(todayPlusDays(7));
  const [assign, { loading, error }] = useMutation(ASSIGN_HOMEWORK, {
    refetchQueries: REFRESH_AFTER_WRITE,
    awaitRefetchQueries: true,
  });
  const { fields, general } = fieldErrors(error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await assign({ variables: { input: { type, description, dueDate } } }).catch(() => null);
    if (result?.data) {
      setDescription("");
      onSaved();
    }
  };
  return (
    <form
      className="panel entry"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="self-homework-title"
    >
      <h3 id="self-homework-title">Add homework for myself</h3>
      <div className="grid">
        <Field label="Kind" field="type" errors={fields}>
          {(props) => (
            <select {...props} value={type} onChange={(e) => setType(e.target.value as HomeworkType)}>
              {HOMEWORK_TYPE_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {label(o.value)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="What I will do" field="description" errors={fields}>
          {(props) => <input {...props} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <Field label="By" field="dueDate" errors={fields}>
          {(props) => <input {...props} type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />}
        </Field>
      </div>
      {general && (
        <p role="alert" className="field-error">
          {general}
        </p>
      )}
      <button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Add homework"}
      </button>
    </form>
  );
}
