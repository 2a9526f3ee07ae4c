import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";

export enum MetricsGroup {
  INTAKE_MONTH = "INTAKE_MONTH",
  COMPLAINT = "COMPLAINT",
  THERAPIST = "THERAPIST",
}
registerEnumType(MetricsGroup, { name: "MetricsGroup" });

@ObjectType({ description: "A count of clients; null and suppressed when it could identify someone." })
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
  @Field(() => String, { description: "NHS_PHQ9_GAD7 (NHS Talking Therapies paired definitions) or ORS." }) measure!: string;
  @Field(() => Count, { description: "Clients with at least two rated sessions." }) eligible!: Count;
  @Field(() => Rate) reliableImprovement!: Rate;
  @Field(() => Rate) noReliableChange!: Rate;
  @Field(() => Rate) reliableDeterioration!: Rate;
  @Field(() => Count, { description: "Eligible clients at caseness at the start: the recovery denominator." }) atCasenessAtStart!: Count;
  @Field(() => Rate) recovery!: Rate;
  @Field(() => Rate) reliableRecovery!: Rate;
}

@ObjectType({ description: "One group's figures. Groups are months, complaint categories or therapists: never a client." })
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
  @Field(() => Distribution, { description: "Episode rate, last month of care ÷ first month." }) episodeRateRatio!: Distribution;
}

@ObjectType({ description: "Clinic-wide median scores by month in treatment (months since intake)." })
export class CoursePoint {
  @Field(() => Int) monthInTreatment!: number;
  @Field(() => Distribution) ors!: Distribution;
  @Field(() => Distribution) phq9!: Distribution;
}

@ObjectType({ description: "Anonymised caseload metrics for a clinic's intake cohort." })
export class CaseloadMetrics {
  @Field(() => MetricsGroup) groupBy!: MetricsGroup;
  @Field(() => String, { description: "First intake month of the cohort (YYYY-MM)." }) fromMonth!: string;
  @Field(() => String, { description: "Last intake month of the cohort (YYYY-MM)." }) toMonth!: string;
  @Field(() => Int) minCellSize!: number;
  @Field(() => [MetricsRow]) rows!: MetricsRow[];
  @Field(() => MetricsRow) total!: MetricsRow;
  @Field(() => [MetricsRow], { description: "Per therapist, for supervision: therapists are named, their clients are not." })
  therapists!: MetricsRow[];
  @Field(() => [CoursePoint]) typicalCourse!: CoursePoint[];
  @Field(() => String) suppressionRule!: string;
}
