/**
 * What works for a client, in words: one sentence per result, for the therapist (naming the method, its numbers and
 * its interval) and for the client (plain words, no questionnaire or statistical terms, and only clear results said
 * as findings). The inputs are the analyses as the server sends them; only the fields read here are required, so
 * the server's own result objects and the page's query data both fit. Methods and limits: docs/clinical.md, "What
 * works: homework and change" and "What works: coping techniques, triggers and timing".
 */
import { PLAIN_SCORE } from "../../charts/measure-names";
import { ruleInWords } from "../../components/rule-words";

// ---------------------------------------------------------------------------------------------
// Shapes read here
// ---------------------------------------------------------------------------------------------

export interface Interval {
  estimate: number;
  lower: number;
  upper: number;
}

export type OutcomeMeasure = "ORS" | "PHQ9" | "GAD7";

export interface HomeworkAssociationLike {
  predictor: "COMPLETION" | "HELPFULNESS";
  measure: OutcomeMeasure;
  enough: boolean;
  verdict: string;
  counts: { pairs: number; intervals: number; high: number; low: number };
  slope: Interval | null | undefined;
  confidence: number;
}

export interface CopingTechniqueLike {
  technique: string;
  episodes: number;
  enough: boolean;
  reason: string | null | undefined;
  meanPeakWith: number;
  meanPeakWithout: number | null | undefined;
  typicalMinutesWith: number;
  typicalMinutesWithout: number | null | undefined;
  peakIntensity: { interval: Interval | null | undefined; verdict: string };
  duration: { interval: Interval | null | undefined; verdict: string };
}

export interface CopingComparisonLike {
  symptom: string | null | undefined;
  episodesWithout: number;
  comparisons: number;
  intervalConfidence: number;
  enough: boolean;
  reason: string | null | undefined;
  techniques: readonly CopingTechniqueLike[];
}

export interface PractisedTechniqueLike {
  technique: string;
  sessionsWith: number;
  sessionsWithout: number;
  episodesAfterWith: number;
  episodesAfterWithout: number;
  enough: boolean;
  reason: string | null | undefined;
  rateRatio: { estimate: number | null; lower: number | null; upper: number | null } | null | undefined;
  verdict: string;
}

export interface PlannedTechniqueLike {
  technique: string;
  planned: boolean;
  plannedSinceVersion: number | null | undefined;
  sessions: number;
  sessionsUsing: number;
}

export interface TriggerTrendLike {
  trigger: string;
  total: number;
  enough: boolean;
  reason: string | null | undefined;
  model: string | null | undefined;
  ratePerWeek: Interval | null | undefined;
  verdict: string;
}

export interface ShareSideLike {
  episodes: number;
  share: Interval | null | undefined;
}

export interface TriggerShareLike {
  trigger: string;
  before: ShareSideLike;
  after: ShareSideLike;
}

export interface EpisodeTimesLike {
  total: number;
  enough: boolean;
  reason: string | null | undefined;
  busiest: { day: string; period: string; count: number } | null | undefined;
}

export interface TargetLike {
  kind: string;
  text: string;
  measure?: string | null;
  symptom?: string | null;
  comparator?: string | null;
  value?: number | null;
  problem?: string | null;
}

export interface TargetWeekLike {
  weekStart: string;
  state: string;
  observed: number | null | undefined;
}

export interface TargetProgressLike {
  target: TargetLike;
  weeks: readonly TargetWeekLike[];
  weeksMet: number;
  weeksMeasurable: number;
  latestMeasured: TargetWeekLike | null | undefined;
  streak: number;
}

// ---------------------------------------------------------------------------------------------
// Small words
// ---------------------------------------------------------------------------------------------

/** "GROUNDING" → "Grounding", "WORK_OR_STUDY" → "Work or study". */
export const labelOf = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, " ");

/** The same inside a sentence: "work or study". */
const lower = (value: string) => value.toLowerCase().replace(/_/g, " ");

/** "1 episode", "3 episodes"; `many` for irregular plurals. */
export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

