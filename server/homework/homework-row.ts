import { badInput } from "../common/errors.ts";
import { keysOfLocalDate } from "../common/time.ts";
import { integerInRange, localDate, requiredText } from "../common/validation.ts";
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

/** Validates homework and computes its bucket keys: it is bucketed by the week it was due. */
export function buildHomeworkRow(
  draft: HomeworkDraft,
  clientId: number,
  today: string,
  fieldPrefix = "",
): HomeworkRow {
  const dueDate = localDate(draft.dueDate, `${fieldPrefix}dueDate`);
  const latest = new Date(`${today}T00:00:00Z`);
  latest.setUTCDate(latest.getUTCDate() + MAX_DAYS_AHEAD);
  if (dueDate > latest.toISOString().slice(0, 10)) {
    throw badInput(`${fieldPrefix}dueDate`, `${fieldPrefix}dueDate is more than a year ahead.`);
  }
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
