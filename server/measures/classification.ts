/**
 * Outcome classification per client (docs/clinical.md, "Outcome per client"): baseline = first rated
 * session, latest = last rated session.
 * - reliable improvement: change ≥ the measure's reliable-change value in the good direction;
 * - reliable deterioration: the same in the bad direction;
 * - recovery: at caseness at baseline and not at latest;
 * - reliable recovery: recovery and reliable improvement;
 * - clients not at caseness at baseline are left out of recovery rates (recovered = null).
 * Plus the NHS Talking Therapies paired PHQ-9 + GAD-7 definitions and the NHS-style recovery rate.
 */
import { MeasureInputError } from "./errors.ts";
import {
  roundToOneDecimal,
  validateGad7Total,
  validateOrsTotal,
  validatePhq9Total,
  validateSrsTotal,
  type Population,
} from "./instruments.ts";
import { DEFAULT_RULES, type ClinicalRules, type RuleName } from "./rules.ts";

export type MeasureId = "ORS" | "SRS" | "PHQ9" | "GAD7";
export type ChangeClass = "RELIABLE_IMPROVEMENT" | "NO_RELIABLE_CHANGE" | "RELIABLE_DETERIORATION";
export type Direction = "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
export type ReliableChangeRule = "ORS_RELIABLE_CHANGE" | "PHQ9_RELIABLE_CHANGE" | "GAD7_RELIABLE_CHANGE";
export type CasenessRule =
  "ORS_CLINICAL_CUTOFF_ADULT" | "ORS_CLINICAL_CUTOFF_CHILD" | "PHQ9_CASENESS" | "GAD7_CASENESS";

export interface MeasureDefinition {
  readonly id: MeasureId;
  readonly direction: Direction;
  /** Rule holding the measure's reliable-change value; null for SRS (docs/clinical.md, "Measures": none). */
  readonly reliableChangeRule: ReliableChangeRule | null;
  /** Rule holding the caseness threshold (adult rule for ORS); null for SRS, which has no caseness. */
  readonly casenessRule: CasenessRule | null;
  /** How the caseness threshold is applied: ORS "≤ cut-off", PHQ-9/GAD-7 "≥ threshold". */
  readonly casenessWhen: "AT_OR_BELOW" | "AT_OR_ABOVE" | null;
}

/** Direction, reliable-change rule and caseness rule of each measure (docs/clinical.md, "Measures"). */
export const MEASURES: Readonly<Record<MeasureId, MeasureDefinition>> = Object.freeze({
  ORS: Object.freeze({
    id: "ORS",
    direction: "HIGHER_IS_BETTER",
    reliableChangeRule: "ORS_RELIABLE_CHANGE",
    casenessRule: "ORS_CLINICAL_CUTOFF_ADULT",
    casenessWhen: "AT_OR_BELOW",
  }),
  SRS: Object.freeze({
    id: "SRS",
    direction: "HIGHER_IS_BETTER",
    reliableChangeRule: null,
    casenessRule: null,
    casenessWhen: null,
  }),
  PHQ9: Object.freeze({
    id: "PHQ9",
    direction: "LOWER_IS_BETTER",
    reliableChangeRule: "PHQ9_RELIABLE_CHANGE",
    casenessRule: "PHQ9_CASENESS",
    casenessWhen: "AT_OR_ABOVE",
  }),
  GAD7: Object.freeze({
    id: "GAD7",
    direction: "LOWER_IS_BETTER",
    reliableChangeRule: "GAD7_RELIABLE_CHANGE",
    casenessRule: "GAD7_CASENESS",
    casenessWhen: "AT_OR_ABOVE",
  }),
});

/** The table row with the values currently configured in `rules`. */
export function describeMeasure(
  measure: MeasureId,
  rules: ClinicalRules = DEFAULT_RULES,
  population: Population = "ADULT",
): MeasureDefinition & { reliableChange: number | null; casenessThreshold: number | null } {
  const def = measureDefinition(measure, population);
  return {
    ...def,
    reliableChange: def.reliableChangeRule === null ? null : rules[def.reliableChangeRule],
    casenessThreshold: def.casenessRule === null ? null : rules[def.casenessRule],
  };
}

function measureDefinition(measure: MeasureId, population: Population): MeasureDefinition {
  if (!Object.hasOwn(MEASURES, measure)) {
    throw new MeasureInputError("measure", `Unknown measure "${String(measure)}"`);
  }
  const def = MEASURES[measure];
  if (measure === "ORS" && population === "CHILD") return { ...def, casenessRule: "ORS_CLINICAL_CUTOFF_CHILD" };
  return def;
}

function validateTotal(measure: MeasureId, total: number, rules: ClinicalRules, field: string): number {
  switch (measure) {
    case "ORS":
      return validateOrsTotal(total, rules, field);
    case "SRS":
      return validateSrsTotal(total, rules, field);
    case "PHQ9":
      return validatePhq9Total(total, rules, field);
    case "GAD7":
      return validateGad7Total(total, rules, field);
  }
}

