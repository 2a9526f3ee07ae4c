/**
 * The GraphQL shape of "what works for this client" (docs/clinical.md, "What works: homework and change", "What
 * works: coping techniques, triggers and timing" and "What works: targets that are checked"). Each type mirrors a
 * pure result from server/analytics, field for field, so the page shows exactly what the analysis returned. Enum
 * fields are typed as strings here so the pure results (string unions) are served as they are.
 */
import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { Technique } from "../common/technique.ts";
import { Symptom, TriggerCategory } from "../episodes/episode.enums.ts";
import { EffectInterval } from "../progress/plan-comparison.types.ts";
import { LocalDate } from "../schema/local-date.ts";

// ---------------------------------------------------------------------------------------------
// Enums
// ---------------------------------------------------------------------------------------------

export enum WhatWorksVerdict {
  CLEAR_DIFFERENCE_LOWER = "CLEAR_DIFFERENCE_LOWER",
  CLEAR_DIFFERENCE_HIGHER = "CLEAR_DIFFERENCE_HIGHER",
  CLEAR_DIFFERENCE_BETTER = "CLEAR_DIFFERENCE_BETTER",
  CLEAR_DIFFERENCE_WORSE = "CLEAR_DIFFERENCE_WORSE",
  NO_CLEAR_DIFFERENCE = "NO_CLEAR_DIFFERENCE",
  NOT_ENOUGH_DATA = "NOT_ENOUGH_DATA",
}

registerEnumType(WhatWorksVerdict, {
  name: "WhatWorksVerdict",
  description: "What a comparison found, read off its interval: a clear difference only when it excludes no effect.",
  valuesConfig: {
    CLEAR_DIFFERENCE_LOWER: { description: "The interval lies wholly below no difference." },
    CLEAR_DIFFERENCE_HIGHER: { description: "The interval lies wholly above no difference." },
    CLEAR_DIFFERENCE_BETTER: { description: "With more homework the measure clearly changed for the better." },
    CLEAR_DIFFERENCE_WORSE: { description: "With more homework the measure clearly changed for the worse." },
    NO_CLEAR_DIFFERENCE: { description: "The interval includes no difference: no clear effect, not proof of none." },
    NOT_ENOUGH_DATA: { description: "Below the stated minimum: not enough data to tell." },
  },
});

export enum TriggerTrendVerdict {
  RISING = "RISING",
  FALLING = "FALLING",
  FLAT = "FLAT",
  NOT_ENOUGH_DATA = "NOT_ENOUGH_DATA",
}

registerEnumType(TriggerTrendVerdict, {
  name: "TriggerTrendVerdict",
  description: "A trigger's trend over the weeks, by whether the interval of its weekly rate ratio excludes 1.",
  valuesConfig: {
    RISING: { description: "Episodes with this trigger are clearly becoming more frequent." },
    FALLING: { description: "Episodes with this trigger are clearly becoming less frequent." },
    FLAT: { description: "No clear trend (not proof that there is none)." },
    NOT_ENOUGH_DATA: { description: "Too few weeks or episodes to fit a trend." },
  },
});

export enum WhatWorksMeasure {
  ORS = "ORS",
  PHQ9 = "PHQ9",
  GAD7 = "GAD7",
}

registerEnumType(WhatWorksMeasure, {
  name: "WhatWorksMeasure",
  description: "An outcome measure whose change between sessions is set against homework.",
  valuesConfig: {
    ORS: { description: "Outcome Rating Scale total, 0–40, higher is better." },
    PHQ9: { description: "PHQ-9 total, 0–27, lower is better." },
    GAD7: { description: "GAD-7 total, 0–21, lower is better." },
  },
});

export enum HomeworkPredictorKind {
  COMPLETION = "COMPLETION",
  HELPFULNESS = "HELPFULNESS",
}

registerEnumType(HomeworkPredictorKind, {
  name: "HomeworkPredictorKind",
  description: "What of the homework is set against change: how much was done, or how helpful the client found it.",
  valuesConfig: {
    COMPLETION: { description: "Share of the reviewed homework completed (partly done counts half)." },
    HELPFULNESS: { description: "The client's rating of how helpful the homework was, 0–10." },
  },
});

