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

registerEnumType(Attendance, {
  name: "Attendance",
  description: "Whether the client came to an appointment.",
  valuesConfig: {
    ATTENDED: { description: "The client came." },
    CANCELLED: { description: "Cancelled beforehand." },
    NO_SHOW: { description: "The client did not come and had not cancelled." },
  },
});
registerEnumType(SessionKind, {
  name: "SessionKind",
  description: "What kind of session an appointment was.",
  valuesConfig: {
    INTAKE: { description: "The first, assessment session." },
    FOLLOW_UP: { description: "A regular follow-up session." },
    CRISIS: { description: "An unplanned session for a crisis." },
    DISCHARGE: { description: "The last session, ending therapy." },
  },
});
registerEnumType(IssueCategory, {
  name: "IssueCategory",
  description: "What a follow-up session chose as its priority issue.",
  valuesConfig: {
    PANIC: { description: "Panic attacks, or the fear of them." },
    LOW_MOOD: { description: "Low mood." },
    WORRY: { description: "Worry." },
    SOCIAL_SITUATIONS: { description: "Social situations." },
    TRAUMA_MEMORIES: { description: "Memories of a trauma." },
    RELATIONSHIPS: { description: "Relationships." },
    WORK_OR_STUDY: { description: "Work or study." },
    SLEEP: { description: "Sleep." },
    SELF_ESTEEM: { description: "Self-esteem." },
    SAFETY: { description: "Safety: risk to the client or to others." },
    OTHER: { description: "Any other issue." },
  },
});
