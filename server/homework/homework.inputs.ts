import { Field, ID, InputType, Int } from "type-graphql";
import { LocalDate } from "../schema/local-date.ts";
import { HomeworkStatus, HomeworkType } from "./homework.enums.ts";

export const DUE_DATE_DESCRIPTION = "Local due date, YYYY-MM-DD: not before the client's intake, at most a year ahead.";

@InputType()
export class AssignHomeworkInput {
  @Field(() => ID, { nullable: true, description: "Required for a therapist; a client may leave it out (themself)." })
  clientId?: string | null;
  @Field(() => HomeworkType) type!: HomeworkType;
  @Field(() => String) description!: string;
  @Field(() => LocalDate, { description: DUE_DATE_DESCRIPTION }) dueDate!: string;
  @Field(() => ID, { nullable: true }) assignedInSessionId?: string | null;
}

@InputType()
export class UpdateHomeworkInput {
  @Field(() => ID) homeworkId!: string;
  @Field(() => HomeworkStatus, { nullable: true }) status?: HomeworkStatus | null;
  @Field(() => Int, { nullable: true, description: "How helpful it was, 0–10." }) helpfulness?: number | null;
  @Field(() => ID, { nullable: true, description: "The session in which it was reviewed." }) reviewedInSessionId?:
    string | null;
}