export enum EpisodeDay {
  MONDAY = "MONDAY",
  TUESDAY = "TUESDAY",
  WEDNESDAY = "WEDNESDAY",
  THURSDAY = "THURSDAY",
  FRIDAY = "FRIDAY",
  SATURDAY = "SATURDAY",
  SUNDAY = "SUNDAY",
}

registerEnumType(EpisodeDay, {
  name: "EpisodeDay",
  description: "A day of the week on the clinic's clock.",
  valuesConfig: Object.fromEntries(
    Object.values(EpisodeDay).map((day) => [day, { description: `${day.charAt(0)}${day.slice(1).toLowerCase()}.` }]),
  ),
});

export enum EpisodeTimeOfDay {
  NIGHT = "NIGHT",
  MORNING = "MORNING",
  AFTERNOON = "AFTERNOON",
  EVENING = "EVENING",
}

registerEnumType(EpisodeTimeOfDay, {
  name: "EpisodeTimeOfDay",
  description: "A quarter of the day on the clinic's clock.",
  valuesConfig: {
    NIGHT: { description: "Midnight to 6 am." },
    MORNING: { description: "6 am to noon." },
    AFTERNOON: { description: "Noon to 6 pm." },
    EVENING: { description: "6 pm to midnight." },
  },
});

export enum PlanTargetKind {
  MEASURE = "MEASURE",
  EPISODES_PER_WEEK = "EPISODES_PER_WEEK",
  HOMEWORK_COMPLETION = "HOMEWORK_COMPLETION",
  UNCHECKABLE = "UNCHECKABLE",
}

registerEnumType(PlanTargetKind, {
  name: "PlanTargetKind",
  description: "How a plan target is read.",
  valuesConfig: {
    MEASURE: { description: 'A measure against a threshold, e.g. "GAD-7 ≤ 7".' },
    EPISODES_PER_WEEK: { description: 'Episodes a week, e.g. "panic at most once a week".' },
    HOMEWORK_COMPLETION: { description: 'The share of reviewed homework completed, e.g. "homework completion ≥ 60%".' },
    UNCHECKABLE: { description: "Text that is not a check: shown as written, never checked." },
  },
});

export enum TargetComparator {
  LT = "LT",
  LE = "LE",
  GE = "GE",
  GT = "GT",
}

registerEnumType(TargetComparator, {
  name: "TargetComparator",
  description: "How the observed figure is compared with the target's value.",
  valuesConfig: {
    LT: { description: "Below." },
    LE: { description: "At most." },
    GE: { description: "At least." },
    GT: { description: "Above." },
  },
});

export enum TargetWeekState {
  MET = "MET",
  NOT_MET = "NOT_MET",
  NOT_MEASURABLE = "NOT_MEASURABLE",
}

registerEnumType(TargetWeekState, {
  name: "TargetWeekState",
  description: "Whether a week met a target.",
  valuesConfig: {
    MET: { description: "The week's figure passed the check." },
    NOT_MET: { description: "The week's figure failed the check." },
    NOT_MEASURABLE: { description: "Nothing that week to check it on (no rating, or no homework reviewed)." },
  },
});

export enum PlanReviewLineKind {
  MOVED = "MOVED",
  DID_NOT_MOVE = "DID_NOT_MOVE",
  NOT_ENOUGH_DATA = "NOT_ENOUGH_DATA",
}

registerEnumType(PlanReviewLineKind, {
  name: "PlanReviewLineKind",
  description: "What a line of the plan review found since the last revision.",
  valuesConfig: {
    MOVED: { description: "Something clearly changed, or a state holds that the rule names." },
    DID_NOT_MOVE: { description: "No clear change." },
    NOT_ENOUGH_DATA: { description: "Too little data to tell." },
  },
});

export enum PlanReviewDirection {
  FOR_REWORKING = "FOR_REWORKING",
  AGAINST_REWORKING = "AGAINST_REWORKING",
  NEUTRAL = "NEUTRAL",
}

