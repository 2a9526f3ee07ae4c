import type {
  EpisodeType,
  HomeworkStatus,
  HomeworkType,
  IssueCategory,
  Symptom,
  Technique,
  TriggerCategory,
} from "../graphql/graphql";

const words = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, " ");
const options = <T extends string>(values: T[]) => values.map((value) => ({ value, label: words(value) }));

export const SYMPTOM_OPTIONS = options<Symptom>([
  "PANIC_ATTACK",
  "LOW_MOOD",
  "INTRUSIVE_MEMORY",
  "WORRY",
  "ANGER",
  "SELF_HARM_URGE",
  "OTHER",
]);
export const EPISODE_TYPE_OPTIONS = options<EpisodeType>(["UNEXPECTED", "ANTICIPATED", "SITUATIONAL"]);
export const TRIGGER_OPTIONS = options<TriggerCategory>([
  "NONE_IDENTIFIED",
  "WORK_OR_STUDY",
  "RELATIONSHIPS",
  "FAMILY",
  "SOCIAL_SITUATION",
  "HEALTH",
  "PLACE_OR_CROWD",
  "REMINDER",
  "OTHER",
]);
export const HOMEWORK_TYPE_OPTIONS = options<HomeworkType>([
  "THOUGHT_RECORD",
  "GROUNDING",
  "BEHAVIOURAL_EXPERIMENT",
  "EXPOSURE",
  "ACTIVITY_SCHEDULING",
  "SKILL_PRACTICE",
  "READING",
  "OTHER",
]);
export const HOMEWORK_STATUS_OPTIONS = options<HomeworkStatus>(["ASSIGNED", "COMPLETED", "PARTIAL", "NOT_DONE"]);
export const ISSUE_OPTIONS = options<IssueCategory>([
  "PANIC",
  "LOW_MOOD",
  "WORRY",
  "SOCIAL_SITUATIONS",
  "TRAUMA_MEMORIES",
  "RELATIONSHIPS",
  "WORK_OR_STUDY",
  "SLEEP",
  "SELF_ESTEEM",
  "SAFETY",
  "OTHER",
]);
export const TECHNIQUE_OPTIONS = options<Technique>([
  "PSYCHOEDUCATION",
  "GROUNDING",
  "BREATHING",
  "THOUGHT_RECORD",
  "COGNITIVE_RESTRUCTURING",
  "ASSERTIVENESS_PRACTICE",
  "BEHAVIOURAL_EXPERIMENT",
  "EXPOSURE",
  "ACTIVITY_SCHEDULING",
  "PROBLEM_SOLVING",
  "RELAXATION",
  "MINDFULNESS",
  "OTHER",
]);
export const label = words;

/** `<input type="datetime-local">` value for now, in the browser's timezone. */
export function nowForInput(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

export const todayPlusDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Empty input → null; anything else → a number (possibly NaN, which the server refuses with a message). */
export const numberOrNull = (value: string) => (value.trim() === "" ? null : Number(value));
