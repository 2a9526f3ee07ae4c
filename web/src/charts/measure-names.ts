/**
 * What each questionnaire measures, in the client's words: their view names what a score is about, not the
 * questionnaire it comes from.
 */
export const PLAIN_MEASURE = {
  ORS: "Wellbeing score (0–40, higher is better)",
  PHQ9: "Low mood score (0–27, lower is better)",
  GAD7: "Worry score (0–21, lower is better)",
} as const;

/** The same, inside a sentence: "Your wellbeing score went from 21 to 28". */
export const PLAIN_SCORE = {
  ORS: "wellbeing score",
  PHQ9: "low mood score",
  GAD7: "worry score",
} as const;
