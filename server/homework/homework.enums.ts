import { registerEnumType } from "type-graphql";

export enum HomeworkType {
  THOUGHT_RECORD = "THOUGHT_RECORD",
  GROUNDING = "GROUNDING",
  BEHAVIOURAL_EXPERIMENT = "BEHAVIOURAL_EXPERIMENT",
  EXPOSURE = "EXPOSURE",
  ACTIVITY_SCHEDULING = "ACTIVITY_SCHEDULING",
  SKILL_PRACTICE = "SKILL_PRACTICE",
  READING = "READING",
  OTHER = "OTHER",
}

export enum AssignedBy {
  THERAPIST = "THERAPIST",
  SELF = "SELF",
}

export enum HomeworkStatus {
  ASSIGNED = "ASSIGNED",
  COMPLETED = "COMPLETED",
  PARTIAL = "PARTIAL",
  NOT_DONE = "NOT_DONE",
}

registerEnumType(HomeworkType, {
  name: "HomeworkType",
  description: "The kind of practice a homework item asks for.",
  valuesConfig: {
    THOUGHT_RECORD: { description: "Fill in a thought record." },
    GROUNDING: { description: "Practise grounding." },
    BEHAVIOURAL_EXPERIMENT: { description: "Carry out a behavioural experiment." },
    EXPOSURE: { description: "Practise exposure to something feared." },
    ACTIVITY_SCHEDULING: { description: "Plan activities and do them." },
    SKILL_PRACTICE: { description: "Practise a skill from the session, e.g. breathing or saying no." },
    READING: { description: "Read a handout or a chapter." },
    OTHER: { description: "Any other practice." },
  },
});
registerEnumType(AssignedBy, {
  name: "AssignedBy",
  description: "Set by the therapist, or by the client for themself.",
  valuesConfig: {
    THERAPIST: { description: "Set by the therapist." },
    SELF: { description: "Set by the client for themself." },
  },
});
registerEnumType(HomeworkStatus, {
  name: "HomeworkStatus",
  description: "How far a homework item was done.",
  valuesConfig: {
    ASSIGNED: { description: "Set, not reviewed yet." },
    COMPLETED: { description: "Done in full." },
    PARTIAL: { description: "Partly done." },
    NOT_DONE: { description: "Not done." },
  },
});
