import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context.ts";
import { Actor } from "../schema/decorators.ts";
import { User } from "./user.entity.ts";

@Resolver(() => User)
export class AuthResolver {
  @Query(() => User, { nullable: true, description: "The signed-in person; null when not signed in." })
  me(@Ctx() context: RequestContext): Promise<User | null> {
    return context.viewer ? context.services.users.byId(context.viewer.userId) : Promise.resolve(null);
  }

  @Mutation(() => User, { description: "Signs in and sets an httpOnly session cookie." })
  async login(
    @Arg("email", () => String, { description: "The account's email; letter case does not matter." }) email: string,
    @Arg("password", () => String, { description: "The account's password." }) password: string,
    @Ctx() context: RequestContext,
  ): Promise<User> {
    const signedIn = await context.services.auth.signIn(
      email,
      password,
      context.sourceAddress,
      context.sessionToken ?? undefined,
    );
    context.setSessionCookie(signedIn.token, signedIn.expiresAt);
    return signedIn.user;
  }

  @FieldResolver(() => ID, { nullable: true, description: "For a signed-in client: their own client record." })
  clientId(@Root() user: User, @Ctx() context: RequestContext): number | null {
    return context.viewer?.userId === user.id ? context.viewer.clientId : null;
  }

  @Authorized()
  @Mutation(() => Int, {
    description: "Ends every session of the signed-in person, on every device; returns how many.",
  })
  async logoutEverywhere(@Actor() actor: Actor, @Ctx() context: RequestContext): Promise<number> {
    const ended = await context.services.auth.signOutEverywhere(actor.viewer, actor.sourceAddress);
    context.clearSessionCookie();
    return ended;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Ends this session on the server and clears the cookie." })
  async logout(@Actor() actor: Actor, @Ctx() context: RequestContext): Promise<boolean> {
    await context.services.auth.signOut(actor.viewer, actor.sourceAddress);
    context.clearSessionCookie();
    return true;
  }
}
