import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "One value a correction changed." })
export class FieldChange {
  @Field(() => String, {
    description:
      'The value\'s stable key, e.g. "weekRating", "ors.social", "phq9.item9", "privateNotes" or "thoughtsDuring".',
  })
  field!: string;
  @Field(() => String, {
    nullable: true,
    description:
      "What it was, as text (numbers as written, enum values by name, a set of techniques comma-separated); null when empty.",
  })
  before!: string | null;
  @Field(() => String, { nullable: true, description: "What it became, written the same way; null when emptied." })
  after!: string | null;
}

@ObjectType("RecordCorrection", {
  description: "A correction of a recorded session or episode: who made it, when, why and what changed.",
})
export class Correction {
  @Field(() => Date, { description: "When the correction was made (UTC)." })
  correctedAt!: Date;
  @Field(() => String, { description: "The name of the therapist who made it." })
  correctedBy!: string;
  @Field(() => String, { description: "Why the record was corrected, in the therapist's words." })
  reason!: string;
  @Field(() => [FieldChange], { description: "The values it changed, each with what it was and what it became." })
  changes!: FieldChange[];
}
