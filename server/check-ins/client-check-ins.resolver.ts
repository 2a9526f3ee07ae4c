import { Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Role } from "../auth/role.ts";
import { Client } from "../clients/client.entity.ts";
import { Actor } from "../schema/decorators.ts";
import type { Services } from "../services.ts";
import { CheckIn } from "./check-in.entity.ts";
import { MeasurementPlan } from "./measurement-plan.entity.ts";
import { RiskAlert } from "./risk-alert.entity.ts";

/** A client's check-in plan, pending check-in and risk alerts, each read through the viewer's scope. */
@Resolver(() => Client)
export class ClientCheckInsResolver {
  @Authorized(Role.THERAPIST, Role.CLIENT)
  @FieldResolver(() => MeasurementPlan, {
    nullable: true,
    description: "Which measures the client reports themself, and when; null when no plan is set.",
  })
  measurementPlan(
    @Root() client: Client,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<MeasurementPlan | null> {
    return services.measurementPlans.of(actor, client.id);
  }

  @Authorized(Role.THERAPIST, Role.CLIENT)
  @FieldResolver(() => CheckIn, {
    nullable: true,
    description: "The latest check-in not yet adopted, made in the last 7 days; for the record-session form.",
  })
  pendingCheckIn(
    @Root() client: Client,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<CheckIn | null> {
    return services.checkIns.pending(actor, client.id);
  }

  @Authorized(Role.THERAPIST)
  @FieldResolver(() => [RiskAlert], {
    description: "Risk alerts, newest first, with their acknowledgements. Therapist only (a client gets FORBIDDEN).",
  })
  riskAlerts(@Root() client: Client, @Actor() actor: Actor, @Ctx("services") services: Services): Promise<RiskAlert[]> {
    return services.riskAlerts.ofClient(actor, client.id);
  }
}
