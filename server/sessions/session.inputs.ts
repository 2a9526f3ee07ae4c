import { Field, Float, ID, InputType, Int } from "type-graphql";
import { LIST_LIMITS } from "../common/input-limits.ts";
import { Technique } from "../common/technique.ts";
import { DUE_DATE_DESCRIPTION } from "../homework/homework.inputs.ts";
import { HomeworkStatus, HomeworkType } from "../homework/homework.enums.ts";
import { LocalDate } from "../schema/local-date.ts";
import { Attendance, IssueCategory, SessionKind } from "./session.enums.ts";

@InputType({ description: "ORS items, 0–10 each with at most one decimal." })
export class OrsInput {
  @Field(() => Float) individual!: number;
  @Field(() => Float) interpersonal!: number;
  @Field(() => Float) social!: number;
  @Field(() => Float) overall!: number;
}

@InputType({ description: "SRS items, 0–10 each with at most one decimal." })
export class SrsInput {
  @Field(() => Float) relationship!: number;
  @Field(() => Float) goalsAndTopics!: number;
  @Field(() => Float) approachOrMethod!: number;
  @Field(() => Float) overall!: number;
}

@InputType()
export class PriorityIssueInput {
  @Field(() => IssueCategory) category!: IssueCategory;
  @Field(() => String, { nullable: true }) text?: string | null;
}

@InputType({ description: "The review, in this session, of homework set earlier." })
export class HomeworkReviewInput {
  @Field(() => ID) homeworkId!: string;
  @Field(() => HomeworkStatus) status!: HomeworkStatus;
  @Field(() => Int, { nullable: true, description: "How helpful it was, 0–10." }) helpfulness?: number | null;
}

@InputType({ description: "Homework set at the end of this session." })
export class NewHomeworkInput {
  @Field(() => HomeworkType) type!: HomeworkType;
  @Field(() => String) description!: string;
  @Field(() => LocalDate, { description: DUE_DATE_DESCRIPTION }) dueDate!: string;
}

@InputType()
export class RecordSessionInput {
  @Field(() => ID) clientId!: string;
  @Field(() => Date, {
    description: "When it took place (or was missed): not before the client's intake, not in the future.",
  })
  occurredAt!: Date;
  @Field(() => Attendance) attendance!: Attendance;
  @Field(() => SessionKind, { defaultValue: SessionKind.FOLLOW_UP }) kind!: SessionKind;
  @Field(() => Int, { nullable: true, description: '"How was your week?" 0–10.' }) weekRating?: number | null;
  @Field(() => OrsInput, { nullable: true }) ors?: OrsInput | null;
  @Field(() => SrsInput, { nullable: true }) srs?: SrsInput | null;
  @Field(() => [Int], { nullable: true, description: "PHQ-9, nine items 0–3." }) phq9?: number[] | null;
  @Field(() => [Int], { nullable: true, description: "GAD-7, seven items 0–3." }) gad7?: number[] | null;
  @Field(() => PriorityIssueInput, { nullable: true }) priorityIssue?: PriorityIssueInput | null;
  @Field(() => [Technique], {
    defaultValue: [],
    description: `A set: a repeated technique counts once. At most ${LIST_LIMITS.techniques} entries.`,
  })
  techniquesUsed!: Technique[];
  @Field(() => Boolean, { defaultValue: false }) crisis!: boolean;
  @Field(() => String, { nullable: true }) privateNotes?: string | null;
  @Field(() => [HomeworkReviewInput], {
    defaultValue: [],
    description: `At most ${LIST_LIMITS.homeworkReviews} entries.`,
  })
  homeworkReviews!: HomeworkReviewInput[];
  @Field(() => [NewHomeworkInput], { defaultValue: [], description: `At most ${LIST_LIMITS.newHomework} entries.` })
  newHomework!: NewHomeworkInput[];
}
