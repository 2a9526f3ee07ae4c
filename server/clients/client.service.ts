import type { DataSource } from "typeorm";
import { AuditAction } from "../audit/audit-event.entity.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Actor } from "../auth/actor.ts";
import { findVisibleClient } from "../auth/scope.ts";
import type { Client } from "./client.entity.ts";

export class ClientService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async read(actor: Actor, id: number): Promise<Client> {
    const client = await findVisibleClient(this.dataSource.manager, actor, id, "id");
    await this.audit.recordReads(
      { actorUserId: actor.viewer.userId, action: AuditAction.READ_CLIENT, sourceAddress: actor.sourceAddress },
      [client.id],
    );
    return client;
  }
}
