import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../context.ts";
import { Actor } from "../schema/decorators.ts";
import { SignInSession } from "./mfa.types.ts";

@Resolver()
export class SignInSessionResolver {
  @Authorized()
  @Query(() => [SignInSession], { description: "The signed-in person's own live sign-in sessions." })
  mySessions(@Actor() actor: Actor, @Ctx() context: RequestContext): Promise<SignInSession[]> {
    return context.services.signInSessions.list(actor);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: "Ends one of the signed-in person's own sessions (from mySessions); the current one signs out.",
  })
  async endSession(
    @Arg("id", () => ID, { description: "The session's id, from mySessions." }) id: string,
    @Actor() actor: Actor,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    const { current } = await context.services.signInSessions.end(actor, id);
    if (current) context.clearSessionCookie();
    return true;
  }
}
