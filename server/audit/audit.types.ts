import { Field, Int, ObjectType } from "type-graphql";
import { Role } from "../auth/role.ts";

@ObjectType({ description: "Accesses to health information in a clinic, by actor, action and month." })
export class AuditSummaryRow {
  @Field(() => String, { description: "A staff member's name; clients reading their own record appear as \"A client (own record)\"." })
  actor!: string;
  @Field(() => Role) actorRole!: Role;
  @Field(() => String) action!: string;
  @Field(() => String, { description: "YYYY-MM (UTC)." }) month!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "One access to a client's information." })
export class ClientAccess {
  @Field(() => String) actor!: string;
  @Field(() => Role) actorRole!: Role;
  @Field(() => String) action!: string;
  @Field(() => Date) at!: Date;
}
