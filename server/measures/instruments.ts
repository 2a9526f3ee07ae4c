/**
 * Scoring and validation of the session instruments (docs/clinical.md, "Measures"):
 * ORS and SRS (4 items, 0–10, one decimal), PHQ-9 (9 items 0–3), GAD-7 (7 items 0–3),
 * and the "How was your week?" rating (integer 0–10). Pure functions; every validator throws
 * MeasureInputError naming the input path of the bad value.
 */
import { MeasureInputError } from "./errors.ts";
import { DEFAULT_RULES, type ClinicalRules } from "./rules.ts";

export const ORS_ITEMS = ["individual", "interpersonal", "social", "overall"] as const;
export const SRS_ITEMS = ["relationship", "goalsAndTopics", "approachOrMethod", "overall"] as const;
/** Number of items is part of each instrument's definition, not a clinic setting. */
export const PHQ9_ITEM_COUNT = 9;
export const GAD7_ITEM_COUNT = 7;
/** PHQ-9 item 9 ("thoughts that you would be better off dead…") is index 8. */
export const PHQ9_ITEM9_INDEX = 8;

export type OrsItems = { individual: number; interpersonal: number; social: number; overall: number };
export type SrsItems = { relationship: number; goalsAndTopics: number; approachOrMethod: number; overall: number };
export type Phq9Band = "MINIMAL" | "MILD" | "MODERATE" | "MODERATELY_SEVERE" | "SEVERE";
export type Gad7Band = "MINIMAL" | "MILD" | "MODERATE" | "SEVERE";
export type Population = "ADULT" | "CHILD";

// ---------------------------------------------------------------------------------------------
// Validation helpers
// ---------------------------------------------------------------------------------------------

function describe(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  return typeof value;
}

/** A finite number (rejects NaN, ±Infinity, strings, null…). */
export function requireFiniteNumber(value: unknown, field: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new MeasureInputError(field, `${field} must be a finite number, got ${describe(value)}`);
  }
  return value;
}

function requireRange(value: number, min: number, max: number, field: string): number {
  if (value < min || value > max) {
    throw new MeasureInputError(field, `${field} must be between ${min} and ${max}, got ${value}`);
  }
  return value;
}

/** True when `value` has at most one decimal place (tolerates binary float noise such as 7.3 * 10). */
export function hasAtMostOneDecimal(value: number): boolean {
  const scaled = value * 10;
  return Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, Math.abs(scaled));
}

/** Round to one decimal place to remove float noise from sums of one-decimal values. */
export function roundToOneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}

function requireOneDecimal(value: number, field: string): number {
  if (!hasAtMostOneDecimal(value)) {
    throw new MeasureInputError(field, `${field} allows at most one decimal place, got ${value}`);
  }
  return value;
}

function requireInteger(value: number, field: string): number {
  if (!Number.isInteger(value)) {
    throw new MeasureInputError(field, `${field} must be a whole number, got ${value}`);
  }
  return value;
}

function requireObject(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new MeasureInputError(field, `${field} must be an object of item scores`);
  }
  return value as Record<string, unknown>;
}

function scoreVisualAnalogue(
  input: unknown,
  itemNames: readonly string[],
  prefix: string,
  min: number,
  max: number,
): { total: number } {
  const items = requireObject(input, prefix);
  let sum = 0;
  for (const name of itemNames) {
    const field = `${prefix}.${name}`;
    const value = requireFiniteNumber(items[name], field);
    requireRange(value, min, max, field);
    requireOneDecimal(value, field);
    sum += value;
  }
  return { total: roundToOneDecimal(sum) };
}

function scoreLikertItems(input: unknown, count: number, itemMax: number, prefix: string): number[] {
  if (!Array.isArray(input)) {
    throw new MeasureInputError(prefix, `${prefix} must be an array of ${count} item scores`);
  }
  if (input.length !== count) {
    throw new MeasureInputError(prefix, `${prefix} needs exactly ${count} items, got ${input.length}`);
  }
  return input.map((raw: unknown, index) => {
    const field = `${prefix}[${index}]`;
    const value = requireFiniteNumber(raw, field);
    requireInteger(value, field);
    return requireRange(value, 0, itemMax, field);
  });
}

// ---------------------------------------------------------------------------------------------
// ORS
// ---------------------------------------------------------------------------------------------

/** ORS total 0–40 (higher = better); items ORS_ITEM_MIN..ORS_ITEM_MAX, at most one decimal. */
export function scoreOrs(items: OrsItems, rules: ClinicalRules = DEFAULT_RULES): { total: number } {
  return scoreVisualAnalogue(items, ORS_ITEMS, "ors", rules.ORS_ITEM_MIN, rules.ORS_ITEM_MAX);
}

