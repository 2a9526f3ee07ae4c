import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { LocalDate } from "../schema/local-date.ts";

export enum EffectModel {
  POISSON = "POISSON",
  QUASI_POISSON = "QUASI_POISSON",
  LINEAR = "LINEAR",
}

registerEnumType(EffectModel, {
  name: "EffectModel",
  description: "The regression behind a plan revision's effect (docs/clinical.md).",
  valuesConfig: {
    POISSON: { description: "Log-linear Poisson model of episodes a week; the counts were not overdispersed." },
    QUASI_POISSON: {
      description: "Poisson model with intervals widened by the overdispersion (Pearson χ² ÷ degrees of freedom > 1).",
    },
    LINEAR: { description: "Least-squares model of ORS totals, with t intervals." },
  },
});

export enum EffectShortfall {
  TOO_FEW_WEEKS = "TOO_FEW_WEEKS",
  TOO_FEW_RATINGS = "TOO_FEW_RATINGS",
  NO_EPISODES_ON_ONE_SIDE = "NO_EPISODES_ON_ONE_SIDE",
  NO_FIT = "NO_FIT",
}

registerEnumType(EffectShortfall, {
  name: "EffectShortfall",
  description: "Why no effect of a plan revision is estimated.",
  valuesConfig: {
    TOO_FEW_WEEKS: { description: "Fewer complete weeks on a side than PLAN_EFFECT_MIN_WEEKS." },
    TOO_FEW_RATINGS: { description: "Fewer ORS ratings on a side than PLAN_EFFECT_MIN_ORS_POINTS." },
    NO_EPISODES_ON_ONE_SIDE: { description: "No episodes before or none after: a change in level has no estimate." },
    NO_FIT: { description: "The ratings fall on too few distinct days for a trend on each side." },
  },
});

@ObjectType({ simpleResolvers: true, description: "An estimate with its confidence interval." })
export class EffectInterval {
  @Field(() => Float, { description: "The estimate: a ratio (1 = no change) or points (0 = no change)." })
  estimate!: number;
  @Field(() => Float, { description: "Lower end of the confidence interval." }) lower!: number;
  @Field(() => Float, { description: "Upper end of the confidence interval." }) upper!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "The change at a plan revision judged against the trend before it (segmented regression, Wagner et al. 2002). " +
    "For episodes the figures are ratios (1 = no change); for the ORS they are points (0 = no change).",
})
export class RevisionEffect {
  @Field(() => Boolean, { description: "False when there are too few data to estimate the effect (see shortfall)." })
  enough!: boolean;
  @Field(() => EffectShortfall, { nullable: true, description: "Why there is no estimate; null when enough." })
  shortfall!: EffectShortfall | null;
  @Field(() => EffectModel, { nullable: true, description: "The model fitted; null when not enough." })
  model!: EffectModel | null;
  @Field(() => Int, { description: "Complete weeks before the revision in the window (episodes) or spanned (ORS)." })
  weeksBefore!: number;
  @Field(() => Int, { description: "Complete weeks from the revision on, in the window." })
  weeksAfter!: number;
  @Field(() => Int, { description: "Data points before the revision: weeks for episodes, ratings for the ORS." })
  pointsBefore!: number;
  @Field(() => Int, { description: "Data points from the revision on." })
  pointsAfter!: number;
  @Field(() => String, { description: "Rule that sets the minimum data on each side." })
  minimumRule!: string;
  @Field(() => Float, { description: "Confidence level of the intervals, e.g. 0.95." })
  confidence!: number;
  @Field(() => Float, {
    nullable: true,
    description: "Pearson χ² ÷ degrees of freedom of the episode model (above 1: overdispersed); null for the ORS.",
  })
  dispersion!: number | null;
  @Field(() => EffectInterval, {
    nullable: true,
    description: "Trend before the revision: ratio a week (episodes) or points a week (ORS).",
  })
  trendBefore!: EffectInterval | null;
  @Field(() => EffectInterval, {
    nullable: true,
    description: "Change in level at the revision beyond the trend: rate ratio (episodes) or points (ORS).",
  })
  levelChange!: EffectInterval | null;
  @Field(() => EffectInterval, {
    nullable: true,
    description: "Change in trend after the revision: ratio a week (episodes) or points a week (ORS).",
  })
  slopeChange!: EffectInterval | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "One side of a plan revision: raw figures that describe the window, not adjusted for any trend.",
})
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
  description:
    "Before and after a plan revision, over windows of equal maximum length: raw figures on each side, and the " +
    "effects judged against the trend before the revision.",
})
export class PlanComparison {
  @Field(() => PlanWindow, { nullable: true, description: "Null for a first plan set at intake." })
  before!: PlanWindow | null;
  @Field(() => PlanWindow, { description: "The window from the revision on." }) after!: PlanWindow;
  @Field(() => RevisionEffect, {
    nullable: true,
    description: "Effect on weekly episodes, trend-adjusted; null without a window before, or while tooEarly.",
  })
  episodeEffect!: RevisionEffect | null;
  @Field(() => RevisionEffect, {
    nullable: true,
    description: "Effect on the ORS total, trend-adjusted; null without a window before, or while tooEarly.",
  })
  orsEffect!: RevisionEffect | null;
  @Field(() => String, { description: "Rule that sets the window length." }) windowRule!: string;
  @Field(() => Boolean, {
    description:
      "True while the window after the revision is shorter than the minimum (minimumRule): too early to compare, " +
      "so no effect is estimated. Stays true when the next revision came sooner than that.",
  })
  tooEarly!: boolean;
  @Field(() => LocalDate, {
    description: "The day the window after the revision reaches the minimum, from which the comparison is given.",
  })
  comparableFrom!: string;
  @Field(() => String, { description: "Rule that sets the minimum window after a revision." }) minimumRule!: string;
}
