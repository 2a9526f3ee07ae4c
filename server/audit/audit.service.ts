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

  /** Records one read per client in a single INSERT (a caseload read), whatever the caseload's size. */
  async recordMany(manager: EntityManager, entry: Omit<AuditEntry, "clientId">, clientIds: number[]): Promise<void> {
    if (clientIds.length === 0) return;
    const at = this.clock();
    const rows = clientIds.map((clientId) => ({
      actorUserId: entry.actorUserId,
      action: entry.action,
      clientId,
      sourceAddress: entry.sourceAddress ?? null,
      at,
    }));
    await manager.createQueryBuilder().insert().into(AuditEvent).values(rows).updateEntity(false).execute();
  }
}
