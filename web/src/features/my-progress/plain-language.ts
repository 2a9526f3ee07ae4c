import { PLAIN_SCORE } from "../../charts/measure-names";
import type { SummaryPanel_ProgressFragment } from "../../graphql/graphql";

/**
 * Words a client should not meet on their own pages: the clinician's terms, questionnaire abbreviations and rule
 * codes. Each entry says why. The client's pages name a score by what it is about ("wellbeing score", "low mood
 * score", "worry score") and never by its questionnaire, so no measure name is allowed anywhere on them.
 */
export const CLIENT_JARGON: readonly { term: string; why: string }[] = [
  { term: "clinical range", why: "a clinician's band; reads as a diagnosis" },
  { term: "clinical", why: "clinician's word" },
  { term: "caseness", why: "a screening term" },
  { term: "reliable", why: "a statistical term (reliable change); says nothing to a client" },
  { term: "reliably", why: "as above" },
  { term: "cut-off", why: "a threshold the client would read as pass or fail" },
  { term: "cutoff", why: "as above" },
  { term: "deterioration", why: "alarming, and a statistical term" },
  { term: "remission", why: "a medical term" },
  { term: "ORS", why: "questionnaire abbreviation: say 'wellbeing score'" },
  { term: "SRS", why: "the client rates the therapist with it; not theirs to read back" },
  { term: "PHQ-9", why: "questionnaire abbreviation: say 'low mood score'" },
  { term: "PHQ9", why: "as above" },
  { term: "GAD-7", why: "questionnaire abbreviation: say 'worry score'" },
  { term: "GAD7", why: "as above" },
  { term: "off track", why: "the clinician's early-warning status; alarming out of context" },
  { term: "not on track", why: "as above" },
  { term: "at risk", why: "the clinician's risk status; alarming out of context" },
  { term: "percentile", why: "a statistical term" },
  { term: "10th pct", why: "as above" },
  { term: "expected range", why: "compares the client with other people" },
  { term: "similar clients", why: "as above" },
  { term: "rate ratio", why: "a statistical term" },
  { term: "confidence", why: "as above (confidence interval)" },
  { term: "baseline", why: "clinician's word: say 'at the start'" },
  { term: "alliance", why: "clinician's word for the working relationship" },
  { term: "Rule:", why: "names a rule of the analytics" },
  { term: "Outcome Rating Scale", why: "the questionnaire's name: the check-in asks 'how you have been doing'" },
  { term: "Session Rating Scale", why: "the questionnaire's name: the client is asked to rate their session" },
  { term: "risk alert", why: "the therapist's alert about the client; alarming to read about oneself" },
  { term: "safety alert", why: "as above" },
  { term: "safety concern", why: "as above: the client is offered help, not told they are a concern" },
  { term: "crisis resources", why: "a clinician's phrase: the client's page says 'help'" },
];

/** A rule code such as ORS_RELIABLE_CHANGE: capitals joined by underscores. */
export const RULE_CODE = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/;

/** Every piece of jargon found in a text (whole words, any case; rule codes as written). */
export function jargonIn(text: string): string[] {
  const found = CLIENT_JARGON.filter(({ term }) => {
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`(^|[^A-Za-z0-9])${escaped}($|[^A-Za-z0-9])`, "i").test(text);
  }).map(({ term }) => term);
  const code = RULE_CODE.exec(text);
  return code ? [...found, code[0]] : found;
}

type Summary = SummaryPanel_ProgressFragment["summary"];
type Outcome = Summary["outcomes"][number];
type Paired = NonNullable<Summary["pairedOutcome"]>;
type ClientMeasure = keyof typeof PLAIN_SCORE;

const isClientMeasure = (measure: Outcome["measure"]): measure is ClientMeasure => measure in PLAIN_SCORE;

/** The two scores the NHS Talking Therapies recovery rule judges together (docs/clinical.md, "Outcome per client"). */
const PAIRED_MEASURES: readonly Outcome["measure"][] = ["PHQ9", "GAD7"];

/**
 * One outcome as a client reads it: "Your wellbeing score went from 21 to 28, a real improvement." Null for what a
 * client does not see (the alliance ratings they give their therapist, a measure not rated yet). When the low mood
 * and worry scores are judged together (`paired` given), neither says on its own that it is where people who feel
 * well score: `pairedInPlainWords` says it for both. Otherwise the sentence says it is about this one score.
 */
export function outcomeInPlainWords(outcome: Outcome, paired: Paired | null = null): string | null {
  if (!isClientMeasure(outcome.measure) || outcome.ratedSessions === 0) return null;
  const score = PLAIN_SCORE[outcome.measure];
  const better = outcome.measure === "ORS" ? "higher" : "lower";
  if (outcome.ratedSessions === 1)
    return `Your ${score} was ${outcome.baseline} the first time; after your next sessions you will see how it changes.`;
  const moved =
    outcome.change === 0
      ? `Your ${score} is ${outcome.latest}, the same as at the start`
      : `Your ${score} went from ${outcome.baseline} to ${outcome.latest}`;
  const judgedTogether = paired !== null && PAIRED_MEASURES.includes(outcome.measure);
  switch (outcome.classification) {
    case "RELIABLE_IMPROVEMENT":
      return `${moved}, a real improvement${outcome.recovered && !judgedTogether ? ": this one score is now where most people who feel well score" : ""}.`;
    case "RELIABLE_DETERIORATION":
      return `${moved}. It is harder at the moment; your therapist will talk it through with you.`;
    default:
      return `${moved} (${better} is better). Scores move a little from week to week, so it is too soon to tell.`;
  }
}

/**
 * The low mood and worry scores together, as the NHS Talking Therapies recovery rule reads them: recovered when
 * either was high at the start and neither is now. Null when neither was high at the start, or before both were
 * given twice.
 */
export function pairedInPlainWords(paired: Paired | null): string | null {
  if (!paired || paired.recovered == null) return null;
  return paired.recovered
    ? `Your ${PLAIN_SCORE.PHQ9} and ${PLAIN_SCORE.GAD7} are now both where most people who feel well score.`
    : `Your ${PLAIN_SCORE.PHQ9} and ${PLAIN_SCORE.GAD7} are not yet both where most people who feel well score; your therapist will go through them with you.`;
}

/** The client's "In short": a sentence per score they see, then the two scores together where both exist. */
export function summaryInPlainWords(
  summary: Pick<Summary, "outcomes" | "pairedOutcome">,
): { key: string; words: string }[] {
  const paired = summary.pairedOutcome ?? null;
  const lines: { key: string; words: string | null }[] = summary.outcomes.map((outcome) => ({
    key: outcome.measure,
    words: outcomeInPlainWords(outcome, paired),
  }));
  lines.push({ key: "PAIRED", words: pairedInPlainWords(paired) });
  return lines.flatMap(({ key, words }) => (words == null ? [] : [{ key, words }]));
}
