import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { RatingSource } from "../check-ins/check-in.enums.ts";
import { Client } from "../clients/client.entity.ts";
import { Symptom } from "../episodes/episode.enums.ts";
import { HomeworkType } from "../homework/homework.enums.ts";
import { PlanRevision } from "../plans/plan-revision.entity.ts";
import { LocalDate } from "../schema/local-date.ts";
import { Attendance, SessionKind } from "../sessions/session.enums.ts";
import { PlanComparison } from "./plan-comparison.types.ts";
import {
  AlertSeverity,
  Bucket,
  ChangeClassification,
  Measure,
  OffTrackMethod,
  ProgressStatus,
} from "./progress.enums.ts";

@ObjectType({ simpleResolvers: true, description: "One appointment's ratings; null where not rated." })
export class SessionPoint {
  @Field(() => ID, { description: "The session's id." }) sessionId!: number;
  @Field(() => Int, { nullable: true, description: "Ordinal among attended sessions." }) number!: number | null;
  @Field(() => Date, { description: "When it took place, or was to (UTC)." }) occurredAt!: Date;
  @Field(() => LocalDate, { description: "Local date of the session (clinic timezone)." }) localDate!: string;
  @Field(() => Attendance, { description: "Whether the client came." }) attendance!: Attendance;
  @Field(() => SessionKind, { description: "What kind of session it was." }) kind!: SessionKind;
  @Field(() => Float, { nullable: true, description: "ORS total, 0–40, higher is better." }) ors!: number | null;
  @Field(() => Float, { nullable: true, description: "SRS total, 0–40, higher is a better alliance." }) srs!:
    number | null;
  @Field(() => Int, { nullable: true, description: "PHQ-9 total, 0–27, lower is better." }) phq9!: number | null;
  @Field(() => Int, { nullable: true, description: "PHQ-9 item 9 (thoughts of self-harm), 0–3." }) phq9Item9!:
    number | null;
  @Field(() => Int, { nullable: true, description: "GAD-7 total, 0–21, lower is better." }) gad7!: number | null;
  @Field(() => Int, { nullable: true, description: '"How was your week?" 0–10.' }) weekRating!: number | null;
  @Field(() => Boolean, { description: "Whether a crisis was addressed in the session." }) crisis!: boolean;
  @Field(() => RatingSource, {
    description:
      "Where the ORS, week rating, PHQ-9 and GAD-7 came from: CLIENT when the session adopted the client's check-in sent before it.",
  })
  source!: RatingSource;
  @Field(() => RatingSource, {
    nullable: true,
    description: "Where the SRS came from: CLIENT when the client rated the session afterwards; null without an SRS.",
  })
  srsSource!: RatingSource | null;
  @Field(() => String, {
    nullable: true,
    description: "The client's own words about the week, from the adopted check-in; null otherwise.",
  })
  weekWords!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "A check-in on a chart: one not adopted by any session (pending or passed over).",
})
export class CheckInPoint {
  @Field(() => ID, { description: "The check-in's id." }) checkInId!: number;
  @Field(() => Date, { description: "When the client sent it (UTC)." }) submittedAt!: Date;
  @Field(() => LocalDate, { description: "Local date it was sent (clinic timezone)." }) localDate!: string;
  @Field(() => Float, { nullable: true, description: "ORS total, 0–40, higher is better; null when not asked." })
  ors!: number | null;
  @Field(() => Int, { nullable: true, description: "PHQ-9 total, 0–27, lower is better; null when not asked." })
  phq9!: number | null;
  @Field(() => Int, { nullable: true, description: "PHQ-9 item 9 (thoughts of self-harm), 0–3; null when not asked." })
  phq9Item9!: number | null;
  @Field(() => Int, { nullable: true, description: "GAD-7 total, 0–21, lower is better; null when not asked." })
  gad7!: number | null;
  @Field(() => Int, { nullable: true, description: '"How was your week?" 0–10; null when not asked.' })
  weekRating!: number | null;
  @Field(() => String, { nullable: true, description: "The client's own words about the week." })
  weekWords!: string | null;
  @Field(() => RatingSource, { description: "Always CLIENT: the client reported it themself." })
  source!: RatingSource;
}

