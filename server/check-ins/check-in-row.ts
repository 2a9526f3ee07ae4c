import { badInput } from "../common/errors.ts";
import { optionalText } from "../common/validation.ts";
import { ORS_ITEMS, roundToOneDecimal, scoreGad7, scoreOrs, scorePhq9, validateWeekRating } from "../measures/index.ts";
import type { ClinicalRules } from "../measures/rules.ts";
import { scored } from "../sessions/session-row.ts";
import { CheckIn, WEEK_WORDS_MAX } from "./check-in.entity.ts";
import { CLIENT_NOT_SAFE_RULE, PlanMeasure } from "./check-in.enums.ts";
import type { SubmitCheckInInput } from "./check-in.inputs.ts";
import { CHECK_IN_MEASURES } from "./windows.ts";

/** The columns a check-in's answers are stored in. */
export type CheckInAnswers = Omit<
  CheckIn,
  | "id"
  | "client"
  | "clientId"
  | "windowKey"
  | "submittedAt"
  | "localDate"
  | "sessionId"
  | "ors"
  | "phq9Items"
  | "gad7Items"
>;

/** Each check-in measure's input field, which names it in a refusal as it does in a session. */
const FIELD: Record<PlanMeasure, "ors" | "weekRating" | "phq9" | "gad7" | "srs"> = {
  [PlanMeasure.ORS]: "ors",
  [PlanMeasure.WEEK_RATING]: "weekRating",
  [PlanMeasure.PHQ9]: "phq9",
  [PlanMeasure.GAD7]: "gad7",
  [PlanMeasure.SRS]: "srs",
};

function likertColumns(prefix: "phq9" | "gad7", values: number[] | null, count: number): Record<string, number | null> {
  const columns: Record<string, number | null> = {};
  for (let i = 0; i < count; i++) columns[`${prefix}Q${i + 1}`] = values ? values[i]! : null;
  return columns;
}

/**
 * Validates a check-in against the measures it asks for (`measures`, the plan's, in the order they are asked) and
 * works out what is stored: exactly those measures, each whole, checked by the same validators as a session's
 * ratings so that a refusal names the same field (`ors.individual`, `phq9[8]`, `weekRating`).
 */
export function buildCheckInAnswers(
  input: SubmitCheckInInput,
  measures: readonly PlanMeasure[],
  rules: ClinicalRules,
): CheckInAnswers {
  const given: Record<PlanMeasure, boolean> = {
    [PlanMeasure.ORS]: input.ors != null,
    [PlanMeasure.WEEK_RATING]: input.weekRating != null,
    [PlanMeasure.PHQ9]: input.phq9 != null,
    [PlanMeasure.GAD7]: input.gad7 != null,
    [PlanMeasure.SRS]: false,
  };
  for (const measure of CHECK_IN_MEASURES) {
    const field = FIELD[measure];
    if (measures.includes(measure) && !given[measure]) throw badInput(field, `${field} is part of this check-in.`);
    if (!measures.includes(measure) && given[measure]) throw badInput(field, `${field} is not part of this check-in.`);
  }
  const weekWords = optionalText(input.weekWords, "weekWords", WEEK_WORDS_MAX);
  if (weekWords != null && !measures.includes(PlanMeasure.WEEK_RATING)) {
    throw badInput("weekWords", "Words about the week go with the week rating, which is not part of this check-in.");
  }
  if (input.weekRating != null) scored(() => validateWeekRating(input.weekRating!, rules));

  let ors: { individual: number; interpersonal: number; social: number; overall: number } | null = null;
  let orsTotal: number | null = null;
  if (input.ors != null) {
    // A line left unmarked is named, not read as 0.
    for (const name of ORS_ITEMS) {
      if (input.ors[name] == null) throw badInput(`ors.${name}`, `ors.${name} is missing: the ORS needs all four.`);
    }
    ors = {
      individual: input.ors.individual!,
      interpersonal: input.ors.interpersonal!,
      social: input.ors.social!,
      overall: input.ors.overall!,
    };
    orsTotal = scored(() => scoreOrs(ors!, rules)).total;
  }
  const phq9Total = input.phq9 ? scored(() => scorePhq9(input.phq9!, rules)).total : null;
  const gad7Total = input.gad7 ? scored(() => scoreGad7(input.gad7!, rules)).total : null;
  return {
    weekRating: input.weekRating ?? null,
    weekWords,
    orsIndividual: ors ? roundToOneDecimal(ors.individual) : null,
    orsInterpersonal: ors ? roundToOneDecimal(ors.interpersonal) : null,
    orsSocial: ors ? roundToOneDecimal(ors.social) : null,
    orsOverall: ors ? roundToOneDecimal(ors.overall) : null,
    orsTotal,
    ...(likertColumns("phq9", input.phq9 ?? null, 9) as Pick<CheckIn, `phq9Q${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`>),
    phq9Total,
    ...(likertColumns("gad7", input.gad7 ?? null, 7) as Pick<CheckIn, `gad7Q${1 | 2 | 3 | 4 | 5 | 6 | 7}`>),
    gad7Total,
    notSafe: input.notSafeNow ?? false,
  };
}

/**
 * The safety rules a check-in meets, named as the progress alerts name their rules: PHQ-9 item 9 above
 * PHQ9_ITEM9_RISK_ABOVE, and the client's own answer "I am not safe right now". Empty when it meets none.
 */
export function safetyRulesMet(checkIn: Pick<CheckIn, "phq9Q9" | "notSafe">, rules: ClinicalRules): string[] {
  const met: string[] = [];
  if (checkIn.phq9Q9 != null && checkIn.phq9Q9 > rules.PHQ9_ITEM9_RISK_ABOVE) {
    met.push(`PHQ9_ITEM9_RISK_ABOVE = ${rules.PHQ9_ITEM9_RISK_ABOVE}`);
  }
  if (checkIn.notSafe) met.push(CLIENT_NOT_SAFE_RULE);
  return met;
}
