import { Field, ID, InputType, Int } from "type-graphql";
import { Technique } from "../common/technique.ts";
import { EpisodeType, Symptom, TriggerCategory } from "./episode.enums.ts";

@InputType({ description: "A symptom episode written up as a thought record." })
export class LogEpisodeInput {
  @Field(() => ID, { nullable: true, description: "Required for a therapist; a client may leave it out (themself)." })
  clientId?: string | null;
  @Field(() => Date, { description: "When it happened: not before the client's intake, not in the future." })
  occurredAt!: Date;
  @Field(() => Symptom) symptom!: Symptom;
  @Field(() => Int, { description: "Peak intensity 0–10." }) peakIntensity!: number;
  @Field(() => Int) durationMinutes!: number;
  @Field(() => EpisodeType) episodeType!: EpisodeType;
  @Field(() => TriggerCategory, { defaultValue: TriggerCategory.NONE_IDENTIFIED }) triggerCategory!: TriggerCategory;
  @Field(() => String, { nullable: true }) situation?: string | null;
  @Field(() => String, { nullable: true }) thoughtsBefore?: string | null;
  @Field(() => String, { nullable: true }) feelingsBefore?: string | null;
  @Field(() => String, { nullable: true }) thoughtsDuring?: string | null;
  @Field(() => String, { nullable: true }) feelingsDuring?: string | null;
  @Field(() => String, { nullable: true }) thoughtsAfter?: string | null;
  @Field(() => String, { nullable: true }) feelingsAfter?: string | null;
  @Field(() => String, { nullable: true }) whatIDid?: string | null;
  @Field(() => String, { nullable: true }) wishIHadDone?: string | null;
  @Field(() => Technique, { nullable: true }) copingTechnique?: Technique | null;
}
