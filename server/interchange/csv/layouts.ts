import { Technique } from "../../common/technique.ts";
import { DURATION_MAX_MINUTES, INTENSITY_MAX, INTENSITY_MIN } from "../../episodes/episode-row.ts";
import { EpisodeType, LoggedBy, Symptom, TriggerCategory } from "../../episodes/episode.enums.ts";
import { HELPFULNESS_MAX, HELPFULNESS_MIN, HOMEWORK_DESCRIPTION_MAX } from "../../homework/homework-row.ts";
import { AssignedBy, HomeworkStatus, HomeworkType } from "../../homework/homework.enums.ts";
import { GAD7_ITEM_COUNT, PHQ9_ITEM_COUNT, type ClinicalRules } from "../../measures/index.ts";
import { Attendance, IssueCategory, SessionKind } from "../../sessions/session.enums.ts";
import type { CellType } from "./cells.ts";

/**
 * The column layouts of the CSV files, one declarative list per kind. The importer, the exporter, the templates'
 * test and the tables in docs/csv.md all read these lists, so they cannot drift apart. Ranges come from the
 * clinical rules and the constants the services validate with; the services' own row builders still run on every
 * row afterwards, so a rule this list does not know about is enforced all the same.
 */
export type CsvKind = "sessions" | "homework" | "episodes";
export const CSV_KINDS: readonly CsvKind[] = ["sessions", "homework", "episodes"];

export interface CsvColumn {
  /** Header name. */
  name: string;
  type: CellType;
  required: boolean;
  /** Input path the services name in their errors (`ors.individual`, `phq9[8]`), to map those back to a column. */
  field: string;
  description: string;
  /** Allowed values of an enum or enum-list column. */
  values?: readonly string[];
  /** Inclusive range of a number column, from the clinic's rules. */
  range?: (rules: ClinicalRules) => readonly [number, number];
  maxLength?: number;
  /** What an empty cell means, when it means something other than "not recorded". */
  whenBlank?: string;
}

export interface CsvLayout {
  kind: CsvKind;
  columns: readonly CsvColumn[];
}

const CLIENT_ID: CsvColumn = {
  name: "client_id",
  type: "integer",
  required: true,
  field: "clientId",
  description: "Follow-Up client id (the export writes it). The client must exist.",
};

/** Lengths the services enforce on session text (session-row.ts) and episode text (episode-row.ts). */
const PRIORITY_ISSUE_TEXT_MAX = 500;
const PRIVATE_NOTES_MAX = 10_000;
const EPISODE_TEXT_MAX = 2000;

function itemColumns(prefix: "phq9" | "gad7", count: number, label: string): CsvColumn[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `${prefix}_${i + 1}`,
    type: "integer" as const,
    required: false,
    field: `${prefix}[${i}]`,
    description: `${label} item ${i + 1}. The ${count} items are all given or all left empty.`,
    range: (rules: ClinicalRules) => [0, prefix === "phq9" ? rules.PHQ9_ITEM_MAX : rules.GAD7_ITEM_MAX] as const,
  }));
}

function markColumns(prefix: "ors" | "srs", items: readonly [string, string][], label: string): CsvColumn[] {
  return items.map(([snake, camel]) => ({
    name: `${prefix}_${snake}`,
    type: "decimal" as const,
    required: false,
    field: `${prefix}.${camel}`,
    description: `${label} "${snake.replaceAll("_", " ")}", at most one decimal. The four items are all given or all left empty.`,
    range: (rules: ClinicalRules) =>
      prefix === "ors" ? [rules.ORS_ITEM_MIN, rules.ORS_ITEM_MAX] : [rules.SRS_ITEM_MIN, rules.SRS_ITEM_MAX],
  }));
}

const episodeText = (name: string, field: string, description: string): CsvColumn => ({
  name,
  type: "text",
  required: false,
  field,
  description,
  maxLength: EPISODE_TEXT_MAX,
});

