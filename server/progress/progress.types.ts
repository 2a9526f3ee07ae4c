import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Client } from "../clients/client.entity.ts";
import { Symptom } from "../episodes/episode.enums.ts";
import { HomeworkType } from "../homework/homework.enums.ts";
import { PlanRevision } from "../plans/plan-revision.entity.ts";
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
  @Field(() => ID) sessionId!: number;
  @Field(() => Int, { nullable: true, description: "Ordinal among attended sessions." }) number!: number | null;
  @Field(() => Date) occurredAt!: Date;
  @Field(() => String) localDate!: string;
  @Field(() => Attendance) attendance!: Attendance;
  @Field(() => SessionKind) kind!: SessionKind;
  @Field(() => Float, { nullable: true }) ors!: number | null;
  @Field(() => Float, { nullable: true }) srs!: number | null;
  @Field(() => Int, { nullable: true }) phq9!: number | null;
  @Field(() => Int, { nullable: true, description: "PHQ-9 item 9 (thoughts of self-harm), 0–3." }) phq9Item9!:
    number | null;
  @Field(() => Int, { nullable: true }) gad7!: number | null;
  @Field(() => Int, { nullable: true }) weekRating!: number | null;
  @Field(() => Boolean) crisis!: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description: "A clinical cut-off to draw on a chart, with the rule it comes from.",
})
export class MeasureCutoff {
  @Field(() => Measure) measure!: Measure;
  @Field(() => String, { description: "Name of the configurable rule, e.g. PHQ9_CASENESS." }) rule!: string;
  @Field(() => Float) value!: number;
  @Field(() => String) label!: string;
  @Field(() => Boolean, { description: "True when a higher score is better (ORS, SRS)." }) higherIsBetter!: boolean;
}

@ObjectType({ simpleResolvers: true })
export class HomeworkTypeCount {
  @Field(() => HomeworkType) type!: HomeworkType;
  @Field(() => Int) assigned!: number;
  @Field(() => Int) completed!: number;
  @Field(() => Int) partial!: number;
  @Field(() => Int) notDone!: number;
  @Field(() => Float, { nullable: true }) completionRate!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "Homework due in one bucket. Open (not yet reviewed) items are left out of the rate.",
})
export class HomeworkBucket {
  @Field(() => String, { description: "First day of the bucket (Monday, or the 1st)." }) start!: string;
  @Field(() => Int) assigned!: number;
  @Field(() => Int) completed!: number;
  @Field(() => Int) partial!: number;
  @Field(() => Int) notDone!: number;
  @Field(() => Int, { description: "Still ASSIGNED, not reviewed yet." }) open!: number;
  @Field(() => Float, { nullable: true, description: "completed ÷ (completed + partial + not done)." })
  completionRate!: number | null;
  @Field(() => Int) selfAssigned!: number;
  @Field(() => Float, { nullable: true, description: "selfAssigned ÷ assigned." }) selfAssignedShare!: number | null;
  @Field(() => [HomeworkTypeCount]) byType!: HomeworkTypeCount[];
}

@ObjectType({ simpleResolvers: true })
export class SymptomCount {
  @Field(() => Symptom) symptom!: Symptom;
  @Field(() => Int) count!: number;
  @Field(() => Float, { nullable: true }) meanIntensity!: number | null;
  @Field(() => Int, { nullable: true }) maxIntensity!: number | null;
  @Field(() => Int) totalMinutes!: number;
}

@ObjectType({ simpleResolvers: true, description: "Symptom episodes in one bucket." })
export class EpisodeBucket {
  @Field(() => String) start!: string;
  @Field(() => Int, { description: "Days of this bucket inside the requested range." }) days!: number;
  @Field(() => Int) count!: number;
  @Field(() => Float, { description: "count ÷ days × 7." }) perWeek!: number;
  @Field(() => Float, { nullable: true }) meanIntensity!: number | null;
  @Field(() => Int, { nullable: true }) maxIntensity!: number | null;
  @Field(() => Int) totalMinutes!: number;
  @Field(() => [SymptomCount]) bySymptom!: SymptomCount[];
}

