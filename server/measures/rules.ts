/**
 * Clinical rules: every threshold the analytics apply, in ONE object.
 *
 * Sources: docs/clinical.md, which draws on Kroenke, Spitzer & Williams 2001,
 * Spitzer et al. 2006, Miller & Duncan (PCOMS), NHS Talking Therapies and Jacobson & Truax 1991. Every value below is a
 * default that a clinic may change in configuration (see `resolveRules`). Code that applies a
 * threshold names the key it used (e.g. "PHQ9_RELIABLE_CHANGE") so every alert can be traced back
 * to a rule. For values whose primary source is unconfirmed, `RULE_INFO[key].unconfirmed` is true, so the UI
 * can say so in its tooltip.
 */

export interface ClinicalRules {
  // --- ORS (Outcome Rating Scale; Miller & Duncan, PCOMS). 4 items, 10 cm line, one decimal. Higher = better.
  /** Lowest item mark (0 cm). */
  readonly ORS_ITEM_MIN: number;
  /** Highest item mark (10 cm). */
  readonly ORS_ITEM_MAX: number;
  /** Adults: total ≤ this value is in the clinical range (PCOMS). */
  readonly ORS_CLINICAL_CUTOFF_ADULT: number;
  /** Children (CORS): total ≤ this value is in the clinical range. */
  readonly ORS_CLINICAL_CUTOFF_CHILD: number;
  /** Reliable change on the ORS total, in points. From the PCOMS literature; its primary source is unconfirmed. */
  readonly ORS_RELIABLE_CHANGE: number;

  // --- SRS (Session Rating Scale). 4 items 0–10. Higher = better alliance.
  readonly SRS_ITEM_MIN: number;
  readonly SRS_ITEM_MAX: number;
  /** Alliance concern when the SRS total is strictly below this value (OpenFIT alert rules). */
  readonly SRS_ALLIANCE_CUTOFF: number;
  /** Alliance concern when the SRS total drops by at least this many points from the previous session. */
  readonly SRS_ALLIANCE_DROP: number;

  // --- PHQ-9 (Kroenke, Spitzer & Williams 2001). 9 items 0–3, total 0–27. Lower = better.
  readonly PHQ9_ITEM_MAX: number;
  /** Severity band edges (lowest total of each band): 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe. */
  readonly PHQ9_BAND_MILD_MIN: number;
  readonly PHQ9_BAND_MODERATE_MIN: number;
  readonly PHQ9_BAND_MODERATELY_SEVERE_MIN: number;
  readonly PHQ9_BAND_SEVERE_MIN: number;
  /** Caseness: total ≥ this value (NHS Talking Therapies). */
  readonly PHQ9_CASENESS: number;
  /** Reliable change, in points (NHS Talking Therapies). */
  readonly PHQ9_RELIABLE_CHANGE: number;
  /** Minimal important change, in points (Löwe et al. 2004). */
  readonly PHQ9_MINIMAL_IMPORTANT_CHANGE: number;
  /** Response: PHQ-9 down by at least this fraction of the baseline. */
  readonly PHQ9_RESPONSE_FRACTION: number;
  /** Remission: PHQ-9 total strictly below this value. */
  readonly PHQ9_REMISSION_BELOW: number;
  /** Risk alert: PHQ-9 item 9 answer strictly above this value raises a risk alert at once. */
  readonly PHQ9_ITEM9_RISK_ABOVE: number;

  // --- GAD-7 (Spitzer et al. 2006). 7 items 0–3, total 0–21. Lower = better.
  readonly GAD7_ITEM_MAX: number;
  /** Severity band edges: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe. */
  readonly GAD7_BAND_MILD_MIN: number;
  readonly GAD7_BAND_MODERATE_MIN: number;
  readonly GAD7_BAND_SEVERE_MIN: number;
  /** Caseness: total ≥ this value (NHS Talking Therapies). */
  readonly GAD7_CASENESS: number;
  /** Reliable change, in points. */
  readonly GAD7_RELIABLE_CHANGE: number;

  // --- "How was your week?" (project's own check-in item). Integer.
  readonly WEEK_RATING_MIN: number;
  readonly WEEK_RATING_MAX: number;