export const SESSIONS_LAYOUT: CsvLayout = {
  kind: "sessions",
  columns: [
    CLIENT_ID,
    {
      name: "therapist_id",
      type: "integer",
      required: false,
      field: "therapistId",
      description: "Follow-Up user id of the therapist who held the session: a therapist of the client's clinic.",
      whenBlank: "the client's therapist",
    },
    {
      name: "occurred_at",
      type: "instant",
      required: true,
      field: "occurredAt",
      description: "When the session took place: ISO 8601 with an offset (Z or ±hh:mm). Not in the future.",
    },
    {
      name: "attendance",
      type: "enum",
      required: true,
      field: "attendance",
      description: "Attendance.",
      values: Object.values(Attendance),
    },
    {
      name: "kind",
      type: "enum",
      required: false,
      field: "kind",
      description: "Kind of session.",
      values: Object.values(SessionKind),
      whenBlank: SessionKind.FOLLOW_UP,
    },
    {
      name: "week_rating",
      type: "integer",
      required: false,
      field: "weekRating",
      description: '"How was your week?" (attended sessions only).',
      range: (rules) => [rules.WEEK_RATING_MIN, rules.WEEK_RATING_MAX],
    },
    ...markColumns(
      "ors",
      [
        ["individual", "individual"],
        ["interpersonal", "interpersonal"],
        ["social", "social"],
        ["overall", "overall"],
      ],
      "ORS",
    ),
    ...markColumns(
      "srs",
      [
        ["relationship", "relationship"],
        ["goals_and_topics", "goalsAndTopics"],
        ["approach_or_method", "approachOrMethod"],
        ["overall", "overall"],
      ],
      "SRS",
    ),
    ...itemColumns("phq9", PHQ9_ITEM_COUNT, "PHQ-9"),
    ...itemColumns("gad7", GAD7_ITEM_COUNT, "GAD-7"),
    {
      name: "priority_issue_category",
      type: "enum",
      required: false,
      field: "priorityIssue.category",
      description: "The session's priority issue (required when priority_issue_text is given).",
      values: Object.values(IssueCategory),
    },
    {
      name: "priority_issue_text",
      type: "text",
      required: false,
      field: "priorityIssue.text",
      description: "The priority issue in a few words.",
      maxLength: PRIORITY_ISSUE_TEXT_MAX,
    },
    {
      name: "techniques_used",
      type: "enumList",
      required: false,
      field: "techniquesUsed",
      description: "Techniques used, separated by semicolons (e.g. GROUNDING;THOUGHT_RECORD).",
      values: Object.values(Technique),
      whenBlank: "none",
    },
    {
      name: "crisis",
      type: "boolean",
      required: false,
      field: "crisis",
      description: "A crisis was addressed (true or false).",
      whenBlank: "false",
    },
    {
      name: "private_notes",
      type: "text",
      required: false,
      field: "privateNotes",
      description: "The therapist's private notes.",
      maxLength: PRIVATE_NOTES_MAX,
    },
  ],
};

export const HOMEWORK_LAYOUT: CsvLayout = {
  kind: "homework",
  columns: [
    CLIENT_ID,
    {
      name: "type",
      type: "enum",
      required: true,
      field: "type",
      description: "Kind of homework.",
      values: Object.values(HomeworkType),
    },
    {
      name: "description",
      type: "text",
      required: true,
      field: "description",
      description: "What to do.",
      maxLength: HOMEWORK_DESCRIPTION_MAX,
    },
    {
      name: "due_date",
      type: "date",
      required: true,
      field: "dueDate",
      description:
        "Local due date in the clinic's timezone, YYYY-MM-DD; at most a year ahead. Homework is counted in the week it is due.",
    },
    {
      name: "assigned_by",
      type: "enum",
      required: false,
      field: "assignedBy",
      description: "Set by the therapist, or by the client for themself.",
      values: Object.values(AssignedBy),
      whenBlank: AssignedBy.THERAPIST,
    },
    {
      name: "assigned_at",
      type: "instant",
      required: true,
      field: "assignedAt",
      description: "When it was set: ISO 8601 with an offset. Not in the future.",
    },
    {
      name: "status",
      type: "enum",
      required: false,
      field: "status",
      description: "Outcome so far.",
      values: Object.values(HomeworkStatus),
      whenBlank: HomeworkStatus.ASSIGNED,
    },
    {
      name: "helpfulness",
      type: "integer",
      required: false,
      field: "helpfulness",
      description: "How helpful it was.",
      range: () => [HELPFULNESS_MIN, HELPFULNESS_MAX],
    },
    {
      name: "assigned_in_session_at",
      type: "instant",
      required: false,
      field: "assignedInSessionId",
      description: "occurred_at of the session of the same client in which it was set (import that session first).",
    },
    {
      name: "reviewed_in_session_at",
      type: "instant",
      required: false,
      field: "reviewedInSessionId",
      description: "occurred_at of the session of the same client in which it was reviewed.",
    },
  ],
};

