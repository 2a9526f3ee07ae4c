import { useId, useMemo, useState, type ReactNode } from "react";
import { useMutation } from "@apollo/client/react";
import { useWatch, type UseFormRegister } from "react-hook-form";
import { shortDate } from "../../charts/format";
import { dateTimeInWords } from "../../components/CopyText";
import { Field, type FieldProps } from "../../components/Field";
import { FieldError } from "../../components/FieldError";
import {
  HOMEWORK_STATUS_OPTIONS,
  HOMEWORK_TYPE_OPTIONS,
  ISSUE_OPTIONS,
  TECHNIQUE_OPTIONS,
  nowForInput,
  todayPlusDays,
} from "../../components/options";
import { blank, dayOf, numberIn, pastInstantProblem, tooLong } from "../../forms/checks";
import { draftKey as keyOfDraft } from "../../forms/drafts";
import { DraftNote, FormEnd } from "../../forms/FormNotes";
import { flatErrors, focusFirstProblem, resolverOf, showServerProblems, type Problems } from "../../forms/problems";
import { useDraftForm } from "../../forms/useDraftForm";
import { useViewerId } from "../../forms/useViewerId";
import { getFragmentData, graphql, type FragmentType } from "../../graphql";
import type { HomeworkStatus, HomeworkType, IssueCategory, RecordSessionInput, Technique } from "../../graphql/graphql";
import type { PendingCheckIn_CheckInFragment } from "../../graphql/graphql";
import { PENDING_CHECK_IN, REFRESH_AFTER_WRITE, type HomeworkItem } from "./client.graphql";
import "./check-ins.css";

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
// The server's limits (server/sessions/session-row.ts, server/homework/homework-row.ts), checked here first.
const ISSUE_TEXT_MAX = 500;
const NOTES_MAX = 10_000;
const HOMEWORK_MAX = 1000;

type OrsKey = (typeof ORS_ITEMS)[number][0];
type SrsKey = (typeof SRS_ITEMS)[number][0];
type Attendance = "ATTENDED" | "CANCELLED" | "NO_SHOW";

/** What the session form holds: text as typed, so a blank stays blank and is never sent as a number. */
export interface SessionFormValues {
  occurredAt: string;
  attendance: Attendance;
  weekRating: string;
  ors: Record<OrsKey, string>;
  srs: Record<SrsKey, string>;
  askPhq9: boolean;
  phq9: string[];
  askGad7: boolean;
  gad7: string[];
  issue: IssueCategory | "";
  issueText: string;
  techniques: Technique[];
  crisis: boolean;
  notes: string;
  /** Reviews of open homework, by `h<homework id>` (a bare number would read as a list index). */
  reviews: Record<string, { status: HomeworkStatus | ""; helpfulness: string }>;
  newHomework: { type: HomeworkType; description: string; dueDate: string };
  /** The client's check-in whose ratings this session takes instead of its own; "" when the therapist enters them. */
  adoptCheckInId: string;
}

/** A check-in the client sent before the session, as the form shows it. */
export type PendingCheckIn = PendingCheckIn_CheckInFragment;

/** What the checks need to know of the page: the homework shown, and the check-in that can be used, if any. */
interface SessionContext {
  shown: Set<string>;
  adoptable: string | null;
}

/** Whether the values take their ratings from the check-in offered now (a draft may name one used since). */
const adopting = (values: SessionFormValues, adoptable: string | null | undefined) =>
  Boolean(values.adoptCheckInId) && values.adoptCheckInId === adoptable;

/** A session as the server takes it, without the client, which the caller adds (or a correction has already). */
export type SessionFields = Omit<RecordSessionInput, "clientId">;

