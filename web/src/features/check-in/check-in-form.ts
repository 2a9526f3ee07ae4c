import { blank, tooLong } from "../../forms/checks";
import type { Problems } from "../../forms/problems";
import type { PlanMeasure, SrsInput, SubmitCheckInInput } from "../../graphql/graphql";
import {
  MOOD_QUESTIONS,
  ORS_LINES,
  SAFETY_QUESTION,
  SRS_LINES,
  WEEK_QUESTION,
  WEEK_WORDS_LABEL,
  WEEK_WORDS_MAX,
  WORRY_QUESTIONS,
  type OrsKey,
  type SrsKey,
} from "./questions";

/**
 * What the check-in form holds: the lines' marks (null until marked), the radio answers as their values ("" until
 * chosen) and the client's words as typed. Nothing starts answered: a default would be an answer they did not give.
 */
export interface CheckInValues {
  ors: Record<OrsKey, number | null>;
  weekRating: string;
  weekWords: string;
  phq9: string[];
  gad7: string[];
  safe: "" | "safe" | "not-safe";
}

export function emptyCheckIn(): CheckInValues {
  return {
    ors: { individual: null, interpersonal: null, social: null, overall: null },
    weekRating: "",
    weekWords: "",
    phq9: MOOD_QUESTIONS.map(() => ""),
    gad7: WORRY_QUESTIONS.map(() => ""),
    safe: "",
  };
}

/** The measures a check-in asks (CheckInDue.measures), as the form's checks and the input to send need them. */
export type Asked = readonly PlanMeasure[];

/** The form's fields by path, in words, for the messages beside them and in the summary. */
export const CHECK_IN_LABELS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(ORS_LINES.map(([key, text]) => [`ors.${key}`, text])),
  weekRating: WEEK_QUESTION,
  weekWords: WEEK_WORDS_LABEL,
  ...Object.fromEntries(MOOD_QUESTIONS.map((_, i) => [`phq9.${i}`, `Mood question ${i + 1}`])),
  ...Object.fromEntries(WORRY_QUESTIONS.map((_, i) => [`gad7.${i}`, `Worry question ${i + 1}`])),
  safe: SAFETY_QUESTION,
};

/** Everything left to answer, all at once, in words. */
export function checkCheckIn(values: CheckInValues, asked: Asked | undefined): Problems {
  const problems: Problems = {};
  const asks = (measure: PlanMeasure) => asked?.includes(measure) ?? false;
  if (asks("ORS")) {
    for (const [key, text] of ORS_LINES) {
      if (values.ors[key] === null) problems[`ors.${key}`] = `Mark the line "${text}": tap it where it fits for you.`;
    }
  }
  if (asks("WEEK_RATING")) {
    if (blank(values.weekRating)) problems.weekRating = "Choose a number from 0 to 10 for how your week was.";
    if (tooLong(values.weekWords, WEEK_WORDS_MAX)) {
      problems.weekWords = `Your own words can be at most ${WEEK_WORDS_MAX} characters.`;
    }
  }
  if (asks("PHQ9")) {
    values.phq9.forEach((answer, i) => {
      if (blank(answer)) problems[`phq9.${i}`] = `Choose an answer for mood question ${i + 1}.`;
    });
  }
  if (asks("GAD7")) {
    values.gad7.forEach((answer, i) => {
      if (blank(answer)) problems[`gad7.${i}`] = `Choose an answer for worry question ${i + 1}.`;
    });
  }
  if (!values.safe) problems.safe = "Choose whether you feel safe right now.";
  return problems;
}

/** The check-in as the server takes it: only the measures asked (any other would be refused), for the window `due`. */
export function toCheckInInput(values: CheckInValues, due: string, asked: Asked): SubmitCheckInInput {
  const input: SubmitCheckInInput = { due, notSafeNow: values.safe === "not-safe" };
  if (asked.includes("ORS")) {
    input.ors = {
      individual: values.ors.individual,
      interpersonal: values.ors.interpersonal,
      social: values.ors.social,
      overall: values.ors.overall,
    };
  }
  if (asked.includes("WEEK_RATING")) {
    input.weekRating = Number(values.weekRating);
    if (!blank(values.weekWords)) input.weekWords = values.weekWords.trim();
  }
  if (asked.includes("PHQ9")) input.phq9 = values.phq9.map(Number);
  if (asked.includes("GAD7")) input.gad7 = values.gad7.map(Number);
  return input;
}

/**
 * The server's name for a field → the form's path: `phq9[8]` → `phq9.8`; a whole block refused (`ors`, `phq9`) goes
 * beside its first item; `notSafeNow` is the safety question. `due` and `clientId` are no field of the form: their
 * refusal ("This check-in has already been sent") is said above the button.
 */
export function checkInPath(field: string): string | null {
  const dotted = field.replace(/\[(\d+)\]/g, ".$1");
  if (dotted === "ors") return "ors.individual";
  if (dotted === "phq9" || dotted === "gad7") return `${dotted}.0`;
  if (dotted === "notSafeNow") return "safe";
  return dotted in CHECK_IN_LABELS ? dotted : null;
}

/** What the session rating form holds: the four lines' marks, null until marked. */
export type RatingValues = { srs: Record<SrsKey, number | null> };

export const emptyRating = (): RatingValues => ({
  srs: { relationship: null, goalsAndTopics: null, approachOrMethod: null, overall: null },
});

export const RATING_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  SRS_LINES.map(([key, text]) => [`srs.${key}`, text]),
);

export function checkRating(values: RatingValues): Problems {
  const problems: Problems = {};
  for (const [key, text] of SRS_LINES) {
    if (values.srs[key] === null) problems[`srs.${key}`] = `Mark the line "${text}": tap it where it fits for you.`;
  }
  return problems;
}

/** Only once every line is marked (checkRating). */
export const toSrsInput = (values: RatingValues): SrsInput => ({
  relationship: values.srs.relationship!,
  goalsAndTopics: values.srs.goalsAndTopics!,
  approachOrMethod: values.srs.approachOrMethod!,
  overall: values.srs.overall!,
});

export const ratingPath = (field: string): string | null =>
  field === "srs" ? "srs.relationship" : field in RATING_LABELS ? field : null;
