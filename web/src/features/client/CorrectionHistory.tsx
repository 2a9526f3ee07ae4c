import { CombinedGraphQLErrors } from "@apollo/client";
import { dateTimeInWords } from "../../components/CopyText";
import { Field } from "../../components/Field";
import { label } from "../../components/options";
import { getFragmentData, graphql, type FragmentType } from "../../graphql";

/** What a correction changed; the session history and the episode reader show it alike. */
export const CorrectionHistory_Fragment = graphql(`
  fragment CorrectionHistory_correction on RecordCorrection {
    correctedAt
    correctedBy
    reason
    changes {
      field
      before
      after
    }
  }
`);

const ORS_ITEMS: Record<string, string> = {
  individual: "individually",
  interpersonal: "interpersonally",
  social: "socially",
  overall: "overall",
};
const SRS_ITEMS: Record<string, string> = {
  relationship: "relationship",
  goalsAndTopics: "goals and topics",
  approachOrMethod: "approach or method",
  overall: "overall",
};

/** What each value of a session or an episode is called on the page; the API names them by stable keys. */
const FIELD_LABELS: Record<string, string> = {
  occurredAt: "Date and time",
  attendance: "Attendance",
  kind: "Kind of session",
  weekRating: "Week rating (0–10)",
  "ors.total": "ORS total",
  "srs.total": "SRS total",
  "phq9.total": "PHQ-9 total",
  "gad7.total": "GAD-7 total",
  "priorityIssue.category": "Priority issue",
  "priorityIssue.text": "Priority issue in words",
  techniquesUsed: "Techniques used",
  crisis: "Crisis addressed",
  privateNotes: "Private notes",
  symptom: "Symptom",
  peakIntensity: "Peak intensity (0–10)",
  durationMinutes: "Duration in minutes",
  episodeType: "Type of episode",
  triggerCategory: "Trigger",
  situation: "Situation",
  thoughtsBefore: "Thoughts before",
  feelingsBefore: "Feelings before",
  thoughtsDuring: "Thoughts during",
  feelingsDuring: "Feelings during",
  thoughtsAfter: "Thoughts after",
  feelingsAfter: "Feelings after",
  whatIDid: "What the client did",
  wishIHadDone: "What the client wishes they had done",
  copingTechnique: "Coping technique",
};

export function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const [block, item] = field.split(".") as [string, string | undefined];
  if (block === "ors" && item && ORS_ITEMS[item]) return `ORS: ${ORS_ITEMS[item]}`;
  if (block === "srs" && item && SRS_ITEMS[item]) return `SRS: ${SRS_ITEMS[item]}`;
  const number = item?.match(/^item(\d+)$/)?.[1];
  if (block === "phq9" && number) return `PHQ-9 question ${number}`;
  if (block === "gad7" && number) return `GAD-7 question ${number}`;
  return "Another detail";
}

/** A value as a reader says it: dates in words, choices by their names, yes or no. */
export function valueInWords(field: string, value: string | null): string {
  if (value == null || value === "") return "(empty)";
  if (field === "occurredAt") return dateTimeInWords(value);
  if (field === "crisis") return value === "true" ? "Yes" : "No";
  if (field === "techniquesUsed") return value.split(",").map(label).join(", ");
  if (/^[A-Z][A-Z0-9_]*$/.test(value)) return label(value);
  return value;
}

/** The corrections of one record, oldest first: when, who, why, and each value's before and after. */
export function CorrectionHistory({
  corrections: masked,
}: {
  corrections: readonly FragmentType<typeof CorrectionHistory_Fragment>[];
}) {
  const corrections = getFragmentData(CorrectionHistory_Fragment, masked);
  return (
    <details className="corrections">
      <summary>
        Corrected {corrections.length === 1 ? "once" : `${corrections.length} times`}: show what changed
      </summary>
      <ol>
        {corrections.map((correction, index) => (
          <li key={index}>
            <p>
              <strong>{dateTimeInWords(correction.correctedAt)}</strong>, by {correction.correctedBy}. Reason:{" "}
              <q>{correction.reason}</q>
            </p>
            <ul className="changes">
              {correction.changes.map((change) => (
                <li key={change.field}>
                  {fieldLabel(change.field)}: <del>{valueInWords(change.field, change.before)}</del>
                  <span aria-hidden="true"> → </span>
                  <span className="visually-hidden"> became </span>
                  <ins>{valueInWords(change.field, change.after)}</ins>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </details>
  );
}

/** The server's reason for refusing the correction's reason, if that is what it refused. */
export function reasonProblem(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  return error.errors.find((e) => e.extensions?.field === "reason")?.message ?? null;
}

/** Why the record is corrected: required, kept with the correction and shown in its history. */
export function ReasonField({
  value,
  onChange,
  problem,
}: {
  value: string;
  onChange: (value: string) => void;
  problem: string | null;
}) {
  return (
    <Field label="Reason for the correction" field="reason" errors={problem ? { reason: problem } : {}}>
      {(props) => (
        <textarea
          {...props}
          required
          aria-required="true"
          rows={2}
          maxLength={500}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

/** `2026-11-10T15:00:00.000Z` → the `datetime-local` value of that instant in the browser's timezone. */
export function instantForInput(iso: string): string {
  const at = new Date(iso);
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}