registerEnumType(PlanReviewDirection, {
  name: "PlanReviewDirection",
  description: "Which way a line of the plan review weighs: evidence for reworking the plan, against, or neither.",
  valuesConfig: {
    FOR_REWORKING: { description: "Evidence that the plan is not working as hoped." },
    AGAINST_REWORKING: { description: "Evidence that the plan is working." },
    NEUTRAL: { description: "Weighs neither way." },
  },
});

// ---------------------------------------------------------------------------------------------
// Homework and change
// ---------------------------------------------------------------------------------------------

@ObjectType({ simpleResolvers: true, description: "One interval between two rated sessions." })
export class HomeworkChangePoint {
  @Field(() => LocalDate, { description: "Local date of the earlier session (the interval excludes it)." })
  from!: string;
  @Field(() => LocalDate, { description: "Local date of the later session (the interval includes it)." }) to!: string;
  @Field(() => Int, { nullable: true, description: "Ordinal of the later session; null when not known." })
  sessionNumber!: number | null;
  @Field(() => Int, { description: "Homework items that counted." }) items!: number;
  @Field(() => Float, { description: "Completion 0–1, or mean helpfulness ÷ 10." }) x!: number;
  @Field(() => Float, { description: "Change in the measure across the interval, in points; positive = better." })
  change!: number;
}

@ObjectType({ simpleResolvers: true, description: "Counts behind a homework association." })
export class HomeworkChangeCounts {
  @Field(() => Int, { description: "Consecutive pairs of sessions rated on the measure." }) pairs!: number;
  @Field(() => Int, { description: "Pairs with homework that counts." }) intervals!: number;
  @Field(() => Int, { description: "Intervals with most of the homework done (x ≥ 0.5)." }) high!: number;
  @Field(() => Int, { description: "Intervals with little of it done (x < 0.5)." }) low!: number;
}

@ObjectType({ simpleResolvers: true, description: "One side of the split at half the homework." })
export class HomeworkChangeGroup {
  @Field(() => Int, { description: "Intervals on this side." }) intervals!: number;
  @Field(() => Float, { description: "Their mean change, in points; positive = better." }) meanChange!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: "Intervals with most of the homework done against little of it: a description, not the verdict.",
})
export class HomeworkChangeGroups {
  @Field(() => String, { description: "The method: WELCH_T." }) method!: string;
  @Field(() => HomeworkChangeGroup, { description: "Intervals with x ≥ 0.5." }) high!: HomeworkChangeGroup;
  @Field(() => HomeworkChangeGroup, { description: "Intervals with x < 0.5." }) low!: HomeworkChangeGroup;
  @Field(() => EffectInterval, {
    nullable: true,
    description: "High minus low, in points; null when neither side has any spread.",
  })
  difference!: EffectInterval | null;
  @Field(() => Float, {
    nullable: true,
    description: "Welch–Satterthwaite degrees of freedom; null with no difference.",
  })
  df!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "Homework before each session against the change in a measure at it, within this client.",
})
export class HomeworkAssociation {
  @Field(() => HomeworkPredictorKind, { description: "Completion or helpfulness." }) predictor!: string;
  @Field(() => WhatWorksMeasure, { description: "The outcome measure." }) measure!: string;
  @Field(() => String, { description: "The method: LEAST_SQUARES_SLOPE_T." }) method!: string;
  @Field(() => Boolean, { description: "False below the stated minimum of intervals." }) enough!: boolean;
  @Field(() => String, { nullable: true, description: "Why there is no estimate, in plain words; null when enough." })
  reason!: string | null;
  @Field(() => WhatWorksVerdict, { description: "Better, worse, no clear difference, or not enough data." })
  verdict!: string;
  @Field(() => HomeworkChangeCounts, { description: "The counts behind the estimate." }) counts!: HomeworkChangeCounts;
  @Field(() => EffectInterval, {
    nullable: true,
    description: "Change in points going from none to all the homework (or helpfulness 0 to 10); null when not enough.",
  })
  slope!: EffectInterval | null;
  @Field(() => Int, { nullable: true, description: "Residual degrees of freedom of the slope; null when not enough." })
  df!: number | null;
  @Field(() => HomeworkChangeGroups, { nullable: true, description: "Most against little homework, as a description." })
  groups!: HomeworkChangeGroups | null;
  @Field(() => [HomeworkChangePoint], { description: "Every usable interval, for the chart and its table." })
  points!: HomeworkChangePoint[];
  @Field(() => Float, { description: "Confidence level of the intervals." }) confidence!: number;
}

