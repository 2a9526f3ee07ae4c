import type { Bundle } from "@medplum/fhirtypes";
import type { DataSource, EntityManager } from "typeorm";
import { AuditAction } from "../../audit/audit-event.entity.ts";
import type { AuditEntry, AuditService } from "../../audit/audit.service.ts";
import type { Actor } from "../../auth/actor.ts";
import { findVisibleClient } from "../../auth/scope.ts";
import { User } from "../../auth/user.entity.ts";
import { Client } from "../../clients/client.entity.ts";
import { notFound } from "../../common/errors.ts";
import { TherapySession } from "../../sessions/session.entity.ts";
import { buildClientBundle } from "./bundle.ts";

export class FhirExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: () => Date,
  ) {}

  /**
   * The export a signed-in viewer asks for: only a client scope.ts lets them see. It is returned with its audit
   * entry, which the caller writes as the bundle leaves (`disclosureAudit`), so an export that is never delivered
   * is never recorded as made.
   */
  async exportForViewer(actor: Actor, clientId: number, full: boolean): Promise<{ bundle: Bundle; audit: AuditEntry }> {
    const manager = this.dataSource.manager;
    const client = await findVisibleClient(manager, actor, clientId);
    const bundle = await this.build(manager, client, full);
    return {
      bundle,
      audit: {
        actorUserId: actor.viewer.userId,
        action: AuditAction.EXPORT_FHIR,
        clientId: client.id,
        sourceAddress: actor.sourceAddress,
      },
    };
  }

  /**
   * The command line's export. Whoever runs it already holds the database, so there is no viewer to scope by;
   * the audit event records the export with no actor and no address, as the operator's.
   */
  exportAsOperator(clientId: number, full: boolean): Promise<Bundle> {
    return this.dataSource.transaction(async (manager) => {
      const client = await manager.findOneBy(Client, { id: clientId });
      if (!client) throw notFound(`No client with id ${clientId}.`, "client");
      const bundle = await this.build(manager, client, full);
      await this.audit.record(manager, {
        actorUserId: null,
        action: AuditAction.EXPORT_FHIR,
        clientId: client.id,
        sourceAddress: null,
      });
      return bundle;
    });
  }

  private async build(manager: EntityManager, client: Client, full: boolean): Promise<Bundle> {
    const sessions = await manager.find(TherapySession, {
      where: { clientId: client.id },
      order: { occurredAt: "ASC", id: "ASC" },
    });
    const email =
      full && client.userId != null ? ((await manager.findOneBy(User, { id: client.userId }))?.email ?? null) : null;
    return buildClientBundle({ ...client, email }, sessions, { full, generatedAt: this.clock() });
  }
}
