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

registerEnumType(Bucket, { name: "Bucket" });
registerEnumType(ProgressStatus, {
  name: "ProgressStatus",
  description:
    "AT_RISK: a risk rule fired. NOT_ON_TRACK: an off-track rule fired. Otherwise ON_TRACK, or INSUFFICIENT_DATA before two rated sessions.",
});
registerEnumType(AlertSeverity, { name: "AlertSeverity" });
registerEnumType(Measure, { name: "Measure" });
registerEnumType(ChangeClassification, { name: "ChangeClassification" });
registerEnumType(OffTrackMethod, {
  name: "OffTrackMethod",
  description:
    "EXPECTED_CURVE: compared with the clinic's closed cases of the same intake band; FALLBACK_RULE: fewer than 30 such cases.",
});