@ObjectType({ simpleResolvers: true, description: "Homework and change on one measure." })
export class HomeworkChange {
  @Field(() => WhatWorksMeasure, { description: "The outcome measure." }) measure!: string;
  @Field(() => HomeworkAssociation, { description: "Share of homework completed against change." })
  completion!: HomeworkAssociation;
  @Field(() => HomeworkAssociation, { description: "Rated helpfulness of the homework against change." })
  helpfulness!: HomeworkAssociation;
}

// ---------------------------------------------------------------------------------------------
// Coping techniques
// ---------------------------------------------------------------------------------------------

@ObjectType({ simpleResolvers: true, description: "One outcome of episodes with a technique against with none." })
export class CopingOutcome {
  @Field(() => EffectInterval, {
    nullable: true,
    description:
      "Peak intensity: mean with − mean without, in points. Duration: typical minutes with ÷ without. Null when not enough.",
  })
  interval!: EffectInterval | null;
  @Field(() => WhatWorksVerdict, { description: "Lower, higher, no clear difference, or not enough data." })
  verdict!: string;
}

@ObjectType({ simpleResolvers: true, description: "Episodes where one coping technique was used against none." })
export class CopingTechniqueResult {
  @Field(() => Technique, { description: "The coping technique." }) technique!: Technique;
  @Field(() => Int, { description: "Episodes of the symptom where it was used." }) episodes!: number;
  @Field(() => Boolean, { description: "False when either group is below the minimum." }) enough!: boolean;
  @Field(() => String, { nullable: true, description: "Why there is no comparison, with the counts; null otherwise." })
  reason!: string | null;
  @Field(() => Float, { description: "Mean peak intensity with it, 0–10." }) meanPeakWith!: number;
  @Field(() => Float, { nullable: true, description: "Mean peak intensity with none; null without such episodes." })
  meanPeakWithout!: number | null;
  @Field(() => Float, { description: "Typical (geometric mean) duration with it, in minutes." })
  typicalMinutesWith!: number;
  @Field(() => Float, { nullable: true, description: "Typical duration with none; null without such episodes." })
  typicalMinutesWithout!: number | null;
  @Field(() => CopingOutcome, { description: "Difference in mean peak intensity." }) peakIntensity!: CopingOutcome;
  @Field(() => CopingOutcome, { description: "Ratio of typical durations." }) duration!: CopingOutcome;
}

@ObjectType({ simpleResolvers: true, description: "Coping techniques against none, for one symptom." })
export class CopingComparison {
  @Field(() => String, { description: "The method: WELCH_T." }) method!: string;
  @Field(() => Symptom, {
    nullable: true,
    description: "The symptom compared (the most frequent); null without episodes.",
  })
  symptom!: Symptom | null;
  @Field(() => Int, { description: "Episodes of the symptom with no technique used." }) episodesWithout!: number;
  @Field(() => Int, { description: "Tests in the family: two outcomes for each technique with enough episodes." })
  comparisons!: number;
  @Field(() => String, { description: "The adjustment for many comparisons: BONFERRONI." }) adjustment!: string;
  @Field(() => Float, { description: "Level of each interval after adjustment." }) intervalConfidence!: number;
  @Field(() => Boolean, { description: "False when no technique has enough episodes." }) enough!: boolean;
  @Field(() => String, { nullable: true, description: "Why there is no comparison, in plain words; null otherwise." })
  reason!: string | null;
  @Field(() => [CopingTechniqueResult], { description: "Every technique used in episodes of the symptom." })
  techniques!: CopingTechniqueResult[];
}