@ObjectType({
  simpleResolvers: true,
  description: "A clinical cut-off to draw on a chart, with the rule it comes from.",
})
export class MeasureCutoff {
  @Field(() => Measure, { description: "The measure the line belongs to." }) measure!: Measure;
  @Field(() => String, { description: "Name of the configurable rule, e.g. PHQ9_CASENESS." }) rule!: string;
  @Field(() => Float, { description: "The score at which the line is drawn." }) value!: number;
  @Field(() => String, {
    description: 'What the line means, for a chart\'s legend, e.g. "Caseness / moderate (PHQ-9 from)".',
  })
  label!: string;
  @Field(() => Boolean, { description: "True when a higher score is better (ORS, SRS)." }) higherIsBetter!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "Homework of one type due in one bucket." })
export class HomeworkTypeCount {
  @Field(() => HomeworkType, { description: "The kind of practice." }) type!: HomeworkType;
  @Field(() => Int, { description: "Items due." }) assigned!: number;
  @Field(() => Int, { description: "Items reviewed as completed." }) completed!: number;
  @Field(() => Int, { description: "Items reviewed as partly done." }) partial!: number;
  @Field(() => Int, { description: "Items reviewed as not done." }) notDone!: number;
  @Field(() => Float, {
    nullable: true,
    description: "Completed ÷ (completed + partial + not done), 0–1; null when none was reviewed.",
  })
  completionRate!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "Homework due in one bucket. Open (not yet reviewed) items are left out of the rate.",
})
export class HomeworkBucket {
  @Field(() => LocalDate, { description: "First day of the bucket (Monday, or the 1st)." }) start!: string;
  @Field(() => Int, { description: "Items due in the bucket." }) assigned!: number;
  @Field(() => Int, { description: "Items reviewed as completed." }) completed!: number;
  @Field(() => Int, { description: "Items reviewed as partly done." }) partial!: number;
  @Field(() => Int, { description: "Items reviewed as not done." }) notDone!: number;
  @Field(() => Int, { description: "Still ASSIGNED, not reviewed yet." }) open!: number;
  @Field(() => Float, {
    nullable: true,
    description: "Completed ÷ (completed + partial + not done), 0–1; null when none was reviewed.",
  })
  completionRate!: number | null;
  @Field(() => Int, { description: "Items the client set for themself." }) selfAssigned!: number;
  @Field(() => Float, { nullable: true, description: "Self-assigned ÷ assigned, 0–1; null when nothing was due." })
  selfAssignedShare!: number | null;
  @Field(() => [HomeworkTypeCount], { description: "The same figures for each type of homework due." })
  byType!: HomeworkTypeCount[];
}

@ObjectType({ simpleResolvers: true, description: "Episodes of one symptom in one bucket." })
export class SymptomCount {
  @Field(() => Symptom, { description: "The symptom." }) symptom!: Symptom;
  @Field(() => Int, { description: "Episodes." }) count!: number;
  @Field(() => Float, { nullable: true, description: "Mean peak intensity, 0–10." }) meanIntensity!: number | null;
  @Field(() => Int, { nullable: true, description: "Highest peak intensity, 0–10." }) maxIntensity!: number | null;
  @Field(() => Int, { description: "Total duration, in minutes." }) totalMinutes!: number;
}

@ObjectType({ simpleResolvers: true, description: "Symptom episodes in one bucket." })
export class EpisodeBucket {
  @Field(() => LocalDate, { description: "First day of the bucket (Monday, or the 1st)." }) start!: string;
  @Field(() => Int, { description: "Days of this bucket inside the requested range." }) days!: number;
  @Field(() => Int, { description: "Episodes in the bucket." }) count!: number;
  @Field(() => Float, {
    description: "Episodes per week: count ÷ days × 7, so that a part bucket compares with a whole one.",
  })
  perWeek!: number;
  @Field(() => Float, { nullable: true, description: "Mean peak intensity, 0–10; null without episodes." })
  meanIntensity!: number | null;
  @Field(() => Int, { nullable: true, description: "Highest peak intensity, 0–10; null without episodes." })
  maxIntensity!: number | null;
  @Field(() => Int, { description: "Total duration, in minutes." }) totalMinutes!: number;
  @Field(() => [SymptomCount], { description: "The same figures for each symptom logged." }) bySymptom!: SymptomCount[];
}