export const EPISODES_LAYOUT: CsvLayout = {
  kind: "episodes",
  columns: [
    CLIENT_ID,
    {
      name: "occurred_at",
      type: "instant",
      required: true,
      field: "occurredAt",
      description: "When the episode began: ISO 8601 with an offset (Z or ±hh:mm). Not in the future.",
    },
    {
      name: "symptom",
      type: "enum",
      required: true,
      field: "symptom",
      description: "Symptom.",
      values: Object.values(Symptom),
    },
    {
      name: "peak_intensity",
      type: "integer",
      required: true,
      field: "peakIntensity",
      description: "Peak intensity.",
      range: () => [INTENSITY_MIN, INTENSITY_MAX],
    },
    {
      name: "duration_minutes",
      type: "integer",
      required: true,
      field: "durationMinutes",
      description: "Duration in minutes.",
      range: () => [0, DURATION_MAX_MINUTES],
    },
    {
      name: "episode_type",
      type: "enum",
      required: true,
      field: "episodeType",
      description: "Panic-diary type.",
      values: Object.values(EpisodeType),
    },
    {
      name: "trigger_category",
      type: "enum",
      required: false,
      field: "triggerCategory",
      description: "What set it off.",
      values: Object.values(TriggerCategory),
      whenBlank: TriggerCategory.NONE_IDENTIFIED,
    },
    episodeText("situation", "situation", "Where, with whom, what was happening."),
    episodeText("thoughts_before", "thoughtsBefore", "Thoughts before."),
    episodeText("feelings_before", "feelingsBefore", "Feelings before."),
    episodeText("thoughts_during", "thoughtsDuring", "Thoughts during."),
    episodeText("feelings_during", "feelingsDuring", "Feelings during."),
    episodeText("thoughts_after", "thoughtsAfter", "Thoughts after."),
    episodeText("feelings_after", "feelingsAfter", "Feelings after."),
    episodeText("what_i_did", "whatIDid", "What the client did."),
    episodeText("wish_i_had_done", "wishIHadDone", "What the client wishes they had done."),
    {
      name: "coping_technique",
      type: "enum",
      required: false,
      field: "copingTechnique",
      description: "Coping technique used.",
      values: Object.values(Technique),
    },
    {
      name: "logged_by",
      type: "enum",
      required: false,
      field: "loggedBy",
      description:
        "Who wrote it down. CLIENT needs a client with a sign-in (the episode is logged under it); THERAPIST logs it under the client's therapist.",
      values: Object.values(LoggedBy),
      whenBlank: "CLIENT when the client has a sign-in, else THERAPIST",
    },
  ],
};

export const LAYOUTS: Record<CsvKind, CsvLayout> = {
  sessions: SESSIONS_LAYOUT,
  homework: HOMEWORK_LAYOUT,
  episodes: EPISODES_LAYOUT,
};

export function isCsvKind(value: string | undefined): value is CsvKind {
  return (CSV_KINDS as readonly string[]).includes(value ?? "");
}

/** The column an error of the services names: exact field, else the first column of the block (`ors`, `phq9`). */
export function columnOfField(layout: CsvLayout, field: string | undefined): string {
  if (!field) return "";
  const exact = layout.columns.find((column) => column.field === field);
  if (exact) return exact.name;
  const block = layout.columns.find(
    (column) => column.field.startsWith(`${field}.`) || column.field.startsWith(`${field}[`),
  );
  return block?.name ?? "";
}