function isCase(def: MeasureDefinition, total: number, rules: ClinicalRules): boolean | null {
  if (def.casenessRule === null) return null;
  const threshold = rules[def.casenessRule];
  return def.casenessWhen === "AT_OR_BELOW" ? total <= threshold : total >= threshold;
}

/** Classify a change (latest − baseline) against a reliable-change value, given the measure's direction. */
export function classifyChange(change: number, reliableChange: number, direction: Direction): ChangeClass {
  const improvement = direction === "HIGHER_IS_BETTER" ? change : -change;
  if (improvement >= reliableChange) return "RELIABLE_IMPROVEMENT";
  if (-improvement >= reliableChange) return "RELIABLE_DETERIORATION";
  return "NO_RELIABLE_CHANGE";
}

export interface OutcomeClassification {
  measure: MeasureId;
  baseline: number;
  latest: number;
  /** latest − baseline (raw direction of the scale). */
  change: number;
  /** null only for SRS, which has no reliable-change value in docs/clinical.md. */
  changeClass: ChangeClass | null;
  /** Name of the reliable-change constant applied, e.g. "PHQ9_RELIABLE_CHANGE"; null for SRS. */
  rule: ReliableChangeRule | null;
  /** Name of the caseness constant applied; null for SRS. */
  casenessRule: CasenessRule | null;
  casenessAtBaseline: boolean | null;
  casenessAtLatest: boolean | null;
  /** null when not at caseness at baseline (left out of recovery rates) or for SRS. */
  recovered: boolean | null;
  reliablyRecovered: boolean | null;
  /** PHQ-9 only (PHQ9_RESPONSE_FRACTION): down ≥ 50% from baseline; null for other measures or baseline 0. */
  response: boolean | null;
  /** PHQ-9 only (PHQ9_REMISSION_BELOW): latest < 5; null for other measures. */
  remission: boolean | null;
}

/**
 * Per-client, per-measure outcome (docs/clinical.md, "Outcome per client").
 * Rules applied: <MEASURE>_RELIABLE_CHANGE, the caseness rule (PHQ9_CASENESS, GAD7_CASENESS,
 * ORS_CLINICAL_CUTOFF_ADULT/CHILD), PHQ9_RESPONSE_FRACTION, PHQ9_REMISSION_BELOW.
 * Single-measure caseness: PHQ-9 alone uses PHQ-9 ≥ 10 here; the NHS "PHQ-9 or GAD-7" caseness is
 * in classifyNhsPaired.
 */
export function classifyOutcome(
  measure: MeasureId,
  baseline: number,
  latest: number,
  rules: ClinicalRules = DEFAULT_RULES,
  population: Population = "ADULT",
): OutcomeClassification {
  const def = measureDefinition(measure, population);
  validateTotal(measure, baseline, rules, "baseline");
  validateTotal(measure, latest, rules, "latest");

  // ORS/SRS totals carry one decimal: round so 24.3 − 19.3 is exactly 5, not 4.999999.
  const rawChange = latest - baseline;
  const change = measure === "ORS" || measure === "SRS" ? roundToOneDecimal(rawChange) : rawChange;

  const rule = def.reliableChangeRule;
  const changeClass = rule === null ? null : classifyChange(change, rules[rule], def.direction);

  const casenessAtBaseline = isCase(def, baseline, rules);
  const casenessAtLatest = isCase(def, latest, rules);
  const recovered = casenessAtBaseline === true ? casenessAtLatest === false : null;
  const reliablyRecovered = recovered === null ? null : recovered && changeClass === "RELIABLE_IMPROVEMENT";

  let response: boolean | null = null;
  let remission: boolean | null = null;
  if (measure === "PHQ9") {
    // Small tolerance so a configured fraction such as 0.3 × 10 (= 3.0000000000000004) still matches a drop of 3.
    response = baseline > 0 ? baseline - latest >= rules.PHQ9_RESPONSE_FRACTION * baseline - 1e-9 : null;
    remission = latest < rules.PHQ9_REMISSION_BELOW;
  }

  return {
    measure,
    baseline,
    latest,
    change,
    changeClass,
    rule,
    casenessRule: def.casenessRule,
    casenessAtBaseline,
    casenessAtLatest,
    recovered,
    reliablyRecovered,
    response,
    remission,
  };
}

export interface NhsPairedClassification {
  changeClass: ChangeClass;
  /** PHQ-9 ≥ PHQ9_CASENESS or GAD-7 ≥ GAD7_CASENESS at the first session. */
  casenessAtBaseline: boolean;
  casenessAtLatest: boolean;
  /** null when not at caseness at the start (left out of the recovery rate). */
  recovered: boolean | null;
  reliablyRecovered: boolean | null;
  phq9: { change: number; changeClass: ChangeClass };
  gad7: { change: number; changeClass: ChangeClass };
  rules: readonly RuleName[];
}

