import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import type { AuditAction } from "../audit/audit-event.entity.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Actor } from "../auth/actor.ts";
import { findVisibleClient, restrictToVisibleClients } from "../auth/scope.ts";
import {
  checkPageSize,
  newestFirstPage,
  type Connection,
  type CursorKind,
  type PageRequest,
  type PageSize,
} from "../common/paging.ts";
import { Client } from "./client.entity.ts";

/** A kind of dated record of a client that is read back a page at a time: sessions, episodes, check-ins. */
export interface ClientRecordList<T, K extends string = "occurredAt"> {
  entity: EntityTarget<T>;
  alias: string;
  cursor: CursorKind;
  pageSize: PageSize;
  /** The audit action each page read is recorded as. */
  readAction: AuditAction;
  /** The instant the records are ordered by, and the cursor holds: `occurredAt` unless said (check-ins: `submittedAt`). */
  sortBy?: K;
}

/**
 * A page of one client's records, newest first by when they happened (or were sent: `sortBy`), then id: for reading
 * back what was written. The client must be visible to the viewer, the rows are read through the same scope in the
 * SQL, and every page read is audited.
 */
export async function clientRecordsPage<
  T extends ObjectLiteral & { id: number } & Record<K, Date>,
  K extends string = "occurredAt",
>(
  manager: EntityManager,
  audit: AuditService,
  actor: Actor,
  list: ClientRecordList<T, K>,
  clientId: number,
  request: PageRequest,
): Promise<Connection<T>> {
  checkPageSize(request.first, list.pageSize);
  await findVisibleClient(manager, actor, clientId);
  const { alias } = list;
  const sortBy = list.sortBy ?? ("occurredAt" as K);
  const instantOf = (node: Record<K, Date>): Date => node[sortBy];
  const query = manager
    .createQueryBuilder(list.entity, alias)
    .innerJoin(Client, "c", `c.id = ${alias}.clientId`)
    .where(`${alias}.clientId = :clientId`, { clientId });
  const page = await newestFirstPage(
    restrictToVisibleClients(query, actor.scope),
    { value: `${alias}.${sortBy}`, id: `${alias}.id` },
    list.cursor,
    request,
    async (rows) =>
      (await rows.getMany()).map((node) => ({ key: { value: instantOf(node).toISOString(), id: node.id }, node })),
  );
  await audit.recordReads(
    { actorUserId: actor.viewer.userId, action: list.readAction, sourceAddress: actor.sourceAddress },
    [clientId],
  );
  return page;
}