export function emptySessionValues(): SessionFormValues {
  return {
    occurredAt: nowForInput(),
    attendance: "ATTENDED",
    weekRating: "",
    ors: { individual: "", interpersonal: "", social: "", overall: "" },
    srs: { relationship: "", goalsAndTopics: "", approachOrMethod: "", overall: "" },
    askPhq9: false,
    phq9: Array<string>(PHQ9_ITEMS).fill("0"),
    askGad7: false,
    gad7: Array<string>(GAD7_ITEMS).fill("0"),
    issue: "",
    issueText: "",
    techniques: [],
    crisis: false,
    notes: "",
    reviews: {},
    newHomework: { type: "THOUGHT_RECORD", description: "", dueDate: todayPlusDays(6) },
    adoptCheckInId: "",
  };
}

const reviewKey = (homeworkId: string) => `h${homeworkId}`;

function labelsFor(openHomework: HomeworkItem[]): Record<string, string> {
  return {
    occurredAt: "Date and time",
    attendance: "Attendance",
    weekRating: '"How was your week?"',
    ...Object.fromEntries(ORS_ITEMS.map(([key, text]) => [`ors.${key}`, `ORS ${text}`])),
    ...Object.fromEntries(SRS_ITEMS.map(([key, text]) => [`srs.${key}`, `SRS ${text}`])),
    ...Object.fromEntries(Array.from({ length: PHQ9_ITEMS }, (_, i) => [`phq9.${i}`, `PHQ-9 item ${i + 1}`])),
    ...Object.fromEntries(Array.from({ length: GAD7_ITEMS }, (_, i) => [`gad7.${i}`, `GAD-7 item ${i + 1}`])),
    issue: "Priority issue",
    issueText: "Priority issue, in a few words",
    notes: "Private notes",
    ...Object.fromEntries(
      openHomework.flatMap((h) => [
        [`reviews.${reviewKey(h.id)}.status`, `Review of "${h.description}"`],
        [`reviews.${reviewKey(h.id)}.helpfulness`, `How helpful "${h.description}" was`],
      ]),
    ),
    "newHomework.type": "Type of new homework",
    "newHomework.description": "New homework",
    "newHomework.dueDate": "Due date of the new homework",
    adoptCheckInId: "The client's check-in",
  };
}

/** Every problem a person can fix before sending, all at once. */
function checkSession(values: SessionFormValues, context: SessionContext | undefined): Problems {
  const problems: Problems = {};
  const shown = context?.shown;
  const adopted = adopting(values, context?.adoptable);
  const when = pastInstantProblem(values.occurredAt, "the date and time of the session");
  if (when) problems.occurredAt = when;
  if (values.attendance === "ATTENDED") {
    if (!adopted && !blank(values.weekRating) && !numberIn(values.weekRating, 0, 10)) {
      problems.weekRating = '"How was your week?" is a whole number from 0 to 10, or leave it empty.';
    }
    for (const [block, items, name] of [
      ["ors", ORS_ITEMS, "ORS"],
      ["srs", SRS_ITEMS, "SRS"],
    ] as const) {
      if (adopted && block === "ors") continue;
      const scores = values[block] as Record<string, string>;
      if (items.every(([key]) => blank(scores[key]))) continue;
      for (const [key] of items) {
        if (!numberIn(scores[key] ?? "", 0, 10, 1)) {
          problems[`${block}.${key}`] =
            `Rate all four ${name} items from 0 to 10 (one decimal at most), or leave the ${name} empty.`;
        }
      }
    }
  }
  if (!values.issue && !blank(values.issueText)) problems.issue = "Choose the priority issue these words describe.";
  if (tooLong(values.issueText, ISSUE_TEXT_MAX)) {
    problems.issueText = `Describe the priority issue in at most ${ISSUE_TEXT_MAX} characters.`;
  }
  if (tooLong(values.notes, NOTES_MAX)) problems.notes = `Private notes can be at most ${NOTES_MAX} characters.`;
  for (const [key, review] of Object.entries(values.reviews)) {
    if (!shown?.has(key)) continue;
    if (!blank(review.helpfulness) && !numberIn(review.helpfulness, 0, 10)) {
      problems[`reviews.${key}.helpfulness`] = "How helpful: a whole number from 0 (not at all) to 10 (very).";
    }
    if (!review.status && !blank(review.helpfulness)) {
      problems[`reviews.${key}.status`] = "Choose how far the homework was done before rating how helpful it was.";
    }
  }
  const homework = values.newHomework;
  if (!blank(homework.description)) {
    if (tooLong(homework.description, HOMEWORK_MAX)) {
      problems["newHomework.description"] = `Describe the new homework in at most ${HOMEWORK_MAX} characters.`;
    }
    if (blank(homework.dueDate)) problems["newHomework.dueDate"] = "Enter when the new homework is due.";
  }
  return problems;
}

