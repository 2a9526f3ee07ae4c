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
  @Field(() => CohortKind, { description: "A whole year or a whole quarter." }) kind!: CohortKind;
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
  @Field(() => Int, { nullable: true, description: "The count, perturbed; null when suppressed." }) value!:
    number | null;
  @Field(() => Boolean, { description: "Whether the count is hidden." }) suppressed!: boolean;
}

@ObjectType({ description: "Numerator ÷ denominator; all null and suppressed when either is." })
export class Rate {
  @Field(() => Int, { nullable: true, description: "The numerator, perturbed; null when suppressed." }) numerator!:
    number | null;
  @Field(() => Int, { nullable: true, description: "The denominator, perturbed; null when suppressed." }) denominator!:
    number | null;
  @Field(() => Float, {
    nullable: true,
    description: "Numerator ÷ denominator, 0–1; null when suppressed or when the denominator is 0.",
  })
  rate!: number | null;
  @Field(() => Boolean, { description: "Whether the figures are hidden." }) suppressed!: boolean;
}

@ObjectType({ description: "Median and interquartile range over clients; suppressed below the minimum cell size." })
export class Distribution {
  @Field(() => Float, {
    nullable: true,
    description: "Median over the group's clients; null when suppressed or when no client has a value.",
  })
  median!: number | null;
  @Field(() => Float, { nullable: true, description: "First quartile (25th percentile); null as the median." }) q1!:
    number | null;
  @Field(() => Float, { nullable: true, description: "Third quartile (75th percentile); null as the median." }) q3!:
    number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      "How many clients stand behind the figures: given only for sessionsPerClient, where it is the row's own perturbed count of clients; null elsewhere and when suppressed.",
  })
  clients!: number | null;
  @Field(() => Boolean, {
    description:
      "Whether the figures are hidden: the group's count of clients is, or fewer clients than the minimum cell size have a value.",
  })
  suppressed!: boolean;
}

@ObjectType({
  description:
    "Outcome rates among a table's clients (finished courses, or clients still in treatment) with at least two rated sessions on the measure, first against latest.",
})
export class OutcomeRates {
  @Field(() => String, { description: "NHS_PHQ9_GAD7 (NHS Talking Therapies paired definitions) or ORS." })
  measure!: string;
  @Field(() => Count, { description: "Clients with at least two rated sessions." }) eligible!: Count;
  @Field(() => Rate, { description: "Eligible clients who reliably improved." }) reliableImprovement!: Rate;
  @Field(() => Rate, { description: "Eligible clients with no reliable change either way." }) noReliableChange!: Rate;
  @Field(() => Rate, { description: "Eligible clients who reliably deteriorated." }) reliableDeterioration!: Rate;
  @Field(() => Count, { description: "Eligible clients at caseness at the start: the recovery denominator." })
  atCasenessAtStart!: Count;
  @Field(() => Rate, {
    description: "Clients at caseness at the start who are no longer at caseness, of those at caseness at the start.",
  })
  recovery!: Rate;
  @Field(() => Rate, { description: "Clients recovered and reliably improved, of those at caseness at the start." })
  reliableRecovery!: Rate;
}

@ObjectType({ description: "Reliable improvement on one measure among a what-works group's finished courses." })
export class CaseloadImprovement {
  @Field(() => String, { description: "NHS_PHQ9_GAD7 (NHS Talking Therapies paired definitions) or ORS." })
  measure!: string;
  @Field(() => Count, { description: "Finished courses of the group with at least two rated sessions on the measure." })
  eligible!: Count;
  @Field(() => Rate, { description: "Of those, the courses that reliably improved, first score against last." })
  reliableImprovement!: Rate;
}

@ObjectType({
  description:
    "A group of finished courses in a what-works table: a band of homework completion, a technique the plan named, or a response to an off-track flag. Never a client.",
})
export class CaseloadWhatWorksGroup {
  @Field(() => String, { description: "The group, for programs: a band, a technique or a response." }) key!: string;
  @Field(() => String, { description: "The group, in words for the page." }) label!: string;
  @Field(() => Count, { description: "Finished courses in the group." }) courses!: Count;
  @Field(() => [CaseloadImprovement], { description: "Reliable improvement on the NHS paired rules and on ORS." })
  outcomes!: CaseloadImprovement[];
}

@ObjectType({
  description:
    "Finished courses flagged off track at some session, and whether the plan was revised soon after the first flag.",
})
export class CaseloadRevisionAfterFlag {
  @Field(() => Int, { description: "Days after the first flag within which a revision counts as timely." })
  responseDays!: number;
  @Field(() => Count, { description: "Finished courses that were flagged off track or at risk at some session." })
  flaggedCourses!: Count;
  @Field(() => Rate, { description: "Of the flagged finished courses, those whose plan was revised in time." })
  revisedInTime!: Rate;
  @Field(() => [CaseloadWhatWorksGroup], {
    description: "The flagged courses revised in time, then those not, each with its later outcome.",
  })
  groups!: CaseloadWhatWorksGroup[];
}

