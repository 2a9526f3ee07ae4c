import { registerEnumType } from "type-graphql";

/** Work done in a follow-up session, planned in a treatment plan, or used by a client to cope with an episode. */
export enum Technique {
  PSYCHOEDUCATION = "PSYCHOEDUCATION",
  GROUNDING = "GROUNDING",
  BREATHING = "BREATHING",
  THOUGHT_RECORD = "THOUGHT_RECORD",
  COGNITIVE_RESTRUCTURING = "COGNITIVE_RESTRUCTURING",
  ASSERTIVENESS_PRACTICE = "ASSERTIVENESS_PRACTICE",
  BEHAVIOURAL_EXPERIMENT = "BEHAVIOURAL_EXPERIMENT",
  EXPOSURE = "EXPOSURE",
  ACTIVITY_SCHEDULING = "ACTIVITY_SCHEDULING",
  PROBLEM_SOLVING = "PROBLEM_SOLVING",
  RELAXATION = "RELAXATION",
  MINDFULNESS = "MINDFULNESS",
  OTHER = "OTHER",
}

registerEnumType(Technique, { name: "Technique" });
