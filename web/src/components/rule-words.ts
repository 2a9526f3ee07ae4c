/**
 * The server names the rule behind every alert and classification by its configuration key and value
 * ("PHQ9_ITEM9_RISK_ABOVE = 0"), so that an integrator can look it up. A therapist reads the same rule in words
 * ("PHQ-9 item 9 above 0"): the page names the rule and its value, never the key. docs/clinical.md lists the keys.
 */

const percent = (value: number) => `${Math.round(value * 100)}%`;
const ordinal = (n: number) => {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
};

/** Every configurable rule, in words, with its value in place. */
export const RULE_WORDS: Readonly<Record<string, (value: number) => string>> = {
  ORS_ITEM_MIN: (v) => `ORS items from ${v}`,
  ORS_ITEM_MAX: (v) => `ORS items up to ${v}`,
  ORS_CLINICAL_CUTOFF_ADULT: (v) => `ORS clinical cut-off ${v} for adults`,
  ORS_CLINICAL_CUTOFF_CHILD: (v) => `ORS clinical cut-off ${v} for children`,
  ORS_RELIABLE_CHANGE: (v) => `a reliable ORS change is ${v} points or more`,
  SRS_ITEM_MIN: (v) => `SRS items from ${v}`,
  SRS_ITEM_MAX: (v) => `SRS items up to ${v}`,
  SRS_ALLIANCE_CUTOFF: (v) => `SRS below ${v}`,
  SRS_ALLIANCE_DROP: (v) => `SRS down ${v} points or more since the session before`,
  PHQ9_ITEM_MAX: (v) => `PHQ-9 items up to ${v}`,
  PHQ9_BAND_MILD_MIN: (v) => `PHQ-9 mild from ${v}`,
  PHQ9_BAND_MODERATE_MIN: (v) => `PHQ-9 moderate from ${v}`,
  PHQ9_BAND_MODERATELY_SEVERE_MIN: (v) => `PHQ-9 moderately severe from ${v}`,
  PHQ9_BAND_SEVERE_MIN: (v) => `PHQ-9 severe from ${v}`,
  PHQ9_CASENESS: (v) => `PHQ-9 caseness at ${v} or more`,
  PHQ9_RELIABLE_CHANGE: (v) => `a reliable PHQ-9 change is ${v} points or more`,
  PHQ9_MINIMAL_IMPORTANT_CHANGE: (v) => `PHQ-9 minimal important change of ${v} points`,
  PHQ9_RESPONSE_FRACTION: (v) => `PHQ-9 response: down by ${percent(v)} or more`,
  PHQ9_REMISSION_BELOW: (v) => `PHQ-9 remission below ${v}`,
  PHQ9_ITEM9_RISK_ABOVE: (v) => `PHQ-9 item 9 above ${v}`,
  GAD7_ITEM_MAX: (v) => `GAD-7 items up to ${v}`,
  GAD7_BAND_MILD_MIN: (v) => `GAD-7 mild from ${v}`,
  GAD7_BAND_MODERATE_MIN: (v) => `GAD-7 moderate from ${v}`,
  GAD7_BAND_SEVERE_MIN: (v) => `GAD-7 severe from ${v}`,
  GAD7_CASENESS: (v) => `GAD-7 caseness at ${v} or more`,
  GAD7_RELIABLE_CHANGE: (v) => `a reliable GAD-7 change is ${v} points or more`,
  WEEK_RATING_MIN: (v) => `week rating from ${v}`,
  WEEK_RATING_MAX: (v) => `week rating up to ${v}`,
  RCI_CRITICAL_Z: (v) => `reliable change index of ${v} or more`,
  OFF_TRACK_MIN_CLOSED_CASES: (v) => `a curve needs ${v} closed cases`,
  OFF_TRACK_PERCENTILE: (v) => `below the ${ordinal(Math.round(v * 100))} percentile`,
  OFF_TRACK_FALLBACK_SESSION: (v) => `by session ${v}`,
  INTAKE_BAND_SEVERE_BELOW: (v) => `severe intake band: first ORS below ${v}`,
  INTAKE_BAND_MODERATE_BELOW: (v) => `moderate intake band: first ORS below ${v}`,
  DETERIORATION_SUSTAINED_SESSIONS: (v) => `worse at ${v} rated sessions in a row`,
  HOMEWORK_COMPLETION_ALERT_BELOW: (v) => `homework completion below ${percent(v)}`,
  HOMEWORK_ALERT_WEEKS: (v) => `over the last ${v} weeks`,
  HOMEWORK_ALERT_MIN_REVIEWED: (v) => `at least ${v} items reviewed`,
  EPISODES_RISING_BUCKETS: (v) => `episodes rising ${v} weeks in a row`,
  PLAN_COMPARISON_WINDOW_WEEKS: (v) => `windows of up to ${v} weeks`,
  PLAN_COMPARISON_MIN_AFTER_DAYS: (v) => `compared from ${v} days after`,
  RATE_RATIO_CONFIDENCE: (v) => `${percent(v)} interval`,
  PLAN_EFFECT_MIN_WEEKS: (v) => `at least ${v} full weeks each side of a change`,
  PLAN_EFFECT_MIN_ORS_POINTS: (v) => `at least ${v} ORS ratings each side of a change`,
  NHS_FINISHED_COURSE_MIN_SESSIONS: (v) => `a finished course has at least ${v} treatment sessions`,
  MIN_CELL_SIZE: (v) => `counts under ${v} hidden`,
};

/** Rules the server names without a configured value. */
const FIXED_RULES: Readonly<Record<string, string>> = {
  CRISIS_FLAG: "Crisis flag",
  CLIENT_NOT_SAFE: 'The client answered "I am not safe right now"',
};

/** A configuration key as the server writes it: capitals and digits joined by underscores, maybe with its value. */
const KEY = /\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?: = (-?\d+(?:\.\d+)?))?/g;

/**
 * A rule as the server states it, in words: each "KEY = value" becomes its phrase, and a fixed rule its name. A key
 * this page does not know (from a newer server) is said as a configured rule rather than shown as a code.
 */
export function ruleInWords(rule: string): string {
  return rule.replace(KEY, (_, key: string, value: string | undefined) => {
    if (value === undefined) return FIXED_RULES[key] ?? "a configured rule";
    const words = RULE_WORDS[key];
    return words ? words(Number(value)) : `a configured rule (${value})`;
  });
}