  // --- Jacobson & Truax (1991).
  /** |RCI| ≥ this value is a reliable change (two-sided 95%). */
  readonly RCI_CRITICAL_Z: number;

  // --- Expected treatment response / off track (docs/clinical.md, "Expected response and off track").
  /** Fewer closed cases than this in an intake band → use the fallback rule instead of the expected curve. */
  readonly OFF_TRACK_MIN_CLOSED_CASES: number;
  /** Off track when the latest score is below this percentile of the expected distribution at that session. */
  readonly OFF_TRACK_PERCENTILE: number;
  /** Fallback rule: no reliable improvement by this session number → off track. */
  readonly OFF_TRACK_FALLBACK_SESSION: number;
  /** Intake band edges on the baseline ORS: < SEVERE_BELOW severe; < MODERATE_BELOW moderate;
   *  ≤ ORS_CLINICAL_CUTOFF_ADULT mild; above it non-clinical. */
  readonly INTAKE_BAND_SEVERE_BELOW: number;
  readonly INTAKE_BAND_MODERATE_BELOW: number;

  // --- Homework, episodes, plans (project rules; no published standard).
  /** Alert when the homework completion rate falls below this fraction … */
  readonly HOMEWORK_COMPLETION_ALERT_BELOW: number;
  /** … over this many most recent weeks … */
  readonly HOMEWORK_ALERT_WEEKS: number;
  /** … provided at least this many homework items were reviewed in that window. */
  readonly HOMEWORK_ALERT_MIN_REVIEWED: number;
  /** Episodes "rising" when the weekly count rises across this many consecutive buckets. */
  readonly EPISODES_RISING_BUCKETS: number;
  /** Window (weeks) before and after a plan revision used to compare progress. */
  readonly PLAN_COMPARISON_WINDOW_WEEKS: number;
  /** Confidence level of the episode rate-ratio interval (exact Poisson). */
  readonly RATE_RATIO_CONFIDENCE: number;

  // --- Anonymised caseload metrics (supervisor).
  /** Smallest count that may be reported (CMS cell-size rule: no counts 1–10; 0 allowed). */
  readonly MIN_CELL_SIZE: number;
}

export type RuleName = keyof ClinicalRules;

type Constraint =
  | "integer" // any finite integer
  | "nonNegativeInteger"
  | "positiveInteger"
  | "nonNegative" // finite number ≥ 0
  | "positive" // finite number > 0
  | "fractionOpen" // 0 < x < 1
  | "fractionClosed"; // 0 ≤ x ≤ 1

export interface RuleInfo {
  readonly constraint: Constraint;
  readonly description: string;
  readonly source: string;
  /** Secondary or unconfirmed source (docs/clinical.md): say so in the UI tooltip. */
  readonly unconfirmed: boolean;
}

const info = (constraint: Constraint, description: string, source: string, unconfirmed = false): RuleInfo =>
  Object.freeze({ constraint, description, source, unconfirmed });

