import { Field, Float, ID, InputType, Int } from "type-graphql";
import { WEEK_WORDS_MAX } from "./check-in.entity.ts";
import { CheckInSchedule, PlanMeasure, RiskAction } from "./check-in.enums.ts";
import { RISK_NOTE_MAX } from "./risk-alert.entity.ts";
import {
  CRISIS_HOURS_MAX,
  CRISIS_NAME_MAX,
  CRISIS_NUMBER_MAX,
  CRISIS_RESOURCES_MAX,
  CRISIS_URL_MAX,
} from "./crisis-resources.ts";

export const RISK_NOTE_MIN_FOR_OTHER = 3;

@InputType({ description: "Which measures a client reports themself, and when." })
export class MeasurementPlanInput {
  @Field(() => [PlanMeasure], {
    description: `The measures: at least one and at most ${Object.keys(PlanMeasure).length}, each once.`,
  })
  measures!: PlanMeasure[];
  @Field(() => CheckInSchedule, { description: "When a check-in is due." })
  schedule!: CheckInSchedule;
}

@InputType({
  description: `One of the clinic's crisis resources; a clinic has at most ${CRISIS_RESOURCES_MAX}.`,
})
export class CrisisResourceInput {
  @Field(() => String, { description: `Its name: 1 to ${CRISIS_NAME_MAX} characters.` })
  name!: string;
  @Field(() => String, { nullable: true, description: `A number to call; at most ${CRISIS_NUMBER_MAX} characters.` })
  phone?: string | null;
  @Field(() => String, {
    nullable: true,
    description: `A number to text, or a short line on how to reach it; at most ${CRISIS_NUMBER_MAX} characters.`,
  })
  text?: string | null;
  @Field(() => String, {
    nullable: true,
    description: `A web address starting with http:// or https://; at most ${CRISIS_URL_MAX} characters.`,
  })
  url?: string | null;
  @Field(() => String, {
    nullable: true,
    description: `When it can be reached, in words; at most ${CRISIS_HOURS_MAX} characters.`,
  })
  hours?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: "An example entry, to be replaced; false when left out.",
  })
  example?: boolean | null;
}

@InputType({
  description:
    "ORS items as the client marked them, 0–10 each with at most one decimal. Each may be left out here, but a check-in needs all four: the first missing one is refused.",
})
export class CheckInOrsInput {
  @Field(() => Float, { nullable: true, description: "Me personally: personal well-being." })
  individual?: number | null;
  @Field(() => Float, { nullable: true, description: "Family and close relationships." })
  interpersonal?: number | null;
  @Field(() => Float, { nullable: true, description: "Work, school and friendships." })
  social?: number | null;
  @Field(() => Float, { nullable: true, description: "Overall: general sense of well-being." })
  overall?: number | null;
}

@InputType({ description: "A check-in: the measures of the client's plan, as the client answered them." })
export class SubmitCheckInInput {
  @Field(() => ID, { nullable: true, description: "The client's own id, if given; a client may name only themself." })
  clientId?: string | null;
  @Field(() => ID, { description: "The key of the check-in due (CheckInDue.key)." })
  due!: string;
  @Field(() => Int, { nullable: true, description: '"How was your week?" 0–10, when the plan asks for it.' })
  weekRating?: number | null;
  @Field(() => String, {
    nullable: true,
    description: `The week in the client's own words, with the week rating; at most ${WEEK_WORDS_MAX} characters.`,
  })
  weekWords?: string | null;
  @Field(() => CheckInOrsInput, { nullable: true, description: "The ORS, when the plan asks for it." })
  ors?: CheckInOrsInput | null;
  @Field(() => [Int], {
    nullable: true,
    description: "PHQ-9, when the plan asks for it: the answers to its nine items in order, each 0–3.",
  })
  phq9?: number[] | null;
  @Field(() => [Int], {
    nullable: true,
    description: "GAD-7, when the plan asks for it: the answers to its seven items in order, each 0–3.",
  })
  gad7?: number[] | null;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'The client answered "I am not safe right now"; false when left out.',
  })
  notSafeNow?: boolean | null;
}

@InputType({ description: "What the therapist did about a risk alert." })
export class AcknowledgeRiskAlertInput {
  @Field(() => RiskAction, { description: "The action taken." })
  action!: RiskAction;
  @Field(() => String, {
    nullable: true,
    description: `A note on what was done: at most ${RISK_NOTE_MAX} characters; required (${RISK_NOTE_MIN_FOR_OTHER} or more) when the action is OTHER.`,
  })
  note?: string | null;
}