const oneDecimal = (value: number) => String(Math.round(value * 10) / 10);
const signed = (value: number) => `${value > 0 ? "+" : value < 0 ? "−" : ""}${oneDecimal(Math.abs(value))}`;
const twoDecimals = (value: number) => (value >= 100 ? "over 100" : value.toFixed(2));
const percentOf = (value: number) => `${Math.round(value * 100)}%`;
/** "95% interval", or "99.2% interval" when a Bonferroni adjustment leaves a level that is not a whole percent. */
const level = (confidence: number) => {
  const percent = Math.round(confidence * 1000) / 10;
  return `${percent}% interval`;
};

/** Symptom names as counted episodes: "panic attacks", "low-mood spells". Unknown ones as "episodes". */
const SYMPTOM_PLURAL: Readonly<Record<string, readonly [string, string]>> = {
  PANIC_ATTACK: ["panic attack", "panic attacks"],
  LOW_MOOD: ["low-mood spell", "low-mood spells"],
  INTRUSIVE_MEMORY: ["intrusive memory", "intrusive memories"],
  WORRY: ["worry spell", "worry spells"],
  ANGER: ["anger outburst", "anger outbursts"],
  SELF_HARM_URGE: ["self-harm urge", "self-harm urges"],
  OTHER: ["episode", "episodes"],
};

export function episodesOf(symptom: string | null | undefined, count: number): string {
  const [one, many] = SYMPTOM_PLURAL[symptom ?? "OTHER"] ?? SYMPTOM_PLURAL.OTHER!;
  return plural(count, one, many);
}

/** "panic attacks", "low-mood spells"; "episodes" for other or unknown symptoms. */
export const symptomPlural = (symptom: string | null | undefined) =>
  (SYMPTOM_PLURAL[symptom ?? "OTHER"] ?? SYMPTOM_PLURAL.OTHER!)[1];

/** The methods the server names, as a therapist reads them (docs/clinical.md gives each one's reasoning). */
export const METHOD_WORDS: Readonly<Record<string, string>> = {
  LEAST_SQUARES_SLOPE_T: "least-squares slope with a t interval",
  WELCH_T: "Welch's t-test",
  POISSON_RATE_RATIO_EXACT: "exact Poisson rate ratio",
  POISSON_TREND: "Poisson trend test",
  QUASI_POISSON: "quasi-Poisson",
  POISSON: "Poisson",
  WILSON_SHARES: "shares with Wilson intervals",
  WEEKLY_TARGET_CHECK: "weekly target check",
  DESCRIPTION: "counts only, no test",
  BONFERRONI: "Bonferroni",
};

/** A method the server names, in words; an unknown one (from a newer server) as "a stated method". */
export const methodInWords = (method: string) => METHOD_WORDS[method] ?? "a stated method";

/** A code as the server writes it, with its value if any: "POISSON_TREND", "ORS_RELIABLE_CHANGE = 5", "BONFERRONI". */
const CODE = /\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|BONFERRONI|POISSON)\b(?: = (-?\d+(?:\.\d+)?))?/g;

/**
 * A plan review's rule or figures in words: each method by its name, each configured rule by its phrase (as the
 * alerts say it, through rule-words), and any other code (a status, a model) in lower-case words, never as a code.
 */
export function codesInWords(text: string): string {
  return text.replace(CODE, (match: string, key: string, value: string | undefined) => {
    if (value === undefined && METHOD_WORDS[key]) return METHOD_WORDS[key];
    const said = ruleInWords(match);
    return value === undefined && said === "a configured rule" ? lower(key) : said;
  });
}

const MEASURE_NAME: Readonly<Record<string, string>> = {
  ORS: "ORS",
  SRS: "SRS",
  PHQ9: "PHQ-9",
  GAD7: "GAD-7",
  WEEK_RATING: "week rating",
};

const DAY_WORDS: Readonly<Record<string, string>> = {
  MONDAY: "Monday",
  TUESDAY: "Tuesday",
  WEDNESDAY: "Wednesday",
  THURSDAY: "Thursday",
  FRIDAY: "Friday",
  SATURDAY: "Saturday",
  SUNDAY: "Sunday",
};

const PERIOD_WORDS: Readonly<Record<string, string>> = {
  NIGHT: "night (0–6 h)",
  MORNING: "morning (6–12 h)",
  AFTERNOON: "afternoon (12–18 h)",
  EVENING: "evening (18–24 h)",
};

