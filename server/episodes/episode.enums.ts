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

registerEnumType(Symptom, {
  name: "Symptom",
  description: "The main symptom of an episode.",
  valuesConfig: {
    PANIC_ATTACK: { description: "A panic attack: a sudden surge of intense fear with bodily symptoms." },
    LOW_MOOD: { description: "A spell of low mood." },
    INTRUSIVE_MEMORY: { description: "An intrusive memory or flashback." },
    WORRY: { description: "A bout of worry." },
    ANGER: { description: "A surge of anger." },
    SELF_HARM_URGE: { description: "An urge to harm oneself: review risk with the client." },
    OTHER: { description: "Any other symptom." },
  },
});
registerEnumType(EpisodeType, {
  name: "EpisodeType",
  description: "How an episode was cued, as panic diaries record it.",
  valuesConfig: {
    UNEXPECTED: { description: "Out of the blue: nothing the client could see set it off." },
    ANTICIPATED: { description: "Expected beforehand, e.g. before a feared event." },
    SITUATIONAL: { description: "Set off by being in a particular situation." },
  },
});
registerEnumType(TriggerCategory, {
  name: "TriggerCategory",
  description: "What set an episode off.",
  valuesConfig: {
    WORK_OR_STUDY: { description: "Work or study." },
    RELATIONSHIPS: { description: "A partner or another close relationship." },
    FAMILY: { description: "Family." },
    SOCIAL_SITUATION: { description: "A social situation." },
    HEALTH: { description: "Health, or a bodily sensation." },
    PLACE_OR_CROWD: { description: "A place or a crowd." },
    REMINDER: { description: "A reminder of something that happened." },
    NONE_IDENTIFIED: { description: "No trigger identified." },
    OTHER: { description: "Any other trigger." },
  },
});
registerEnumType(LoggedBy, {
  name: "LoggedBy",
  description: "Who logged an episode.",
  valuesConfig: {
    CLIENT: { description: "The client, about themself." },
    THERAPIST: { description: "The therapist, for their client." },
  },
});
