import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { Role } from "../auth/role.ts";
import type { RequestContext } from "../context.ts";
import { Homework } from "./homework.entity.ts";
import { AssignHomeworkInput, UpdateHomeworkInput } from "./homework.inputs.ts";

@Resolver(() => Homework)
export class HomeworkResolver {
  @Authorized(Role.THERAPIST, Role.CLIENT)
  @Mutation(() => Homework, { description: "A therapist sets homework; a client sets it for themself." })
  assignHomework(
    @Arg("input", () => AssignHomeworkInput) input: AssignHomeworkInput,
    @Ctx() context: RequestContext,
  ): Promise<Homework> {
    return context.services.homework.assign(context.viewer!, input, context.sourceAddress);
  }

  @Authorized(Role.THERAPIST, Role.CLIENT)
  @Query(() => [Homework], { description: "A client's homework, newest due date first." })
  clientHomework(
    @Arg("clientId", () => ID) clientId: string,
    @Arg("limit", () => Int, { defaultValue: 30 }) limit: number,
    @Ctx() context: RequestContext,
  ): Promise<Homework[]> {
    return context.services.homework.list(context.viewer!, clientId, limit, context.sourceAddress);
  }

  @Authorized(Role.THERAPIST, Role.CLIENT)
  @Mutation(() => Homework, { description: "Status and helpfulness of a homework item." })
  updateHomework(
    @Arg("input", () => UpdateHomeworkInput) input: UpdateHomeworkInput,
    @Ctx() context: RequestContext,
  ): Promise<Homework> {
    return context.services.homework.update(context.viewer!, input, context.sourceAddress);
  }
}
