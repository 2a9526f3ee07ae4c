/**
 * The questions of a check-in, in the words the client reads. The ORS and the SRS are asked as their four areas in
 * plain words; no questionnaire is named to the client (my-progress/plain-language.ts guards that).
 */

/** The ORS's four areas, in the order of the form, with the anchor words of its lines. */
export const ORS_LINES = [
  ["individual", "Me personally"],
  ["interpersonal", "Family and close relationships"],
  ["social", "Work, school and friendships"],
  ["overall", "Overall"],
] as const;
export const ORS_ANCHORS = ["Not well", "Very well"] as const;
export type OrsKey = (typeof ORS_LINES)[number][0];

/** The SRS's four areas, each line with the words at its two ends. */
export const SRS_LINES = [
  ["relationship", "Feeling heard and respected", ["I did not feel heard", "I felt heard"]],
  ["goalsAndTopics", "What we worked on", ["We did not talk about what I wanted", "We talked about what I wanted"]],
  ["approachOrMethod", "The way we worked", ["Not a good fit for me", "A good fit for me"]],
  ["overall", "Overall", ["Something was missing", "It was right for me"]],
] as const;
export type SrsKey = (typeof SRS_LINES)[number][0];

/** "How was your week?", 0–10, with what its ends mean. */
export const WEEK_QUESTION = "How was your week?";
export const WEEK_ANCHORS = ["0 = a very hard week", "10 = a very good week"] as const;
export const WEEK_WORDS_LABEL = "In your own words (optional)";
/** The server's limit on the client's words (SubmitCheckInInput.weekWords). */
export const WEEK_WORDS_MAX = 500;

/*
 * The PHQ-9 and the GAD-7 in their standard wording and answer words. Both were developed by Drs. Robert L. Spitzer,
 * Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc.; no permission is
 * required to reproduce, translate, display or distribute them (phqscreeners.com).
 */
export const ANSWER_WORDS = ["Not at all", "Several days", "More than half the days", "Nearly every day"] as const;

export const MOOD_INTRO = "Over the last 2 weeks, how often have you been bothered by any of the following problems?";
export const MOOD_QUESTIONS = [
  "Little interest or pleasure in doing things",
  "Feeling down, depressed, or hopeless",
  "Trouble falling or staying asleep, or sleeping too much",
  "Feeling tired or having little energy",
  "Poor appetite or overeating",
  "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
  "Trouble concentrating on things, such as reading the newspaper or watching television",
  "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual",
  "Thoughts that you would be better off dead or of hurting yourself in some way",
] as const;

export const WORRY_INTRO = "Over the last 2 weeks, how often have you been bothered by the following problems?";
export const WORRY_QUESTIONS = [
  "Feeling nervous, anxious or on edge",
  "Not being able to stop or control worrying",
  "Worrying too much about different things",
  "Trouble relaxing",
  "Being so restless that it is hard to sit still",
  "Becoming easily annoyed or irritable",
  "Feeling afraid as if something awful might happen",
] as const;

/** Asked in every check-in, whatever the plan: the answer "not safe" brings help at once. */
export const SAFETY_QUESTION = "Right now, do you feel safe?";
export const SAFETY_ANSWERS = [
  ["safe", "I am safe"],
  ["not-safe", "I am not safe right now"],
] as const;

/** The sections' headings: what each is about, never the questionnaire's name. */
export const SECTION_TITLES = {
  ORS: "How you have been doing",
  WEEK_RATING: "Your week",
  PHQ9: "Your mood over the last 2 weeks",
  GAD7: "Worry over the last 2 weeks",
  SAFETY: "Right now",
  SRS: "Your session",
} as const;
