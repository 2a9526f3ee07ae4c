import { badInput } from "../common/errors.ts";
import type { Technique } from "../common/technique.ts";
import { bucketKeys } from "../common/time.ts";
import { requiredText, textList } from "../common/validation.ts";
import type { PlanRevision } from "./plan-revision.entity.ts";

export interface PlanDraft {
  effectiveFrom: Date;
  goals: string[];
  targets: string[];
  plannedTechniques: Technique[];
  rationale: string;
}

export type PlanRevisionRow = Omit<PlanRevision, "id" | "plan" | "client" | "author" | "comparison">;

const MAX_LIST = 20;
const ITEM_MAX = 300;
const RATIONALE_MAX = 4000;

export function buildPlanRevisionRow(
  draft: PlanDraft,
  ids: { planId: number; clientId: number; authorId: number; version: number },
  timeZone: string,
  createdAt: Date,
): PlanRevisionRow {
  const goals = textList(draft.goals, "goals", MAX_LIST, ITEM_MAX);
  if (goals.length === 0) throw badInput("goals", "A plan needs at least one goal.");
  const keys = bucketKeys(draft.effectiveFrom, timeZone);
  return {
    ...ids,
    effectiveFrom: draft.effectiveFrom,
    localDate: keys.localDate,
    weekStart: keys.weekStart,
    goals,
    targets: textList(draft.targets, "targets", MAX_LIST, ITEM_MAX),
    plannedTechniques: [...new Set(draft.plannedTechniques)],
    rationale: requiredText(draft.rationale, "rationale", RATIONALE_MAX),
    createdAt,
  };
}
