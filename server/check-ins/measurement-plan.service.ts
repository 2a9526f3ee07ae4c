import type { DataSource } from "typeorm";
import { AuditAction } from "../audit/audit-event.entity.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Actor } from "../auth/actor.ts";
import { findVisibleClient, restrictToVisibleClients } from "../auth/scope.ts";
import { Client } from "../clients/client.entity.ts";
import { badInput } from "../common/errors.ts";
import type { MeasurementPlanInput } from "./check-in.inputs.ts";
import { MeasurementPlan } from "./measurement-plan.entity.ts";

export class MeasurementPlanService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: () => Date,
  ) {}

  /** The therapist sets which measures a client reports themself, and when; setting it again replaces it. */
  async set(actor: Actor, clientId: number, input: MeasurementPlanInput): Promise<MeasurementPlan> {
    const now = this.clock();
    if (input.measures.length === 0) throw badInput("input.measures", "Choose at least one measure.");
    if (new Set(input.measures).size !== input.measures.length) {
      throw badInput("input.measures", "Each measure can be chosen once.");
    }
    return this.dataSource.transaction(async (manager) => {
      const client = await findVisibleClient(manager, actor, clientId);
      await manager.save(
        manager.create(MeasurementPlan, {
          clientId: client.id,
          measures: [...input.measures],
          schedule: input.schedule,
          updatedBy: actor.viewer.userId,
          updatedAt: now,
        }),
      );
      await this.audit.record(manager, {
        actorUserId: actor.viewer.userId,
        action: AuditAction.MEASUREMENT_PLAN_SET,
        clientId: client.id,
        sourceAddress: actor.sourceAddress,
      });
      return manager.findOneByOrFail(MeasurementPlan, { clientId: client.id });
    });
  }

  /** A client's plan, read through the viewer's scope; null when none is set (or the client is out of scope). */
  of(actor: Actor, clientId: number): Promise<MeasurementPlan | null> {
    const query = this.dataSource.manager
      .createQueryBuilder(MeasurementPlan, "p")
      .innerJoin(Client, "c", "c.id = p.clientId")
      .where("p.clientId = :clientId", { clientId });
    return restrictToVisibleClients(query, actor.scope).getOne();
  }
}
