import { AuditAction } from "../../audit/audit-event.entity.ts";
import { todayIn } from "../../clinics/clinic-time.ts";
import { assertNotInFuture } from "../../common/validation.ts";
import { buildHomeworkRow, type HomeworkRow } from "../../homework/homework-row.ts";
import { Homework } from "../../homework/homework.entity.ts";
import { AssignedBy, type HomeworkStatus, type HomeworkType } from "../../homework/homework.enums.ts";
import { clientOf, type BuildContext, type ImportKind } from "./import-kind.ts";
import { HOMEWORK_LAYOUT } from "./layouts.ts";
import type { CellValues } from "./read-row.ts";
import type { ClientRef } from "./references.ts";

/** Sessions are named by their instant, which survives export and import where ids do not. */
function sessionId(
  values: CellValues,
  name: string,
  field: string,
  client: ClientRef | null,
  context: BuildContext,
): number | null {
  const at = values[name] as Date | null;
  if (at == null || !client) return null;
  const id = context.references.sessionAt(client.id, at);
  if (id == null)
    context.problem(field, `Client ${client.id} has no session at ${at.toISOString()} (import sessions first).`);
  return id;
}

export const HOMEWORK_IMPORT: ImportKind<HomeworkRow> = {
  layout: HOMEWORK_LAYOUT,
  entity: Homework,
  auditAction: AuditAction.ASSIGN_HOMEWORK,

  references: (values) => ({
    clientId: values.client_id as number | null,
    sessionsOf: values.assigned_in_session_at != null || values.reviewed_in_session_at != null,
  }),

  build(values, context) {
    const client = clientOf(values, context);
    const assignedAt = values.assigned_at as Date | null;
    if (assignedAt) assertNotInFuture(assignedAt, context.now, "assignedAt");
    const assignedInSessionId = sessionId(values, "assigned_in_session_at", "assignedInSessionId", client, context);
    const reviewedInSessionId = sessionId(values, "reviewed_in_session_at", "reviewedInSessionId", client, context);
    if (!client || !assignedAt || values.type == null || values.due_date == null || values.description == null)
      return null;
    return buildHomeworkRow(
      {
        type: values.type as HomeworkType,
        description: values.description as string,
        dueDate: values.due_date as string,
        assignedBy: (values.assigned_by as AssignedBy | null) ?? AssignedBy.THERAPIST,
        assignedAt,
        assignedInSessionId,
        status: (values.status as HomeworkStatus | null) ?? undefined,
        helpfulness: values.helpfulness as number | null,
        reviewedInSessionId,
      },
      client.id,
      todayIn(client.timeZone, context.now),
      { intakeDate: client.intakeDate },
    );
  },
};
