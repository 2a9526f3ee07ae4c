import { Field, Float, Int, ObjectType } from "type-graphql";
import { LocalDate } from "../schema/local-date.ts";

@ObjectType({
  simpleResolvers: true,
  description:
    "Episodes per week after a plan revision ÷ episodes per week before it, with an exact confidence interval.",
})
export class RateRatio {
  @Field(() => Float, { nullable: true, description: "Rate after ÷ rate before; null when nothing happened before." })
  ratio!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: "Lower end of the confidence interval; null when there were no episodes in either window.",
  })
  lower!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: "Upper end of the confidence interval; null when there were no episodes before (no upper bound).",
  })
  upper!: number | null;
  @Field(() => Float, { description: "Confidence level of the interval, e.g. 0.95 for 95%." }) confidence!: number;
  @Field(() => String, {
    description:
      "How the interval was computed: EXACT_CONDITIONAL_BINOMIAL, the exact test for a ratio of two Poisson rates.",
  })
  method!: string;
}

@ObjectType({ simpleResolvers: true, description: "One side of a plan revision." })
export class PlanWindow {
  @Field(() => LocalDate, { description: "First day of the window (local date)." }) from!: string;
  @Field(() => LocalDate, { description: "The day after the window's last day (exclusive end)." }) to!: string;
  @Field(() => Int, { description: "Length of the window in days." }) days!: number;
  @Field(() => Int, { description: "Symptom episodes in the window." }) episodes!: number;
  @Field(() => Float, {
    nullable: true,
    description: "Symptom episodes per week in the window; null for a window of no days.",
  })
  episodesPerWeek!: number | null;
  @Field(() => Int, { description: "Homework items due in the window and reviewed (not still ASSIGNED)." })
  homeworkReviewed!: number;
  @Field(() => Float, { nullable: true, description: "Completed ÷ reviewed, 0–1; null when none was reviewed." })
  homeworkCompletionRate!: number | null;
  @Field(() => Int, { description: "ORS-rated sessions in the window." }) orsPoints!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      "Trend of the ORS total in points per week (least-squares slope); null with fewer than two ORS ratings.",
  })
  orsSlopePerWeek!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "Before and after a plan revision, over windows of equal maximum length.",
})
export class PlanComparison {
  @Field(() => PlanWindow, { nullable: true, description: "Null for a first plan set at intake." })
  before!: PlanWindow | null;
  @Field(() => PlanWindow, { description: "The window from the revision on." }) after!: PlanWindow;
  @Field(() => RateRatio, {
    nullable: true,
    description: "Episode rate after ÷ before; null without a window before, or while tooEarly.",
  })
  episodeRateRatio!: RateRatio | null;
  @Field(() => String, { description: "Rule that sets the window length." }) windowRule!: string;
  @Field(() => Boolean, {
    description:
      "True while the window after the revision is shorter than the minimum (minimumRule): too early to compare, " +
      "so no rate ratio is given. Stays true when the next revision came sooner than that.",
  })
  tooEarly!: boolean;
  @Field(() => LocalDate, {
    description: "The day the window after the revision reaches the minimum, from which the comparison is given.",
  })
  comparableFrom!: string;
  @Field(() => String, { description: "Rule that sets the minimum window after a revision." }) minimumRule!: string;
}
