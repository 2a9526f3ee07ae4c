import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import { Role } from "../auth/role.ts";
import { Actor, IdArg } from "../schema/decorators.ts";
import type { Services } from "../services.ts";
import { Homework } from "./homework.entity.ts";
import { AssignHomeworkInput, UpdateHomeworkInput } from "./homework.inputs.ts";

@Resolver(() => Homework)
export class HomeworkResolver {
  @Authorized(Role.THERAPIST, Role.CLIENT)
  @Mutation(() => Homework, { description: "A therapist sets homework; a client sets it for themself." })
  assignHomework(
    @Arg("input", () => AssignHomeworkInput, { description: "The homework to set." }) input: AssignHomeworkInput,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<Homework> {
    return services.homework.assign(actor, input);
  }

  @Authorized(Role.THERAPIST, Role.CLIENT)
  @Query(() => [Homework], { description: "A client's homework, newest due date first." })
  clientHomework(
    @IdArg("clientId", "The client whose homework to list.") clientId: number,
    @Arg("limit", () => Int, { defaultValue: 30, description: "How many items to return, at most 200." })
    limit: number,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<Homework[]> {
    return services.homework.list(actor, clientId, limit);
  }

  @Authorized(Role.THERAPIST, Role.CLIENT)
  @Mutation(() => Homework, { description: "Status and helpfulness of a homework item." })
  updateHomework(
    @Arg("input", () => UpdateHomeworkInput, { description: "The item and what changes." }) input: UpdateHomeworkInput,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<Homework> {
    return services.homework.update(actor, input);
  }
}
