import { registerEnumType } from "type-graphql";

export enum Symptom {
  PANIC_ATTACK = "PANIC_ATTACK",
  LOW_MOOD = "LOW_MOOD",
  INTRUSIVE_MEMORY = "INTRUSIVE_MEMORY",
  WORRY = "WORRY",
  ANGER = "ANGER",
  SELF_HARM_URGE = "SELF_HARM_URGE",
  OTHER = "OTHER",
}

/** Panic-diary convention: cued by nothing, by anticipation, or by a situation. */
export enum EpisodeType {
  UNEXPECTED = "UNEXPECTED",
  ANTICIPATED = "ANTICIPATED",
  SITUATIONAL = "SITUATIONAL",
}

export enum TriggerCategory {
  WORK_OR_STUDY = "WORK_OR_STUDY",
  RELATIONSHIPS = "RELATIONSHIPS",
  FAMILY = "FAMILY",
  SOCIAL_SITUATION = "SOCIAL_SITUATION",
  HEALTH = "HEALTH",
  PLACE_OR_CROWD = "PLACE_OR_CROWD",
  REMINDER = "REMINDER",
  NONE_IDENTIFIED = "NONE_IDENTIFIED",
  OTHER = "OTHER",
}

export enum LoggedBy {
  CLIENT = "CLIENT",
  THERAPIST = "THERAPIST",
}

registerEnumType(Symptom, { name: "Symptom" });
registerEnumType(EpisodeType, { name: "EpisodeType" });
registerEnumType(TriggerCategory, { name: "TriggerCategory" });
registerEnumType(LoggedBy, { name: "LoggedBy" });
