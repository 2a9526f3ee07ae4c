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

/** How a case closes: the closed values of ClientStatus. */
export enum CaseOutcome {
  DISCHARGED = "DISCHARGED",
  DROPPED_OUT = "DROPPED_OUT",
}

registerEnumType(ComplaintCategory, {
  name: "ComplaintCategory",
  description: "Chief complaint at intake.",
  valuesConfig: {
    PANIC: { description: "Panic attacks, or panic disorder." },
    DEPRESSION: { description: "Depression or persistent low mood." },
    GENERALISED_ANXIETY: { description: "Generalised anxiety: persistent worry that is hard to control." },
    SOCIAL_ANXIETY: { description: "Social anxiety: fear of being judged or embarrassed in social situations." },
    TRAUMA: { description: "After a traumatic event, e.g. post-traumatic stress." },
    OTHER: { description: "Any other chief complaint." },
  },
});
registerEnumType(AgeBand, {
  name: "AgeBand",
  description: "A client's age, in bands of years, so that no one is known by an exact age.",
  valuesConfig: {
    AGE_18_24: { description: "18 to 24 years." },
    AGE_25_34: { description: "25 to 34 years." },
    AGE_35_44: { description: "35 to 44 years." },
    AGE_45_54: { description: "45 to 54 years." },
    AGE_55_64: { description: "55 to 64 years." },
    AGE_65_PLUS: { description: "65 years or more." },
  },
});
registerEnumType(ClientStatus, {
  name: "ClientStatus",
  description: "Where a client is in their course of therapy.",
  valuesConfig: {
    ACTIVE: { description: "In therapy." },
    DISCHARGED: { description: "Therapy ended as planned." },
    DROPPED_OUT: { description: "Stopped coming before a planned end." },
  },
});
registerEnumType(CaseOutcome, {
  name: "CaseOutcome",
  description: "How a course of therapy ended.",
  valuesConfig: {
    DISCHARGED: { description: "Therapy ended as planned." },
    DROPPED_OUT: { description: "The client stopped coming before a planned end." },
  },
});
