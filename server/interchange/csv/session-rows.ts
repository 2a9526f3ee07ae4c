import { AuditAction } from "../../audit/audit-event.entity.ts";
import type { Technique } from "../../common/technique.ts";
import { assertNotInFuture } from "../../common/validation.ts";
import { buildSessionRow, type SessionRow } from "../../sessions/session-row.ts";
import { refreshSessionDerivedData } from "../../sessions/session.service.ts";
import { TherapySession } from "../../sessions/session.entity.ts";
import { SessionKind, type Attendance, type IssueCategory } from "../../sessions/session.enums.ts";
import type { OrsInput, SrsInput } from "../../sessions/session.inputs.ts";
import { clientOf, type BuildContext, type ImportKind } from "./import-kind.ts";
import { SESSIONS_LAYOUT, type CsvColumn } from "./layouts.ts";
import type { CellValues } from "./read-row.ts";

/**
 * A rating block (ORS, SRS, PHQ-9, GAD-7) is all its items or none, as in the recordSession input; a half-filled
 * block reports each empty item.
 */
function block(prefix: string, values: CellValues, context: BuildContext): CsvColumn[] | null {
  const columns = SESSIONS_LAYOUT.columns.filter((column) => column.name.startsWith(`${prefix}_`));
  const given = columns.filter((column) => values[column.name] != null || context.unreadable.has(column.name));
  if (given.length === 0) return null;
  // An unreadable item has been reported; the block cannot be scored without it.
  if (given.some((column) => context.unreadable.has(column.name))) return null;
  if (given.length < columns.length) {
    for (const column of columns) {
      if (values[column.name] == null) {
        context.problem(
          column.field,
          `${prefix.toUpperCase()} is all ${columns.length} items or none; ${column.name} is empty.`,
        );
      }
    }
    return null;
  }
  return columns;
}

function marks<T>(prefix: "ors" | "srs", values: CellValues, context: BuildContext): T | null {
  const columns = block(prefix, values, context);
  if (!columns) return null;
  return Object.fromEntries(columns.map((column) => [column.field.slice(prefix.length + 1), values[column.name]])) as T;
}

function items(prefix: "phq9" | "gad7", values: CellValues, context: BuildContext): number[] | null {
  return block(prefix, values, context)?.map((column) => values[column.name] as number) ?? null;
}

export const SESSIONS_IMPORT: ImportKind<SessionRow & { clientId: number }> = {
  layout: SESSIONS_LAYOUT,
  entity: TherapySession,
  auditAction: AuditAction.RECORD_SESSION,

  references: (values) => ({
    clientId: values.client_id as number | null,
    therapistId: values.therapist_id as number | null,
  }),

  build(values, context) {
    const client = clientOf(values, context);
    const occurredAt = values.occurred_at as Date | null;
    if (occurredAt) assertNotInFuture(occurredAt, context.now, "occurredAt");
    let therapistId = client?.therapistId ?? null;
    if (values.therapist_id != null) {
      const therapist = context.references.therapist(values.therapist_id as number);
      if (!therapist) context.problem("therapistId", `No therapist with id ${values.therapist_id as number}.`);
      else if (client && therapist.clinicId !== client.clinicId)
        context.problem("therapistId", "The therapist works at another clinic than the client's.");
      else therapistId = therapist.id;
    }
    const ors = marks<OrsInput>("ors", values, context);
    const srs = marks<SrsInput>("srs", values, context);
    const phq9 = items("phq9", values, context);
    const gad7 = items("gad7", values, context);
    const category = values.priority_issue_category as IssueCategory | null;
    const issueText = values.priority_issue_text as string | null;
    if (issueText != null && category == null) {
      context.problem(
        "priorityIssue.category",
        "priority_issue_category is required when priority_issue_text is given.",
      );
    }
    if (!client || !occurredAt || therapistId == null || values.attendance == null) return null;
    return buildSessionRow(
      {
        occurredAt,
        attendance: values.attendance as Attendance,
        kind: (values.kind as SessionKind | null) ?? SessionKind.FOLLOW_UP,
        weekRating: values.week_rating as number | null,
        ors,
        srs,
        phq9,
        gad7,
        priorityIssue: category ? { category, text: issueText } : null,
        techniquesUsed: (values.techniques_used as Technique[] | null) ?? [],
        crisis: (values.crisis as boolean | null) ?? false,
        privateNotes: values.private_notes as string | null,
      },
      { clientId: client.id, therapistId },
      client.timeZone,
      context.rules,
      context.now,
      client.intakeDate,
    );
  },

  /** Session numbers and the baseline ORS, kept by the session service, are kept here the same way. */
  async afterWrite(manager, clientIds) {
    for (const clientId of clientIds) await refreshSessionDerivedData(manager, clientId);
  },
};
