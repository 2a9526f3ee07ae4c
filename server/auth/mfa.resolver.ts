import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context.ts";
import { Actor } from "../schema/decorators.ts";
import { TotpEnrollment } from "./mfa.types.ts";
import { SignInStep } from "./sign-in-step.ts";
import { User } from "./user.entity.ts";

@Resolver(() => User)
export class MfaResolver {
  @Authorized()
  @Mutation(() => TotpEnrollment, {
    description:
      "Starts setting up two-factor sign-in: a new TOTP secret for an authenticator app, shown this once. Starting again replaces a secret not yet confirmed; refused once two-factor sign-in is on.",
  })
  beginTotpEnrollment(@Actor() actor: Actor, @Ctx() context: RequestContext): Promise<TotpEnrollment> {
    return context.services.totp.begin(actor);
  }

  @Authorized()
  @Mutation(() => [String], {
    description:
      "Turns two-factor sign-in on with a current code from the app; returns ten single-use recovery codes, shown this once. Completes a session that had to enrol.",
  })
  async confirmTotpEnrollment(
    @Arg("code", () => String, { description: "The 6-digit code the app shows now." }) code: string,
    @Actor() actor: Actor,
    @Ctx() context: RequestContext,
  ): Promise<string[]> {
    const { recoveryCodes, completed } = await context.services.totp.confirm(actor, code);
    if (completed) context.setSessionCookie(completed.token, completed.expiresAt);
    return recoveryCodes;
  }

  @Authorized()
  @Mutation(() => User, {
    description:
      "The second step of signing in: a code from the app or an unused recovery code. Completes the session under a new cookie.",
  })
  async verifySecondFactor(
    @Arg("code", () => String, { description: "The 6-digit code from the app, or a recovery code." }) code: string,
    @Actor() actor: Actor,
    @Ctx() context: RequestContext,
  ): Promise<User> {
    const completed = await context.services.totp.verify(actor, code);
    context.setSessionCookie(completed.token, completed.expiresAt);
    return (await context.services.users.byId(actor.viewer.userId))!;
  }

  @FieldResolver(() => Boolean, { description: "Whether the person signs in with a second factor (TOTP)." })
  twoFactorEnabled(@Root() user: User, @Ctx() context: RequestContext): Promise<boolean> {
    return context.services.totp.isEnabled(user.id);
  }

  @FieldResolver(() => SignInStep, {
    nullable: true,
    description:
      "For the signed-in person: what their session still has to do before anything else works; null when signed in completely.",
  })
  async nextStep(@Root() user: User, @Ctx() context: RequestContext): Promise<SignInStep | null> {
    // A session started or replaced by this very request is the one the answer is about.
    const issued = context.issuedSession?.token;
    const viewer = issued ? await context.services.auth.resolve(issued) : context.viewer;
    return viewer?.userId === user.id ? (viewer.pendingStep ?? null) : null;
  }
}
