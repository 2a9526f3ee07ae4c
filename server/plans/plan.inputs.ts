import { Field, ID, InputType } from "type-graphql";
import { LIST_LIMITS } from "../common/input-limits.ts";
import { Technique } from "../common/technique.ts";

@InputType()
export class RevisePlanInput {
  @Field(() => ID) clientId!: string;
  @Field(() => Date, {
    nullable: true,
    description:
      "When the revision takes effect; now when left out. Not before the client's intake or the previous revision, not in the future.",
  })
  effectiveFrom?: Date | null;
  @Field(() => [String], { description: `At least one, at most ${LIST_LIMITS.goals} entries.` }) goals!: string[];
  @Field(() => [String], { defaultValue: [], description: `At most ${LIST_LIMITS.targets} entries.` })
  targets!: string[];
  @Field(() => [Technique], {
    defaultValue: [],
    description: `A set: a repeated technique counts once. At most ${LIST_LIMITS.techniques} entries.`,
  })
  plannedTechniques!: Technique[];
  @Field(() => String, { description: "Why the plan is set or changed." }) rationale!: string;
}