@ObjectType({ simpleResolvers: true, description: "A ratio with its interval; parts may be unbounded (null)." })
export class OpenRatio {
  @Field(() => Float, { nullable: true, description: "The ratio; null when it cannot be estimated." })
  estimate!: number | null;
  @Field(() => Float, { nullable: true, description: "Lower end of the interval; null when unbounded." })
  lower!: number | null;
  @Field(() => Float, { nullable: true, description: "Upper end of the interval; null when unbounded." })
  upper!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "Episodes in the week after sessions that practised a technique against after those that did not.",
})
export class PractisedTechnique {
  @Field(() => Technique, { description: "The technique practised." }) technique!: Technique;
  @Field(() => Int, { description: "Attended sessions that practised it." }) sessionsWith!: number;
  @Field(() => Int, { description: "Attended sessions that did not." }) sessionsWithout!: number;
  @Field(() => Int, { description: "Episodes in the days after sessions with it." }) episodesAfterWith!: number;
  @Field(() => Int, { description: "Episodes in the days after sessions without it." }) episodesAfterWithout!: number;
  @Field(() => Float, { description: "Days of follow-up after sessions with it." }) daysAfterWith!: number;
  @Field(() => Float, { description: "Days of follow-up after sessions without it." }) daysAfterWithout!: number;
  @Field(() => Boolean, { description: "False below the minimum sessions or episodes." }) enough!: boolean;
  @Field(() => String, { nullable: true, description: "Why there is no comparison, with the counts; null otherwise." })
  reason!: string | null;
  @Field(() => OpenRatio, {
    nullable: true,
    description: "Episode rate after sessions with ÷ without; null when not enough.",
  })
  rateRatio!: OpenRatio | null;
  @Field(() => WhatWorksVerdict, { description: "Lower, higher, no clear difference, or not enough data." })
  verdict!: string;
}

@ObjectType({ simpleResolvers: true, description: "Techniques practised in session against the following week." })
export class PractisedInSession {
  @Field(() => String, { description: "The method: POISSON_RATE_RATIO_EXACT." }) method!: string;
  @Field(() => Int, { description: "Techniques with enough data: the family the intervals are adjusted for." })
  comparisons!: number;
  @Field(() => String, { description: "The adjustment for many comparisons: BONFERRONI." }) adjustment!: string;
  @Field(() => Float, { description: "Level of each interval after adjustment." }) intervalConfidence!: number;
  @Field(() => [PractisedTechnique], { description: "Every technique practised in an attended session." })
  techniques!: PractisedTechnique[];
}

@ObjectType({ simpleResolvers: true, description: "How often a technique was used in sessions since it was planned." })
export class PlannedTechniqueUse {
  @Field(() => Technique, { description: "The technique." }) technique!: Technique;
  @Field(() => Boolean, { description: "True when the current plan names it." }) planned!: boolean;
  @Field(() => Int, { nullable: true, description: "Plan version from which it has been planned; null if unplanned." })
  plannedSinceVersion!: number | null;
  @Field(() => Date, { nullable: true, description: "When it was first planned without a break; null if unplanned." })
  plannedSince!: Date | null;
  @Field(() => Int, { description: "Attended sessions since then." }) sessions!: number;
  @Field(() => Int, { description: "Of those, sessions that used it." }) sessionsUsing!: number;
  @Field(() => Float, {
    nullable: true,
    description: "Share of those sessions that used it, 0–1; null without sessions.",
  })
  share!: number | null;
}

@ObjectType({ simpleResolvers: true, description: "Planned against delivered techniques: a description." })
export class PlannedVsDelivered {
  @Field(() => String, { description: "The method: DESCRIPTION." }) method!: string;
  @Field(() => Int, { nullable: true, description: "The current plan version; null without a plan." })
  currentVersion!: number | null;
  @Field(() => [PlannedTechniqueUse], { description: "Planned techniques, then those used without being planned." })
  techniques!: PlannedTechniqueUse[];
}

// ---------------------------------------------------------------------------------------------
// Triggers
// ---------------------------------------------------------------------------------------------