export const dayInWords = (day: string) => DAY_WORDS[day] ?? labelOf(day);
export const periodInWords = (period: string) => PERIOD_WORDS[period] ?? lower(period);

/** "set off by work or study", "with no trigger identified". */
const triggerPhrase = (trigger: string) =>
  trigger === "NONE_IDENTIFIED"
    ? "with no trigger identified"
    : trigger === "OTHER"
      ? "set off by something else"
      : `set off by ${lower(trigger)}`;

// ---------------------------------------------------------------------------------------------
// For the therapist
// ---------------------------------------------------------------------------------------------

const PREDICTOR_WORDS = { COMPLETION: "Homework completed", HELPFULNESS: "Homework rated helpful" } as const;

/**
 * Homework before each session against the change at it: the slope per whole range of homework, with its interval,
 * or "not enough sessions to tell" with the counts. Always reminds that an association within a client is not a cause.
 */
export function homeworkInWords(association: HomeworkAssociationLike): string {
  const subject = `${PREDICTOR_WORDS[association.predictor]} against the change in ${MEASURE_NAME[association.measure]} at the next session`;
  const { intervals, high, low } = association.counts;
  if (!association.enough || !association.slope) {
    return `${subject}: not enough sessions to tell (${plural(intervals, "usable interval")} between rated sessions, ${high} with most of the homework done and ${low} with little).`;
  }
  const slope = association.slope;
  const better = association.measure === "ORS" ? "higher" : "lower";
  const range = association.predictor === "COMPLETION" ? "from none to all of it done" : "from 0 to 10 helpful";
  const figures = `${signed(slope.estimate)} points of improvement ${range} (${level(association.confidence)} ${signed(slope.lower)} to ${signed(slope.upper)}; ${methodInWords("LEAST_SQUARES_SLOPE_T")}, ${plural(intervals, "interval")})`;
  const verdict =
    association.verdict === "CLEAR_DIFFERENCE_BETTER"
      ? `a clear association: more homework went with more improvement (${MEASURE_NAME[association.measure]} ${better} is better)`
      : association.verdict === "CLEAR_DIFFERENCE_WORSE"
        ? "a clear association the other way: more homework went with less improvement"
        : "no clear association";
  return `${subject}: ${figures}; ${verdict}. An association, not proof that one causes the other.`;
}

/** One coping technique's episodes against those with none: peak and typical length, each with its interval. */
export function copingInWords(technique: CopingTechniqueLike, comparison: CopingComparisonLike): string {
  const name = labelOf(technique.technique);
  const counts = `${episodesOf(comparison.symptom, technique.episodes)} with it, ${comparison.episodesWithout} with none`;
  if (!technique.enough) return `${name}: ${counts}; not enough to tell (each side needs more episodes).`;
  const interval = level(comparison.intervalConfidence);
  const peak = technique.peakIntensity;
  const peakWords = peak.interval
    ? `peak ${oneDecimal(technique.meanPeakWith)} against ${oneDecimal(technique.meanPeakWithout ?? 0)}, ${signed(peak.interval.estimate)} points (${interval} ${signed(peak.interval.lower)} to ${signed(peak.interval.upper)}): ${verdictWords(peak.verdict, "lower", "higher")}`
    : "peak: no spread to judge a difference by";
  const length = technique.duration;
  const lengthWords = length.interval
    ? `typical length ${Math.round(technique.typicalMinutesWith)} against ${Math.round(technique.typicalMinutesWithout ?? 0)} minutes, ×${twoDecimals(length.interval.estimate)} (${interval} ${twoDecimals(length.interval.lower)} to ${twoDecimals(length.interval.upper)}): ${verdictWords(length.verdict, "shorter", "longer")}`
    : "length: no spread to judge a difference by";
  return `${name}: ${counts}; ${peakWords}; ${lengthWords}.`;
}

function verdictWords(verdict: string, lowerWord: string, higherWord: string): string {
  if (verdict === "CLEAR_DIFFERENCE_LOWER") return `clearly ${lowerWord}`;
  if (verdict === "CLEAR_DIFFERENCE_HIGHER") return `clearly ${higherWord}`;
  if (verdict === "NOT_ENOUGH_DATA") return "not enough data";
  return "no clear difference";
}