/** Per-rule metadata: validation constraint, meaning and source (for tooltips and config validation). */
export const RULE_INFO: Readonly<Record<RuleName, RuleInfo>> = Object.freeze({
  ORS_ITEM_MIN: info("nonNegative", "ORS item minimum", "Miller & Duncan (PCOMS)"),
  ORS_ITEM_MAX: info("positive", "ORS item maximum (10 cm line, one decimal)", "Miller & Duncan (PCOMS)"),
  ORS_CLINICAL_CUTOFF_ADULT: info(
    "nonNegative",
    "ORS total ≤ this is in the clinical range (adults)",
    "Miller & Duncan (PCOMS)",
  ),
  ORS_CLINICAL_CUTOFF_CHILD: info(
    "nonNegative",
    "ORS total ≤ this is in the clinical range (children, CORS)",
    "Miller & Duncan (PCOMS)",
  ),
  ORS_RELIABLE_CHANGE: info(
    "positive",
    "ORS reliable change, points",
    "PCOMS literature (primary source unconfirmed)",
    true,
  ),
  SRS_ITEM_MIN: info("nonNegative", "SRS item minimum", "OpenFIT"),
  SRS_ITEM_MAX: info("positive", "SRS item maximum", "OpenFIT"),
  SRS_ALLIANCE_CUTOFF: info("nonNegative", "Alliance concern when SRS total < this", "OpenFIT alert rules"),
  SRS_ALLIANCE_DROP: info(
    "positive",
    "Alliance concern when SRS total drops by ≥ this from the previous session",
    "OpenFIT alert rules",
  ),
  PHQ9_ITEM_MAX: info("positiveInteger", "PHQ-9 item maximum", "Kroenke, Spitzer & Williams 2001"),
  PHQ9_BAND_MILD_MIN: info("nonNegativeInteger", "PHQ-9 mild band starts at", "Kroenke, Spitzer & Williams 2001"),
  PHQ9_BAND_MODERATE_MIN: info(
    "nonNegativeInteger",
    "PHQ-9 moderate band starts at",
    "Kroenke, Spitzer & Williams 2001",
  ),
  PHQ9_BAND_MODERATELY_SEVERE_MIN: info(
    "nonNegativeInteger",
    "PHQ-9 moderately severe band starts at",
    "Kroenke, Spitzer & Williams 2001",
  ),
  PHQ9_BAND_SEVERE_MIN: info("nonNegativeInteger", "PHQ-9 severe band starts at", "Kroenke, Spitzer & Williams 2001"),
  PHQ9_CASENESS: info("nonNegative", "PHQ-9 caseness: total ≥ this", "NHS Talking Therapies"),
  PHQ9_RELIABLE_CHANGE: info("positive", "PHQ-9 reliable change, points", "NHS Talking Therapies"),
  PHQ9_MINIMAL_IMPORTANT_CHANGE: info("positive", "PHQ-9 minimal important change, points", "Löwe et al. 2004"),
  PHQ9_RESPONSE_FRACTION: info(
    "fractionOpen",
    "PHQ-9 response: down by ≥ this fraction of baseline",
    "docs/clinical.md (common definition)",
  ),
  PHQ9_REMISSION_BELOW: info("nonNegative", "PHQ-9 remission: total < this", "docs/clinical.md (common definition)"),
  PHQ9_ITEM9_RISK_ABOVE: info("nonNegative", "Risk alert when PHQ-9 item 9 > this", "common practice (Greenspace)"),
  GAD7_ITEM_MAX: info("positiveInteger", "GAD-7 item maximum", "Spitzer et al. 2006"),
  GAD7_BAND_MILD_MIN: info("nonNegativeInteger", "GAD-7 mild band starts at", "Spitzer et al. 2006"),
  GAD7_BAND_MODERATE_MIN: info("nonNegativeInteger", "GAD-7 moderate band starts at", "Spitzer et al. 2006"),
  GAD7_BAND_SEVERE_MIN: info("nonNegativeInteger", "GAD-7 severe band starts at", "Spitzer et al. 2006"),
  GAD7_CASENESS: info("nonNegative", "GAD-7 caseness: total ≥ this", "NHS Talking Therapies"),
  GAD7_RELIABLE_CHANGE: info("positive", "GAD-7 reliable change, points", "NHS Talking Therapies"),
  WEEK_RATING_MIN: info("integer", "Week rating minimum", "project's own check-in item"),
  WEEK_RATING_MAX: info("integer", "Week rating maximum", "project's own check-in item"),
  RCI_CRITICAL_Z: info("positive", "Reliable when |RCI| ≥ this", "Jacobson & Truax 1991"),
  OFF_TRACK_MIN_CLOSED_CASES: info(
    "positiveInteger",
    "Closed cases (closed before the judged session's month) needed to fit the expected curve",
    "project rule (docs/clinical.md)",
  ),
  OFF_TRACK_PERCENTILE: info(
    "fractionOpen",
    "Off track below this percentile of the within-client band around the expected curve",
    "Finch, Lambert & Schaalje 2001 (docs/clinical.md)",
  ),
  OFF_TRACK_FALLBACK_SESSION: info(
    "positiveInteger",
    "Fallback: no reliable improvement by this session → off track",
    "project rule (docs/clinical.md)",
  ),
  INTAKE_BAND_SEVERE_BELOW: info("nonNegative", "Intake band severe: baseline ORS < this", "project rule"),
  INTAKE_BAND_MODERATE_BELOW: info(
    "nonNegative",
    "Intake band moderate: baseline ORS < this (and ≥ severe edge)",
    "project rule",
  ),
  HOMEWORK_COMPLETION_ALERT_BELOW: info("fractionClosed", "Homework alert when completion rate < this", "project rule"),
  HOMEWORK_ALERT_WEEKS: info("positiveInteger", "Homework alert window, weeks", "project rule"),
  HOMEWORK_ALERT_MIN_REVIEWED: info(
    "positiveInteger",
    "Homework alert needs at least this many reviewed items",
    "project rule",
  ),
  EPISODES_RISING_BUCKETS: info(
    "positiveInteger",
    "Episodes rising across this many consecutive buckets",
    "project rule",
  ),
  PLAN_COMPARISON_WINDOW_WEEKS: info("positiveInteger", "Weeks before/after a plan revision compared", "project rule"),
  RATE_RATIO_CONFIDENCE: info(
    "fractionOpen",
    "Confidence level of the episode rate-ratio interval",
    "exact Poisson interval (docs/clinical.md)",
  ),
  MIN_CELL_SIZE: info(
    "positiveInteger",
    "Smallest reportable count in supervisor output",
    "CMS cell-size rule; Ontario IPC",
  ),
});

