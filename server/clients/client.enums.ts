import { registerEnumType } from "type-graphql";

export enum ComplaintCategory {
  PANIC = "PANIC",
  DEPRESSION = "DEPRESSION",
  GENERALISED_ANXIETY = "GENERALISED_ANXIETY",
  SOCIAL_ANXIETY = "SOCIAL_ANXIETY",
  TRAUMA = "TRAUMA",
  OTHER = "OTHER",
}

export enum AgeBand {
  AGE_18_24 = "AGE_18_24",
  AGE_25_34 = "AGE_25_34",
  AGE_35_44 = "AGE_35_44",
  AGE_45_54 = "AGE_45_54",
  AGE_55_64 = "AGE_55_64",
  AGE_65_PLUS = "AGE_65_PLUS",
}

export enum ClientStatus {
  ACTIVE = "ACTIVE",
  DISCHARGED = "DISCHARGED",
  DROPPED_OUT = "DROPPED_OUT",
}

registerEnumType(ComplaintCategory, { name: "ComplaintCategory", description: "Chief complaint at intake." });
registerEnumType(AgeBand, { name: "AgeBand" });
registerEnumType(ClientStatus, { name: "ClientStatus" });