@ObjectType({ simpleResolvers: true, description: "One trigger's weekly episodes and its trend." })
export class TriggerTrend {
  @Field(() => TriggerCategory, { description: "The trigger." }) trigger!: TriggerCategory;
  @Field(() => [Int], { description: "Episodes in each of the weeks, in order." }) weeklyCounts!: number[];
  @Field(() => Int, { description: "Episodes over all the weeks." }) total!: number;
  @Field(() => Boolean, { description: "False below the minimum weeks or episodes." }) enough!: boolean;
  @Field(() => String, { nullable: true, description: "Why there is no trend, in plain words; null otherwise." })
  reason!: string | null;
  @Field(() => String, { nullable: true, description: "POISSON or QUASI_POISSON; null when not fitted." })
  model!: string | null;
  @Field(() => Float, { nullable: true, description: "Pearson χ² ÷ degrees of freedom; null when not fitted." })
  dispersion!: number | null;
  @Field(() => EffectInterval, {
    nullable: true,
    description: "Ratio by which the weekly rate changes each week (1 = flat); null when not fitted.",
  })
  ratePerWeek!: EffectInterval | null;
  @Field(() => TriggerTrendVerdict, { description: "Rising, falling, flat, or not enough data." })
  verdict!: string;
}

@ObjectType({ simpleResolvers: true, description: "Episodes per trigger over the complete weeks since intake." })
export class TriggerTrends {
  @Field(() => String, { description: "The method: POISSON_TREND." }) method!: string;
  @Field(() => [LocalDate], { description: "Mondays of the complete weeks, in order." }) weeks!: string[];
  @Field(() => Int, { description: "Triggers whose trend was fitted." }) comparisons!: number;
  @Field(() => String, { description: "The adjustment for many comparisons: BONFERRONI." }) adjustment!: string;
  @Field(() => Float, { description: "Level of each interval after adjustment." }) intervalConfidence!: number;
  @Field(() => Boolean, { description: "False when no trigger has enough data." }) enough!: boolean;
  @Field(() => String, { nullable: true, description: "Why there is no trend, in plain words; null otherwise." })
  reason!: string | null;
  @Field(() => [TriggerTrend], { description: "Every trigger with an episode in the weeks." })
  triggers!: TriggerTrend[];
}

@ObjectType({ simpleResolvers: true, description: "A trigger's share of episodes on one side of a revision." })
export class TriggerShareSide {
  @Field(() => Int, { description: "Episodes with the trigger on this side." }) episodes!: number;
  @Field(() => EffectInterval, {
    nullable: true,
    description: "Share 0–1 with its Wilson interval; null when a side has too few episodes.",
  })
  share!: EffectInterval | null;
}

@ObjectType({ simpleResolvers: true, description: "A trigger's share before and after a revision." })
export class TriggerShare {
  @Field(() => TriggerCategory, { description: "The trigger." }) trigger!: TriggerCategory;
  @Field(() => TriggerShareSide, { description: "In the weeks before the revision." }) before!: TriggerShareSide;
  @Field(() => TriggerShareSide, { description: "In the weeks from the revision on." }) after!: TriggerShareSide;
}

@ObjectType({ simpleResolvers: true, description: "Each trigger's share of episodes around one revision." })
export class TriggerShares {
  @Field(() => String, { description: "The method: WILSON_SHARES (a description; shares are not tested)." })
  method!: string;
  @Field(() => LocalDate, { description: "Local date of the revision." }) revisionDate!: string;
  @Field(() => LocalDate, { description: "First day counted before the revision." }) from!: string;
  @Field(() => LocalDate, { description: "The day after the last day counted after it." }) to!: string;
  @Field(() => Int, { description: "Episodes before the revision in the window." }) episodesBefore!: number;
  @Field(() => Int, { description: "Episodes from the revision on in the window." }) episodesAfter!: number;
  @Field(() => Boolean, { description: "False when a side has too few episodes." }) enough!: boolean;
  @Field(() => String, { nullable: true, description: "Why shares are not shown, in plain words; null otherwise." })
  reason!: string | null;
  @Field(() => [TriggerShare], { description: "Every trigger with an episode in the window." })
  triggers!: TriggerShare[];
}

