import type { DataSource, EntityManager } from "typeorm";
import { onPrimary } from "../db/primary.ts";
import type { Clinic } from "../clinics/clinic.entity.ts";
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

/**
 * Fitted curves per clinic, kept while the clinic's `curveRevision` stands still. Triggers move that revision in the
 * transaction that changes a closed case (clinic.entity.ts), so a cached curve is never older than the data it
 * was read with, on any server process (the refit reads the primary, which no replica is ahead of); refitting
 * costs two GROUP BYs over the clinic's closed cases.
 */
export class ExpectedCurveCache {
  private readonly byClinic = new Map<number, { revision: number; curves: Promise<ExpectedCurves> }>();

  constructor(private readonly rules: ClinicalRules) {}

  forClinic(dataSource: DataSource, clinic: Pick<Clinic, "id" | "curveRevision">): Promise<ExpectedCurves> {
    const cached = this.byClinic.get(clinic.id);
    if (cached && cached.revision === clinic.curveRevision) return cached.curves;
    const curves = onPrimary(dataSource, (manager) => ExpectedCurves.load(manager, clinic.id, this.rules));
    this.byClinic.set(clinic.id, { revision: clinic.curveRevision, curves });
    // A failed load is not kept.
    curves.catch(() => this.byClinic.get(clinic.id)?.curves === curves && this.byClinic.delete(clinic.id));
    return curves;
  }
}