/** Validate an ORS total (range 4·ORS_ITEM_MIN..4·ORS_ITEM_MAX, one decimal). */
export function validateOrsTotal(total: number, rules: ClinicalRules = DEFAULT_RULES, field = "ors.total"): number {
  requireFiniteNumber(total, field);
  requireRange(total, ORS_ITEMS.length * rules.ORS_ITEM_MIN, ORS_ITEMS.length * rules.ORS_ITEM_MAX, field);
  return requireOneDecimal(total, field);
}

/**
 * Rule ORS_CLINICAL_CUTOFF_ADULT / ORS_CLINICAL_CUTOFF_CHILD: the total is in the clinical range
 * when it is ≤ the cut-off (25 adults, 32 children — docs/clinical.md, "Measures").
 */
export function orsIsClinical(
  total: number,
  rules: ClinicalRules = DEFAULT_RULES,
  population: Population = "ADULT",
): boolean {
  validateOrsTotal(total, rules);
  return total <= orsClinicalCutoff(rules, population);
}

export function orsClinicalCutoff(rules: ClinicalRules = DEFAULT_RULES, population: Population = "ADULT"): number {
  return population === "CHILD" ? rules.ORS_CLINICAL_CUTOFF_CHILD : rules.ORS_CLINICAL_CUTOFF_ADULT;
}

export function orsClinicalCutoffRule(
  population: Population = "ADULT",
): "ORS_CLINICAL_CUTOFF_ADULT" | "ORS_CLINICAL_CUTOFF_CHILD" {
  return population === "CHILD" ? "ORS_CLINICAL_CUTOFF_CHILD" : "ORS_CLINICAL_CUTOFF_ADULT";
}

// ---------------------------------------------------------------------------------------------
// SRS
// ---------------------------------------------------------------------------------------------

/** SRS total 0–40 (higher = better alliance); items SRS_ITEM_MIN..SRS_ITEM_MAX, at most one decimal. */
export function scoreSrs(items: SrsItems, rules: ClinicalRules = DEFAULT_RULES): { total: number } {
  return scoreVisualAnalogue(items, SRS_ITEMS, "srs", rules.SRS_ITEM_MIN, rules.SRS_ITEM_MAX);
}

export function validateSrsTotal(total: number, rules: ClinicalRules = DEFAULT_RULES, field = "srs.total"): number {
  requireFiniteNumber(total, field);
  requireRange(total, SRS_ITEMS.length * rules.SRS_ITEM_MIN, SRS_ITEMS.length * rules.SRS_ITEM_MAX, field);
  return requireOneDecimal(total, field);
}

export type SrsAllianceRule = "SRS_ALLIANCE_CUTOFF" | "SRS_ALLIANCE_DROP";

/**
 * OpenFIT alert rules (docs/clinical.md, "Measures", SRS):
 * - SRS_ALLIANCE_CUTOFF: concern when total < 36;
 * - SRS_ALLIANCE_DROP: concern when the total dropped by ≥ 1 point from the previous session.
 * `rule` is the first rule that fired (cut-off before drop); `firedRules` lists all of them.
 */
export function srsAllianceConcern(
  current: number,
  previous: number | null,
  rules: ClinicalRules = DEFAULT_RULES,
): { belowCutoff: boolean; dropped: boolean; rule: SrsAllianceRule | null; firedRules: SrsAllianceRule[] } {
  validateSrsTotal(current, rules, "srs.current");
  if (previous !== null) validateSrsTotal(previous, rules, "srs.previous");
  const belowCutoff = current < rules.SRS_ALLIANCE_CUTOFF;
  // Totals have one decimal; round the difference so 36.3 − 35.3 counts as exactly 1.
  const dropped = previous !== null && roundToOneDecimal(previous - current) >= rules.SRS_ALLIANCE_DROP;
  const firedRules: SrsAllianceRule[] = [];
  if (belowCutoff) firedRules.push("SRS_ALLIANCE_CUTOFF");
  if (dropped) firedRules.push("SRS_ALLIANCE_DROP");
  return { belowCutoff, dropped, rule: firedRules[0] ?? null, firedRules };
}

// ---------------------------------------------------------------------------------------------
// PHQ-9
// ---------------------------------------------------------------------------------------------

export function phq9MaxTotal(rules: ClinicalRules = DEFAULT_RULES): number {
  return PHQ9_ITEM_COUNT * rules.PHQ9_ITEM_MAX;
}

export function validatePhq9Total(total: number, rules: ClinicalRules = DEFAULT_RULES, field = "phq9.total"): number {
  requireFiniteNumber(total, field);
  requireInteger(total, field);
  return requireRange(total, 0, phq9MaxTotal(rules), field);
}

/**
 * PHQ-9 severity (Kroenke, Spitzer & Williams 2001): 0–4 minimal, 5–9 mild, 10–14 moderate,
 * 15–19 moderately severe, 20–27 severe (edges PHQ9_BAND_*_MIN). Rejects totals outside 0–27 and non-integers.
 */