/**
 * NHS Talking Therapies paired PHQ-9 + GAD-7 definitions:
 * - caseness = PHQ-9 ≥ 10 OR GAD-7 ≥ 8 (PHQ9_CASENESS, GAD7_CASENESS);
 * - recovery = at caseness at the start and below caseness on BOTH measures at the end;
 * - reliable improvement = a reliable decrease on at least one measure and no reliable increase on the other
 *   (PHQ9_RELIABLE_CHANGE = 6, GAD7_RELIABLE_CHANGE = 4);
 * - reliable deterioration = a reliable increase on at least one and no reliable decrease on the other;
 * - otherwise (including a reliable decrease on one and a reliable increase on the other) no reliable change;
 * - reliable recovery = recovery and reliable improvement.
 */
export function classifyNhsPaired(
  scores: { phq9: readonly [number, number]; gad7: readonly [number, number] },
  rules: ClinicalRules = DEFAULT_RULES,
): NhsPairedClassification {
  if (!Array.isArray(scores?.phq9) || scores.phq9.length !== 2) {
    throw new MeasureInputError("phq9", "phq9 must be [baseline, latest]");
  }
  if (!Array.isArray(scores?.gad7) || scores.gad7.length !== 2) {
    throw new MeasureInputError("gad7", "gad7 must be [baseline, latest]");
  }
  const [phqStart, phqEnd] = scores.phq9;
  const [gadStart, gadEnd] = scores.gad7;
  validatePhq9Total(phqStart, rules, "phq9[0]");
  validatePhq9Total(phqEnd, rules, "phq9[1]");
  validateGad7Total(gadStart, rules, "gad7[0]");
  validateGad7Total(gadEnd, rules, "gad7[1]");

  const phqClass = classifyChange(phqEnd - phqStart, rules.PHQ9_RELIABLE_CHANGE, "LOWER_IS_BETTER");
  const gadClass = classifyChange(gadEnd - gadStart, rules.GAD7_RELIABLE_CHANGE, "LOWER_IS_BETTER");
  const classes = [phqClass, gadClass];
  const anyImprovement = classes.includes("RELIABLE_IMPROVEMENT");
  const anyDeterioration = classes.includes("RELIABLE_DETERIORATION");
  let changeClass: ChangeClass = "NO_RELIABLE_CHANGE";
  if (anyImprovement && !anyDeterioration) changeClass = "RELIABLE_IMPROVEMENT";
  else if (anyDeterioration && !anyImprovement) changeClass = "RELIABLE_DETERIORATION";

  const casenessAtBaseline = phqStart >= rules.PHQ9_CASENESS || gadStart >= rules.GAD7_CASENESS;
  const casenessAtLatest = phqEnd >= rules.PHQ9_CASENESS || gadEnd >= rules.GAD7_CASENESS;
  const recovered = casenessAtBaseline ? !casenessAtLatest : null;
  const reliablyRecovered = recovered === null ? null : recovered && changeClass === "RELIABLE_IMPROVEMENT";

  return {
    changeClass,
    casenessAtBaseline,
    casenessAtLatest,
    recovered,
    reliablyRecovered,
    phq9: { change: phqEnd - phqStart, changeClass: phqClass },
    gad7: { change: gadEnd - gadStart, changeClass: gadClass },
    rules: ["PHQ9_CASENESS", "GAD7_CASENESS", "PHQ9_RELIABLE_CHANGE", "GAD7_RELIABLE_CHANGE"],
  };
}

function requireCount(value: number, field: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new MeasureInputError(field, `${field} must be a whole number ≥ 0, got ${String(value)}`);
  }
  return value;
}

/**
 * NHS-style recovery rate = recovered / (finished − not at caseness at start).
 * Worked figure (NHS Talking Therapies; docs/clinical.md): 23,291 / (48,111 − 2,957) = 51.6%. `rate` is a fraction (0.516),
 * null when the denominator is 0.
 */
export function recoveryRate(counts: { recovered: number; finished: number; notAtCasenessAtStart: number }): {
  rate: number | null;
  denominator: number;
} {
  const recovered = requireCount(counts.recovered, "recovered");
  const finished = requireCount(counts.finished, "finished");
  const notAtCaseness = requireCount(counts.notAtCasenessAtStart, "notAtCasenessAtStart");
  if (notAtCaseness > finished) {
    throw new MeasureInputError("notAtCasenessAtStart", "notAtCasenessAtStart cannot exceed finished");
  }
  const denominator = finished - notAtCaseness;
  if (recovered > denominator) {
    throw new MeasureInputError("recovered", "recovered cannot exceed finished − notAtCasenessAtStart");
  }
  return { rate: denominator === 0 ? null : recovered / denominator, denominator };
}
