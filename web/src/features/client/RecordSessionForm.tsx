import { useState, type FormEvent } from "react";
import { useMutation } from "@apollo/client/react";
import { fieldErrors } from "../../app/apollo";
import { Field } from "../../components/Field";
import {
  HOMEWORK_STATUS_OPTIONS,
  HOMEWORK_TYPE_OPTIONS,
  ISSUE_OPTIONS,
  TECHNIQUE_OPTIONS,
  nowForInput,
  numberOrNull,
  todayPlusDays,
} from "../../components/options";
import { graphql } from "../../graphql";
import type { HomeworkStatus, HomeworkType, IssueCategory, Technique } from "../../graphql/graphql";
import { REFRESH_AFTER_WRITE, type HomeworkItem } from "./client.graphql";

const RECORD_SESSION = graphql(`
  mutation RecordSession($input: RecordSessionInput!) {
    recordSession(input: $input) {
      id
      number
    }
  }
`);

const ORS_ITEMS = [
  ["individual", "Individually (personal well-being)"],
  ["interpersonal", "Interpersonally (family, close relationships)"],
  ["social", "Socially (work, school, friendships)"],
  ["overall", "Overall (general sense of well-being)"],
] as const;
const SRS_ITEMS = [
  ["relationship", "Relationship (felt heard, understood, respected)"],
  ["goalsAndTopics", "Goals and topics (worked on what I wanted)"],
  ["approachOrMethod", "Approach or method (a good fit for me)"],
  ["overall", "Overall (today's session was right for me)"],
] as const;
const PHQ9_ITEMS = 9;
const GAD7_ITEMS = 7;
const ANSWERS = ["0 — not at all", "1 — several days", "2 — more than half the days", "3 — nearly every day"];

