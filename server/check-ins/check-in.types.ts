import { Field, Float, ID, ObjectType } from "type-graphql";
import { LocalDate } from "../schema/local-date.ts";
import { connectionType } from "../schema/connection.ts";
import { SrsItems } from "../sessions/session.entity.ts";
import { CheckIn } from "./check-in.entity.ts";
import { DueKind, PlanMeasure } from "./check-in.enums.ts";

@ObjectType({ description: "One item of the client's to-do list." })
export class CheckInDue {
  @Field(() => DueKind, { description: "A check-in, or rating a session." })
  kind!: DueKind;

  @Field(() => ID, {
    description: "Pass back as SubmitCheckInInput.due (CHECK_IN); the session's id for SESSION_FEEDBACK.",
  })
  key!: string;

  @Field(() => [PlanMeasure], {
    description: "What is asked: the plan's measures other than the SRS for a check-in; the SRS for a session.",
  })
  measures!: PlanMeasure[];

  @Field(() => ID, { nullable: true, description: "The session to rate; null for a check-in." })
  sessionId!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Local date of the session to rate; null for a check-in." })
  sessionDate!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "Until when the session can be rated (48 hours after it began); null for a check-in.",
  })
  deadline!: Date | null;
}

@ObjectType({ description: "Where a client can get help at once: a crisis line, an emergency number." })
export class CrisisResource {
  @Field(() => String, { description: "Its name." })
  name!: string;
  @Field(() => String, { nullable: true, description: "A number to call." })
  phone!: string | null;
  @Field(() => String, { nullable: true, description: "A number to text, or a short line on how to reach it." })
  text!: string | null;
  @Field(() => String, { nullable: true, description: "A web address (http or https)." })
  url!: string | null;
  @Field(() => String, { nullable: true, description: "When it can be reached, in words." })
  hours!: string | null;
  @Field(() => Boolean, { description: "An example entry, to be replaced with the clinic's own; say so when shown." })
  example!: boolean;
}

@ObjectType({ description: "A client's rating (SRS) of an attended session, sent within 48 hours of it." })
export class SessionFeedback {
  @Field(() => ID, { description: "The session rated." })
  sessionId!: string;
  @Field(() => LocalDate, { description: "Local date of the session (clinic timezone)." })
  localDate!: string;
  @Field(() => SrsItems, { description: "The SRS items as sent." })
  srs!: SrsItems;
  @Field(() => Float, { description: "SRS total, 0–40, higher is a better alliance." })
  srsTotal!: number;
}

export const CheckInConnection = connectionType(CheckIn, "CheckIn", {
  list: "A page of a client's check-ins, newest first.",
  item: "A check-in",
});