@ObjectType({ simpleResolvers: true, description: "Trigger shares around one plan revision." })
export class RevisionTriggerShares {
  @Field(() => Int, { description: "The plan version the revision made." }) version!: number;
  @Field(() => LocalDate, { description: "Local date of the revision." }) revisionDate!: string;
  @Field(() => TriggerShares, {
    description: "Shares in the weeks before and after it, never reaching past the neighbouring revisions.",
  })
  shares!: TriggerShares;
}

// ---------------------------------------------------------------------------------------------
// When episodes happen
// ---------------------------------------------------------------------------------------------

@ObjectType({ simpleResolvers: true, description: "Episodes on one day of the week at one time of day." })
export class EpisodeTimeCell {
  @Field(() => EpisodeDay, { description: "Day of the week." }) day!: string;
  @Field(() => EpisodeTimeOfDay, { description: "Time of day." }) period!: string;
  @Field(() => Int, { description: "Episodes." }) count!: number;
}

@ObjectType({ simpleResolvers: true, description: "When episodes happen, on the clinic's clock: a description." })
export class EpisodeTimes {
  @Field(() => String, { description: "The method: DESCRIPTION." }) method!: string;
  @Field(() => String, { description: "The clinic's time zone." }) timeZone!: string;
  @Field(() => Int, { description: "Episodes counted." }) total!: number;
  @Field(() => [EpisodeTimeCell], { description: "Every cell, Monday to Sunday, night to evening." })
  cells!: EpisodeTimeCell[];
  @Field(() => [Int], { description: "Episodes per day, Monday to Sunday." }) dayTotals!: number[];
  @Field(() => [Int], { description: "Episodes per time of day, night to evening." }) periodTotals!: number[];
  @Field(() => Boolean, { description: "False below the minimum for naming a busiest cell." }) enough!: boolean;
  @Field(() => String, { nullable: true, description: "Why no pattern is named, in plain words; null otherwise." })
  reason!: string | null;
  @Field(() => EpisodeTimeCell, { nullable: true, description: "The busiest cell; null when too few or tied." })
  busiest!: EpisodeTimeCell | null;
}

// ---------------------------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------------------------

@ObjectType({ simpleResolvers: true, description: "A plan target as read: a check, or text." })
export class PlanTarget {
  @Field(() => String, { description: "The target as written." }) text!: string;
  @Field(() => PlanTargetKind, { description: "How it is read." }) kind!: string;
  @Field(() => String, {
    nullable: true,
    description: "MEASURE: ORS, SRS, PHQ9, GAD7 or WEEK_RATING; null otherwise.",
  })
  measure!: string | null;
  @Field(() => Symptom, {
    nullable: true,
    description: "EPISODES_PER_WEEK: the symptom counted; null for every episode, or another kind.",
  })
  symptom!: Symptom | null;
  @Field(() => TargetComparator, { nullable: true, description: "The comparison; null for text." })
  comparator!: string | null;
  @Field(() => Float, {
    nullable: true,
    description: "The threshold (a fraction 0–1 for homework completion); null for text.",
  })
  value!: number | null;
  @Field(() => String, { nullable: true, description: "Why a check-like text cannot be checked; null otherwise." })
  problem!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "One complete week checked against a target." })
export class TargetWeekCheck {
  @Field(() => LocalDate, { description: "Monday of the week." }) weekStart!: string;
  @Field(() => TargetWeekState, { description: "Met, not met, or not measurable." }) state!: string;
  @Field(() => Float, { nullable: true, description: "The figure compared; null when not measurable." })
  observed!: number | null;
  @Field(() => Int, { nullable: true, description: "Homework: items completed that week; null otherwise." })
  completed!: number | null;
  @Field(() => Int, { nullable: true, description: "Homework: items reviewed that week; null otherwise." })
  reviewed!: number | null;
}

