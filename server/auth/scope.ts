import type { DataSource, EntityManager, SelectQueryBuilder } from "typeorm";
import type { Clinic } from "../clinics/clinic.entity.ts";
import { Client } from "../clients/client.entity.ts";
import type { AgeBand, ClientStatus, ComplaintCategory } from "../clients/client.enums.ts";
import { forbidden, notFound, assertUnreachable } from "../common/errors.ts";
import { roundToTenth } from "../db/columns.ts";
import { queryPrepared, sqliteDatabase } from "../db/prepared.ts";
import type { Actor } from "./actor.ts";
import { Role } from "./role.ts";
import type { Viewer } from "./viewer.ts";

/**
 * THE access rule for identifiable client data, in one place:
 * - a therapist sees the clients on their own caseload;
 * - a client sees themself;
 * - a supervisor never sees an individual (only anonymised metrics);
 * - an admin manages accounts and sees no clinical data at all.
 * It is applied as a SQL predicate on the `client` alias of every query that reads client data, so rows outside
 * the scope are never read, not filtered afterwards. Column names are the stored snake_case ones, so the same
 * predicate serves query builders and the few hand-written statements.
 */
/** A SQL predicate on the `client` alias, with its parameters. */
export interface ClientScope {
  sql: string;
  parameters: Record<string, unknown>;
}

export function visibleClientsPredicate(viewer: Viewer, clientAlias = "c"): ClientScope {
  switch (viewer.role) {
    case Role.THERAPIST:
      return { sql: `${clientAlias}.therapist_id = :scopeUserId`, parameters: { scopeUserId: viewer.userId } };
    case Role.CLIENT:
      return { sql: `${clientAlias}.user_id = :scopeUserId`, parameters: { scopeUserId: viewer.userId } };
    case Role.SUPERVISOR:
    case Role.ADMIN:
      return { sql: "1 = 0", parameters: {} };
    default:
      return assertUnreachable(viewer.role);
  }
}

/**
 * The one exception, for anonymised metrics only: a supervisor's statistics read every client of their clinic.
 * Rows read under this scope never leave the supervision service except as counts, rates and medians over groups
 * of at least the clinic's minimum cell size (supervision/suppression.ts).
 */
export function clinicAggregateScope(viewer: Viewer, clientAlias = "c"): ClientScope {
  if (viewer.role !== Role.SUPERVISOR) throw forbidden("Clinic metrics are for supervisors.");
  return { sql: `${clientAlias}.clinic_id = :scopeClinicId`, parameters: { scopeClinicId: viewer.clinicId } };
}

/** Narrows a query that joins the client table as `c` to the clients of `scope`. */
export function restrictToVisibleClients<T extends object>(
  query: SelectQueryBuilder<T>,
  scope: ClientScope,
): SelectQueryBuilder<T> {
  return query.andWhere(scope.sql, scope.parameters);
}

/**
 * Loads a client the viewer may see, or refuses. A client outside the viewer's scope and a client that does not
 * exist get the same NOT_FOUND answer, so ids cannot be probed.
 */
export async function findVisibleClient(
  manager: EntityManager,
  actor: Pick<Actor, "viewer" | "scope">,
  clientId: number,
  field = "clientId",
  what = "client",
): Promise<Client> {
  refuseIndividualReads(actor);
  const query = manager.createQueryBuilder(Client, "c").where("c.id = :clientId", { clientId });
  const client = await restrictToVisibleClients(query, actor.scope).getOne();
  if (!client) throw notFound(`No ${what} with this id is visible to you.`, field);
  return client;
}

/** Supervisors and admins never read an individual client's record, whatever the scope would let through. */
function refuseIndividualReads(actor: Pick<Actor, "viewer">): void {
  if (actor.viewer.role === Role.SUPERVISOR) {
    throw forbidden("Supervisors see anonymised caseload metrics, never an individual client.");
  }
  if (actor.viewer.role === Role.ADMIN) throw forbidden("Admins manage accounts and see no clinical data.");
}

/** The columns of a client row and its clinic's, as the prepared statement below returns them. */
interface ClientClinicRow {
  id: number;
  display_name: string;
  therapist_id: number;
  clinic_id: number;
  intake_date: string;
  complaint: ComplaintCategory;
  age_band: AgeBand;
  status: ClientStatus;
  closed_on: string | null;
  user_id: number | null;
  baseline_ors: number | null;
  data_revision: number;
  clinic_timezone: string;
  clinic_curve_revision: number;
}

/** The clinic facts a revision-keyed read needs beside the client. */
export type ClinicRevision = Pick<Clinic, "id" | "timezone" | "curveRevision">;

export interface VisibleClientRevision {
  client: Client;
  clinic: ClinicRevision;
  /**
   * On SQLite, whether a transaction was open on the one connection when the row was read: the row may then carry
   * writes that are not committed yet, and nothing should be kept under its revision.
   */
  uncommitted: boolean;
}

/**
 * `findVisibleClient` and the client's clinic (time zone and curve revision) in one prepared statement that carries
 * the same scope predicate: the read in front of every revision-keyed document, so the revisions come fresh from the
 * primary together with the client's row, and a client outside the scope is never read. Same refusals, same
 * NOT_FOUND.
 */
export async function findVisibleClientRevision(
  dataSource: DataSource,
  actor: Pick<Actor, "viewer" | "scope">,
  clientId: number,
  field = "clientId",
  what = "client",
): Promise<VisibleClientRevision> {
  refuseIndividualReads(actor);
  const uncommitted = sqliteDatabase(dataSource)?.inTransaction ?? false;
  const rows = await queryPrepared<ClientClinicRow>(
    dataSource,
    `SELECT c.id, c.display_name, c.therapist_id, c.clinic_id, c.intake_date, c.complaint, c.age_band, c.status,
            c.closed_on, c.user_id, c.baseline_ors, c.data_revision,
            k.timezone AS clinic_timezone, k.curve_revision AS clinic_curve_revision
     FROM client c INNER JOIN clinic k ON k.id = c.clinic_id
     WHERE c.id = :clientId AND (${actor.scope.sql})`,
    { clientId, ...(actor.scope.parameters as Record<string, number>) },
  );
  const row = rows[0];
  if (!row) throw notFound(`No ${what} with this id is visible to you.`, field);
  const client = Object.assign(new Client(), {
    id: Number(row.id),
    displayName: row.display_name,
    therapistId: Number(row.therapist_id),
    clinicId: Number(row.clinic_id),
    intakeDate: row.intake_date,
    complaint: row.complaint,
    ageBand: row.age_band,
    status: row.status,
    closedOn: row.closed_on,
    userId: row.user_id == null ? null : Number(row.user_id),
    baselineOrs: roundToTenth(row.baseline_ors == null ? null : Number(row.baseline_ors)),
    dataRevision: Number(row.data_revision),
  });
  const clinic = {
    id: client.clinicId,
    timezone: row.clinic_timezone,
    curveRevision: Number(row.clinic_curve_revision),
  };
  return { client, clinic, uncommitted };
}
