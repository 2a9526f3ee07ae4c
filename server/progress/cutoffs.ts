import type { ClinicalRules, RuleName } from "../measures/rules.ts";
import { Measure } from "./progress.enums.ts";
import type { MeasureCutoff } from "./progress.types.ts";

/** The lines and bands a chart draws, each traceable to its configurable rule. */
export function measureCutoffs(rules: ClinicalRules): MeasureCutoff[] {
  const line = (measure: Measure, rule: RuleName, label: string, higherIsBetter: boolean): MeasureCutoff => ({
    measure,
    rule,
    value: rules[rule],
    label,
    higherIsBetter,
  });
  return [
    line(Measure.ORS, "ORS_CLINICAL_CUTOFF_ADULT", "Clinical range (ORS at or below)", true),
    line(Measure.SRS, "SRS_ALLIANCE_CUTOFF", "Alliance concern (SRS below)", true),
    line(Measure.PHQ9, "PHQ9_BAND_MILD_MIN", "Mild depression (PHQ-9 from)", false),
    line(Measure.PHQ9, "PHQ9_CASENESS", "Caseness / moderate (PHQ-9 from)", false),
    line(Measure.PHQ9, "PHQ9_BAND_MODERATELY_SEVERE_MIN", "Moderately severe (PHQ-9 from)", false),
    line(Measure.PHQ9, "PHQ9_BAND_SEVERE_MIN", "Severe (PHQ-9 from)", false),
    line(Measure.GAD7, "GAD7_BAND_MILD_MIN", "Mild anxiety (GAD-7 from)", false),
    line(Measure.GAD7, "GAD7_CASENESS", "Caseness (GAD-7 from)", false),
    line(Measure.GAD7, "GAD7_BAND_MODERATE_MIN", "Moderate anxiety (GAD-7 from)", false),
    line(Measure.GAD7, "GAD7_BAND_SEVERE_MIN", "Severe anxiety (GAD-7 from)", false),
  ];
}