@ObjectType({ simpleResolvers: true, description: "Progress against one target since the latest revision." })
export class TargetProgress {
  @Field(() => PlanTarget, { description: "The target." }) target!: PlanTarget;
  @Field(() => String, { description: "The rule applied: WEEKLY_TARGET_CHECK." }) method!: string;
  @Field(() => [TargetWeekCheck], { description: "Complete weeks starting on or after the revision." })
  weeks!: TargetWeekCheck[];
  @Field(() => Int, { description: "Weeks met." }) weeksMet!: number;
  @Field(() => Int, { description: "Weeks that could be checked." }) weeksMeasurable!: number;
  @Field(() => TargetWeekCheck, { nullable: true, description: "The latest week; null before a complete week." })
  latest!: TargetWeekCheck | null;
  @Field(() => TargetWeekCheck, { nullable: true, description: "The latest week that could be checked." })
  latestMeasured!: TargetWeekCheck | null;
  @Field(() => Int, { description: "Measured weeks met in a row, back from the latest measured week." })
  streak!: number;
}

// ---------------------------------------------------------------------------------------------
// Plan review
// ---------------------------------------------------------------------------------------------

@ObjectType({ simpleResolvers: true, description: "One finding since the last revision, naming its rule." })
export class PlanReviewLine {
  @Field(() => PlanReviewLineKind, { description: "Moved, did not move, or not enough data." })
  kind!: string;
  @Field(() => PlanReviewDirection, { description: "Whether it weighs for reworking, against, or neither." })
  direction!: string;
  @Field(() => String, { description: "The finding in a plain sentence." }) text!: string;
  @Field(() => String, { description: "The rule or method it rests on, as the alerts name it." }) rule!: string;
  @Field(() => String, { description: "Its figures, e.g. the estimate and interval." }) numbers!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: "What moved and what did not since the last revision, and the evidence each way. Not a verdict.",
})
export class PlanReview {
  @Field(() => Int, { nullable: true, description: "The current plan version; null without a plan." })
  version!: number | null;
  @Field(() => LocalDate, { nullable: true, description: "Local date of the latest revision; null without a plan." })
  since!: string | null;
  @Field(() => [PlanReviewLine], { description: "Every finding, in a fixed order." }) lines!: PlanReviewLine[];
  @Field(() => [PlanReviewLine], { description: "The findings that weigh for reworking the plan." })
  evidenceFor!: PlanReviewLine[];
  @Field(() => [PlanReviewLine], { description: "The findings that weigh against reworking it." })
  evidenceAgainst!: PlanReviewLine[];
}

// ---------------------------------------------------------------------------------------------
// The whole
// ---------------------------------------------------------------------------------------------

@ObjectType({
  simpleResolvers: true,
  description:
    "What works for this client: homework, coping techniques, triggers, timing, targets and the plan review.",
})
export class WhatWorks {
  @Field(() => LocalDate, { description: "Today on the clinic's clock: the analyses use data up to it." })
  today!: string;
  @Field(() => [HomeworkChange], { description: "Homework and change, for each measure the client was rated on." })
  homework!: HomeworkChange[];
  @Field(() => CopingComparison, { description: "Episodes with each coping technique against none." })
  coping!: CopingComparison;
  @Field(() => PractisedInSession, { description: "Techniques practised in session against the next week's episodes." })
  practised!: PractisedInSession;
  @Field(() => PlannedVsDelivered, { description: "Planned against delivered techniques." })
  plannedVsDelivered!: PlannedVsDelivered;
  @Field(() => TriggerTrends, { description: "Episodes per trigger over the complete weeks since intake." })
  triggerTrends!: TriggerTrends;
  @Field(() => [RevisionTriggerShares], {
    description: "Each trigger's share around every revision, oldest first; empty without a revision.",
  })
  triggerShares!: RevisionTriggerShares[];
  @Field(() => EpisodeTimes, { description: "When episodes happen." }) episodeTimes!: EpisodeTimes;
  @Field(() => [TargetProgress], { description: "The current plan's targets, checked weekly since its revision." })
  targetProgress!: TargetProgress[];
  @Field(() => PlanReview, { description: "Since the last revision: what moved, and the evidence each way." })
  planReview!: PlanReview;
}
