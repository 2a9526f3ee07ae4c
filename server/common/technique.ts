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

registerEnumType(Technique, {
  name: "Technique",
  description:
    "Work done in a follow-up session, planned in a treatment plan, or used by a client to cope with an episode.",
  valuesConfig: {
    PSYCHOEDUCATION: { description: "Explaining the problem and how therapy works on it." },
    GROUNDING: { description: "Grounding: bringing attention back to the present through the senses." },
    BREATHING: { description: "Slow, paced breathing." },
    THOUGHT_RECORD: {
      description: "A thought record: the situation, moods, automatic thoughts, the evidence, and a balanced thought.",
    },
    COGNITIVE_RESTRUCTURING: {
      description: "Challenging a perception: weighing a thought against the evidence and finding a more balanced one.",
    },
    ASSERTIVENESS_PRACTICE: { description: "Practising what to say, and how to say it." },
    BEHAVIOURAL_EXPERIMENT: { description: "Testing a belief by trying something out and seeing what happens." },
    EXPOSURE: { description: "Facing a feared situation, sensation or memory, step by step." },
    ACTIVITY_SCHEDULING: { description: "Planning rewarding or meaningful activities (behavioural activation)." },
    PROBLEM_SOLVING: {
      description: "Structured problem solving: define the problem, list options, choose, try, review.",
    },
    RELAXATION: { description: "Relaxation, e.g. progressive muscle relaxation." },
    MINDFULNESS: { description: "Mindfulness: noticing thoughts and feelings without judging them." },
    OTHER: { description: "Any other technique." },
  },
});
