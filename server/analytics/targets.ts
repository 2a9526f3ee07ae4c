/**
 * Plan targets that are checked (docs/clinical.md, "What works: targets that are checked").
 *
 * A plan's targets are free text. Some of them are checks a week can pass or fail: a measure against a threshold
 * ("GAD-7 ≤ 7"), episodes a week ("panic at most once a week"), or the homework completion rate ("homework
 * completion ≥ 60%"). This module recognises those in a small grammar, refuses checks that cannot be met or cannot
 * fail, and checks each complete week. Anything else stays text: ordinary prose is never an error.
 *
 * Description only: a week met or not met is a count, not an inference, so nothing here carries an interval.
 */
import { addDays, isValidLocalDate, weekStartOf } from "../common/time.ts";
import { Symptom } from "../episodes/episode.enums.ts";
import { HomeworkStatus } from "../homework/homework.enums.ts";
import { MeasureInputError } from "../measures/errors.ts";
import {
  gad7MaxTotal,
  hasAtMostOneDecimal,
  ORS_ITEMS,
  phq9MaxTotal,
  requireFiniteNumber,
  SRS_ITEMS,
  validateGad7Total,
  validateOrsTotal,
  validatePhq9Total,
  validateSrsTotal,
} from "../measures/instruments.ts";
import { DEFAULT_RULES, type ClinicalRules } from "../measures/rules.ts";

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

export type Comparator = "LT" | "LE" | "GE" | "GT";
export type TargetMeasure = "ORS" | "SRS" | "PHQ9" | "GAD7" | "WEEK_RATING";

export interface MeasureTarget {
  kind: "MEASURE";
  text: string;
  measure: TargetMeasure;
  comparator: Comparator;
  value: number;
}

export interface EpisodesPerWeekTarget {
  kind: "EPISODES_PER_WEEK";
  text: string;
  /** null: every episode counts, whatever its symptom. */
  symptom: Symptom | null;
  comparator: Comparator;
  value: number;
}

export interface HomeworkCompletionTarget {
  kind: "HOMEWORK_COMPLETION";
  text: string;
  comparator: Comparator;
  /** A fraction 0–1: "60%" and "0.6" both give 0.6. */
  value: number;
}

export interface UncheckableTarget {
  kind: "UNCHECKABLE";
  text: string;
  /** null for prose that is not a check; a plain sentence when the text reads as a check that cannot work. */
  problem: string | null;
}

export type CheckableTarget = MeasureTarget | EpisodesPerWeekTarget | HomeworkCompletionTarget;
export type Target = CheckableTarget | UncheckableTarget;

export type TargetWeekState = "MET" | "NOT_MET" | "NOT_MEASURABLE";

export interface TargetWeek {
  weekStart: string;
  state: TargetWeekState;
  /** The figure compared: the week's last rating, its episode count, or its completion rate; null when unmeasurable. */
  observed: number | null;
  /** Homework only: items completed and items reviewed that week (partly done counts as reviewed, not completed). */
  completed: number | null;
  reviewed: number | null;
}

/** Rows as the database holds them: a session or a check-in (any rating may be missing). */
export interface TargetRatingRow {
  localDate: string;
  /** Orders two ratings on the same day; the later one is the week's last. */
  occurredAt: Date;
  orsTotal?: number | null;
  srsTotal?: number | null;
  phq9Total?: number | null;
  gad7Total?: number | null;
  weekRating?: number | null;
}

export interface TargetEpisodeRow {
  localDate: string;
  symptom: Symptom;
}

export interface TargetHomeworkRow {
  /** Homework counts in the week it was due, as everywhere in the dashboard. */
  dueDate: string;
  status: HomeworkStatus;
}

export interface TargetData {
  ratings: readonly TargetRatingRow[];
  episodes: readonly TargetEpisodeRow[];
  homework: readonly TargetHomeworkRow[];
}

export interface TargetProgress {
  target: Target;
  /** Always "WEEKLY_TARGET_CHECK", so the page can name the rule it applied. */
  method: "WEEKLY_TARGET_CHECK";
  /** The complete weeks under the current plan (starting on or after the revision date), with their states. */
  weeks: TargetWeek[];
  weeksMet: number;
  weeksMeasurable: number;
  /** The latest week's state; null when no complete week has passed since the revision. */
  latest: TargetWeek | null;
  /** The latest week that could be checked; null when none could. */
  latestMeasured: TargetWeek | null;
  /** Measured weeks met in a row, counting back from the latest measured week (unmeasured weeks are skipped). */
  streak: number;
}

