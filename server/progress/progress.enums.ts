import { registerEnumType } from "type-graphql";

export enum Bucket {
  WEEK = "WEEK",
  MONTH = "MONTH",
}

export enum ProgressStatus {
  AT_RISK = "AT_RISK",
  NOT_ON_TRACK = "NOT_ON_TRACK",
  INSUFFICIENT_DATA = "INSUFFICIENT_DATA",
  ON_TRACK = "ON_TRACK",
}

export enum AlertSeverity {
  CRITICAL = "CRITICAL",
  WARNING = "WARNING",
  INFO = "INFO",
}

export enum Measure {
  ORS = "ORS",
  SRS = "SRS",
  PHQ9 = "PHQ9",
  GAD7 = "GAD7",
}

export enum ChangeClassification {
  RELIABLE_IMPROVEMENT = "RELIABLE_IMPROVEMENT",
  NO_RELIABLE_CHANGE = "NO_RELIABLE_CHANGE",
  RELIABLE_DETERIORATION = "RELIABLE_DETERIORATION",
}

export enum OffTrackMethod {
  EXPECTED_CURVE = "EXPECTED_CURVE",
  FALLBACK_RULE = "FALLBACK_RULE",
}

registerEnumType(Bucket, {
  name: "Bucket",
  description: "How a series over time is bucketed, in the clinic's timezone.",
  valuesConfig: {
    WEEK: { description: "ISO weeks, Monday to Sunday." },
    MONTH: { description: "Calendar months." },
  },
});
registerEnumType(ProgressStatus, {
  name: "ProgressStatus",
  description:
    "AT_RISK: a risk rule fired. NOT_ON_TRACK: an off-track rule fired. Otherwise ON_TRACK, or INSUFFICIENT_DATA before two rated sessions.",
  valuesConfig: {
    AT_RISK: {
      description:
        "A risk rule fired (a CRITICAL alert): PHQ-9 item 9 answered above 0 (by default), a crisis in the latest session, or reliable deterioration.",
    },
    NOT_ON_TRACK: {
      description:
        "An off-track rule fired: below the expected range for the session, or no reliable improvement by the fallback session.",
    },
    INSUFFICIENT_DATA: { description: "Not yet two rated sessions on any of ORS, PHQ-9 and GAD-7." },
    ON_TRACK: { description: "Enough ratings, and no risk or off-track rule fired." },
  },
});
registerEnumType(AlertSeverity, {
  name: "AlertSeverity",
  description: "How urgent an alert is.",
  valuesConfig: {
    CRITICAL: { description: "Act now: a risk to the client. Makes the status AT_RISK." },
    WARNING: { description: "Discuss soon: progress, alliance, homework or episodes." },
    INFO: { description: "For information." },
  },
});
registerEnumType(Measure, {
  name: "Measure",
  description: "A rating scale given in sessions.",
  valuesConfig: {
    ORS: { description: "Outcome Rating Scale: four items 0–10, total 0–40, higher is better." },
    SRS: {
      description: "Session Rating Scale, the therapeutic alliance: four items 0–10, total 0–40, higher is better.",
    },
    PHQ9: { description: "PHQ-9, depression: nine items 0–3, total 0–27, lower is better." },
    GAD7: { description: "GAD-7, anxiety: seven items 0–3, total 0–21, lower is better." },
  },
});
registerEnumType(ChangeClassification, {
  name: "ChangeClassification",
  description: "Change from baseline to latest, against the measure's reliable-change value (Jacobson & Truax).",
  valuesConfig: {
    RELIABLE_IMPROVEMENT: { description: "Better by at least the reliable-change value." },
    NO_RELIABLE_CHANGE: { description: "Changed by less than the reliable-change value, either way." },
    RELIABLE_DETERIORATION: { description: "Worse by at least the reliable-change value." },
  },
});
registerEnumType(OffTrackMethod, {
  name: "OffTrackMethod",
  description:
    "EXPECTED_CURVE: compared with the course expected from the clinic's earlier closed cases for the client's intake score; FALLBACK_RULE: fewer than 30 such cases.",
  valuesConfig: {
    EXPECTED_CURVE: {
      description:
        "ORS compared with the expected course for the client's intake score, fitted to the clinic's cases closed before the judged session's month.",
    },
    FALLBACK_RULE: {
      description:
        "Too few such cases (under 30 by default), or no model could be fitted: off track is no reliable improvement by session 6 (by default), or reliable deterioration.",
    },
  },
});
