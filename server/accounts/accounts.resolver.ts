import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { Role } from "../auth/role.ts";
import { User } from "../auth/user.entity.ts";
import type { RequestContext } from "../context.ts";
import { Actor, IdArg } from "../schema/decorators.ts";
import { Invitation, InvitationPreview, InviteStaffInput, StaffMember } from "./accounts.types.ts";

@Resolver()
export class AccountResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [StaffMember], { description: "ADMIN: the staff accounts of the clinic (everyone but clients)." })
  staff(@Actor() actor: Actor, @Ctx() context: RequestContext): Promise<StaffMember[]> {
    return context.services.accounts.staff(actor);
  }

  @Query(() => InvitationPreview, {
    description:
      "Public: whose account an invitation address is for. An expired, used, replaced or unknown address is BAD_USER_INPUT (field token).",
  })
  invitationPreview(
    @Arg("token", () => String, { description: "The token at the end of the invitation address." }) token: string,
    @Ctx() context: RequestContext,
  ): Promise<InvitationPreview> {
    return context.services.accounts.preview(token);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Invitation, {
    description: "ADMIN: creates a staff account in the clinic, without a password, and returns its invitation.",
  })
  inviteStaff(
    @Arg("input", () => InviteStaffInput, { description: "Who to invite." }) input: InviteStaffInput,
    @Actor() actor: Actor,
    @Ctx() context: RequestContext,
  ): Promise<Invitation> {
    return context.services.accounts.inviteStaff(actor, input, context.publicUrl);
  }

  @Authorized(Role.THERAPIST)
  @Mutation(() => Invitation, {
    description:
      "The client's therapist: an address for the client to set their password (a reset address if they have one). A client without an email is BAD_USER_INPUT (field email).",
  })
  inviteClient(
    @IdArg("clientId", "The client to invite.") clientId: number,
    @Actor() actor: Actor,
    @Ctx() context: RequestContext,
  ): Promise<Invitation> {
    return context.services.accounts.inviteClient(actor, clientId, context.publicUrl);
  }

  @Mutation(() => User, {
    description:
      "Public: sets the password of the invitation's account, ends its other sessions and signs in (sets the session cookie).",
  })
  async acceptInvitation(
    @Arg("token", () => String, { description: "The token at the end of the invitation address." }) token: string,
    @Arg("password", () => String, {
      description: "The new password: 12 to 128 characters, not a common or easily guessed one.",
    })
    password: string,
    @Ctx() context: RequestContext,
  ): Promise<User> {
    const signedIn = await context.services.accounts.accept(
      token,
      password,
      context.sourceAddress,
      context.sessionToken ?? undefined,
    );
    context.setSessionCookie(signedIn.token, signedIn.expiresAt);
    return signedIn.user;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => StaffMember, {
    description:
      "ADMIN: the account can no longer sign in and its sessions end. Refused (BAD_USER_INPUT, field userId) while the person has active clients.",
  })
  deactivateStaff(
    @IdArg("userId", "The staff member's account id.") userId: number,
    @Actor() actor: Actor,
    @Ctx() context: RequestContext,
  ): Promise<StaffMember> {
    return context.services.accounts.deactivate(actor, userId);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: "Changes the signed-in person's password; every other session of theirs ends, this one stays.",
  })
  async changePassword(
    @Arg("currentPassword", () => String, { description: "The password in use now." }) currentPassword: string,
    @Arg("newPassword", () => String, {
      description: "The new password: 12 to 128 characters, not a common or easily guessed one.",
    })
    newPassword: string,
    @Actor() actor: Actor,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    await context.services.auth.changePassword(actor.viewer, currentPassword, newPassword, actor.sourceAddress);
    return true;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Invitation, {
    description:
      "ADMIN: a password-reset address for a staff member of the clinic; their old password works until they set a new one.",
  })
  resetPassword(
    @IdArg("userId", "The staff member's account id.") userId: number,
    @Actor() actor: Actor,
    @Ctx() context: RequestContext,
  ): Promise<Invitation> {
    return context.services.accounts.resetPassword(actor, userId, context.publicUrl);
  }
}