export function phq9Band(total: number, rules: ClinicalRules = DEFAULT_RULES): Phq9Band {
  validatePhq9Total(total, rules);
  if (total >= rules.PHQ9_BAND_SEVERE_MIN) return "SEVERE";
  if (total >= rules.PHQ9_BAND_MODERATELY_SEVERE_MIN) return "MODERATELY_SEVERE";
  if (total >= rules.PHQ9_BAND_MODERATE_MIN) return "MODERATE";
  if (total >= rules.PHQ9_BAND_MILD_MIN) return "MILD";
  return "MINIMAL";
}

/** Rule PHQ9_CASENESS: total ≥ 10 (NHS Talking Therapies). */
export function phq9Caseness(total: number, rules: ClinicalRules = DEFAULT_RULES): boolean {
  validatePhq9Total(total, rules);
  return total >= rules.PHQ9_CASENESS;
}

/** Rule PHQ9_ITEM9_RISK_ABOVE: any item-9 answer above 0 raises a risk alert at once. */
export function phq9Item9Risk(item9: number, rules: ClinicalRules = DEFAULT_RULES): boolean {
  const value = requireFiniteNumber(item9, `phq9[${PHQ9_ITEM9_INDEX}]`);
  return value > rules.PHQ9_ITEM9_RISK_ABOVE;
}

/**
 * Score a PHQ-9: exactly 9 integer items 0–PHQ9_ITEM_MAX. Returns total, band, item 9 (index 8),
 * caseness (PHQ9_CASENESS) and item9Risk (PHQ9_ITEM9_RISK_ABOVE).
 */
export function scorePhq9(
  items: number[],
  rules: ClinicalRules = DEFAULT_RULES,
): { total: number; band: Phq9Band; item9: number; caseness: boolean; item9Risk: boolean } {
  const values = scoreLikertItems(items, PHQ9_ITEM_COUNT, rules.PHQ9_ITEM_MAX, "phq9");
  const total = values.reduce((a, b) => a + b, 0);
  const item9 = values[PHQ9_ITEM9_INDEX]!;
  return {
    total,
    band: phq9Band(total, rules),
    item9,
    caseness: total >= rules.PHQ9_CASENESS,
    item9Risk: item9 > rules.PHQ9_ITEM9_RISK_ABOVE,
  };
}

// ---------------------------------------------------------------------------------------------
// GAD-7
// ---------------------------------------------------------------------------------------------

export function gad7MaxTotal(rules: ClinicalRules = DEFAULT_RULES): number {
  return GAD7_ITEM_COUNT * rules.GAD7_ITEM_MAX;
}

export function validateGad7Total(total: number, rules: ClinicalRules = DEFAULT_RULES, field = "gad7.total"): number {
  requireFiniteNumber(total, field);
  requireInteger(total, field);
  return requireRange(total, 0, gad7MaxTotal(rules), field);
}

/** GAD-7 severity (Spitzer et al. 2006): 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe. */
export function gad7Band(total: number, rules: ClinicalRules = DEFAULT_RULES): Gad7Band {
  validateGad7Total(total, rules);
  if (total >= rules.GAD7_BAND_SEVERE_MIN) return "SEVERE";
  if (total >= rules.GAD7_BAND_MODERATE_MIN) return "MODERATE";
  if (total >= rules.GAD7_BAND_MILD_MIN) return "MILD";
  return "MINIMAL";
}

/** Rule GAD7_CASENESS: total ≥ 8 (NHS Talking Therapies). */
export function gad7Caseness(total: number, rules: ClinicalRules = DEFAULT_RULES): boolean {
  validateGad7Total(total, rules);
  return total >= rules.GAD7_CASENESS;
}

/** Score a GAD-7: exactly 7 integer items 0–GAD7_ITEM_MAX. */
export function scoreGad7(
  items: number[],
  rules: ClinicalRules = DEFAULT_RULES,
): { total: number; band: Gad7Band; caseness: boolean } {
  const values = scoreLikertItems(items, GAD7_ITEM_COUNT, rules.GAD7_ITEM_MAX, "gad7");
  const total = values.reduce((a, b) => a + b, 0);
  return { total, band: gad7Band(total, rules), caseness: total >= rules.GAD7_CASENESS };
}

// ---------------------------------------------------------------------------------------------
// Week rating
// ---------------------------------------------------------------------------------------------

/** "How was your week?": an integer WEEK_RATING_MIN..WEEK_RATING_MAX (0–10). Returns the value. */
export function validateWeekRating(value: number, rules: ClinicalRules = DEFAULT_RULES): number {
  requireFiniteNumber(value, "weekRating");
  requireInteger(value, "weekRating");
  return requireRange(value, rules.WEEK_RATING_MIN, rules.WEEK_RATING_MAX, "weekRating");
}