export function RecordSessionForm({
  clientId,
  openHomework,
  onSaved,
}: {
  clientId: string;
  openHomework: HomeworkItem[];
  onSaved: () => void;
}) {
  const [occurredAt, setOccurredAt] = useState(nowForInput);
  const [attendance, setAttendance] = useState<"ATTENDED" | "CANCELLED" | "NO_SHOW">("ATTENDED");
  const [weekRating, setWeekRating] = useState("");
  const [ors, setOrs] = useState<Record<string, string>>({});
  const [srs, setSrs] = useState<Record<string, string>>({});
  const [askPhq9, setAskPhq9] = useState(false);
  const [phq9, setPhq9] = useState<string[]>(Array(PHQ9_ITEMS).fill("0"));
  const [askGad7, setAskGad7] = useState(false);
  const [gad7, setGad7] = useState<string[]>(Array(GAD7_ITEMS).fill("0"));
  const [issue, setIssue] = useState<IssueCategory | "">("");
  const [issueText, setIssueText] = useState("");
  const [techniques, setTechniques] = useState<Technique[]>([]);
  const [crisis, setCrisis] = useState(false);
  const [notes, setNotes] = useState("");
  const [reviews, setReviews] = useState<Record<string, { status: HomeworkStatus | ""; helpfulness: string }>>({});
  const [newHomework, setNewHomework] = useState({
    type: "THOUGHT_RECORD" as HomeworkType,
    description: "",
    dueDate: todayPlusDays(6),
  });
  const [record, { loading, error, reset }] = useMutation(RECORD_SESSION, {
    refetchQueries: REFRESH_AFTER_WRITE,
    awaitRefetchQueries: true,
  });
  const { fields, general } = fieldErrors(error);
  const [saved, setSaved] = useState<string | null>(null);

  const block = (values: Record<string, string>, items: readonly (readonly [string, string])[]) =>
    items.every(([key]) => (values[key] ?? "").trim() === "")
      ? null
      : Object.fromEntries(items.map(([key]) => [key, numberOrNull(values[key] ?? "") ?? Number.NaN]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const attended = attendance === "ATTENDED";
    const result = await record({
      variables: {
        input: {
          clientId,
          occurredAt: new Date(occurredAt).toISOString(),
          attendance,
          kind: crisis ? "CRISIS" : "FOLLOW_UP",
          weekRating: attended ? numberOrNull(weekRating) : null,
          ors: attended ? (block(ors, ORS_ITEMS) as never) : null,
          srs: attended ? (block(srs, SRS_ITEMS) as never) : null,
          phq9: attended && askPhq9 ? phq9.map(Number) : null,
          gad7: attended && askGad7 ? gad7.map(Number) : null,
          priorityIssue: issue ? { category: issue, text: issueText || null } : null,
          techniquesUsed: techniques,
          crisis,
          privateNotes: notes || null,
          homeworkReviews: Object.entries(reviews)
            .filter(([, review]) => review.status)
            .map(([homeworkId, review]) => ({
              homeworkId,
              status: review.status as HomeworkStatus,
              helpfulness: numberOrNull(review.helpfulness),
            })),
          newHomework: newHomework.description.trim() ? [newHomework] : [],
        },
      },
    }).catch(() => null);
    if (result?.data) {
      setSaved(`Session ${result.data.recordSession.number ?? ""} saved.`);
      setOrs({});
      setSrs({});
      setWeekRating("");
      setReviews({});
      setNewHomework((h) => ({ ...h, description: "" }));
      onSaved();
    }
  };

  const numberInput =
    (value: string, onChange: (value: string) => void, step = "0.1") =>
    (props: { id: string; name: string }) => (
      <input
        {...props}
        type="number"
        inputMode="decimal"
        step={step}
        value={value}
        onChange={(e) => {
          reset();
          onChange(e.target.value);
        }}
      />
    );

  return (
    <form
      className="panel entry"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="record-title"
      data-testid="record-session-form"
    >
      <h3 id="record-title">Record a session</h3>
      <div className="grid">
        <Field label="Date and time" field="occurredAt" errors={fields}>
          {(props) => (
            <input
              {...props}
              type="datetime-local"
              value={occurredAt}
              onChange={(e) => setOccurredAt(e.target.value)}
            />
          )}
        </Field>
        <Field label="Attendance" field="attendance" errors={fields}>
          {(props) => (
            <select {...props} value={attendance} onChange={(e) => setAttendance(e.target.value as typeof attendance)}>
              <option value="ATTENDED">Attended</option>
              <option value="CANCELLED">Cancelled</option>
              <option value="NO_SHOW">No-show</option>
            </select>
          )}
        </Field>
        <Field label='"How was your week?" (0–10)' field="weekRating" errors={fields}>
          {numberInput(weekRating, setWeekRating, "1")}
        </Field>
      </div>
      <RatingScale
        legend="Outcome Rating Scale (0–10 each)"
        prefix="ors"
        items={ORS_ITEMS}
        values={ors}
        errors={fields}
        onChange={(key, value) => {
          reset();
          setOrs((o) => ({ ...o, [key]: value }));
        }}
      />
      <RatingScale
        legend="Session Rating Scale (0–10 each)"
        prefix="srs"
        items={SRS_ITEMS}
        values={srs}
        errors={fields}
        onChange={(key, value) => {
          reset();
          setSrs((o) => ({ ...o, [key]: value }));
        }}
      />
      <Questionnaire
        name="PHQ-9"
        field="phq9"
        asked={askPhq9}
        onAsked={setAskPhq9}
        answers={phq9}
        onAnswers={setPhq9}
        errors={fields}
        note={{ 8: " (thoughts of self-harm)" }}
      />
      <Questionnaire
        name="GAD-7"
        field="gad7"
        asked={askGad7}
        onAsked={setAskGad7}
        answers={gad7}
        onAnswers={setGad7}
        errors={fields}
        note={{}}
      />
      <div className="grid">
        <Field label="Priority issue" field="priorityIssue.category" errors={fields}>
          {(props) => (
            <select {...props} value={issue} onChange={(e) => setIssue(e.target.value as IssueCategory | "")}>
              <option value="">—</option>
              {ISSUE_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Priority issue, in a few words" field="priorityIssue.text" errors={fields}>
          {(props) => <input {...props} value={issueText} onChange={(e) => setIssueText(e.target.value)} />}
        </Field>
      </div>
      <fieldset>
        <legend>Techniques used</legend>
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
      {openHomework.length > 0 && (
        <fieldset>
          <legend>Review of homework that was due</legend>
          {openHomework.map((homework, index) => (
            <div key={homework.id} className="grid">
              <Field
                label={`${homework.description} (due ${homework.dueDate})`}
                field={`homeworkReviews[${index}].status`}
                errors={fields}
              >
                {(props) => (
                  <select
                    {...props}
                    value={reviews[homework.id]?.status ?? ""}
                    onChange={(e) =>
                      setReviews((r) => ({
                        ...r,
                        [homework.id]: {
                          helpfulness: r[homework.id]?.helpfulness ?? "",
                          status: e.target.value as HomeworkStatus,
                        },
                      }))
                    }
                  >
                    <option value="">Not reviewed</option>
                    {HOMEWORK_STATUS_OPTIONS.filter((o) => o.value !== "ASSIGNED").map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label="How helpful (0–10)" field={`homeworkReviews[${index}].helpfulness`} errors={fields}>
                {numberInput(
                  reviews[homework.id]?.helpfulness ?? "",
                  (value) =>
                    setReviews((r) => ({
                      ...r,
                      [homework.id]: { status: r[homework.id]?.status ?? "", helpfulness: value },
                    })),
                  "1",
                )}
              </Field>
            </div>
          ))}
        </fieldset>
      )}
      <fieldset>
        <legend>New homework</legend>
        <div className="grid">
          <Field label="Type" field="newHomework[0].type" errors={fields}>
            {(props) => (
              <select
                {...props}
                value={newHomework.type}
                onChange={(e) => setNewHomework((h) => ({ ...h, type: e.target.value as HomeworkType }))}
              >
                {HOMEWORK_TYPE_OPTIONS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Homework" field="newHomework[0].description" errors={fields}>
            {(props) => (
              <input
                {...props}
                value={newHomework.description}
                onChange={(e) => setNewHomework((h) => ({ ...h, description: e.target.value }))}
              />
            )}
          </Field>
          <Field label="Due" field="newHomework[0].dueDate" errors={fields}>
            {(props) => (
              <input
                {...props}
                type="date"
                value={newHomework.dueDate}
                onChange={(e) => setNewHomework((h) => ({ ...h, dueDate: e.target.value }))}
              />
            )}
          </Field>
        </div>
      </fieldset>
      <div className="grid">
        <label className="checkbox">
          <input type="checkbox" checked={crisis} onChange={(e) => setCrisis(e.target.checked)} /> A crisis was
          addressed
        </label>
        <Field label="Private notes (therapist only)" field="privateNotes" errors={fields}>
          {(props) => <textarea {...props} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />}
        </Field>
      </div>
      {general && (
        <p role="alert" className="field-error">
          {general}
        </p>
      )}
      {saved && (
        <p role="status" className="saved">
          {saved}
        </p>
      )}
      <button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Save session"}
      </button>
    </form>
  );
}

function RatingScale({
  legend,
  prefix,
  items,
  values,
  errors,
  onChange,
}: {
  legend: string;
  prefix: "ors" | "srs";
  items: readonly (readonly [string, string])[];
  values: Record<string, string>;
  errors: Record<string, string>;
  onChange: (key: string, value: string) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="grid">
        {items.map(([key, text]) => (
          <Field key={key} label={`${prefix.toUpperCase()} ${text}`} field={`${prefix}.${key}`} errors={errors}>
            {(props) => (
              <input
                {...props}
                type="number"
                inputMode="decimal"
                step="0.1"
                value={values[key] ?? ""}
                onChange={(e) => onChange(key, e.target.value)}
              />
            )}
          </Field>
        ))}
      </div>
    </fieldset>
  );
}

/** PHQ-9 or GAD-7: given this session or not, and each item's answer. */
function Questionnaire({
  name,
  field,
  asked,
  onAsked,
  answers,
  onAnswers,
  errors,
  note,
}: {
  name: string;
  field: "phq9" | "gad7";
  asked: boolean;
  onAsked: (asked: boolean) => void;
  answers: string[];
  onAnswers: (answers: string[]) => void;
  errors: Record<string, string>;
  note: Record<number, string>;
}) {
  return (
    <fieldset>
      <legend>
        <label className="checkbox">
          <input type="checkbox" checked={asked} onChange={(e) => onAsked(e.target.checked)} /> {name} given this
          session
        </label>
      </legend>
      {asked && (
        <div className="grid">
          {answers.map((value, i) => (
            <Field key={i} label={`${name} item ${i + 1}${note[i] ?? ""}`} field={`${field}[${i}]`} errors={errors}>
              {(props) => (
                <select
                  {...props}
                  value={value}
                  onChange={(e) => onAnswers(answers.map((item, j) => (j === i ? e.target.value : item)))}
                >
                  {ANSWERS.map((answer, score) => (
                    <option key={score} value={score}>
                      {answer}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ))}
        </div>
      )}
    </fieldset>
  );
}
