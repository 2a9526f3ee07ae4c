import { registerEnumType } from "type-graphql";

export enum Attendance {
  ATTENDED = "ATTENDED",
  CANCELLED = "CANCELLED",
  NO_SHOW = "NO_SHOW",
}

export enum SessionKind {
  INTAKE = "INTAKE",
  FOLLOW_UP = "FOLLOW_UP",
  CRISIS = "CRISIS",
  DISCHARGE = "DISCHARGE",
}

/** What a follow-up session chose as its priority issue. */
export enum IssueCategory {
  PANIC = "PANIC",
  LOW_MOOD = "LOW_MOOD",
  WORRY = "WORRY",
  SOCIAL_SITUATIONS = "SOCIAL_SITUATIONS",
  TRAUMA_MEMORIES = "TRAUMA_MEMORIES",
  RELATIONSHIPS = "RELATIONSHIPS",
  WORK_OR_STUDY = "WORK_OR_STUDY",
  SLEEP = "SLEEP",
  SELF_ESTEEM = "SELF_ESTEEM",
  SAFETY = "SAFETY",
  OTHER = "OTHER",
}

registerEnumType(Attendance, { name: "Attendance" });
registerEnumType(SessionKind, { name: "SessionKind" });
registerEnumType(IssueCategory, { name: "IssueCategory" });