/** The form's values as the server takes them, and which review each sent entry is (for the server's errors). */
function toSession(
  values: SessionFormValues,
  { shown, adoptable }: SessionContext,
): { input: SessionFields; reviewsSent: string[] } {
  const attended = values.attendance === "ATTENDED";
  // Ratings from the client's check-in: the server copies them, and refuses any sent beside them.
  const adopted = attended && adopting(values, adoptable);
  const scores = <K extends string>(block: Record<K, string>) =>
    Object.values<string>(block).every(blank)
      ? null
      : (Object.fromEntries(Object.entries<string>(block).map(([key, value]) => [key, Number(value)])) as Record<
          K,
          number
        >);
  const reviews = Object.entries(values.reviews).filter(([key, review]) => shown.has(key) && review.status);
  const ratings: Pick<SessionFields, "weekRating" | "ors" | "phq9" | "gad7" | "adoptCheckInId"> = adopted
    ? { adoptCheckInId: values.adoptCheckInId }
    : {
        weekRating: attended && !blank(values.weekRating) ? Number(values.weekRating) : null,
        ors: attended ? scores(values.ors) : null,
        phq9: attended && values.askPhq9 ? values.phq9.map(Number) : null,
        gad7: attended && values.askGad7 ? values.gad7.map(Number) : null,
      };
  return {
    input: {
      occurredAt: new Date(values.occurredAt).toISOString(),
      attendance: values.attendance,
      kind: values.crisis ? "CRISIS" : "FOLLOW_UP",
      ...ratings,
      srs: attended ? scores(values.srs) : null,
      priorityIssue: values.issue ? { category: values.issue, text: values.issueText.trim() || null } : null,
      techniquesUsed: values.techniques,
      crisis: values.crisis,
      privateNotes: values.notes.trim() || null,
      homeworkReviews: reviews.map(([key, review]) => ({
        homeworkId: key.slice(1),
        status: review.status as HomeworkStatus,
        helpfulness: blank(review.helpfulness) ? null : Number(review.helpfulness),
      })),
      newHomework: blank(values.newHomework.description)
        ? []
        : [{ ...values.newHomework, description: values.newHomework.description.trim() }],
    },
    reviewsSent: reviews.map(([key]) => key),
  };
}

/** The server's name for a field (`ors.social`, `phq9[3]`, `homeworkReviews[0].status`) → the form's path. */
function pathOf(field: string, reviewsSent: string[]): string | null {
  const dotted = field.replace(/\[(\d+)\]/g, ".$1");
  const review = /^homeworkReviews\.(\d+)\.(status|helpfulness)$/.exec(dotted);
  if (review) return reviewsSent[Number(review[1])] ? `reviews.${reviewsSent[Number(review[1])]}.${review[2]}` : null;
  if (dotted.startsWith("newHomework.0.")) return `newHomework.${dotted.slice("newHomework.0.".length)}`;
  if (dotted === "ors" || dotted === "srs") return `${dotted}.${dotted === "ors" ? "individual" : "relationship"}`;
  const renamed: Record<string, string> = {
    privateNotes: "notes",
    priorityIssue: "issue",
    "priorityIssue.category": "issue",
    "priorityIssue.text": "issueText",
  };
  return renamed[dotted] ?? dotted;
}

