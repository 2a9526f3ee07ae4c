import { Field, ID, InputType, Int } from "type-graphql";
import { LocalDate } from "../schema/local-date.ts";
import { HELPFULNESS_MAX, HELPFULNESS_MIN, HOMEWORK_DESCRIPTION_MAX } from "./homework-row.ts";
import { HomeworkStatus, HomeworkType } from "./homework.enums.ts";

export const DUE_DATE_DESCRIPTION = "Local due date, YYYY-MM-DD: not before the client's intake, at most a year ahead.";

@InputType({
  description:
    "Homework set outside the recording of a session: by a therapist for a client, or by a client for themself.",
})
export class AssignHomeworkInput {
  @Field(() => ID, { nullable: true, description: "Required for a therapist; a client may leave it out (themself)." })
  clientId?: string | null;
  @Field(() => HomeworkType, { description: "The kind of practice." }) type!: HomeworkType;
  @Field(() => String, { description: `What to do: required, at most ${HOMEWORK_DESCRIPTION_MAX} characters.` })
  description!: string;
  @Field(() => LocalDate, { description: DUE_DATE_DESCRIPTION }) dueDate!: string;
  @Field(() => ID, {
    nullable: true,
    description: "The session it was set in, if any: one of the same client's sessions.",
  })
  assignedInSessionId?: string | null;
}

@InputType({
  description:
    "A change to a homework item: its status, its helpfulness, or the session it was reviewed in. At least one must be given; what is left out stays as it is.",
})
export class UpdateHomeworkInput {
  @Field(() => ID, { description: "The homework item to change." }) homeworkId!: string;
  @Field(() => HomeworkStatus, { nullable: true, description: "How far it was done." }) status?: HomeworkStatus | null;
  @Field(() => Int, {
    nullable: true,
    description: `How helpful the client found it, a whole number from ${HELPFULNESS_MIN} (not at all) to ${HELPFULNESS_MAX} (very).`,
  })
  helpfulness?: number | null;
  @Field(() => ID, {
    nullable: true,
    description: "The session in which it was reviewed: one of the same client's sessions.",
  })
  reviewedInSessionId?: string | null;
}
