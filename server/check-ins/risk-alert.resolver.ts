import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Role } from "../auth/role.ts";
import { Actor, IdArg } from "../schema/decorators.ts";
import type { Services } from "../services.ts";
import { AcknowledgeRiskAlertInput } from "./check-in.inputs.ts";
import { RiskAlert } from "./risk-alert.entity.ts";

@Resolver(() => RiskAlert)
export class RiskAlertResolver {
  @Authorized(Role.THERAPIST)
  @Mutation(() => RiskAlert, {
    description:
      "The therapist acknowledges a risk alert of one of their clients with the action taken; once. Audited.",
  })
  acknowledgeRiskAlert(
    @IdArg("id", "The alert: one of a client of the therapist's.") id: number,
    @Arg("input", () => AcknowledgeRiskAlertInput, { description: "What was done." })
    input: AcknowledgeRiskAlertInput,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<RiskAlert> {
    return services.riskAlerts.acknowledge(actor, id, input);
  }

  @FieldResolver(() => String, { nullable: true, description: "Display name of who acknowledged it." })
  acknowledgedBy(@Root() alert: RiskAlert, @Ctx("services") services: Services): Promise<string | null> {
    return services.riskAlerts.acknowledgedBy(alert);
  }
}
