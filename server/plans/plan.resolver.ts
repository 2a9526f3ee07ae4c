import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { Role } from "../auth/role.ts";
import type { RequestContext } from "../context.ts";
import { PlanRevision } from "./plan-revision.entity.ts";
import { RevisePlanInput } from "./plan.inputs.ts";

@Resolver(() => PlanRevision)
export class PlanResolver {
  @Authorized(Role.THERAPIST)
  @Mutation(() => PlanRevision, { description: "Sets a client's first plan or revises it." })
  revisePlan(
    @Arg("input", () => RevisePlanInput) input: RevisePlanInput,
    @Ctx() context: RequestContext,
  ): Promise<PlanRevision> {
    return context.services.plans.revise(context.viewer!, input, context.sourceAddress);
  }
}
