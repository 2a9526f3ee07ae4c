import type { DataSource, EntityManager } from "typeorm";
import { onPrimary } from "../db/primary.ts";
import type { Clinic } from "../clinics/clinic.entity.ts";
import { fitExpectedCurve, type ExpectedCurve } from "../measures/index.ts";
import type { ClinicalRules } from "../measures/rules.ts";
import { Attendance } from "../sessions/session.enums.ts";
import { loadExpectedCurveData, type CurveCaseData, type SessionData } from "./progress.queries.ts";

/** The curve that judges one session, and what it rests on. */
export interface CurveBasis {
  /** The fitted model; null below OFF_TRACK_MIN_CLOSED_CASES or when the model cannot be fitted. */
  curve: ExpectedCurve | null;
  /** Closed cases available to the fit: closed before `closedBefore`, with two ORS ratings from session 2 on. */
  closedCases: number;
  /** Only cases closed before this date count: the first day of the judged session's month. Null with no session. */
  closedBefore: string | null;
}

/** The curve basis for a judged session's date (null when the client has no ORS-rated session yet). */
export type CurveAt = (judgedDate: string | null) => CurveBasis;

const NO_CURVE: CurveBasis = { curve: null, closedCases: 0, closedBefore: null };

/** The date of the session the current off-track judgement is about: the latest attended session with an ORS rating. */
export function judgedSessionDate(sessions: readonly Pick<SessionData, "attendance" | "ors" | "localDate">[]) {
  for (let i = sessions.length - 1; i >= 0; i--) {
    const session = sessions[i]!;
    if (session.attendance === Attendance.ATTENDED && session.ors != null) return session.localDate;
  }
  return null;
}

/**
 * The clinic's expected-response model, fitted without look-ahead (docs/clinical.md, "Expected response and off
 * track"): a session is judged by a model fitted only on cases closed before the first day of that session's month,
 * which are all closed before the session itself. One fit per such month is kept; the model covers every intake
 * score, the intake score being one of its terms.
 */
export class ExpectedCurves {
  private readonly byMonth = new Map<string, CurveBasis>();

  constructor(
    private readonly cases: readonly CurveCaseData[],
    private readonly rules: ClinicalRules,
  ) {}

  static async load(manager: EntityManager, clinicId: number, rules: ClinicalRules): Promise<ExpectedCurves> {
    return new ExpectedCurves(await loadExpectedCurveData(manager, clinicId), rules);
  }

  /** The curve that judges a session on `judgedDate` of a client with this intake score; none before an ORS rating. */
  forClient(baselineOrs: number | null, judgedDate: string | null): CurveBasis {
    if (baselineOrs == null || judgedDate == null) return NO_CURVE;
    const closedBefore = `${judgedDate.slice(0, 7)}-01`;
    let basis = this.byMonth.get(closedBefore);
    if (!basis) {
      const usable = this.cases.filter((c) => c.closedOn < closedBefore && c.scores.length >= 2);
      const curve =
        usable.length >= this.rules.OFF_TRACK_MIN_CLOSED_CASES ? fitExpectedCurve(usable, this.rules) : null;
      basis = { curve, closedCases: usable.length, closedBefore };
      this.byMonth.set(closedBefore, basis);
    }
    return basis;
  }

  /** `forClient` for one client, as a function of the judged date (for replaying a course session by session). */
  at(baselineOrs: number | null): CurveAt {
    return (judgedDate) => this.forClient(baselineOrs, judgedDate);
  }
}

/**
 * Fitted curves per clinic, kept while the clinic's `curveRevision` stands still. Triggers move that revision in the
 * transaction that changes a closed case (clinic.entity.ts), so a cached curve is never older than the data it
 * was read with, on any server process (the refit reads the primary, which no replica is ahead of); reloading
 * reads the ORS ratings of the clinic's closed cases once; each month's fit is then made when first asked for.
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
