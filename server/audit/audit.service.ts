import type { EntityManager } from "typeorm";
import { AuditAction, AuditEvent } from "./audit-event.entity.ts";

export interface AuditEntry {
  actorUserId: number | null;
  action: AuditAction;
  clientId?: number | null;
  sourceAddress?: string | null;
}

/** Appends to the audit log. There is deliberately no update or delete here, and the database refuses both. */
export class AuditService {
  constructor(private readonly clock: () => Date) {}

  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.insert(AuditEvent, {
      actorUserId: entry.actorUserId,
      action: entry.action,
      clientId: entry.clientId ?? null,
      sourceAddress: entry.sourceAddress ?? null,
      at: this.clock(),
    });
  }

  /**
   * Records that the viewer read every client the given SQL predicate selects, in one INSERT … SELECT, so a
   * caseload read costs one statement whatever its size.
   */
  async recordForClients(
    manager: EntityManager,
    entry: Omit<AuditEntry, "clientId">,
    clientPredicate: string,
    parameters: Record<string, unknown>,
  ): Promise<void> {
    const [sql, values] = manager.connection.driver.escapeQueryWithParameters(
      `INSERT INTO audit_event (actor_user_id, action, client_id, at, source_address)
       SELECT :auditActor, :auditAction, c.id, :auditAt, :auditSource FROM client c WHERE ${clientPredicate}`,
      {
        ...parameters,
        auditActor: entry.actorUserId,
        auditAction: entry.action,
        auditAt: this.clock().toISOString(),
        auditSource: entry.sourceAddress ?? null,
      },
    );
    await manager.query(sql, values);
  }
}
