import { badInput } from "../common/errors.ts";
import type { Technique } from "../common/technique.ts";
import { bucketKeys } from "../common/time.ts";
import { LIST_LIMITS } from "../common/input-limits.ts";
import { validateTarget } from "../analytics/targets.ts";
import { DEFAULT_RULES, type ClinicalRules } from "../measures/rules.ts";
import { assertNotBeforeIntake, assertNotInFuture, boundedList, requiredText, textList } from "../common/validation.ts";
import type { PlanRevision } from "./plan-revision.entity.ts";

export interface PlanDraft {
  effectiveFrom: Date;
  goals: string[];
  targets: string[];
  plannedTechniques: Technique[];
  rationale: string;
}

export type PlanRevisionRow = Omit<PlanRevision, "id" | "plan" | "client" | "author">;

export const PLAN_ENTRY_MAX = 300;
export const PLAN_RATIONALE_MAX = 4000;

/**
 * Validates a plan revision. Shared by the revisePlan mutation and the demo generator. A revision takes effect
 * when it is written or earlier (a plan agreed in last week's session), never before the client's intake
 * (`intakeDate`, when the caller knows it). A target written as a check must be one a week can both pass and fail
 * (docs/clinical.md, "What works: targets that are checked"); prose targets stay as written.
 */
export function buildPlanRevisionRow(
  draft: PlanDraft,
  ids: { planId: number; clientId: number; authorId: number; version: number },
  timeZone: string,
  createdAt: Date,
  intakeDate?: string,
  rules: ClinicalRules = DEFAULT_RULES,
): PlanRevisionRow {
  assertNotInFuture(draft.effectiveFrom, createdAt, "effectiveFrom");
  const keys = bucketKeys(draft.effectiveFrom, timeZone);
  assertNotBeforeIntake(keys.localDate, intakeDate, "effectiveFrom");
  const goals = textList(draft.goals, "goals", LIST_LIMITS.goals, PLAN_ENTRY_MAX);
  if (goals.length === 0) throw badInput("goals", "A plan needs at least one goal.");
  const targets = textList(draft.targets, "targets", LIST_LIMITS.targets, PLAN_ENTRY_MAX);
  targets.forEach((target, index) => {
    const problem = validateTarget(target, rules, `targets[${index}]`);
    if (problem) throw badInput(`targets[${index}]`, problem);
  });
  return {
    ...ids,
    effectiveFrom: draft.effectiveFrom,
    localDate: keys.localDate,
    weekStart: keys.weekStart,
    goals,
    targets,
    plannedTechniques: [...new Set(boundedList(draft.plannedTechniques, "plannedTechniques", LIST_LIMITS.techniques))],
    rationale: requiredText(draft.rationale, "rationale", PLAN_RATIONALE_MAX),
    createdAt,
  };
}