/** How the coping intervals were set: Welch's t, Bonferroni over the comparisons made. */
export function copingMethodInWords(comparison: CopingComparisonLike): string {
  if (comparison.comparisons === 0) return `${methodInWords("WELCH_T")}; nothing compared yet.`;
  return `${methodInWords("WELCH_T")} on peak and on log length, ${level(comparison.intervalConfidence)}s after ${methodInWords("BONFERRONI")} adjustment for ${plural(comparison.comparisons, "comparison")}.`;
}

/** Episodes in the week after sessions that practised a technique against after sessions that did not. */
export function practisedInWords(result: PractisedTechniqueLike, intervalConfidence: number): string {
  const name = labelOf(result.technique);
  const counts = `${plural(result.episodesAfterWith, "episode")} after ${plural(result.sessionsWith, "session")} that practised it, ${result.episodesAfterWithout} after ${plural(result.sessionsWithout, "session")} that did not`;
  const ratio = result.rateRatio;
  if (!result.enough || !ratio || ratio.estimate == null || ratio.lower == null || ratio.upper == null) {
    return `${name}: ${counts}; not enough to tell.`;
  }
  const verdict =
    result.verdict === "CLEAR_DIFFERENCE_LOWER"
      ? "clearly fewer episodes after it"
      : result.verdict === "CLEAR_DIFFERENCE_HIGHER"
        ? "clearly more episodes after it"
        : "no clear difference";
  return `${name}: ${counts}; rate ratio ${twoDecimals(ratio.estimate)} (${level(intervalConfidence)} ${twoDecimals(ratio.lower)} to ${twoDecimals(ratio.upper)}; ${methodInWords("POISSON_RATE_RATIO_EXACT")}): ${verdict}.`;
}

/** A planned technique and how often sessions used it since it was planned; an unplanned one that was used. */
export function plannedInWords(use: PlannedTechniqueLike): string {
  const name = labelOf(use.technique);
  const used = `used in ${use.sessionsUsing} of ${plural(use.sessions, "session")}`;
  if (!use.planned) return `${name}: not in the plan, ${used} since the current revision.`;
  return `${name}: planned since v${use.plannedSinceVersion ?? "?"}, ${used} since then.`;
}

/** A trigger's weekly trend: rising, falling or flat, with the rate ratio a week and its interval. */
export function triggerTrendInWords(trend: TriggerTrendLike, intervalConfidence: number): string {
  const name = labelOf(trend.trigger);
  const total = plural(trend.total, "episode");
  if (!trend.enough || !trend.ratePerWeek) return `${name}: ${total}; not enough to tell a trend.`;
  const rate = trend.ratePerWeek;
  const verdict = { RISING: "rising", FALLING: "falling", FLAT: "no clear trend" }[trend.verdict] ?? "no clear trend";
  const method = trend.model === "QUASI_POISSON" ? "quasi-Poisson trend test" : methodInWords("POISSON_TREND");
  return `${name}: ${verdict}; ${total}, rate ×${twoDecimals(rate.estimate)} a week (${level(intervalConfidence)} ${twoDecimals(rate.lower)} to ${twoDecimals(rate.upper)}; ${method}).`;
}

/** A trigger's share of episodes before and after a revision; described, not tested. */
export function triggerShareInWords(share: TriggerShareLike): string {
  const side = (s: ShareSideLike) =>
    s.share ? `${percentOf(s.share.estimate)} (${percentOf(s.share.lower)}–${percentOf(s.share.upper)})` : "—";
  return `${labelOf(share.trigger)}: ${side(share.before)} of episodes before, ${side(share.after)} after.`;
}

/** The one-line summary of the day × time-of-day grid. */
export function episodeTimesInWords(times: EpisodeTimesLike): string {
  if (times.total === 0) return "No episodes logged yet.";
  if (!times.enough) return `${plural(times.total, "episode")}: too few to show a pattern.`;
  if (!times.busiest) return `${plural(times.total, "episode")}, with no single busiest time.`;
  const { day, period, count } = times.busiest;
  return `${plural(times.total, "episode")}; the busiest time is ${dayInWords(day)} ${periodInWords(period)}, with ${count}.`;
}

const COMPARATOR_WORDS: Readonly<Record<string, string>> = { LT: "<", LE: "≤", GE: "≥", GT: ">" };

