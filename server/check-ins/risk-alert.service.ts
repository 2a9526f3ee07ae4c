import { IsNull, type DataSource } from "typeorm";
import { AuditAction } from "../audit/audit-event.entity.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Actor } from "../auth/actor.ts";
import { restrictToVisibleClients } from "../auth/scope.ts";
import { User } from "../auth/user.entity.ts";
import { Client } from "../clients/client.entity.ts";
import { badInput, notFound } from "../common/errors.ts";
import { optionalText } from "../common/validation.ts";
import { RiskAction } from "./check-in.enums.ts";
import { RISK_NOTE_MIN_FOR_OTHER, type AcknowledgeRiskAlertInput } from "./check-in.inputs.ts";
import { RISK_NOTE_MAX, RiskAlert } from "./risk-alert.entity.ts";

export class RiskAlertService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: () => Date,
  ) {}

  /** A client's risk alerts, newest first, with their acknowledgements; read through the viewer's scope. */
  ofClient(actor: Actor, clientId: number): Promise<RiskAlert[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(RiskAlert, "r")
      .innerJoin(Client, "c", "c.id = r.clientId")
      .where("r.clientId = :clientId", { clientId });
    return restrictToVisibleClients(query, actor.scope)
      .orderBy("r.raisedAt", "DESC")
      .addOrderBy("r.id", "DESC")
      .getMany();
  }

  /**
   * The therapist records what they did about a risk alert of one of their clients. It is acknowledged once: the
   * acknowledgement is the one change the alert takes, and a second one is refused rather than written over it.
   */
  async acknowledge(actor: Actor, id: number, input: AcknowledgeRiskAlertInput): Promise<RiskAlert> {
    const now = this.clock();
    const note = optionalText(input.note, "input.note", RISK_NOTE_MAX);
    if (input.action === RiskAction.OTHER && (note == null || note.length < RISK_NOTE_MIN_FOR_OTHER)) {
      throw badInput("input.note", `Say what was done, in ${RISK_NOTE_MIN_FOR_OTHER} characters or more.`);
    }
    return this.dataSource.transaction(async (manager) => {
      const query = manager
        .createQueryBuilder(RiskAlert, "r")
        .innerJoin(Client, "c", "c.id = r.clientId")
        .where("r.id = :id", { id });
      const alert = await restrictToVisibleClients(query, actor.scope).getOne();
      if (!alert) throw notFound("No risk alert with this id is visible to you.", "id");
      if (alert.acknowledgedAt != null) throw badInput("id", "This alert has already been acknowledged.");
      const result = await manager.update(
        RiskAlert,
        { id, acknowledgedAt: IsNull() },
        { acknowledgedAt: now, acknowledgedById: actor.viewer.userId, action: input.action, note },
      );
      if (!result.affected) throw badInput("id", "This alert has already been acknowledged.");
      await this.audit.record(manager, {
        actorUserId: actor.viewer.userId,
        action: AuditAction.RISK_ALERT_ACKNOWLEDGED,
        clientId: alert.clientId,
        sourceAddress: actor.sourceAddress,
      });
      return manager.findOneByOrFail(RiskAlert, { id });
    });
  }

  /** The display name of whoever acknowledged an alert; null while it is open. */
  async acknowledgedBy(alert: RiskAlert): Promise<string | null> {
    if (alert.acknowledgedById == null) return null;
    const user = await this.dataSource.manager.findOneBy(User, { id: alert.acknowledgedById });
    return user?.displayName ?? null;
  }
}
