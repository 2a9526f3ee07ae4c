/**
 * Jacobson, N. S. & Truax, P. (1991). Clinical significance: a statistical approach to defining
 * meaningful change in psychotherapy research. J Consult Clin Psychol 59(1), 12–19.
 * General form as written in docs/clinical.md, "Reliable change and clinical significance (Jacobson & Truax 1991)":
 *   SE = SD_pre · √(1 − r),  S_diff = √2 · SE,  RCI = (x2 − x1) / S_diff,  reliable when |RCI| ≥ 1.96.
 *   Cut-offs (lower = better): a = M_clin − 2·SD_clin, b = M_fun + 2·SD_fun,
 *   c = (SD_fun·M_clin + SD_clin·M_fun) / (SD_fun + SD_clin).
 */
import { DEFAULT_RULES, type ClinicalRules } from "./rules.ts";

function requirePositive(value: number, name: string): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a finite number > 0, got ${String(value)}`);
  }
}

function requireFinite(value: number, name: string): void {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new RangeError(`${name} must be a finite number, got ${String(value)}`);
  }
}

/** Standard error of measurement: SE = SD_pre · √(1 − r). SD > 0, reliability r in [0, 1). */
export function standardError(sdPre: number, reliability: number): number {
  requirePositive(sdPre, "sdPre");
  requireFinite(reliability, "reliability");
  if (reliability < 0 || reliability >= 1) {
    throw new RangeError(`reliability must be in [0, 1), got ${reliability}`);
  }
  return sdPre * Math.sqrt(1 - reliability);
}

/** Standard error of the difference between two scores: S_diff = √(2·SE²) = √2 · SE. */
export function differenceStandardError(se: number): number {
  requirePositive(se, "se");
  return Math.SQRT2 * se;
}

/** RCI = (x2 − x1) / S_diff. Positive when the score rose. */
export function reliableChangeIndex(x1: number, x2: number, sDiff: number): number {
  requireFinite(x1, "x1");
  requireFinite(x2, "x2");
  requirePositive(sDiff, "sDiff");
  return (x2 - x1) / sDiff;
}

/** Smallest change that is reliable: RCI_CRITICAL_Z · S_diff (1.96 · S_diff by default). */
export function smallestReliableChange(sDiff: number, rules: ClinicalRules = DEFAULT_RULES): number {
  requirePositive(sDiff, "sDiff");
  return rules.RCI_CRITICAL_Z * sDiff;
}

/** Rule RCI_CRITICAL_Z: reliable when |RCI| ≥ 1.96. */
export function isReliableChange(rci: number, rules: ClinicalRules = DEFAULT_RULES): boolean {
  requireFinite(rci, "rci");
  return Math.abs(rci) >= rules.RCI_CRITICAL_Z;
}

/**
 * Jacobson & Truax clinical-significance cut-offs, "lower = better" orientation (as in docs/clinical.md):
 * - a: two SDs beyond the clinical mean, in the direction of functioning (M_clin − 2·SD_clin);
 * - b: within two SDs of the functional mean (M_fun + 2·SD_fun);
 * - c: the point between the two means weighted by their SDs,
 *      (SD_fun·M_clin + SD_clin·M_fun) / (SD_fun + SD_clin).
 * For a "higher = better" scale, swap the signs of the 2·SD terms (not done here).
 */
export function clinicalCutoffs(input: {
  meanClinical: number;
  sdClinical: number;
  meanFunctional: number;
  sdFunctional: number;
}): { a: number; b: number; c: number } {
  const { meanClinical, sdClinical, meanFunctional, sdFunctional } = input;
  requireFinite(meanClinical, "meanClinical");
  requireFinite(meanFunctional, "meanFunctional");
  requirePositive(sdClinical, "sdClinical");
  requirePositive(sdFunctional, "sdFunctional");
  return {
    a: meanClinical - 2 * sdClinical,
    b: meanFunctional + 2 * sdFunctional,
    c: (sdFunctional * meanClinical + sdClinical * meanFunctional) / (sdFunctional + sdClinical),
  };
}