@ObjectType({
  description:
    "What goes with reliable improvement across a group's finished courses: associations, not effects of a treatment.",
})
export class CaseloadWhatWorks {
  @Field(() => [CaseloadWhatWorksGroup], {
    description: "Finished courses by the share of reviewed homework completed over the course.",
  })
  homeworkBands!: CaseloadWhatWorksGroup[];
  @Field(() => [CaseloadWhatWorksGroup], {
    description:
      "Finished courses by each technique their plan named in any version; a course counts under every technique it named. Techniques no course named are left out.",
  })
  plannedTechniques!: CaseloadWhatWorksGroup[];
  @Field(() => CaseloadRevisionAfterFlag, { description: "Flagged finished courses, by a timely plan revision." })
  revisionAfterFlag!: CaseloadRevisionAfterFlag;
}

@ObjectType({
  description:
    "One group's figures. Groups are complaint categories, intake quarters or therapists, never a client; a group too small to show is not listed.",
})
export class MetricsRow {
  @Field(() => String, {
    description:
      'The group: a complaint category, an intake quarter or a therapist\'s name; "All clients" for the total.',
  })
  label!: string;
  @Field(() => Count, { description: "Clients in the group." }) clients!: Count;
  @Field(() => Count, { description: "Clients still in treatment." }) active!: Count;
  @Field(() => Count, { description: "Clients discharged." }) discharged!: Count;
  @Field(() => Count, { description: "Clients who dropped out." }) droppedOut!: Count;
  @Field(() => Count, {
    description:
      "Finished courses: clients discharged or dropped out after at least two attended treatment sessions (NHS Talking Therapies).",
  })
  finishedCourses!: Count;
  @Field(() => Distribution, { description: "Attended sessions per client." }) sessionsPerClient!: Distribution;
  @Field(() => [OutcomeRates], {
    description:
      "Outcome rates over finished courses only, as NHS Talking Therapies counts them: on the NHS PHQ-9 and GAD-7 paired definitions, and on ORS.",
  })
  outcomes!: OutcomeRates[];
  @Field(() => [OutcomeRates], {
    description:
      "The same rates over clients still in treatment, first score against latest: not comparable with NHS published rates.",
  })
  inTreatmentOutcomes!: OutcomeRates[];
  @Field(() => Rate, { description: "Active clients now NOT_ON_TRACK or AT_RISK." }) flagged!: Rate;
  @Field(() => Rate, { description: "Of the flagged, those whose plan was revised within 3 weeks of the first flag." })
  revisedWithinThreeWeeks!: Rate;
  @Field(() => Rate, { description: "Homework items completed ÷ reviewed." }) homeworkCompletion!: Rate;
  @Field(() => Rate, { description: "Homework items set by the client ÷ all items." }) selfAssignedHomework!: Rate;
  @Field(() => Distribution, { description: "Episode rate, last month of care ÷ first month." })
  episodeRateRatio!: Distribution;
  @Field(() => CaseloadWhatWorks, {
    description:
      "Reliable improvement among finished courses by homework completion, planned technique and plan revision.",
  })
  whatWorks!: CaseloadWhatWorks;
}

@ObjectType({ description: "Clinic-wide median scores by month in treatment (months since intake)." })
export class CoursePoint {
  @Field(() => Int, { description: "Months since intake: 0 is the first month." }) monthInTreatment!: number;
  @Field(() => Distribution, {
    description: "ORS totals (0–40) in this month of treatment: each client's last in the month.",
  })
  ors!: Distribution;
  @Field(() => Distribution, {
    description: "PHQ-9 totals (0–27) in this month of treatment: each client's last in the month.",
  })
  phq9!: Distribution;
}

@ObjectType({ description: "Anonymised caseload metrics for a clinic's intake cohort." })
export class CaseloadMetrics {
  @Field(() => MetricsCohort, { description: "The intake cohort the figures are about." }) cohort!: MetricsCohort;
  @Field(() => MetricsGroup, { description: "How the rows are grouped." }) groupBy!: MetricsGroup;
  @Field(() => String, { description: "First intake month of the cohort (YYYY-MM)." }) fromMonth!: string;
  @Field(() => String, { description: "Last intake month of the cohort (YYYY-MM)." }) toMonth!: string;
  @Field(() => Int, { description: "The clinic's minimum cell size: counts from 1 to one below it are not shown." })
  minCellSize!: number;
  @Field(() => [MetricsRow], { description: "One row per group, by label; groups too small to show are left out." })
  rows!: MetricsRow[];
  @Field(() => MetricsRow, { description: "The whole cohort." }) total!: MetricsRow;
  @Field(() => [MetricsRow], {
    description:
      "Per therapist, for whole-year cohorts only (empty for a quarter): therapists are named, their clients are not. A therapist with too few clients in the cohort is not listed.",
  })
  therapists!: MetricsRow[];
  @Field(() => [CoursePoint], { description: "Median ORS and PHQ-9 by month in treatment over the whole cohort." })
  typicalCourse!: CoursePoint[];
  @Field(() => String, { description: "The small-cell rule applied, in words for the page." }) suppressionRule!: string;
  @Field(() => String, { description: "How the figures are perturbed, in words, for the page." })
  perturbationNote!: string;
}