/**
 * A session's entry form, whatever it is for: recording a new session, or correcting one. It checks what it can,
 * sends the session through `onSubmit` (which rejects with the server's error, so each refusal lands beside its
 * field) and keeps a draft under `draftKey` until the save succeeds.
 */
export function SessionForm({
  title,
  defaultValues,
  onSubmit,
  submitLabel,
  extraFields,
  draftKey,
  openHomework = [],
  confirmBefore,
  testId,
  offerNewHomework = true,
  checkIn = null,
}: {
  title: string;
  defaultValues: SessionFormValues;
  /** Resolves with a message to show ("Session 4 saved."), or rejects with the server's error. */
  onSubmit: (input: SessionFields) => Promise<string | void>;
  submitLabel: string;
  extraFields?: ReactNode;
  draftKey: string | null;
  openHomework?: HomeworkItem[];
  /** A question to ask before saving these values (a second session that day), or null to save at once. */
  confirmBefore?: (values: SessionFormValues) => string | null;
  testId?: string;
  /** Whether the form sets new homework; a correction changes the session itself, not the homework list. */
  offerNewHomework?: boolean;
  /** A check-in the client sent before this session, offered as its ratings; only a new session has one. */
  checkIn?: PendingCheckIn | null;
}) {
  const titleId = useId();
  const formId = useId();
  const labels = useMemo(() => labelsFor(openHomework), [openHomework]);
  // The reviews checked and sent are those of the homework shown: a draft may hold one of an item reviewed since.
  const shown = useMemo(() => new Set(openHomework.map((h) => reviewKey(h.id))), [openHomework]);
  const context = useMemo(() => ({ shown, adoptable: checkIn?.id ?? null }), [shown, checkIn]);
  const { form, draft } = useDraftForm({
    key: draftKey,
    defaults: defaultValues,
    resolver: resolverOf(checkSession),
    context,
  });
  const { register, control, setError, setValue, formState } = form;
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [question, setQuestion] = useState<{ text: string; values: SessionFormValues } | null>(null);
  const errors = flatErrors(formState.errors);
  const [attendance, askPhq9, askGad7, adoptCheckInId] = useWatch({
    control,
    name: ["attendance", "askPhq9", "askGad7", "adoptCheckInId"],
  });
  const attended = attendance === "ATTENDED";
  const adopted = attended && Boolean(checkIn) && adoptCheckInId === checkIn?.id;
  // The choice is a value of the form, so the draft keeps it like any other.
  const adopt = (id: string) => setValue("adoptCheckInId", id, { shouldDirty: true });

  const send = async (values: SessionFormValues) => {
    setQuestion(null);
    const { input, reviewsSent } = toSession(values, context);
    try {
      const message = await onSubmit(input);
      draft.done();
      setSaved(message || "Saved.");
    } catch (error) {
      setGeneral(showServerProblems(error, setError, (field) => pathOf(field, reviewsSent), labels));
      focusFirstProblem(formId);
    }
  };

  const submit = form.handleSubmit(
    async (values) => {
      setGeneral(null);
      setSaved(null);
      const ask = confirmBefore?.(values) ?? null;
      if (ask) setQuestion({ text: ask, values });
      else await send(values);
    },
    () => {
      setSaved(null);
      setGeneral(null);
      focusFirstProblem(formId);
    },
  );

  const numberProps = (max: number, step: string) => ({
    type: "number",
    inputMode: "decimal" as const,
    min: 0,
    max,
    step,
  });

  return (
    <form
      id={formId}
      className="panel entry"
      onSubmit={(event) => void submit(event)}
      onInput={() => {
        draft.onInput();
        // A question asked about other values no longer applies.
        setQuestion(null);
      }}
      noValidate
      aria-labelledby={titleId}
      data-testid={testId}
    >
      <h3 id={titleId}>{title}</h3>
      <DraftNote restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      {checkIn && (
        <CheckInOffer
          checkIn={checkIn}
          adopted={adopted}
          attended={attended}
          onUse={() => adopt(checkIn.id)}
          errors={errors}
        />
      )}
      {extraFields}
      <div className="grid">
        <Field label="Date and time" field="occurredAt" errors={errors}>
          {(props) => <input {...props} {...register("occurredAt")} type="datetime-local" required />}
        </Field>
        <Field label="Attendance" field="attendance" errors={errors}>
          {(props) => (
            <select {...props} {...register("attendance")}>
              <option value="ATTENDED">Attended</option>
              <option value="CANCELLED">Cancelled</option>
              <option value="NO_SHOW">No-show</option>
            </select>
          )}
        </Field>
        {attended && !adopted && (
          <Field label='"How was your week?" (0–10)' field="weekRating" errors={errors}>
            {(props) => <input {...props} {...register("weekRating")} {...numberProps(10, "1")} />}
          </Field>
        )}
      </div>
      {attended && adopted && (
        <div className="adopted-ratings" role="group" aria-labelledby={`${titleId}-adopted`} data-testid="adopted">
          <p id={`${titleId}-adopted`}>
            <strong>Ratings from the client's check-in</strong>: the week rating, ORS, PHQ-9 and GAD-7 of this session
            are those the client sent on {dateTimeInWords(checkIn.submittedAt)}.
          </p>
          <button type="button" className="secondary" onClick={() => adopt("")}>
            Enter ratings myself instead
          </button>
        </div>
      )}
      {attended && (
        <>
          {!adopted && (
            <RatingScale legend="Outcome Rating Scale (0–10 each)" prefix="ors" items={ORS_ITEMS} errors={errors}>
              {(path, props) => <input {...props} {...register(path as never)} {...numberProps(10, "0.1")} />}
            </RatingScale>
          )}
          <RatingScale legend="Session Rating Scale (0–10 each)" prefix="srs" items={SRS_ITEMS} errors={errors}>
            {(path, props) => <input {...props} {...register(path as never)} {...numberProps(10, "0.1")} />}
          </RatingScale>
        </>
      )}
      {attended && !adopted && (
        <>
          <Questionnaire
            name="PHQ-9"
            field="phq9"
            count={PHQ9_ITEMS}
            asked={askPhq9}
            register={register}
            errors={errors}
            note={{ 8: " (thoughts of self-harm)" }}
          />
          <Questionnaire
            name="GAD-7"
            field="gad7"
            count={GAD7_ITEMS}
            asked={askGad7}
            register={register}
            errors={errors}
            note={{}}
          />
        </>
      )}
      <div className="grid">
        <Field label="Priority issue" field="issue" errors={errors}>
          {(props) => (
            <select {...props} {...register("issue")}>
              <option value="">—</option>
              {ISSUE_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Priority issue, in a few words" field="issueText" errors={errors}>
          {(props) => <input {...props} {...register("issueText")} />}
        </Field>
      </div>
      <fieldset>
        <legend>Techniques used</legend>
        <div className="checks">
          {TECHNIQUE_OPTIONS.map((o) => (
            <label key={o.value} className="checkbox">
              <input type="checkbox" value={o.value} {...register("techniques")} />
              {o.label}
            </label>
          ))}
        </div>
      </fieldset>
      {openHomework.length > 0 && (
        <fieldset>
          <legend>Review of homework that was due</legend>
          {openHomework.map((homework) => {
            const at = `reviews.${reviewKey(homework.id)}`;
            return (
              <div key={homework.id} className="grid">
                <Field
                  label={`${homework.description} (due ${shortDate(homework.dueDate)})`}
                  field={`${at}.status`}
                  errors={errors}
                >
                  {(props) => (
                    <select {...props} {...register(`${at}.status` as never)}>
                      <option value="">Not reviewed</option>
                      {HOMEWORK_STATUS_OPTIONS.filter((o) => o.value !== "ASSIGNED").map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field label="How helpful (0–10)" field={`${at}.helpfulness`} errors={errors}>
                  {(props) => (
                    <input {...props} {...register(`${at}.helpfulness` as never)} {...numberProps(10, "1")} />
                  )}
                </Field>
              </div>
            );
          })}
        </fieldset>
      )}
      {offerNewHomework && (
        <fieldset>
          <legend>New homework</legend>
          <div className="grid">
            <Field label="Type" field="newHomework.type" errors={errors}>
              {(props) => (
                <select {...props} {...register("newHomework.type")}>
                  {HOMEWORK_TYPE_OPTIONS.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Homework" field="newHomework.description" errors={errors}>
              {(props) => <input {...props} {...register("newHomework.description")} />}
            </Field>
            <Field label="Due" field="newHomework.dueDate" errors={errors}>
              {(props) => <input {...props} {...register("newHomework.dueDate")} type="date" />}
            </Field>
          </div>
        </fieldset>
      )}
      <div className="grid">
        <label className="checkbox">
          <input type="checkbox" {...register("crisis")} /> A crisis was addressed
        </label>
        <Field label="Private notes (therapist only)" field="notes" errors={errors}>
          {(props) => <textarea {...props} {...register("notes")} rows={2} />}
        </Field>
      </div>
      <FormEnd
        title="The session was not saved."
        general={general}
        errors={errors}
        busy={formState.isSubmitting}
        action={submitLabel}
      >
        {question && (
          <div className="confirm-note" role="alertdialog" aria-labelledby={`${titleId}-confirm`}>
            <p id={`${titleId}-confirm`}>{question.text}</p>
            <button type="button" autoFocus onClick={() => void send(question.values)}>
              Save a second session
            </button>
            <button type="button" className="secondary" onClick={() => setQuestion(null)}>
              Cancel
            </button>
          </div>
        )}
        {saved && (
          <p role="status" className="saved">
            {saved}
          </p>
        )}
      </FormEnd>
    </form>
  );
}

/** A new session for a client, on their page; a second one on the same day is asked about first. */
export function RecordSessionForm({
  clientId,
  openHomework,
  sessionDates = [],
  onSaved,
  checkIn: maskedCheckIn = null,
}: {
  clientId: string;
  openHomework: HomeworkItem[];
  /** The client's latest check-in not yet used in a session (Client.pendingCheckIn). */
  checkIn?: FragmentType<typeof PENDING_CHECK_IN> | null;
  /** The days the client already has a session on (YYYY-MM-DD). */
  sessionDates?: string[];
  onSaved: () => void;
}) {
  const viewerId = useViewerId();
  const checkIn = getFragmentData(PENDING_CHECK_IN, maskedCheckIn);
  const [defaults] = useState(emptySessionValues);
  const [record] = useMutation(RECORD_SESSION, { refetchQueries: REFRESH_AFTER_WRITE, awaitRefetchQueries: true });
  return (
    <SessionForm
      title="Record a session"
      testId="record-session-form"
      submitLabel="Save session"
      defaultValues={defaults}
      draftKey={viewerId ? keyOfDraft(viewerId, clientId, "session") : null}
      openHomework={openHomework}
      checkIn={checkIn}
      confirmBefore={(values) =>
        sessionDates.includes(dayOf(values.occurredAt))
          ? `There is already a session on ${shortDate(dayOf(values.occurredAt))}. Record a second session on that day?`
          : null
      }
      onSubmit={async (input) => {
        const { data } = await record({ variables: { input: { clientId, ...input } } });
        onSaved();
        return `Session ${data?.recordSession.number ?? ""} saved.`;
      }}
    />
  );
}

function RatingScale({
  legend,
  prefix,
  items,
  errors,
  children,
}: {
  legend: string;
  prefix: "ors" | "srs";
  items: readonly (readonly [string, string])[];
  errors: Record<string, string>;
  children: (path: string, props: FieldProps) => ReactNode;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="grid">
        {items.map(([key, text]) => (
          <Field key={key} label={`${prefix.toUpperCase()} ${text}`} field={`${prefix}.${key}`} errors={errors}>
            {(props) => children(`${prefix}.${key}`, props)}
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
  count,
  asked,
  register,
  errors,
  note,
}: {
  name: string;
  field: "phq9" | "gad7";
  count: number;
  asked: boolean;
  register: UseFormRegister<SessionFormValues>;
  errors: Record<string, string>;
  note: Record<number, string>;
}) {
  return (
    <fieldset>
      <legend>
        <label className="checkbox">
          <input type="checkbox" {...register(field === "phq9" ? "askPhq9" : "askGad7")} /> {name} given this session
        </label>
      </legend>
      {asked && (
        <div className="grid">
          {Array.from({ length: count }, (_, i) => (
            <Field key={i} label={`${name} item ${i + 1}${note[i] ?? ""}`} field={`${field}.${i}`} errors={errors}>
              {(props) => (
                <select {...props} {...register(`${field}.${i}`)}>
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

const ORS_SHORT: Record<OrsKey, string> = {
  individual: "individually",
  interpersonal: "interpersonally",
  social: "socially",
  overall: "overall",
};

/**
 * The check-in the client sent before the session, at the top of the form: what they reported, and the choice to
 * use it as this session's ratings rather than ask again. A refusal of that choice is said here.
 */
function CheckInOffer({
  checkIn,
  adopted,
  attended,
  onUse,
  errors,
}: {
  checkIn: PendingCheckIn;
  adopted: boolean;
  attended: boolean;
  onUse: () => void;
  errors: Record<string, string>;
}) {
  const titleId = useId();
  const item9 = checkIn.phq9Items?.[8];
  return (
    <section className="check-in-offer" aria-labelledby={titleId} data-testid="check-in-offer">
      <h4 id={titleId}>Check-in from the client</h4>
      <p>Sent {dateTimeInWords(checkIn.submittedAt)}.</p>
      <dl className="check-in-values">
        {checkIn.orsTotal != null && (
          <>
            <dt>ORS total</dt>
            <dd>
              {checkIn.orsTotal}
              {checkIn.ors && ` (${ORS_ITEMS.map(([key]) => `${ORS_SHORT[key]} ${checkIn.ors![key]}`).join(", ")})`}
            </dd>
          </>
        )}
        {checkIn.weekRating != null && (
          <>
            <dt>"How was your week?"</dt>
            <dd>
              {checkIn.weekRating} of 10
              {checkIn.weekWords && <> — in the client's words: "{checkIn.weekWords}"</>}
            </dd>
          </>
        )}
        {checkIn.phq9Total != null && (
          <>
            <dt>PHQ-9 total</dt>
            <dd>
              {checkIn.phq9Total}
              {item9 != null && `; item 9 (thoughts of self-harm): ${item9}`}
            </dd>
          </>
        )}
        {checkIn.gad7Total != null && (
          <>
            <dt>GAD-7 total</dt>
            <dd>{checkIn.gad7Total}</dd>
          </>
        )}
        {checkIn.notSafeNow && (
          <>
            <dt>Safety</dt>
            <dd>The client answered "I am not safe right now"</dd>
          </>
        )}
      </dl>
      {!attended ? (
        <p className="muted">Its ratings can be used for an attended session only.</p>
      ) : adopted ? (
        <p role="status">This session uses these ratings.</p>
      ) : (
        <button type="button" onClick={onUse}>
          Use these ratings for this session
        </button>
      )}
      <FieldError errors={errors} field="adoptCheckInId" />
    </section>
  );
}
