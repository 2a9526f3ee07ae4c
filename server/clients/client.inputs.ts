import { Field, ID, InputType, ObjectType } from "type-graphql";
import { LocalDate } from "../schema/local-date.ts";
import { AgeBand, ComplaintCategory } from "./client.enums.ts";

export const CLIENT_NAME_MAX = 120;
export const EMAIL_MAX = 254;

@InputType({ description: "A new client for the signed-in therapist's caseload." })
export class AdmitClientInput {
  @Field(() => String, {
    description: `The client's name, as their therapist knows them; at most ${CLIENT_NAME_MAX} characters.`,
  })
  displayName!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The client's email, when they are to sign in: an account is made for it, without a password until the client accepts an invitation. Unique across accounts; letter case does not matter.",
  })
  email?: string | null;

  @Field(() => ComplaintCategory, { description: "Chief complaint at intake." })
  complaint!: ComplaintCategory;

  @Field(() => LocalDate, { description: "Date of intake in the clinic's timezone; not in the future." })
  intakeDate!: string;

  @Field(() => AgeBand, { description: "Age band, in years." })
  ageBand!: AgeBand;
}

@InputType({ description: "Changes to a client's details; a field left out stays as it is." })
export class UpdateClientInput {
  @Field(() => ID, { description: "The client: one of the signed-in therapist's." })
  clientId!: string;

  @Field(() => String, { nullable: true, description: `New name; at most ${CLIENT_NAME_MAX} characters.` })
  displayName?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "New sign-in email: changes the client's account, or makes one (without a password) when they have none. Unique across accounts.",
  })
  email?: string | null;

  @Field(() => ComplaintCategory, { nullable: true, description: "New chief complaint." })
  complaint?: ComplaintCategory | null;

  @Field(() => AgeBand, { nullable: true, description: "New age band." })
  ageBand?: AgeBand | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: "New intake date: not in the future, and not after anything already recorded for the client.",
  })
  intakeDate?: string | null;
}

@ObjectType({ description: "Another active therapist of the clinic: someone a client can be transferred to." })
export class Colleague {
  @Field(() => ID, { description: "The therapist's account id." })
  id!: number;

  @Field(() => String, { description: "The therapist's name." })
  displayName!: string;
}
