import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { CohortKind } from "./cohorts.ts";

export enum MetricsGroup {
  COMPLAINT = "COMPLAINT",
  INTAKE_QUARTER = "INTAKE_QUARTER",
  THERAPIST = "THERAPIST",
}
registerEnumType(MetricsGroup, {
  name: "MetricsGroup",
  description: "How a cohort's clients are grouped; each cohort lists the groupings it offers.",
  valuesConfig: {
    COMPLAINT: { description: "By chief complaint (every cohort)." },
    INTAKE_QUARTER: { description: "By quarter of intake (a year): the year's four quarter cohorts." },
    THERAPIST: { description: "By therapist (a year); therapists are named, their clients are not." },
  },
});
registerEnumType(CohortKind, {
  name: "CohortKind",
  description: "Cohorts lie on a fixed grid.",
  valuesConfig: {
    YEAR: { description: "A whole calendar year of intakes." },
    QUARTER: { description: "A whole calendar quarter of intakes." },
  },
});

@ObjectType({ description: "An intake cohort on the fixed grid: a whole calendar year or a whole quarter." })
export class MetricsCohort {
  @Field(() => String, { description: 'The cohort to ask for: "2026" or "2026-Q3".' }) id!: string;
  @Field(() => CohortKind) kind!: CohortKind;
  @Field(() => String, { description: 'For people: "2026" or "2026 Q3".' }) label!: string;
  @Field(() => String, { description: "First intake month (YYYY-MM)." }) fromMonth!: string;
  @Field(() => String, { description: "Last intake month (YYYY-MM)." }) toMonth!: string;
  @Field(() => [MetricsGroup], { description: "The groupings this cohort offers." }) groupings!: MetricsGroup[];
}

@ObjectType({
  description:
    "A count of clients or homework items, perturbed (docs/privacy.md); null and suppressed when it could identify someone.",
})
export class Count {
  @Field(() => Int, { nullable: true }) value!: number | null;
  @Field(() => Boolean) suppressed!: boolean;
}

@ObjectType({ description: "numerator ÷ denominator; all null and suppressed when either is." })
export class Rate {
  @Field(() => Int, { nullable: true }) numerator!: number | null;
  @Field(() => Int, { nullable: true }) denominator!: number | null;
  @Field(() => Float, { nullable: true }) rate!: number | null;
  @Field(() => Boolean) suppressed!: boolean;
}

@ObjectType({ description: "Median and interquartile range over clients; suppressed below the minimum cell size." })
export class Distribution {
  @Field(() => Float, { nullable: true }) median!: number | null;
  @Field(() => Float, { nullable: true }) q1!: number | null;
  @Field(() => Float, { nullable: true }) q3!: number | null;
  @Field(() => Int, { nullable: true }) clients!: number | null;
  @Field(() => Boolean) suppressed!: boolean;
}

@ObjectType({ description: "Outcome rates among clients with at least two rated sessions on the measure." })
export class OutcomeRates {
  @Field(() => String, { description: "NHS_PHQ9_GAD7 (NHS Talking Therapies paired definitions) or ORS." })
  measure!: string;
  @Field(() => Count, { description: "Clients with at least two rated sessions." }) eligible!: Count;
  @Field(() => Rate) reliableImprovement!: Rate;
  @Field(() => Rate) noReliableChange!: Rate;
  @Field(() => Rate) reliableDeterioration!: Rate;
  @Field(() => Count, { description: "Eligible clients at caseness at the start: the recovery denominator." })
  atCasenessAtStart!: Count;
  @Field(() => Rate) recovery!: Rate;
  @Field(() => Rate) reliableRecovery!: Rate;
}

@ObjectType({
  description:
    "One group's figures. Groups are complaint categories, intake quarters or therapists, never a client; a group too small to show is not listed.",
})
export class MetricsRow {
  @Field(() => String) label!: string;
  @Field(() => Count) clients!: Count;
  @Field(() => Count) active!: Count;
  @Field(() => Count) discharged!: Count;
  @Field(() => Count) droppedOut!: Count;
  @Field(() => Distribution, { description: "Attended sessions per client." }) sessionsPerClient!: Distribution;
  @Field(() => [OutcomeRates]) outcomes!: OutcomeRates[];
  @Field(() => Rate, { description: "Active clients now NOT_ON_TRACK or AT_RISK." }) flagged!: Rate;
  @Field(() => Rate, { description: "Of the flagged, those whose plan was revised within 3 weeks of the first flag." })
  revisedWithinThreeWeeks!: Rate;
  @Field(() => Rate, { description: "Homework items completed ÷ reviewed." }) homeworkCompletion!: Rate;
  @Field(() => Rate, { description: "Homework items set by the client ÷ all items." }) selfAssignedHomework!: Rate;
  @Field(() => Distribution, { description: "Episode rate, last month of care ÷ first month." })
  episodeRateRatio!: Distribution;
}

@ObjectType({ description: "Clinic-wide median scores by month in treatment (months since intake)." })
export class CoursePoint {
  @Field(() => Int) monthInTreatment!: number;
  @Field(() => Distribution) ors!: Distribution;
  @Field(() => Distribution) phq9!: Distribution;
}

@ObjectType({ description: "Anonymised caseload metrics for a clinic's intake cohort." })
export class CaseloadMetrics {
  @Field(() => MetricsCohort) cohort!: MetricsCohort;
  @Field(() => MetricsGroup) groupBy!: MetricsGroup;
  @Field(() => String, { description: "First intake month of the cohort (YYYY-MM)." }) fromMonth!: string;
  @Field(() => String, { description: "Last intake month of the cohort (YYYY-MM)." }) toMonth!: string;
  @Field(() => Int) minCellSize!: number;
  @Field(() => [MetricsRow]) rows!: MetricsRow[];
  @Field(() => MetricsRow) total!: MetricsRow;
  @Field(() => [MetricsRow], {
    description:
      "Per therapist, for whole-year cohorts only (empty for a quarter): therapists are named, their clients are not. A therapist with too few clients in the cohort is not listed.",
  })
  therapists!: MetricsRow[];
  @Field(() => [CoursePoint]) typicalCourse!: CoursePoint[];
  @Field(() => String) suppressionRule!: string;
  @Field(() => String, { description: "How the figures are perturbed, in words, for the page." })
  perturbationNote!: string;
}