/** The figure a week was compared on, in the target's own unit. */
function observedInWords(target: TargetLike, observed: number): string {
  if (target.kind === "HOMEWORK_COMPLETION") return percentOf(observed);
  if (target.kind === "EPISODES_PER_WEEK") return plural(observed, "episode");
  return `${MEASURE_NAME[target.measure ?? ""] ?? "score"} ${oneDecimal(observed)}`;
}

/** A plan target: weeks met of weeks measurable since the revision, the latest measured week and the run of weeks met. */
export function targetInWords(progress: TargetProgressLike): string {
  const { target } = progress;
  const quoted = `“${target.text}”`;
  if (target.kind === "UNCHECKABLE") {
    return target.problem ? `${quoted}: cannot be checked: ${target.problem}` : `${quoted}: kept as text, not a check.`;
  }
  if (progress.weeks.length === 0) return `${quoted}: no complete week since the revision yet.`;
  if (progress.weeksMeasurable === 0)
    return `${quoted}: not measurable in any of the ${plural(progress.weeks.length, "week")} since the revision.`;
  const latest = progress.latestMeasured;
  const latestWords =
    latest && latest.observed != null
      ? `; latest measured week ${latest.state === "MET" ? "met" : "not met"} (${observedInWords(target, latest.observed)})`
      : "";
  const streak = progress.streak > 1 ? `, ${progress.streak} weeks in a row` : "";
  return `${quoted}: met in ${progress.weeksMet} of ${plural(progress.weeksMeasurable, "measurable week")} since the revision${latestWords}${streak}.`;
}

/** A target as a short check: "GAD-7 ≤ 7", "panic attacks ≤ 1 a week", "homework completed ≥ 60%". */
export function targetCheckInWords(target: TargetLike): string {
  const comparator = COMPARATOR_WORDS[target.comparator ?? ""] ?? "";
  const value = target.value ?? 0;
  if (target.kind === "MEASURE") return `${MEASURE_NAME[target.measure ?? ""] ?? "score"} ${comparator} ${value}`;
  if (target.kind === "EPISODES_PER_WEEK") return `${symptomPlural(target.symptom)} ${comparator} ${value} a week`;
  if (target.kind === "HOMEWORK_COMPLETION") return `homework completed ${comparator} ${percentOf(value)}`;
  return target.text;
}

// ---------------------------------------------------------------------------------------------
// For the client: plain words, clear results only
// ---------------------------------------------------------------------------------------------

const round = (value: number) => String(Math.round(value));

/**
 * "Grounding was used in 9 of your 14 panic attacks; those peaked lower (4 against 7)." Only a clear difference is
 * said as a finding; a technique without one is "too early to tell". One line per technique used; none when none was.
 */
export function copingForClient(comparison: CopingComparisonLike): string[] {
  const all = comparison.episodesWithout + comparison.techniques.reduce((sum, t) => sum + t.episodes, 0);
  const lines: string[] = [];
  for (const t of comparison.techniques) {
    const used = `${labelOf(t.technique)} was used in ${t.episodes} of your ${episodesOf(comparison.symptom, all)}`;
    const findings: string[] = [];
    if (t.peakIntensity.verdict === "CLEAR_DIFFERENCE_LOWER" && t.meanPeakWithout != null)
      findings.push(`peaked lower (${round(t.meanPeakWith)} against ${round(t.meanPeakWithout)} out of 10)`);
    if (t.peakIntensity.verdict === "CLEAR_DIFFERENCE_HIGHER" && t.meanPeakWithout != null)
      findings.push(`peaked higher (${round(t.meanPeakWith)} against ${round(t.meanPeakWithout)} out of 10)`);
    if (t.duration.verdict === "CLEAR_DIFFERENCE_LOWER" && t.typicalMinutesWithout != null)
      findings.push(
        `were shorter (about ${round(t.typicalMinutesWith)} minutes against ${round(t.typicalMinutesWithout)})`,
      );
    if (t.duration.verdict === "CLEAR_DIFFERENCE_HIGHER" && t.typicalMinutesWithout != null)
      findings.push(
        `lasted longer (about ${round(t.typicalMinutesWith)} minutes against ${round(t.typicalMinutesWithout)})`,
      );
    lines.push(
      findings.length > 0
        ? `${used}; those ${findings.join(" and ")}.`
        : `${used}; it is too early to tell whether it makes a difference.`,
    );
  }
  return lines;
}

