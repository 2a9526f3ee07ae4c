import type { EntityManager } from "typeorm";
import { fitExpectedCurve, intakeBand, type ExpectedCurve, type IntakeBand } from "../measures/index.ts";
import type { ClinicalRules } from "../measures/rules.ts";
import { loadExpectedCurveData } from "./progress.queries.ts";

export interface BandCurve {
  curve: ExpectedCurve | null;
  closedCases: number;
}

/** The clinic's expected ORS curve per intake band (two statements, whatever the number of clients). */
export class ExpectedCurves {
  private constructor(
    private readonly byBand: Map<string, BandCurve>,
    private readonly rules: ClinicalRules,
  ) {}

  static async load(manager: EntityManager, clinicId: number, rules: ClinicalRules): Promise<ExpectedCurves> {
    const { groups, closedCases } = await loadExpectedCurveData(manager, clinicId, {
      severe: rules.INTAKE_BAND_SEVERE_BELOW,
      moderate: rules.INTAKE_BAND_MODERATE_BELOW,
      mild: rules.ORS_CLINICAL_CUTOFF_ADULT,
    });
    const byBand = new Map<string, BandCurve>();
    for (const [band, cases] of closedCases) {
      const bandGroups = groups.filter((group) => group.band === band);
      byBand.set(band, { curve: fitExpectedCurve(bandGroups, cases), closedCases: cases });
    }
    return new ExpectedCurves(byBand, rules);
  }

  /** The curve for a client with this baseline ORS; none before a first ORS rating. */
  forBaseline(baselineOrs: number | null): BandCurve & { band: IntakeBand | null } {
    if (baselineOrs == null) return { curve: null, closedCases: 0, band: null };
    const band = intakeBand(baselineOrs, this.rules);
    return { band, ...(this.byBand.get(band) ?? { curve: null, closedCases: 0 }) };
  }
}
