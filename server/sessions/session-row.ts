import { bucketKeys } from "../common/time.ts";
import { badInput } from "../common/errors.ts";
import { LIST_LIMITS } from "../common/input-limits.ts";
import { assertNotBeforeIntake, assertNotInFuture, boundedList, optionalText } from "../common/validation.ts";
import { MeasureInputError } from "../measures/errors.ts";
import { roundToOneDecimal, scoreGad7, scoreOrs, scorePhq9, scoreSrs, validateWeekRating } from "../measures/index.ts";
import type { ClinicalRules } from "../measures/rules.ts";
import type { Technique } from "../common/technique.ts";
import { Attendance, type IssueCategory, type SessionKind } from "./session.enums.ts";
import type { TherapySession } from "./session.entity.ts";
import type { OrsInput, SrsInput } from "./session.inputs.ts";

export interface SessionDraft {
  occurredAt: Date;
  attendance: Attendance;
  kind: SessionKind;
  weekRating?: number | null;
  ors?: OrsInput | null;
  srs?: SrsInput | null;
  phq9?: number[] | null;
  gad7?: number[] | null;
  priorityIssue?: { category: IssueCategory; text?: string | null } | null;
  techniquesUsed: Technique[];
  crisis: boolean;
  privateNotes?: string | null;
}

export const PRIORITY_ISSUE_TEXT_MAX = 500;
export const PRIVATE_NOTES_MAX = 10_000;

/** The three source columns have defaults (ratings recorded in the session); adopting a check-in sets them. */
type SourceColumns = "ratingsSource" | "srsSourceColumn" | "checkInId";

export type SessionRow = Omit<
  TherapySession,
  "id" | "number" | "client" | "therapist" | "ors" | "srs" | "srsSource" | "phq9Items" | "gad7Items" | SourceColumns
> &
  Partial<Pick<TherapySession, SourceColumns>>;

/** Measure validation errors carry their field; inside a session they sit under the block's name. */
export function scored<T>(score: () => T): T {
  try {
    return score();
  } catch (error) {
    if (error instanceof MeasureInputError) throw badInput(error.field, error.message);
    throw error;
  }
}

const item = (value: number | undefined) => (value == null ? null : roundToOneDecimal(value));

function items<K extends string>(prefix: string, values: number[] | null | undefined, count: number) {
  const row: Record<string, number | null> = {};
  for (let i = 0; i < count; i++) row[`${prefix}Q${i + 1}` as K] = values ? values[i]! : null;
  return row;
}

/**
 * Validates a session and computes what is stored with it: totals, bucket keys in the clinic's timezone.
 * Shared by the recordSession mutation, the CSV and FHIR imports and the demo generator, so all of them store the
 * same things the same way. A session is recorded once it has taken place (or been cancelled or missed), so it
 * lies between the client's intake (`intakeDate`, when the caller knows it) and `createdAt`, the time of writing.
 */
export function buildSessionRow(
  draft: SessionDraft,
  ids: { clientId: number; therapistId: number },
  timeZone: string,
  rules: ClinicalRules,
  createdAt: Date,
  intakeDate?: string,
): SessionRow {
  assertNotInFuture(draft.occurredAt, createdAt, "occurredAt");
  const keys = bucketKeys(draft.occurredAt, timeZone);
  assertNotBeforeIntake(keys.localDate, intakeDate, "occurredAt");
  const rated = draft.attendance === Attendance.ATTENDED;
  for (const block of ["weekRating", "ors", "srs", "phq9", "gad7"] as const) {
    if (!rated && draft[block] != null) {
      throw badInput(block, `${block} can only be recorded for an attended session.`);
    }
  }
  if (draft.weekRating != null) scored(() => validateWeekRating(draft.weekRating!, rules));
  const ors = draft.ors ? scored(() => scoreOrs(draft.ors!, rules)) : null;
  const srs = draft.srs ? scored(() => scoreSrs(draft.srs!, rules)) : null;
  const phq9 = draft.phq9 ? scored(() => scorePhq9(draft.phq9!, rules)) : null;
  const gad7 = draft.gad7 ? scored(() => scoreGad7(draft.gad7!, rules)) : null;
  return {
    clientId: ids.clientId,
    therapistId: ids.therapistId,
    occurredAt: draft.occurredAt,
    ...keys,
    attendance: draft.attendance,
    kind: draft.kind,
    weekRating: draft.weekRating ?? null,
    // Items are stored as the one-decimal marks they are (0.30000000000000004 is 0.3).
    orsIndividual: item(draft.ors?.individual),
    orsInterpersonal: item(draft.ors?.interpersonal),
    orsSocial: item(draft.ors?.social),
    orsOverall: item(draft.ors?.overall),
    orsTotal: ors?.total ?? null,
    srsRelationship: item(draft.srs?.relationship),
    srsGoalsAndTopics: item(draft.srs?.goalsAndTopics),
    srsApproachOrMethod: item(draft.srs?.approachOrMethod),
    srsOverall: item(draft.srs?.overall),
    srsTotal: srs?.total ?? null,
    ...(items("phq9", draft.phq9, 9) as Pick<SessionRow, `phq9Q${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`>),
    phq9Total: phq9?.total ?? null,
    ...(items("gad7", draft.gad7, 7) as Pick<SessionRow, `gad7Q${1 | 2 | 3 | 4 | 5 | 6 | 7}`>),
    gad7Total: gad7?.total ?? null,
    priorityIssueCategory: draft.priorityIssue?.category ?? null,
    priorityIssueText: optionalText(draft.priorityIssue?.text, "priorityIssue.text", PRIORITY_ISSUE_TEXT_MAX),
    techniquesUsed: [...new Set(boundedList(draft.techniquesUsed, "techniquesUsed", LIST_LIMITS.techniques))],
    crisis: draft.crisis,
    privateNotes: optionalText(draft.privateNotes, "privateNotes", PRIVATE_NOTES_MAX),
    createdAt,
  };
}
