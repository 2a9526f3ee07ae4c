import { Field, Float, ID, InputType, Int } from "type-graphql";
import { LIST_LIMITS } from "../common/input-limits.ts";
import { Technique } from "../common/technique.ts";
import { DUE_DATE_DESCRIPTION } from "../homework/homework.inputs.ts";
import { HELPFULNESS_MAX, HELPFULNESS_MIN, HOMEWORK_DESCRIPTION_MAX } from "../homework/homework-row.ts";
import { HomeworkStatus, HomeworkType } from "../homework/homework.enums.ts";
import { LocalDate } from "../schema/local-date.ts";
import { PRIORITY_ISSUE_TEXT_MAX, PRIVATE_NOTES_MAX } from "./session-row.ts";
import { Attendance, IssueCategory, SessionKind } from "./session.enums.ts";

@InputType({ description: "ORS items, 0–10 each with at most one decimal." })
export class OrsInput {
  @Field(() => Float, { description: "Individually: personal well-being." }) individual!: number;
  @Field(() => Float, { description: "Interpersonally: family and close relationships." }) interpersonal!: number;
  @Field(() => Float, { description: "Socially: work, school and friendships." }) social!: number;
  @Field(() => Float, { description: "Overall: general sense of well-being." }) overall!: number;
}

@InputType({ description: "SRS items, 0–10 each with at most one decimal." })
export class SrsInput {
  @Field(() => Float, { description: "Relationship: felt heard, understood and respected." }) relationship!: number;
  @Field(() => Float, { description: "Goals and topics: worked on what the client wanted to work on." })
  goalsAndTopics!: number;
  @Field(() => Float, { description: "Approach or method: the therapist's approach was a good fit." })
  approachOrMethod!: number;
  @Field(() => Float, { description: "Overall: the session was right for the client." }) overall!: number;
}

@InputType({ description: "The issue this session chose to work on." })
export class PriorityIssueInput {
  @Field(() => IssueCategory, { description: "The issue, as a category." }) category!: IssueCategory;
  @Field(() => String, {
    nullable: true,
    description: `The issue in a few words; at most ${PRIORITY_ISSUE_TEXT_MAX} characters.`,
  })
  text?: string | null;
}

@InputType({ description: "The review, in this session, of homework set earlier." })
export class HomeworkReviewInput {
  @Field(() => ID, { description: "The homework item reviewed: one of this client's." }) homeworkId!: string;
  @Field(() => HomeworkStatus, { description: "How far it was done." }) status!: HomeworkStatus;
  @Field(() => Int, {
    nullable: true,
    description: `How helpful the client found it, a whole number from ${HELPFULNESS_MIN} (not at all) to ${HELPFULNESS_MAX} (very).`,
  })
  helpfulness?: number | null;
}

@InputType({ description: "Homework set at the end of this session." })
export class NewHomeworkInput {
  @Field(() => HomeworkType, { description: "The kind of practice." }) type!: HomeworkType;
  @Field(() => String, { description: `What to do: required, at most ${HOMEWORK_DESCRIPTION_MAX} characters.` })
  description!: string;
  @Field(() => LocalDate, { description: DUE_DATE_DESCRIPTION }) dueDate!: string;
}

@InputType({
  description:
    "A session to record: attendance and, for an attended session, ratings, the priority issue, techniques, and homework reviewed and set.",
})
export class RecordSessionInput {
  @Field(() => ID, { description: "The client the session was with: one of the therapist's own." }) clientId!: string;
  @Field(() => Date, {
    description: "When it took place (or was missed): not before the client's intake, not in the future.",
  })
  occurredAt!: Date;
  @Field(() => Attendance, { description: "Whether the client came; ratings need ATTENDED." }) attendance!: Attendance;
  @Field(() => SessionKind, {
    defaultValue: SessionKind.FOLLOW_UP,
    description: "What kind of session it was; FOLLOW_UP when left out.",
  })
  kind!: SessionKind;
  @Field(() => Int, { nullable: true, description: '"How was your week?" 0–10.' }) weekRating?: number | null;
  @Field(() => OrsInput, { nullable: true, description: "ORS items, for an attended session." }) ors?: OrsInput | null;
  @Field(() => SrsInput, { nullable: true, description: "SRS items, for an attended session." }) srs?: SrsInput | null;
  @Field(() => [Int], {
    nullable: true,
    description: "PHQ-9: the answers to its nine items in order, each 0–3; for an attended session.",
  })
  phq9?: number[] | null;
  @Field(() => [Int], {
    nullable: true,
    description: "GAD-7: the answers to its seven items in order, each 0–3; for an attended session.",
  })
  gad7?: number[] | null;
  @Field(() => PriorityIssueInput, { nullable: true, description: "The issue the session chose to work on." })
  priorityIssue?: PriorityIssueInput | null;
  @Field(() => [Technique], {
    defaultValue: [],
    description: `A set: a repeated technique counts once. At most ${LIST_LIMITS.techniques} entries.`,
  })
  techniquesUsed!: Technique[];
  @Field(() => Boolean, { defaultValue: false, description: "Whether a crisis was addressed; false when left out." })
  crisis!: boolean;
  @Field(() => String, {
    nullable: true,
    description: `The therapist's private notes, shown to no one else; at most ${PRIVATE_NOTES_MAX} characters.`,
  })
  privateNotes?: string | null;
  @Field(() => [HomeworkReviewInput], {
    defaultValue: [],
    description: `At most ${LIST_LIMITS.homeworkReviews} entries.`,
  })
  homeworkReviews!: HomeworkReviewInput[];
  @Field(() => [NewHomeworkInput], { defaultValue: [], description: `At most ${LIST_LIMITS.newHomework} entries.` })
  newHomework!: NewHomeworkInput[];
  @Field(() => ID, {
    nullable: true,
    description:
      "A check-in of this client to take as the session's week rating, ORS, PHQ-9 and GAD-7 (then left out here): not adopted by another session, sent at most 7 days before the session and at most 2 hours after it began. Not for a correction.",
  })
  adoptCheckInId?: string | null;
}
