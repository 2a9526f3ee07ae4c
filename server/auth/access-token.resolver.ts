import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Services } from "../services.ts";
import { Actor, IdArg } from "../schema/decorators.ts";
import { AccessToken } from "./access-token.entity.ts";
import { ACCESS_TOKEN_DAYS } from "./access-token.service.ts";
import { NewAccessToken } from "./mfa.types.ts";

@Resolver()
export class AccessTokenResolver {
  @Authorized()
  @Query(() => [AccessToken], { description: "The signed-in person's own access tokens, newest first." })
  accessTokens(@Actor() actor: Actor, @Ctx("services") services: Services): Promise<AccessToken[]> {
    return services.accessTokens.list(actor);
  }

  @Authorized()
  @Mutation(() => NewAccessToken, {
    description:
      "Creates a personal access token for scripts (`Authorization: Bearer <token>`), acting with the person's own rights; the token is shown only in this answer. Not with an access token, and not before the sign-in is complete.",
  })
  createAccessToken(
    @Arg("name", () => String, { description: "What the token is for, 1–100 characters." }) name: string,
    @Arg("expiresInDays", () => Int, {
      description: `Days until the token stops working, ${ACCESS_TOKEN_DAYS.min}–${ACCESS_TOKEN_DAYS.max}.`,
    })
    expiresInDays: number,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<NewAccessToken> {
    return services.accessTokens.create(actor, name, expiresInDays);
  }

  @Authorized()
  @Mutation(() => AccessToken, { description: "Revokes one of the signed-in person's own access tokens." })
  revokeAccessToken(
    @IdArg("id", "The token's id, from accessTokens.") id: number,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<AccessToken> {
    return services.accessTokens.revoke(actor, id);
  }
}
