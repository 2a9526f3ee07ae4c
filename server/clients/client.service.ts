import type { DataSource } from "typeorm";
import { AuditAction } from "../audit/audit-event.entity.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { findVisibleClient } from "../auth/scope.ts";
import type { Viewer } from "../auth/viewer.ts";
import { parseId } from "../common/ids.ts";
import type { Client } from "./client.entity.ts";

export class ClientService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async read(viewer: Viewer, id: string, sourceAddress: string | null): Promise<Client> {
    const client = await findVisibleClient(this.dataSource.manager, viewer, parseId(id, "id"), "id");
    await this.audit.recordReads({ actorUserId: viewer.userId, action: AuditAction.READ_CLIENT, sourceAddress }, [
      client.id,
    ]);
    return client;
  }
}
