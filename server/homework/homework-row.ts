import { badInput } from "../common/errors.ts";
import { addDays, keysOfLocalDate } from "../common/time.ts";
import { assertNotBeforeIntake, integerInRange, localDate, requiredText, validInstant } from "../common/validation.ts";
import type { Homework } from "./homework.entity.ts";
import { AssignedBy, HomeworkStatus, type HomeworkType } from "./homework.enums.ts";

export interface HomeworkDraft {
  type: HomeworkType;
  description: string;
  dueDate: string;
  assignedBy: AssignedBy;
  assignedAt: Date;
  assignedInSessionId?: number | null;
  status?: HomeworkStatus;
  helpfulness?: number | null;
  reviewedInSessionId?: number | null;
}

export type HomeworkRow = Omit<Homework, "id" | "client" | "assignedInSession" | "reviewedInSession">;

/** How far ahead homework may be set; further is almost certainly a typing error. */
const MAX_DAYS_AHEAD = 366;
export const HOMEWORK_DESCRIPTION_MAX = 1000;

/** "How helpful was it?" is asked on the same 0–10 scale as the week rating. */
export const HELPFULNESS_MIN = 0;
export const HELPFULNESS_MAX = 10;

export function validateHelpfulness(value: number | null | undefined, field: string): number | null {
  if (value == null) return null;
  return integerInRange(value, field, HELPFULNESS_MIN, HELPFULNESS_MAX);
}

/**
 * Validates homework and computes its bucket keys: it is bucketed by the week it was due. Shared by the services,
 * the CSV import and the demo generator. Homework may be due in the future, up to a year ahead of `today` (the
 * clinic's), but not before the client's intake (`options.intakeDate`, when the caller knows it);
 * `options.fieldPrefix` places its fields inside a larger input (`newHomework[0].`).
 */
export function buildHomeworkRow(
  draft: HomeworkDraft,
  clientId: number,
  today: string,
  options: { fieldPrefix?: string; intakeDate?: string } = {},
): HomeworkRow {
  const fieldPrefix = options.fieldPrefix ?? "";
  const dueDate = localDate(draft.dueDate, `${fieldPrefix}dueDate`);
  if (dueDate > addDays(today, MAX_DAYS_AHEAD)) {
    throw badInput(`${fieldPrefix}dueDate`, `${fieldPrefix}dueDate is more than a year ahead.`);
  }
  assertNotBeforeIntake(dueDate, options.intakeDate, `${fieldPrefix}dueDate`);
  validInstant(draft.assignedAt, `${fieldPrefix}assignedAt`);
  const keys = keysOfLocalDate(dueDate);
  return {
    clientId,
    assignedInSessionId: draft.assignedInSessionId ?? null,
    assignedAt: draft.assignedAt,
    dueDate,
    dueWeekStart: keys.weekStart,
    dueMonthStart: keys.monthStart,
    type: draft.type,
    description: requiredText(draft.description, `${fieldPrefix}description`, HOMEWORK_DESCRIPTION_MAX),
    assignedBy: draft.assignedBy,
    status: draft.status ?? HomeworkStatus.ASSIGNED,
    reviewedInSessionId: draft.reviewedInSessionId ?? null,
    helpfulness: validateHelpfulness(draft.helpfulness, `${fieldPrefix}helpfulness`),
    updatedAt: draft.assignedAt,
  };
}
