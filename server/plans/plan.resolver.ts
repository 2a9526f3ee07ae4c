import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { Role } from "../auth/role.ts";
import { Actor } from "../schema/decorators.ts";
import type { Services } from "../services.ts";
import { PlanRevision } from "./plan-revision.entity.ts";
import { RevisePlanInput } from "./plan.inputs.ts";

@Resolver(() => PlanRevision)
export class PlanResolver {
  @Authorized(Role.THERAPIST)
  @Mutation(() => PlanRevision, { description: "Sets a client's first plan or revises it." })
  revisePlan(
    @Arg("input", () => RevisePlanInput, { description: "The new version of the plan." }) input: RevisePlanInput,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<PlanRevision> {
    return services.plans.revise(actor, input);
  }
}
