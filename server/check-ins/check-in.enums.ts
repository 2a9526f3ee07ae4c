import { registerEnumType } from "type-graphql";

/** A measure a client can be asked to report themself. */
export enum PlanMeasure {
  ORS = "ORS",
  WEEK_RATING = "WEEK_RATING",
  PHQ9 = "PHQ9",
  GAD7 = "GAD7",
  /** The alliance, rated by the client after an attended session (submitSessionFeedback). */
  SRS = "SRS",
}

/** When a check-in is due. */
export enum CheckInSchedule {
  /** Once between one attended session and the next. */
  BEFORE_EACH_SESSION = "BEFORE_EACH_SESSION",
  /** Once a week (Monday to Sunday in the clinic's timezone). */
  WEEKLY = "WEEKLY",
}

/** Where a rating came from. */
export enum RatingSource {
  /** Recorded by the therapist in the session. */
  SESSION = "SESSION",
  /** Reported by the client: a check-in before the session, or the SRS after it. */
  CLIENT = "CLIENT",
}

/** What a client is asked to do. */
export enum DueKind {
  CHECK_IN = "CHECK_IN",
  SESSION_FEEDBACK = "SESSION_FEEDBACK",
}

/** What a therapist did about a risk alert. */
export enum RiskAction {
  CONTACTED_CLIENT = "CONTACTED_CLIENT",
  SAFETY_PLAN_REVIEWED = "SAFETY_PLAN_REVIEWED",
  REFERRED_TO_CRISIS_SERVICE = "REFERRED_TO_CRISIS_SERVICE",
  EMERGENCY_SERVICES_CALLED = "EMERGENCY_SERVICES_CALLED",
  OTHER = "OTHER",
}

/** The rule a client's own answer meets when they say they are not safe right now (it has no value). */
export const CLIENT_NOT_SAFE_RULE = "CLIENT_NOT_SAFE";

registerEnumType(PlanMeasure, {
  name: "PlanMeasure",
  description: "A measure in a client's measurement plan.",
  valuesConfig: {
    ORS: { description: "Outcome Rating Scale, in each check-in." },
    WEEK_RATING: { description: '"How was your week?", in each check-in.' },
    PHQ9: { description: "PHQ-9, in each check-in." },
    GAD7: { description: "GAD-7, in each check-in." },
    SRS: { description: "Session Rating Scale, rated by the client within 48 hours after an attended session." },
  },
});
registerEnumType(CheckInSchedule, {
  name: "CheckInSchedule",
  description: "When a client's check-in is due.",
  valuesConfig: {
    BEFORE_EACH_SESSION: { description: "Once between one attended session and the next." },
    WEEKLY: { description: "Once a week, Monday to Sunday in the clinic's timezone." },
  },
});
registerEnumType(RatingSource, {
  name: "RatingSource",
  description:
    "Where a rating came from: recorded in the session, or reported by the client before it (or after it, for the SRS).",
  valuesConfig: {
    SESSION: { description: "Recorded by the therapist in the session." },
    CLIENT: { description: "Reported by the client: a check-in before the session, or the SRS after it." },
  },
});
registerEnumType(DueKind, {
  name: "DueKind",
  description: "What a client is asked to do.",
  valuesConfig: {
    CHECK_IN: { description: "A check-in: the measures of the plan other than the SRS." },
    SESSION_FEEDBACK: { description: "Rating an attended session (SRS), within 48 hours of it." },
  },
});
registerEnumType(RiskAction, {
  name: "RiskAction",
  description: "What the therapist did about a risk alert.",
  valuesConfig: {
    CONTACTED_CLIENT: { description: "Contacted the client." },
    SAFETY_PLAN_REVIEWED: { description: "Reviewed the safety plan with the client." },
    REFERRED_TO_CRISIS_SERVICE: { description: "Referred the client to a crisis service." },
    EMERGENCY_SERVICES_CALLED: { description: "Called emergency services." },
    OTHER: { description: "Something else, said in the note." },
  },
});