@ObjectType({
  simpleResolvers: true,
  description: "Days since the previous attended session; sessions taper as therapy goes on.",
})
export class CadencePoint {
  @Field(() => Int) number!: number;
  @Field(() => String) localDate!: string;
  @Field(() => Int, { nullable: true }) daysSincePrevious!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "Expected ORS and its lower 10th-percentile band at a session number.",
})
export class ExpectedPoint {
  @Field(() => Int) sessionNumber!: number;
  @Field(() => Float) expected!: number;
  @Field(() => Float) lower!: number;
}

@ObjectType({ simpleResolvers: true })
export class Alert {
  @Field(() => String, { description: "Stable code, e.g. OFF_TRACK or PHQ9_ITEM9." }) code!: string;
  @Field(() => AlertSeverity) severity!: AlertSeverity;
  @Field(() => String, { description: "The rule that fired, with its configured value." }) rule!: string;
  @Field(() => String) message!: string;
  @Field(() => String, { description: "What to consider doing." }) suggestion!: string;
  @Field(() => Int, { nullable: true }) sessionNumber!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "Baseline (first rated session) against latest (last rated session).",
})
export class MeasureOutcome {
  @Field(() => Measure) measure!: Measure;
  @Field(() => Int) ratedSessions!: number;
  @Field(() => Float, { nullable: true }) baseline!: number | null;
  @Field(() => Float, { nullable: true }) latest!: number | null;
  @Field(() => Float, { nullable: true }) change!: number | null;
  @Field(() => ChangeClassification, { nullable: true }) classification!: ChangeClassification | null;
  @Field(() => String, { nullable: true, description: "Reliable-change rule applied." }) rule!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Severity band of the latest score, where the measure has bands.",
  })
  latestBand!: string | null;
  @Field(() => Boolean, { nullable: true }) casenessAtBaseline!: boolean | null;
  @Field(() => Boolean, { nullable: true }) casenessAtLatest!: boolean | null;
  @Field(() => Boolean, { nullable: true }) recovered!: boolean | null;
  @Field(() => Boolean, { nullable: true }) reliablyRecovered!: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "PHQ-9 down by half or more." }) response!: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "PHQ-9 below 5." }) remission!: boolean | null;
}

@ObjectType({ simpleResolvers: true })
export class ProgressSummary {
  @Field(() => ProgressStatus) status!: ProgressStatus;
  @Field(() => [Alert]) alerts!: Alert[];
  @Field(() => [MeasureOutcome]) outcomes!: MeasureOutcome[];
  @Field(() => OffTrackMethod, { nullable: true }) offTrackMethod!: OffTrackMethod | null;
  @Field(() => Int) sessionsAttended!: number;
  @Field(() => String, { nullable: true }) lastSessionDate!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class ClientProgress {
  @Field(() => Client) client!: Client;
  @Field(() => String, { description: "Local date the series start (clinic timezone)." }) from!: string;
  @Field(() => String) to!: string;
  @Field(() => Bucket) bucket!: Bucket;
  @Field(() => [SessionPoint]) sessions!: SessionPoint[];
  @Field(() => [MeasureCutoff]) cutoffs!: MeasureCutoff[];
  @Field(() => [ExpectedPoint], { description: "Empty unless the expected-curve rule applies." })
  expected!: ExpectedPoint[];
  @Field(() => [HomeworkBucket]) homework!: HomeworkBucket[];
  @Field(() => [EpisodeBucket]) episodes!: EpisodeBucket[];
  @Field(() => [CadencePoint]) cadence!: CadencePoint[];
  @Field(() => [ProgressPlanRevision]) planRevisions!: ProgressPlanRevision[];
  @Field(() => ProgressSummary) summary!: ProgressSummary;
}

/** The revision's own fields come from the entity, which knows nothing of progress. */
@ObjectType({ description: "A revision of the client's plan, with what changed around it." })
export class ProgressPlanRevision extends PlanRevision {
  @Field(() => PlanComparison, { description: "Before/after figures around the revision." })
  comparison!: PlanComparison;
}