export const DEFAULT_RULES: ClinicalRules = Object.freeze({
  ORS_ITEM_MIN: 0,
  ORS_ITEM_MAX: 10,
  ORS_CLINICAL_CUTOFF_ADULT: 25,
  ORS_CLINICAL_CUTOFF_CHILD: 32,
  // Unconfirmed primary source (PCOMS literature; docs/clinical.md): keep configurable and
  // flag it in the UI tooltip (RULE_INFO.ORS_RELIABLE_CHANGE.unconfirmed === true).
  ORS_RELIABLE_CHANGE: 5,
  SRS_ITEM_MIN: 0,
  SRS_ITEM_MAX: 10,
  SRS_ALLIANCE_CUTOFF: 36,
  SRS_ALLIANCE_DROP: 1,
  PHQ9_ITEM_MAX: 3,
  PHQ9_BAND_MILD_MIN: 5,
  PHQ9_BAND_MODERATE_MIN: 10,
  PHQ9_BAND_MODERATELY_SEVERE_MIN: 15,
  PHQ9_BAND_SEVERE_MIN: 20,
  PHQ9_CASENESS: 10,
  PHQ9_RELIABLE_CHANGE: 6,
  PHQ9_MINIMAL_IMPORTANT_CHANGE: 5,
  PHQ9_RESPONSE_FRACTION: 0.5,
  PHQ9_REMISSION_BELOW: 5,
  PHQ9_ITEM9_RISK_ABOVE: 0,
  GAD7_ITEM_MAX: 3,
  GAD7_BAND_MILD_MIN: 5,
  GAD7_BAND_MODERATE_MIN: 10,
  GAD7_BAND_SEVERE_MIN: 15,
  GAD7_CASENESS: 8,
  GAD7_RELIABLE_CHANGE: 4,
  WEEK_RATING_MIN: 0,
  WEEK_RATING_MAX: 10,
  RCI_CRITICAL_Z: 1.96,
  OFF_TRACK_MIN_CLOSED_CASES: 30,
  OFF_TRACK_PERCENTILE: 0.1,
  OFF_TRACK_FALLBACK_SESSION: 6,
  INTAKE_BAND_SEVERE_BELOW: 10,
  INTAKE_BAND_MODERATE_BELOW: 20,
  HOMEWORK_COMPLETION_ALERT_BELOW: 0.5,
  HOMEWORK_ALERT_WEEKS: 3,
  HOMEWORK_ALERT_MIN_REVIEWED: 2,
  EPISODES_RISING_BUCKETS: 3,
  PLAN_COMPARISON_WINDOW_WEEKS: 8,
  RATE_RATIO_CONFIDENCE: 0.95,
  MIN_CELL_SIZE: 11,
});

export const RULE_NAMES: readonly RuleName[] = Object.freeze(Object.keys(DEFAULT_RULES) as RuleName[]);

