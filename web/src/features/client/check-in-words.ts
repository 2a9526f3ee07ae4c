import type { CheckInSchedule, PlanMeasure } from "../../graphql/graphql";

/** The measures a plan can hold, in the therapist's names, in the order the form offers them. */
export const PLAN_MEASURE_WORDS: Readonly<Record<PlanMeasure, string>> = {
  ORS: "ORS",
  WEEK_RATING: "How was your week",
  PHQ9: "PHQ-9",
  GAD7: "GAD-7",
  SRS: "SRS after sessions",
};

export const PLAN_MEASURES = Object.keys(PLAN_MEASURE_WORDS) as PlanMeasure[];

export const SCHEDULE_WORDS: Readonly<Record<CheckInSchedule, string>> = {
  BEFORE_EACH_SESSION: "Before each session",
  WEEKLY: "Every week",
};

/** "ORS, PHQ-9 and SRS after sessions, before each session." */
export function planInWords(plan: { measures: readonly PlanMeasure[]; schedule: CheckInSchedule }): string {
  const names = PLAN_MEASURES.filter((m) => plan.measures.includes(m)).map((m) => PLAN_MEASURE_WORDS[m]);
  const list = names.length <= 1 ? (names[0] ?? "nothing") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return `${list}, ${SCHEDULE_WORDS[plan.schedule].toLowerCase()}.`;
}

/** A check-in's values in a line: "ORS 24.5 · week 6 · PHQ-9 8 (item 9: 0) · GAD-7 5". */
export function checkInValues(checkIn: {
  orsTotal?: number | null;
  weekRating?: number | null;
  phq9Total?: number | null;
  phq9Items?: readonly number[] | null;
  gad7Total?: number | null;
  notSafeNow?: boolean;
}): string {
  const parts: string[] = [];
  if (checkIn.orsTotal != null) parts.push(`ORS ${checkIn.orsTotal}`);
  if (checkIn.weekRating != null) parts.push(`week ${checkIn.weekRating} of 10`);
  if (checkIn.phq9Total != null) {
    const item9 = checkIn.phq9Items?.[8];
    parts.push(`PHQ-9 ${checkIn.phq9Total}${item9 != null ? ` (item 9: ${item9})` : ""}`);
  }
  if (checkIn.gad7Total != null) parts.push(`GAD-7 ${checkIn.gad7Total}`);
  if (checkIn.notSafeNow) parts.push('answered "I am not safe right now"');
  return parts.join(" · ") || "no ratings";
}
