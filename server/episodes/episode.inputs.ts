import { Field, ID, InputType, Int } from "type-graphql";
import { Technique } from "../common/technique.ts";
import { DURATION_MAX_MINUTES, EPISODE_TEXT_MAX, INTENSITY_MAX, INTENSITY_MIN } from "./episode-row.ts";
import { EpisodeType, Symptom, TriggerCategory } from "./episode.enums.ts";

@InputType({ description: "A symptom episode written up as a thought record." })
export class LogEpisodeInput {
  @Field(() => ID, { nullable: true, description: "Required for a therapist; a client may leave it out (themself)." })
  clientId?: string | null;
  @Field(() => Date, { description: "When it happened: not before the client's intake, not in the future." })
  occurredAt!: Date;
  @Field(() => Symptom, { description: "The main symptom." }) symptom!: Symptom;
  @Field(() => Int, {
    description: `Peak intensity, a whole number from ${INTENSITY_MIN} (none) to ${INTENSITY_MAX} (the worst imaginable).`,
  })
  peakIntensity!: number;
  @Field(() => Int, { description: `How long it lasted, in whole minutes: 0 to ${DURATION_MAX_MINUTES} (a day).` })
  durationMinutes!: number;
  @Field(() => EpisodeType, {
    description: "Whether it came out of the blue, was anticipated, or was set off by a situation.",
  })
  episodeType!: EpisodeType;
  @Field(() => TriggerCategory, {
    defaultValue: TriggerCategory.NONE_IDENTIFIED,
    description: "What set it off; NONE_IDENTIFIED when left out.",
  })
  triggerCategory!: TriggerCategory;
  @Field(() => String, {
    nullable: true,
    description: `The situation: where, with whom, what was happening. At most ${EPISODE_TEXT_MAX} characters.`,
  })
  situation?: string | null;
  @Field(() => String, {
    nullable: true,
    description: `What went through the client's mind before it. At most ${EPISODE_TEXT_MAX} characters.`,
  })
  thoughtsBefore?: string | null;
  @Field(() => String, {
    nullable: true,
    description: `How the client felt before it. At most ${EPISODE_TEXT_MAX} characters.`,
  })
  feelingsBefore?: string | null;
  @Field(() => String, {
    nullable: true,
    description: `What went through the client's mind during it. At most ${EPISODE_TEXT_MAX} characters.`,
  })
  thoughtsDuring?: string | null;
  @Field(() => String, {
    nullable: true,
    description: `How the client felt during it. At most ${EPISODE_TEXT_MAX} characters.`,
  })
  feelingsDuring?: string | null;
  @Field(() => String, {
    nullable: true,
    description: `What went through the client's mind afterwards. At most ${EPISODE_TEXT_MAX} characters.`,
  })
  thoughtsAfter?: string | null;
  @Field(() => String, {
    nullable: true,
    description: `How the client felt afterwards. At most ${EPISODE_TEXT_MAX} characters.`,
  })
  feelingsAfter?: string | null;
  @Field(() => String, { nullable: true, description: `What the client did. At most ${EPISODE_TEXT_MAX} characters.` })
  whatIDid?: string | null;
  @Field(() => String, {
    nullable: true,
    description: `What the client wishes they had done. At most ${EPISODE_TEXT_MAX} characters.`,
  })
  wishIHadDone?: string | null;
  @Field(() => Technique, { nullable: true, description: "The technique the client used to cope, if any." })
  copingTechnique?: Technique | null;
}
