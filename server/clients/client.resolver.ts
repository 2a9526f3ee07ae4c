import { Arg, Authorized, Ctx, ID, Query, Resolver } from "type-graphql";
import { Role } from "../auth/role.ts";
import type { RequestContext } from "../context.ts";
import { Client } from "./client.entity.ts";

@Resolver(() => Client)
export class ClientResolver {
  @Authorized(Role.THERAPIST, Role.CLIENT)
  @Query(() => Client, { nullable: true, description: "A client: for their therapist, or for the client themself." })
  client(@Arg("id", () => ID) id: string, @Ctx() context: RequestContext): Promise<Client> {
    return context.services.clients.read(context.viewer!, id, context.sourceAddress);
  }
}