@ObjectType({
  simpleResolvers: true,
  description: "Days since the previous attended session; sessions taper as therapy goes on.",
})
export class CadencePoint {
  @Field(() => Int, { description: "Ordinal among attended sessions." }) number!: number;
  @Field(() => LocalDate, { description: "Local date of the session (clinic timezone)." }) localDate!: string;
  @Field(() => Int, { nullable: true, description: "Days since the previous attended session; null for the first." })
  daysSincePrevious!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "Expected ORS and its lower 10th-percentile band at a session number.",
})
export class ExpectedPoint {
  @Field(() => Int, { description: "Session number (1 = first attended session)." }) sessionNumber!: number;
  @Field(() => Float, { description: "Expected ORS total at this session, 0–40." }) expected!: number;
  @Field(() => Float, {
    description:
      "Lower edge of the expected range, at the off-track percentile (the 10th by default); an ORS total below it is off track.",
  })
  lower!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "What the client's expected ORS course rests on: the clinic's cases closed before the month of the judged session.",
})
export class ExpectedBasis {
  @Field(() => OffTrackMethod, {
    description: "Which method judges the latest ORS rating: the expected course, or the fallback rule.",
  })
  method!: OffTrackMethod;
  @Field(() => Int, {
    description: "Closed cases the expected course was fitted on (each with two ORS ratings from session 2 on).",
  })
  closedCases!: number;
  @Field(() => LocalDate, {
    nullable: true,
    description: "Only cases closed before this date count: the first day of the month of the judged session.",
  })
  closedBefore!: string | null;
  @Field(() => Float, {
    nullable: true,
    description:
      "How much one client's ORS varies from session to session around their own course (SD); null under the fallback rule.",
  })
  withinClientSd!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "A rule that fired for a client, with the rule's name and value and what to consider doing.",
})
export class Alert {
  @Field(() => String, { description: "Stable code, e.g. OFF_TRACK or PHQ9_ITEM9." }) code!: string;
  @Field(() => AlertSeverity, { description: "How urgent it is." }) severity!: AlertSeverity;
  @Field(() => String, { description: "The rule that fired, with its configured value." }) rule!: string;
  @Field(() => String, { description: "What happened, in words for the therapist." }) message!: string;
  @Field(() => String, { description: "What to consider doing." }) suggestion!: string;
  @Field(() => Int, { nullable: true, description: "The session it concerns; null when it concerns no one session." })
  sessionNumber!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "Baseline (first rated session) against latest (last rated session).",
})
export class MeasureOutcome {
  @Field(() => Measure, { description: "The measure." }) measure!: Measure;
  @Field(() => Int, { description: "Attended sessions rated on the measure." }) ratedSessions!: number;
  @Field(() => Float, { nullable: true, description: "Total at the first rated session; null before it." }) baseline!:
    number | null;
  @Field(() => Float, { nullable: true, description: "Total at the last rated session; null before the first." })
  latest!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: "Latest − baseline, in points of the measure; null before two rated sessions.",
  })
  change!: number | null;
  @Field(() => ChangeClassification, {
    nullable: true,
    description:
      "Reliable improvement, reliable deterioration or neither, by the measure's reliable-change value; null before two rated sessions, and for SRS.",
  })
  classification!: ChangeClassification | null;
  @Field(() => String, { nullable: true, description: "Reliable-change rule applied." }) rule!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Severity band of the latest score, where the measure has bands.",
  })
  latestBand!: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      "Whether the baseline was in the clinical range (caseness): by default PHQ-9 10 or more, GAD-7 8 or more, ORS 25 or less. Null before two rated sessions, and for SRS.",
  })
  casenessAtBaseline!: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the latest total is in the clinical range; null as casenessAtBaseline.",
  })
  casenessAtLatest!: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      "In the clinical range at baseline and no longer at the latest; null when not in it at baseline (left out of recovery rates), before two rated sessions, and for SRS.",
  })
  recovered!: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "Recovered and reliably improved; null as recovered." })
  reliablyRecovered!: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      "PHQ-9 down by half or more from baseline; null for other measures, before two rated sessions and for a baseline of 0.",
  })
  response!: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: "PHQ-9 below 5 at the latest; null for other measures and before two rated sessions.",
  })
  remission!: boolean | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "A client's progress status, the alerts behind it, and the outcome on each measure.",
})
export class ProgressSummary {
  @Field(() => ProgressStatus, { description: "On track, not on track, at risk, or not enough data yet." })
  status!: ProgressStatus;
  @Field(() => [Alert], { description: "The alerts that fired, most severe first." }) alerts!: Alert[];
  @Field(() => [MeasureOutcome], { description: "Baseline against latest on each measure." })
  outcomes!: MeasureOutcome[];
  @Field(() => OffTrackMethod, {
    nullable: true,
    description: "How being off track was judged; null before two ratings on ORS, PHQ-9 or GAD-7.",
  })
  offTrackMethod!: OffTrackMethod | null;
  @Field(() => Int, { description: "Sessions the client has attended." }) sessionsAttended!: number;
  @Field(() => LocalDate, {
    nullable: true,
    description: "Local date of the last attended session; null before the first.",
  })
  lastSessionDate!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "A client's progress over a range: sessions, homework, episodes, cadence and plan revisions, with the summary and what the charts draw.",
})
export class ClientProgress {
  @Field(() => Client, { description: "The client." }) client!: Client;
  @Field(() => LocalDate, { description: "Local date the series start (clinic timezone)." }) from!: string;
  @Field(() => LocalDate, { description: "Local date the series end, inclusive (clinic timezone)." }) to!: string;
  @Field(() => Bucket, { description: "How homework and episodes are bucketed." }) bucket!: Bucket;
  @Field(() => [SessionPoint], { description: "The sessions in the range, in time order." }) sessions!: SessionPoint[];
  @Field(() => [CheckInPoint], {
    description:
      "The client's check-ins sent in the range that no session adopted (pending, or passed over), oldest first. Drawn on the charts; the summary, curves and alerts are computed from sessions only.",
  })
  checkIns!: CheckInPoint[];
  @Field(() => [MeasureCutoff], { description: "Clinical cut-offs to draw on the charts." }) cutoffs!: MeasureCutoff[];
  @Field(() => [ExpectedPoint], {
    description: "The expected ORS course for the client's intake score; empty unless the expected-curve rule applies.",
  })
  expected!: ExpectedPoint[];
  @Field(() => ExpectedBasis, {
    nullable: true,
    description: "What the expected course rests on; null before the client's first ORS rating.",
  })
  expectedBasis!: ExpectedBasis | null;
  @Field(() => [HomeworkBucket], { description: "Homework due in each bucket of the range, empty buckets included." })
  homework!: HomeworkBucket[];
  @Field(() => [EpisodeBucket], {
    description: "Symptom episodes in each bucket of the range, empty buckets included.",
  })
  episodes!: EpisodeBucket[];
  @Field(() => [CadencePoint], { description: "The attended sessions in the range, with the days between them." })
  cadence!: CadencePoint[];
  @Field(() => [ProgressPlanRevision], {
    description: "Every revision of the client's plan, oldest first, with figures before and after it.",
  })
  planRevisions!: ProgressPlanRevision[];
  @Field(() => ProgressSummary, {
    description:
      "Status, alerts and outcomes over the whole course, not only the range; from the sessions only (adopted check-ins count as their session's ratings, others do not).",
  })
  summary!: ProgressSummary;
}

/** The revision's own fields come from the entity, which knows nothing of progress. */
@ObjectType({ description: "A revision of the client's plan, with what changed around it." })
export class ProgressPlanRevision extends PlanRevision {
  @Field(() => PlanComparison, {
    description: "Figures in the windows before and after the revision: episode rates, homework and ratings.",
  })
  comparison!: PlanComparison;
}