function checkConstraint(key: RuleName, value: number): string | null {
  switch (RULE_INFO[key].constraint) {
    case "integer":
      return Number.isInteger(value) ? null : "must be an integer";
    case "nonNegativeInteger":
      return Number.isInteger(value) && value >= 0 ? null : "must be an integer ≥ 0";
    case "positiveInteger":
      return Number.isInteger(value) && value >= 1 ? null : "must be an integer ≥ 1";
    case "nonNegative":
      return value >= 0 ? null : "must be ≥ 0";
    case "positive":
      return value > 0 ? null : "must be > 0";
    case "fractionOpen":
      return value > 0 && value < 1 ? null : "must be strictly between 0 and 1";
    case "fractionClosed":
      return value >= 0 && value <= 1 ? null : "must be between 0 and 1";
  }
}

/** Orderings between rules that must hold for the scoring functions to make sense. */
const ORDERINGS: readonly (readonly [RuleName, RuleName])[] = [
  ["ORS_ITEM_MIN", "ORS_ITEM_MAX"],
  ["SRS_ITEM_MIN", "SRS_ITEM_MAX"],
  ["WEEK_RATING_MIN", "WEEK_RATING_MAX"],
  ["PHQ9_BAND_MILD_MIN", "PHQ9_BAND_MODERATE_MIN"],
  ["PHQ9_BAND_MODERATE_MIN", "PHQ9_BAND_MODERATELY_SEVERE_MIN"],
  ["PHQ9_BAND_MODERATELY_SEVERE_MIN", "PHQ9_BAND_SEVERE_MIN"],
  ["GAD7_BAND_MILD_MIN", "GAD7_BAND_MODERATE_MIN"],
  ["GAD7_BAND_MODERATE_MIN", "GAD7_BAND_SEVERE_MIN"],
  ["INTAKE_BAND_SEVERE_BELOW", "INTAKE_BAND_MODERATE_BELOW"],
];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Merge a clinic's overrides (a partial plain object, e.g. parsed JSON) over DEFAULT_RULES.
 * `undefined` means "no overrides". Rejects: non-objects, unknown keys, values that are not finite
 * numbers, values breaking a rule's constraint (see RULE_INFO), and broken orderings (item min < max,
 * band edges increasing). Every error message names the offending key. Returns a frozen object.
 */
export function resolveRules(overrides: unknown): ClinicalRules {
  if (overrides === undefined) return DEFAULT_RULES;
  if (!isPlainObject(overrides)) {
    throw new Error("Clinical rules overrides must be a plain object of { RULE_NAME: number }");
  }
  const merged: Record<string, number> = { ...DEFAULT_RULES };
  for (const key of Object.keys(overrides)) {
    if (!Object.hasOwn(DEFAULT_RULES, key)) {
      throw new Error(`Unknown clinical rule "${key}"`);
    }
    const value = overrides[key];
    if (typeof value !== "number") {
      throw new Error(`Clinical rule "${key}" must be a number, got ${value === null ? "null" : typeof value}`);
    }
    if (!Number.isFinite(value)) {
      throw new Error(`Clinical rule "${key}" must be a finite number, got ${String(value)}`);
    }
    const problem = checkConstraint(key as RuleName, value);
    if (problem !== null) {
      throw new Error(`Clinical rule "${key}" ${problem}, got ${value}`);
    }
    merged[key] = value;
  }
  for (const [low, high] of ORDERINGS) {
    if (!(merged[low]! < merged[high]!)) {
      throw new Error(`Clinical rule "${low}" (${merged[low]}) must be less than "${high}" (${merged[high]})`);
    }
  }
  if (!(merged.INTAKE_BAND_MODERATE_BELOW! <= merged.ORS_CLINICAL_CUTOFF_ADULT!)) {
    throw new Error(
      `Clinical rule "INTAKE_BAND_MODERATE_BELOW" (${merged.INTAKE_BAND_MODERATE_BELOW}) must not exceed "ORS_CLINICAL_CUTOFF_ADULT" (${merged.ORS_CLINICAL_CUTOFF_ADULT})`,
    );
  }
  return Object.freeze(merged) as unknown as ClinicalRules;
}
