import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Role } from "../auth/role.ts";
import { InvitationPurpose } from "./invitation.entity.ts";

@ObjectType({ description: "A one-time address for setting a password, to hand to its owner. Shown only once." })
export class Invitation {
  @Field(() => String, {
    description: "The address (<dashboard address>/invite/<token>); single use, void once a newer one is issued.",
  })
  url!: string;

  @Field(() => Date, { description: "When the address stops working (72 hours after it was issued)." })
  expiresAt!: Date;
}

@ObjectType({ description: "What an invitation address is for, shown before its owner sets a password." })
export class InvitationPreview {
  @Field(() => String, { description: "The account's sign-in email." })
  email!: string;

  @Field(() => String, { description: "The account's name." })
  displayName!: string;

  @Field(() => Role, { description: "The account's role." })
  role!: Role;

  @Field(() => Date, { description: "When the address stops working." })
  expiresAt!: Date;

  @Field(() => InvitationPurpose, { description: "A new account, or a new password for an existing one." })
  purpose!: InvitationPurpose;
}

@InputType({ description: "A new staff account, invited by an admin." })
export class InviteStaffInput {
  @Field(() => String, { description: "Their sign-in email; letter case does not matter; unique." })
  email!: string;

  @Field(() => String, { description: "Their name as shown in the dashboard (at most 120 characters)." })
  displayName!: string;

  @Field(() => Role, { description: "THERAPIST, SUPERVISOR or ADMIN; clients are invited by their therapist." })
  role!: Role;
}

@ObjectType({ description: "A staff account of the admin's clinic (therapist, supervisor or admin)." })
export class StaffMember {
  @Field(() => ID, { description: "The account id." })
  id!: number;

  @Field(() => String, { description: "Sign-in email." })
  email!: string;

  @Field(() => String, { description: "Name shown in the dashboard." })
  displayName!: string;

  @Field(() => Role, { description: "Their role." })
  role!: Role;

  @Field(() => Boolean, { description: "False once an admin has deactivated the account." })
  active!: boolean;

  @Field(() => Boolean, { description: "The account has no password yet: its invitation has not been accepted." })
  invitationPending!: boolean;

  @Field(() => Boolean, { description: "Whether the person signs in with a second factor." })
  twoFactorEnabled!: boolean;

  @Field(() => Int, { description: "Active clients on their caseload (0 for supervisors and admins)." })
  activeClients!: number;
}
