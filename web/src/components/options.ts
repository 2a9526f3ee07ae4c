import type {
  AgeBand,
  CaseOutcome,
  ComplaintCategory,
  EpisodeType,
  HomeworkStatus,
  HomeworkType,
  IssueCategory,
  Role,
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

/** Roles in words, for people rather than for the schema. */
export const ROLE_LABEL: Record<Role, string> = {
  ADMIN: "Administrator",
  CLIENT: "Client",
  SUPERVISOR: "Supervisor",
  THERAPIST: "Therapist",
};

/** Chief complaints, worded as the schema describes them. */
export const COMPLAINT_OPTIONS: { value: ComplaintCategory; label: string }[] = [
  { value: "DEPRESSION", label: "Depression or persistent low mood" },
  { value: "GENERALISED_ANXIETY", label: "Generalised anxiety (persistent worry)" },
  { value: "PANIC", label: "Panic attacks or panic disorder" },
  { value: "SOCIAL_ANXIETY", label: "Social anxiety" },
  { value: "TRAUMA", label: "After a traumatic event" },
  { value: "OTHER", label: "Another complaint" },
];

export const AGE_BAND_OPTIONS: { value: AgeBand; label: string }[] = [
  { value: "AGE_18_24", label: "18 to 24 years" },
  { value: "AGE_25_34", label: "25 to 34 years" },
  { value: "AGE_35_44", label: "35 to 44 years" },
  { value: "AGE_45_54", label: "45 to 54 years" },
  { value: "AGE_55_64", label: "55 to 64 years" },
  { value: "AGE_65_PLUS", label: "65 years or more" },
];

/** How a case ended, in the words a therapist would use. */
export const OUTCOME_OPTIONS: { value: CaseOutcome; label: string }[] = [
  { value: "DISCHARGED", label: "Finished treatment" },
  { value: "DROPPED_OUT", label: "Stopped attending" },
];

/** Today's date (YYYY-MM-DD) in the browser's timezone, for date inputs. */
export function todayForInput(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** The password rule in words, shown beside every new-password field; the server has the final say. */
export const PASSWORD_POLICY =
  "At least 12 characters. Common or easily guessed passwords, and ones containing your name or email, are refused; several unrelated words work well.";
