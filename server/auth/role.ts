import { registerEnumType } from "type-graphql";

export enum Role {
  THERAPIST = "THERAPIST",
  CLIENT = "CLIENT",
  SUPERVISOR = "SUPERVISOR",
}

registerEnumType(Role, { name: "Role", description: "What a signed-in person may see and do." });
