import { Field, ID, InputType } from "type-graphql";
import { LIST_LIMITS } from "../common/input-limits.ts";
import { Technique } from "../common/technique.ts";
import { PLAN_ENTRY_MAX, PLAN_RATIONALE_MAX } from "./plan-row.ts";

@InputType({
  description: "A client's first treatment plan, or a new version of it. Each revision states the whole plan.",
})
export class RevisePlanInput {
  @Field(() => ID, { description: "The client: one of the therapist's own." }) clientId!: string;
  @Field(() => Date, {
    nullable: true,
    description:
      "When the revision takes effect; now when left out. Not before the client's intake or the previous revision, not in the future.",
  })
  effectiveFrom?: Date | null;
  @Field(() => [String], {
    description: `The plan's goals: at least one, at most ${LIST_LIMITS.goals} entries, each at most ${PLAN_ENTRY_MAX} characters.`,
  })
  goals!: string[];
  @Field(() => [String], {
    defaultValue: [],
    description: `Measurable targets, e.g. "ORS above 25" or "GAD-7 ≤ 7": at most ${LIST_LIMITS.targets} entries, each at most ${PLAN_ENTRY_MAX} characters. A target written as a check is checked every week, so it must be one a week can both pass and fail; other text stays as written.`,
  })
  targets!: string[];
  @Field(() => [Technique], {
    defaultValue: [],
    description: `A set: a repeated technique counts once. At most ${LIST_LIMITS.techniques} entries.`,
  })
  plannedTechniques!: Technique[];
  @Field(() => String, {
    description: `Why the plan is set or changed: required, at most ${PLAN_RATIONALE_MAX} characters.`,
  })
  rationale!: string;
}
