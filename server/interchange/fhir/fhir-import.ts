import type { DataSource } from "typeorm";
import { AuditAction } from "../../audit/audit-event.entity.ts";
import type { AuditService } from "../../audit/audit.service.ts";
import { Role } from "../../auth/role.ts";
import { User } from "../../auth/user.entity.ts";
import { clinicTimeZone } from "../../clinics/clinic-time.ts";
import { Client } from "../../clients/client.entity.ts";
import { ClientStatus } from "../../clients/client.enums.ts";
import { badInput, DomainError } from "../../common/errors.ts";
import type { ClinicalRules } from "../../measures/rules.ts";
import { buildSessionRow, type SessionRow } from "../../sessions/session-row.ts";
import { TherapySession } from "../../sessions/session.entity.ts";
import { refreshSessionDerivedData } from "../../sessions/session.service.ts";
import { readClientBundle, type ImportedSession } from "./bundle-reader.ts";

export interface FhirImportResult {
  clientId: number;
  displayName: string;
  sessions: number;
}

export class FhirImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly rules: ClinicalRules,
    private readonly clock: () => Date,
  ) {}

  /**
   * Creates a new client on the caseload of the therapist with this email, with every session the bundle holds.
   * The bundle is read and checked in full before anything is written; the rows are built by the same
   * `buildSessionRow` as the recordSession mutation (totals, bucket keys in the importing clinic's timezone), and
   * everything is written in one transaction with its audit event.
   */
  async importBundle(therapistEmail: string, bundle: unknown): Promise<FhirImportResult> {
    const imported = readClientBundle(bundle);
    const now = this.clock();
    return this.dataSource.transaction(async (manager) => {
      const therapist = await manager.findOneBy(User, { email: therapistEmail.trim().toLowerCase() });
      if (!therapist || therapist.role !== Role.THERAPIST)
        throw badInput("therapist", `No therapist signs in as ${JSON.stringify(therapistEmail)}.`);
      const timeZone = await clinicTimeZone(manager, therapist.clinicId);
      const ids = { therapistId: therapist.id, clientId: 0 };
      // Rows are built (and so validated) before the first insert; clientId is filled in once the client exists.
      const rows = imported.sessions.map((session) =>
        this.sessionRow(session, ids, timeZone, now, imported.intakeDate),
      );
      // A pseudonymous bundle has no name; the exporter's identifier lets the therapist match it to their records.
      const displayName = (
        imported.displayName ?? `Imported client ${imported.identifier ?? "without identifier"}`
      ).slice(0, 120);
      const { identifiers } = await manager.insert(Client, {
        displayName,
        therapistId: therapist.id,
        clinicId: therapist.clinicId,
        intakeDate: imported.intakeDate,
        complaint: imported.complaint,
        ageBand: imported.ageBand,
        status: imported.status,
        // A closed case ends at its last session, as the demo's and the migrated ones do.
        closedOn:
          imported.status === ClientStatus.ACTIVE
            ? null
            : rows.reduce((last, row) => (row.localDate > last ? row.localDate : last), imported.intakeDate),
        userId: null,
        baselineOrs: null,
      });
      const clientId = Number(identifiers[0]!.id);
      for (const row of rows) await manager.insert(TherapySession, { ...row, clientId });
      await refreshSessionDerivedData(manager, clientId);
      await this.audit.record(manager, {
        actorUserId: null,
        action: AuditAction.IMPORT_FHIR,
        clientId,
        sourceAddress: null,
      });
      return { clientId, displayName, sessions: rows.length };
    });
  }

  /** A session's row, with a validation error re-pointed at the bundle entry the bad value came from. */
  private sessionRow(
    session: ImportedSession,
    ids: { clientId: number; therapistId: number },
    timeZone: string,
    now: Date,
    intakeDate: string,
  ): SessionRow {
    const encounter = `entry[${session.entries.encounter}].resource`;
    try {
      return buildSessionRow(session.draft, ids, timeZone, this.rules, now, intakeDate);
    } catch (error) {
      if (!(error instanceof DomainError) || !error.field) throw error;
      if (error.field === "occurredAt") throw badInput(`${encounter}.period.start`, error.message);
      const block = error.field.split(/[.[]/)[0] as keyof ImportedSession["entries"];
      const entry = session.entries[block];
      throw badInput(
        entry === undefined ? encounter : `entry[${entry}].resource`,
        `${error.message} (the Encounter at entry[${session.entries.encounter}])`,
      );
    }
  }
}
