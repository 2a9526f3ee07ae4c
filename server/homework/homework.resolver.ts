import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import { Role } from "../auth/role.ts";
import { AFTER_DESCRIPTION, firstDescription, type Connection } from "../common/paging.ts";
import { Actor, IdArg } from "../schema/decorators.ts";
import type { Services } from "../services.ts";
import { HomeworkConnection } from "./homework-connection.types.ts";
import { Homework } from "./homework.entity.ts";
import { AssignHomeworkInput, UpdateHomeworkInput } from "./homework.inputs.ts";
import { HOMEWORK_PAGE } from "./homework.service.ts";

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
  @Query(() => HomeworkConnection, {
    description: "A client's homework, latest due date first, a page at a time. Each page read is audited.",
  })
  clientHomework(
    @IdArg("clientId", "The client whose homework to list.") clientId: number,
    @Arg("first", () => Int, {
      defaultValue: HOMEWORK_PAGE.default,
      description: firstDescription(HOMEWORK_PAGE, "items"),
    })
    first: number,
    @Arg("after", () => String, { nullable: true, description: AFTER_DESCRIPTION }) after: string | null,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<Connection<Homework>> {
    return services.homework.list(actor, clientId, { first, after });
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
