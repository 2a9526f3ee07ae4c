import { Field, Int, ObjectType } from "type-graphql";
import { Role } from "../auth/role.ts";

@ObjectType({ description: "Accesses to health information in a clinic, by actor, action and month." })
export class AuditSummaryRow {
  @Field(() => String, {
    description: 'A staff member\'s name, or "Clients (their own records)" for all client accounts together.',
  })
  actor!: string;
  @Field(() => Role, { description: "The role of the actor." }) actorRole!: Role;
  @Field(() => String, { description: "What was done, e.g. READ_PROGRESS, RECORD_SESSION or EXPORT_FHIR." })
  action!: string;
  @Field(() => String, { description: "YYYY-MM (UTC)." }) month!: string;
  @Field(() => Int, {
    nullable: true,
    description: "Events; null when fewer clients than the minimum cell size stand behind the clients' row.",
  })
  count!: number | null;
  @Field(() => Boolean, { description: "Whether the count is hidden by the small-cell rule." }) suppressed!: boolean;
}

@ObjectType({ description: "One access to a client's information." })
export class ClientAccess {
  @Field(() => String, { description: "Name of the person who read or changed the information." }) actor!: string;
  @Field(() => Role, { description: "Their role." }) actorRole!: Role;
  @Field(() => String, { description: "What they did, e.g. READ_PROGRESS, RECORD_SESSION or EXPORT_FHIR." })
  action!: string;
  @Field(() => Date, { description: "When it happened (UTC)." }) at!: Date;
}
