import { Field, Int, ObjectType } from "type-graphql";
import { Role } from "../auth/role.ts";

@ObjectType({ description: "Accesses to health information in a clinic, by actor, action and month." })
export class AuditSummaryRow {
  @Field(() => String, {
    description: 'A staff member\'s name, or "Clients (their own records)" for all client accounts together.',
  })
  actor!: string;
  @Field(() => Role) actorRole!: Role;
  @Field(() => String) action!: string;
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
  @Field(() => String) actor!: string;
  @Field(() => Role) actorRole!: Role;
  @Field(() => String) action!: string;
  @Field(() => Date) at!: Date;
}
