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

registerEnumType(HomeworkType, { name: "HomeworkType" });
registerEnumType(AssignedBy, {
  name: "AssignedBy",
  description: "Set by the therapist, or by the client for themself.",
});
registerEnumType(HomeworkStatus, { name: "HomeworkStatus" });