// ---------------------------------------------------------------------------------------------
// Grammar
// ---------------------------------------------------------------------------------------------

/** Comparator phrases, longest first so "at most" is not read as "most". */
const COMPARATOR_WORDS: ReadonlyArray<readonly [Comparator, readonly string[]]> = [
  ["LE", ["<=", "at most", "no more than", "not more than", "up to"]],
  ["GE", [">=", "at least", "no less than", "not less than", "no fewer than"]],
  ["LT", ["<", "below", "under", "less than", "fewer than"]],
  ["GT", [">", "above", "over", "more than", "greater than"]],
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const COMPARATOR = `(${COMPARATOR_WORDS.flatMap(([, words]) => words)
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join("|")})`;
const NUMBER = "(\\d+(?:\\.\\d+)?)";

function comparatorOf(phrase: string): Comparator {
  const found = COMPARATOR_WORDS.find(([, words]) => words.includes(phrase));
  return found![0];
}

const MEASURE_NAMES: ReadonlyArray<readonly [TargetMeasure, string]> = [
  ["GAD7", "gad-? ?7"],
  ["PHQ9", "phq-? ?9"],
  ["ORS", "ors"],
  ["SRS", "srs"],
  ["WEEK_RATING", "(?:week|weekly|week's) rating"],
];

/** Symptom words a therapist writes, to the Symptom they mean. OTHER has no word: "episodes" alone counts all. */
const SYMPTOM_WORDS: ReadonlyArray<readonly [Symptom, string]> = [
  [Symptom.PANIC_ATTACK, "panic(?: attacks?)?"],
  [Symptom.LOW_MOOD, "low[- ]mood(?: spells?)?"],
  [Symptom.INTRUSIVE_MEMORY, "intrusive memor(?:y|ies)|flashbacks?"],
  [Symptom.WORRY, "worry|worrying|worries"],
  [Symptom.ANGER, "anger|angry outbursts?|outbursts? of anger"],
  [Symptom.SELF_HARM_URGE, "self-harm urges?|urges? to self-harm"],
];

const MEASURE_PATTERN = new RegExp(
  `^(${MEASURE_NAMES.map(([, words]) => words).join("|")})(?: (?:total|score))? ?${COMPARATOR} ?${NUMBER}$`,
);
const SYMPTOM = `(${SYMPTOM_WORDS.map(([, words]) => words).join("|")})`;
/** Counts of episodes are often written in words ("at most one panic attack a week"). */
const COUNT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const COUNT = `(?:(\\d+(?:\\.\\d+)?|${COUNT_WORDS.join("|")})(?: ?times?)?|(once|twice))`;
const PER_WEEK = "(?:a|per|each|every|in a|in any|/) ?(?:week|wk)";
/** "panic episodes ≤ 1 a week", "episodes at most 2 per week", "panic at most once a week". */
const EPISODES_SUBJECT_FIRST = new RegExp(`^(?:${SYMPTOM} ?)?(episodes?)? ?${COMPARATOR} ?${COUNT} ?${PER_WEEK}$`);
/** "at most 2 panic attacks a week", "fewer than 3 episodes per week". */
const EPISODES_COUNT_FIRST = new RegExp(`^${COMPARATOR} ?${COUNT} ?(?:${SYMPTOM} ?)?(episodes?)? ?${PER_WEEK}$`);
const HOMEWORK_PATTERN = new RegExp(
  `^homework(?: (?:completion(?: rate)?|completed|done))? ?${COMPARATOR} ?${NUMBER}( ?%)?$`,
);

/** Lower case, one space between words, no closing full stop; typographic hyphens, quotes and ≤/≥ made plain. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/≤|=</g, "<=")
    .replace(/≥|=>/g, ">=")
    .replace(/\s+/g, " ")
    .replace(/[.!]+$/, "")
    .trim();
}

function symptomOf(words: string | undefined): Symptom | null {
  if (words === undefined) return null;
  const found = SYMPTOM_WORDS.find(([, pattern]) => new RegExp(`^(?:${pattern})$`).test(words));
  return found![0];
}

function measureOf(words: string): TargetMeasure {
  return MEASURE_NAMES.find(([, pattern]) => new RegExp(`^(?:${pattern})$`).test(words))![0];
}

/** The check's grammar only, before any range is applied. */
function readCheck(text: string): CheckableTarget | null {
  const plain = normalise(text);
  const measure = MEASURE_PATTERN.exec(plain);
  if (measure) {
    return {
      kind: "MEASURE",
      text,
      measure: measureOf(measure[1]!),
      comparator: comparatorOf(measure[2]!),
      value: Number(measure[3]),
    };
  }
  const subjectFirst = EPISODES_SUBJECT_FIRST.exec(plain);
  if (subjectFirst && (subjectFirst[1] !== undefined || subjectFirst[2] !== undefined)) {
    const [, symptom, , comparator, digits, word] = subjectFirst;
    return episodesTarget(text, symptom, comparator!, digits, word);
  }
  const countFirst = EPISODES_COUNT_FIRST.exec(plain);
  if (countFirst && (countFirst[4] !== undefined || countFirst[5] !== undefined)) {
    const [, comparator, digits, word, symptom] = countFirst;
    return episodesTarget(text, symptom, comparator!, digits, word);
  }
  const homework = HOMEWORK_PATTERN.exec(plain);
  if (homework) {
    const percent = homework[3] !== undefined;
    return {
      kind: "HOMEWORK_COMPLETION",
      text,
      comparator: comparatorOf(homework[1]!),
      value: percent ? Number(homework[2]) / 100 : Number(homework[2]),
    };
  }
  return null;
}

function episodesTarget(
  text: string,
  symptom: string | undefined,
  comparator: string,
  digits: string | undefined,
  word: string | undefined,
): EpisodesPerWeekTarget {
  const counted = digits === undefined ? -1 : COUNT_WORDS.indexOf(digits);
  const value = digits === undefined ? (word === "once" ? 1 : 2) : counted >= 0 ? counted : Number(digits);
  return { kind: "EPISODES_PER_WEEK", text, symptom: symptomOf(symptom), comparator: comparatorOf(comparator), value };
}

// ---------------------------------------------------------------------------------------------
// Ranges
// ---------------------------------------------------------------------------------------------

/** How a problem sentence names a measure's scores. */
const MEASURE_SCORES: Readonly<Record<TargetMeasure, string>> = {
  ORS: "ORS totals",
  SRS: "SRS totals",
  PHQ9: "PHQ-9 totals",
  GAD7: "GAD-7 totals",
  WEEK_RATING: "Week ratings",
};

/** The range a measure's total can take under the clinic's rules, and whether it is a whole number. */
export function measureRange(
  measure: TargetMeasure,
  rules: ClinicalRules = DEFAULT_RULES,
): { min: number; max: number; wholeNumbers: boolean } {
  switch (measure) {
    case "ORS":
      return {
        min: ORS_ITEMS.length * rules.ORS_ITEM_MIN,
        max: ORS_ITEMS.length * rules.ORS_ITEM_MAX,
        wholeNumbers: false,
      };
    case "SRS":
      return {
        min: SRS_ITEMS.length * rules.SRS_ITEM_MIN,
        max: SRS_ITEMS.length * rules.SRS_ITEM_MAX,
        wholeNumbers: false,
      };
    case "PHQ9":
      return { min: 0, max: phq9MaxTotal(rules), wholeNumbers: true };
    case "GAD7":
      return { min: 0, max: gad7MaxTotal(rules), wholeNumbers: true };
    case "WEEK_RATING":
      return { min: rules.WEEK_RATING_MIN, max: rules.WEEK_RATING_MAX, wholeNumbers: true };
  }
}

/** True when `observed` passes the check. */
export function compare(observed: number, comparator: Comparator, value: number): boolean {
  switch (comparator) {
    case "LT":
      return observed < value;
    case "LE":
      return observed <= value;
    case "GE":
      return observed >= value;
    case "GT":
      return observed > value;
  }
}

/**
 * A check must be able both to pass and to fail on values the measure can take; otherwise it says nothing week by
 * week. `min`/`max` bound what can be observed (max may be Infinity for counts).
 */
function reachProblem(comparator: Comparator, value: number, min: number, max: number): "NEVER" | "ALWAYS" | null {
  const canPass = compare(comparator === "LT" || comparator === "LE" ? min : max, comparator, value);
  const canFail = !compare(comparator === "LT" || comparator === "LE" ? max : min, comparator, value);
  if (!canPass) return "NEVER";
  if (!canFail) return "ALWAYS";
  return null;
}

function reachSentence(what: string, reach: "NEVER" | "ALWAYS"): string {
  return reach === "NEVER"
    ? `${what} can never be met, so it cannot be checked. Choose a value that can be reached.`
    : `${what} is met whatever happens, so it cannot be checked. Choose a value that can be missed.`;
}

function checkProblem(target: CheckableTarget, rules: ClinicalRules): string | null {
  const quoted = `"${target.text.trim()}"`;
  switch (target.kind) {
    case "MEASURE": {
      const { min, max, wholeNumbers } = measureRange(target.measure, rules);
      const scores = MEASURE_SCORES[target.measure];
      if (target.value < min || target.value > max) {
        return `${scores} run from ${min} to ${max}, so ${quoted} is out of range.`;
      }
      if (wholeNumbers && !Number.isInteger(target.value)) {
        return `${scores} are whole numbers; write ${quoted} with a whole number.`;
      }
      if (!wholeNumbers && !hasAtMostOneDecimal(target.value)) {
        return `${scores} have at most one decimal place; write ${quoted} with at most one.`;
      }
      const reach = reachProblem(target.comparator, target.value, min, max);
      return reach === null ? null : reachSentence(quoted, reach);
    }
    case "EPISODES_PER_WEEK": {
      if (!Number.isInteger(target.value)) {
        return `Episodes are counted in whole numbers; write ${quoted} with a whole number.`;
      }
      const reach = reachProblem(target.comparator, target.value, 0, Infinity);
      return reach === null ? null : reachSentence(quoted, reach);
    }
    case "HOMEWORK_COMPLETION": {
      if (target.value > 1) {
        return `Homework completion runs from 0% to 100%: write ${quoted} as a percentage (e.g. 60%) or a fraction (e.g. 0.6).`;
      }
      const reach = reachProblem(target.comparator, target.value, 0, 1);
      return reach === null ? null : reachSentence(quoted, reach);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Parsing and validation
// ---------------------------------------------------------------------------------------------

/**
 * Read a target. A check in the grammar gives MEASURE, EPISODES_PER_WEEK or HOMEWORK_COMPLETION; anything else is
 * UNCHECKABLE and stays text. A check that is out of range, or can never fail or never pass, is UNCHECKABLE with a
 * `problem` saying why (validateTarget gives the same sentence, for refusing it when the plan is saved).
 * Throws MeasureInputError only when `text` is not a string.
 */
export function parseTarget(text: string, rules: ClinicalRules = DEFAULT_RULES, field = "target"): Target {
  if (typeof text !== "string") {
    throw new MeasureInputError(field, `${field} must be text`);
  }
  const check = readCheck(text);
  if (check === null) return { kind: "UNCHECKABLE", text, problem: null };
  const problem = checkProblem(check, rules);
  return problem === null ? check : { kind: "UNCHECKABLE", text, problem };
}

/** A plain-language problem with a target written as a check, or null (a valid check, or prose that is no check). */
export function validateTarget(text: string, rules: ClinicalRules = DEFAULT_RULES, field = "target"): string | null {
  const target = parseTarget(text, rules, field);
  return target.kind === "UNCHECKABLE" ? target.problem : null;
}

// ---------------------------------------------------------------------------------------------
// Weekly checks
// ---------------------------------------------------------------------------------------------

function requireLocalDate(value: unknown, field: string): string {
  if (typeof value !== "string" || !isValidLocalDate(value)) {
    throw new MeasureInputError(field, `${field} must be a date written YYYY-MM-DD`);
  }
  return value;
}

function requireArray<T>(value: readonly T[] | undefined, field: string): readonly T[] {
  if (value === undefined || !Array.isArray(value)) throw new MeasureInputError(field, `${field} must be a list`);
  return value as readonly T[];
}

/** Week starts: Mondays, in order, each once. */
function validateWeeks(weeks: readonly string[]): void {
  requireArray(weeks, "weeks").forEach((week, index) => {
    const field = `weeks[${index}]`;
    requireLocalDate(week, field);
    if (weekStartOf(week) !== week) throw new MeasureInputError(field, `${field} must be a Monday, got ${week}`);
    if (index > 0 && week <= weeks[index - 1]!) {
      throw new MeasureInputError(field, `${field} must come after the week before it, got ${week}`);
    }
  });
}

const RATING_VALIDATORS: Readonly<
  Record<TargetMeasure, { key: keyof TargetRatingRow; check: (v: number, r: ClinicalRules, f: string) => unknown }>
> = {
  ORS: { key: "orsTotal", check: validateOrsTotal },
  SRS: { key: "srsTotal", check: validateSrsTotal },
  PHQ9: { key: "phq9Total", check: validatePhq9Total },
  GAD7: { key: "gad7Total", check: validateGad7Total },
  WEEK_RATING: {
    key: "weekRating",
    check: (value, rules, field) => {
      if (!Number.isInteger(value) || value < rules.WEEK_RATING_MIN || value > rules.WEEK_RATING_MAX) {
        throw new MeasureInputError(
          field,
          `${field} must be a whole number from ${rules.WEEK_RATING_MIN} to ${rules.WEEK_RATING_MAX}, got ${value}`,
        );
      }
    },
  },
};

function measureValue(row: TargetRatingRow, index: number, measure: TargetMeasure, rules: ClinicalRules) {
  const { key, check } = RATING_VALIDATORS[measure];
  const raw = row[key];
  if (raw === null || raw === undefined) return null;
  const field = `ratings[${index}].${key}`;
  const value = requireFiniteNumber(raw, field);
  check(value, rules, field);
  return value;
}

/** The last rating of `measure` in each week, by date then time. */
function lastRatingByWeek(ratings: readonly TargetRatingRow[], measure: TargetMeasure, rules: ClinicalRules) {
  const last = new Map<string, { localDate: string; time: number; value: number }>();
  requireArray(ratings, "ratings").forEach((row, index) => {
    const localDate = requireLocalDate(row?.localDate, `ratings[${index}].localDate`);
    const time = row.occurredAt instanceof Date ? row.occurredAt.getTime() : NaN;
    if (Number.isNaN(time)) {
      throw new MeasureInputError(
        `ratings[${index}].occurredAt`,
        `ratings[${index}].occurredAt must be a date and time`,
      );
    }
    const value = measureValue(row, index, measure, rules);
    if (value === null) return;
    const week = weekStartOf(localDate);
    const held = last.get(week);
    if (!held || localDate > held.localDate || (localDate === held.localDate && time >= held.time)) {
      last.set(week, { localDate, time, value });
    }
  });
  return last;
}

const SYMPTOMS = new Set<string>(Object.values(Symptom));
const REVIEWED = new Set<string>([HomeworkStatus.COMPLETED, HomeworkStatus.PARTIAL, HomeworkStatus.NOT_DONE]);
const STATUSES = new Set<string>(Object.values(HomeworkStatus));

function episodeCountByWeek(episodes: readonly TargetEpisodeRow[], symptom: Symptom | null) {
  const counts = new Map<string, number>();
  requireArray(episodes, "episodes").forEach((row, index) => {
    const localDate = requireLocalDate(row?.localDate, `episodes[${index}].localDate`);
    if (!SYMPTOMS.has(row.symptom)) {
      throw new MeasureInputError(`episodes[${index}].symptom`, `episodes[${index}].symptom is not a known symptom`);
    }
    if (symptom !== null && row.symptom !== symptom) return;
    const week = weekStartOf(localDate);
    counts.set(week, (counts.get(week) ?? 0) + 1);
  });
  return counts;
}

function homeworkByWeek(homework: readonly TargetHomeworkRow[]) {
  const tallies = new Map<string, { completed: number; reviewed: number }>();
  requireArray(homework, "homework").forEach((row, index) => {
    const dueDate = requireLocalDate(row?.dueDate, `homework[${index}].dueDate`);
    if (!STATUSES.has(row.status)) {
      throw new MeasureInputError(`homework[${index}].status`, `homework[${index}].status is not a known status`);
    }
    if (!REVIEWED.has(row.status)) return;
    const week = weekStartOf(dueDate);
    const tally = tallies.get(week) ?? { completed: 0, reviewed: 0 };
    tally.reviewed++;
    if (row.status === HomeworkStatus.COMPLETED) tally.completed++;
    tallies.set(week, tally);
  });
  return tallies;
}

const judged = (weekStart: string, passed: boolean, observed: number): TargetWeek => ({
  weekStart,
  state: passed ? "MET" : "NOT_MET",
  observed,
  completed: null,
  reviewed: null,
});

const unmeasurable = (weekStart: string): TargetWeek => ({
  weekStart,
  state: "NOT_MEASURABLE",
  observed: null,
  completed: null,
  reviewed: null,
});

/**
 * Each listed week (Monday starts, complete weeks, in order) checked against the target:
 * - MEASURE: the week's last rating of that measure; NOT_MEASURABLE when it was not rated that week;
 * - EPISODES_PER_WEEK: the week's count of episodes (of that symptom); a week with none logged counts as 0;
 * - HOMEWORK_COMPLETION: completed over reviewed items due that week; NOT_MEASURABLE when none was reviewed.
 * An UNCHECKABLE target is NOT_MEASURABLE every week. Bad rows throw MeasureInputError naming the field.
 */
export function checkTargetWeeks(
  target: Target,
  data: TargetData,
  weeks: readonly string[],
  rules: ClinicalRules = DEFAULT_RULES,
): TargetWeek[] {
  validateWeeks(weeks);
  if (typeof data !== "object" || data === null) throw new MeasureInputError("data", "data must be an object");
  switch (target.kind) {
    case "UNCHECKABLE":
      return weeks.map(unmeasurable);
    case "MEASURE": {
      const last = lastRatingByWeek(data.ratings, target.measure, rules);
      return weeks.map((week) => {
        const rating = last.get(week);
        return rating
          ? judged(week, compare(rating.value, target.comparator, target.value), rating.value)
          : unmeasurable(week);
      });
    }
    case "EPISODES_PER_WEEK": {
      const counts = episodeCountByWeek(data.episodes, target.symptom);
      return weeks.map((week) => {
        const count = counts.get(week) ?? 0;
        return judged(week, compare(count, target.comparator, target.value), count);
      });
    }
    case "HOMEWORK_COMPLETION": {
      const tallies = homeworkByWeek(data.homework);
      return weeks.map((week) => {
        const tally = tallies.get(week);
        if (!tally) return unmeasurable(week);
        const rate = tally.completed / tally.reviewed;
        return { ...judged(week, compare(rate, target.comparator, target.value), rate), ...tally };
      });
    }
  }
}

/**
 * Progress against each of a plan's targets since its last revision: the complete weeks that start on or after the
 * revision date (a week the revision began part-way through ran partly under the old plan, so it is left out), the
 * weeks met out of the weeks measurable, the latest week's state and the streak of met weeks. Description only.
 */
export function targetProgress(
  targets: readonly string[],
  data: TargetData,
  sinceRevisionDate: string,
  weeks: readonly string[],
  rules: ClinicalRules = DEFAULT_RULES,
): TargetProgress[] {
  requireArray(targets, "targets");
  requireLocalDate(sinceRevisionDate, "sinceRevisionDate");
  validateWeeks(weeks);
  const firstWeek =
    weekStartOf(sinceRevisionDate) === sinceRevisionDate
      ? sinceRevisionDate
      : addDays(weekStartOf(sinceRevisionDate), 7);
  const since = weeks.filter((week) => week >= firstWeek);
  return targets.map((text, index) => {
    const target = parseTarget(text, rules, `targets[${index}]`);
    const checked = checkTargetWeeks(target, data, since, rules);
    const measured = checked.filter((week) => week.state !== "NOT_MEASURABLE");
    let streak = 0;
    for (let i = measured.length - 1; i >= 0 && measured[i]!.state === "MET"; i--) streak++;
    return {
      target,
      method: "WEEKLY_TARGET_CHECK",
      weeks: checked,
      weeksMet: measured.filter((week) => week.state === "MET").length,
      weeksMeasurable: measured.length,
      latest: checked.at(-1) ?? null,
      latestMeasured: measured.at(-1) ?? null,
      streak,
    };
  });
}
