import { Field, Float, Int, ObjectType } from "type-graphql";
import { LocalDate } from "../schema/local-date.ts";

@ObjectType({ simpleResolvers: true })
export class RateRatio {
  @Field(() => Float, { nullable: true, description: "Rate after ÷ rate before; null when nothing happened before." })
  ratio!: number | null;
  @Field(() => Float, { nullable: true }) lower!: number | null;
  @Field(() => Float, { nullable: true }) upper!: number | null;
  @Field(() => Float) confidence!: number;
  @Field(() => String) method!: string;
}

@ObjectType({ simpleResolvers: true, description: "One side of a plan revision." })
export class PlanWindow {
  @Field(() => LocalDate) from!: string;
  @Field(() => LocalDate, { description: "Exclusive end." }) to!: string;
  @Field(() => Int) days!: number;
  @Field(() => Int) episodes!: number;
  @Field(() => Float, { nullable: true }) episodesPerWeek!: number | null;
  @Field(() => Int) homeworkReviewed!: number;
  @Field(() => Float, { nullable: true }) homeworkCompletionRate!: number | null;
  @Field(() => Int) orsPoints!: number;
  @Field(() => Float, { nullable: true, description: "ORS points per week, least squares." }) orsSlopePerWeek!:
    number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "Before and after a plan revision, over windows of equal maximum length.",
})
export class PlanComparison {
  @Field(() => PlanWindow, { nullable: true, description: "Null for a first plan set at intake." })
  before!: PlanWindow | null;
  @Field(() => PlanWindow) after!: PlanWindow;
  @Field(() => RateRatio, { nullable: true }) episodeRateRatio!: RateRatio | null;
  @Field(() => String, { description: "Rule that sets the window length." }) windowRule!: string;
}
