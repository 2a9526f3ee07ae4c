import { registerEnumType } from "type-graphql";

export enum Role {
  THERAPIST = "THERAPIST",
  CLIENT = "CLIENT",
  SUPERVISOR = "SUPERVISOR",
  ADMIN = "ADMIN",
}

registerEnumType(Role, {
  name: "Role",
  description: "What a signed-in person may see and do.",
  valuesConfig: {
    THERAPIST: { description: "Sees and records the work with the clients on their own caseload." },
    CLIENT: { description: "A person in therapy: sees their own progress and logs their own episodes and homework." },
    SUPERVISOR: {
      description: "Reviews anonymised metrics and the audit log of their clinic; never an individual client.",
    },
    ADMIN: {
      description: "Manages the clinic's staff accounts and invitations; sees no clinical data and no metrics.",
    },
  },
});
