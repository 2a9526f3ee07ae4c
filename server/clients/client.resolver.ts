import { Authorized, Ctx, Query, Resolver } from "type-graphql";
import { Role } from "../auth/role.ts";
import { Actor, IdArg } from "../schema/decorators.ts";
import type { Services } from "../services.ts";
import { Client } from "./client.entity.ts";

@Resolver(() => Client)
export class ClientResolver {
  @Authorized(Role.THERAPIST, Role.CLIENT)
  @Query(() => Client, { nullable: true, description: "A client: for their therapist, or for the client themself." })
  client(
    @IdArg("id", "The client's id.") id: number,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<Client> {
    return services.clients.read(actor, id);
  }
}
