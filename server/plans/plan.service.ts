import type { DataSource } from "typeorm";
import { AuditAction } from "../audit/audit-event.entity.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Actor } from "../auth/actor.ts";
import { findVisibleClient } from "../auth/scope.ts";
import { clinicTimeZone } from "../clinics/clinic-time.ts";
import { badInput } from "../common/errors.ts";
import { parseId } from "../common/ids.ts";
import { DEFAULT_RULES, type ClinicalRules } from "../measures/rules.ts";
import { buildPlanRevisionRow } from "./plan-row.ts";
import { PlanRevision } from "./plan-revision.entity.ts";
import type { RevisePlanInput } from "./plan.inputs.ts";
import { TreatmentPlan } from "./treatment-plan.entity.ts";

export class PlanService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: () => Date,
    private readonly rules: ClinicalRules = DEFAULT_RULES,
  ) {}

  /** Sets the first plan (version 1) or adds the next revision; revisions never go back in time. */
  async revise(actor: Actor, input: RevisePlanInput): Promise<PlanRevision> {
    const { viewer, sourceAddress } = actor;
    const clientId = parseId(input.clientId, "clientId");
    const now = this.clock();
    const effectiveFrom = input.effectiveFrom ?? now;
    return this.dataSource.transaction(async (manager) => {
      const client = await findVisibleClient(manager, actor, clientId);
      const timeZone = await clinicTimeZone(manager, client.clinicId);
      let plan = await manager.findOneBy(TreatmentPlan, { clientId });
      if (!plan) {
        const { identifiers } = await manager.insert(TreatmentPlan, { clientId, currentVersion: 0, createdAt: now });
        plan = await manager.findOneByOrFail(TreatmentPlan, { id: Number(identifiers[0]!.id) });
      }
      const previous = await manager.findOne(PlanRevision, { where: { clientId }, order: { version: "DESC" } });
      if (previous && effectiveFrom < previous.effectiveFrom) {
        throw badInput("effectiveFrom", "A revision cannot take effect before the previous one.");
      }
      const version = plan.currentVersion + 1;
      const row = buildPlanRevisionRow(
        { ...input, effectiveFrom },
        { planId: plan.id, clientId, authorId: viewer.userId, version },
        timeZone,
        now,
        client.intakeDate,
        this.rules,
      );
      const { identifiers } = await manager.insert(PlanRevision, row);
      await manager.update(TreatmentPlan, { id: plan.id }, { currentVersion: version });
      await this.audit.record(manager, {
        actorUserId: viewer.userId,
        action: AuditAction.REVISE_PLAN,
        clientId,
        sourceAddress,
      });
      return manager.findOneByOrFail(PlanRevision, { id: Number(identifiers[0]!.id) });
    });
  }
}