const HOMEWORK_SUBJECT = { COMPLETION: "did more of your homework", HELPFULNESS: "found your homework more helpful" };

/** Homework and change, for the client: a clear association in plain words, otherwise "too early to tell". */
export function homeworkForClient(association: HomeworkAssociationLike): string {
  const score = PLAIN_SCORE[association.measure];
  const subject = HOMEWORK_SUBJECT[association.predictor];
  if (association.verdict === "CLEAR_DIFFERENCE_BETTER")
    return `In the weeks you ${subject}, your ${score} tended to improve more by your next session.`;
  if (association.verdict === "CLEAR_DIFFERENCE_WORSE")
    return `In the weeks you ${subject}, your ${score} tended to improve less by your next session; your therapist can go through this with you.`;
  return `It is too early to tell whether your homework goes with changes in your ${score}.`;
}

/** A trigger's trend, for the client: rising or falling in plain words, otherwise "no clear change". */
export function triggerForClient(trend: TriggerTrendLike): string {
  const episodes = `Episodes ${triggerPhrase(trend.trigger)}`;
  if (trend.verdict === "FALLING") return `${episodes} have been getting less frequent.`;
  if (trend.verdict === "RISING")
    return `${episodes} have been getting more frequent; worth talking through with your therapist.`;
  if (trend.verdict === "FLAT") return `${episodes}: no clear change so far.`;
  return `${episodes}: too early to tell.`;
}

const CLIENT_COMPARATOR: Readonly<Record<string, string>> = {
  LT: "below",
  LE: "at most",
  GE: "at least",
  GT: "above",
};

/**
 * A plan target, for the client, in words of their own scores: "Your worry score at most 7: met in 3 of 5 weeks since
 * your plan was last changed." Null for what a client does not read back (the ratings they give their therapist)
 * and for targets that are not checks.
 */
export function targetForClient(progress: TargetProgressLike): string | null {
  const { target } = progress;
  const comparator = CLIENT_COMPARATOR[target.comparator ?? ""];
  const value = target.value ?? 0;
  let goal: string;
  if (target.kind === "MEASURE") {
    if (target.measure === "SRS" || !comparator) return null;
    const score =
      target.measure === "WEEK_RATING" ? "week rating" : (PLAIN_SCORE[target.measure as OutcomeMeasure] ?? null);
    if (!score) return null;
    goal = `Your ${score} ${comparator} ${value}`;
  } else if (target.kind === "EPISODES_PER_WEEK" && comparator) {
    const episodes = symptomPlural(target.symptom);
    goal = `${episodes.charAt(0).toUpperCase()}${episodes.slice(1)} ${comparator} ${value} a week`;
  } else if (target.kind === "HOMEWORK_COMPLETION" && comparator) {
    goal = `Homework done: ${comparator} ${percentOf(value)} of it`;
  } else {
    return null;
  }
  if (progress.weeksMeasurable === 0) return `${goal}: too early to tell.`;
  return `${goal}: met in ${progress.weeksMet} of ${plural(progress.weeksMeasurable, "week")} since your plan was last changed.`;
}

/**
 * Homework and change for the client over every score: a sentence per clear association; when there is none, one
 * "too early to tell" rather than the same sentence for each score.
 */
export function homeworkLinesForClient(associations: readonly HomeworkAssociationLike[]): string[] {
  const clear = associations.filter((a) => a.verdict.startsWith("CLEAR_DIFFERENCE"));
  if (clear.length > 0) return clear.map(homeworkForClient);
  return associations.length > 0
    ? ["It is too early to tell whether doing your homework goes with changes in your scores."]
    : [];
}

/** Triggers for the client: a sentence per trigger clearly rising or falling, otherwise one "too early to tell". */
export function triggerLinesForClient(trends: readonly TriggerTrendLike[]): string[] {
  const clear = trends.filter((t) => t.verdict === "RISING" || t.verdict === "FALLING");
  if (clear.length > 0) return clear.map(triggerForClient);
  return trends.length > 0 ? ["It is too early to tell whether what sets off your episodes is changing."] : [];
}
