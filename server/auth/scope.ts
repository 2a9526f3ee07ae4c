import type { EntityManager, SelectQueryBuilder } from "typeorm";
import { Client } from "../clients/client.entity.ts";
import { forbidden, notFound, assertUnreachable } from "../common/errors.ts";
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
  if (actor.viewer.role === Role.SUPERVISOR) {
    throw forbidden("Supervisors see anonymised caseload metrics, never an individual client.");
  }
  if (actor.viewer.role === Role.ADMIN) throw forbidden("Admins manage accounts and see no clinical data.");
  const query = manager.createQueryBuilder(Client, "c").where("c.id = :clientId", { clientId });
  const client = await restrictToVisibleClients(query, actor.scope).getOne();
  if (!client) throw notFound(`No ${what} with this id is visible to you.`, field);
  return client;
}
