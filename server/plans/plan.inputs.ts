import { Field, ID, InputType } from "type-graphql";
import { Technique } from "../common/technique.ts";

@InputType()
export class RevisePlanInput {
  @Field(() => ID) clientId!: string;
  @Field(() => Date, { nullable: true, description: "When the revision takes effect; now when left out." })
  effectiveFrom?: Date | null;
  @Field(() => [String]) goals!: string[];
  @Field(() => [String], { defaultValue: [] }) targets!: string[];
  @Field(() => [Technique], { defaultValue: [] }) plannedTechniques!: Technique[];
  @Field(() => String, { description: "Why the plan is set or changed." }) rationale!: string;
}
