import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Client } from "../clients/client.entity.ts";
import { Technique } from "../common/technique.ts";
import { INSTANT_LENGTH, isoInstant, LOCAL_DATE_LENGTH } from "../db/columns.ts";
import { LocalDate } from "../schema/local-date.ts";
import { EpisodeType, LoggedBy, Symptom, TriggerCategory } from "./episode.enums.ts";

@ObjectType({
  description:
    "A symptom episode between sessions, written up as a panic diary or thought record: what happened, how strong, how long, and the thoughts and feelings before, during and after.",
})
@Entity()
@Index(["clientId", "occurredAt"])
@Index(["clientId", "weekStart"])
@Index(["clientId", "monthStart"])
export class SymptomEpisode {
  @Field(() => ID, { description: "The episode's id." })
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => ID, { description: "The client it happened to." })
  @Column("integer")
  clientId!: number;

  @ManyToOne(() => Client, { onDelete: "CASCADE" })
  @JoinColumn({ name: "client_id" })
  client?: Client;

  @Field(() => Date, { description: "When it began (UTC)." })
  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant })
  occurredAt!: Date;

  @Field(() => LocalDate, { description: "Local date it happened on (clinic timezone)." })
  @Column("varchar", { length: LOCAL_DATE_LENGTH })
  localDate!: string;

  @Column("varchar", { length: LOCAL_DATE_LENGTH })
  weekStart!: string;

  @Column("varchar", { length: LOCAL_DATE_LENGTH })
  monthStart!: string;

  @Field(() => Symptom, { description: "The main symptom." })
  @Column("varchar", { length: 24 })
  symptom!: Symptom;

  @Field(() => Int, { description: "Peak intensity, 0 (none) to 10 (the worst imaginable)." })
  @Column("smallint")
  peakIntensity!: number;

  @Field(() => Int, { description: "How long it lasted, in minutes." })
  @Column("integer")
  durationMinutes!: number;

  @Field(() => EpisodeType, {
    description: "Whether it came out of the blue, was anticipated, or was set off by a situation.",
  })
  @Column("varchar", { length: 16 })
  episodeType!: EpisodeType;

  @Field(() => TriggerCategory, { description: "What set it off." })
  @Column("varchar", { length: 24 })
  triggerCategory!: TriggerCategory;

  @Field(() => String, { nullable: true, description: "The situation: where, with whom, what was happening." })
  @Column("varchar", { length: 2000, nullable: true })
  situation!: string | null;

  @Field(() => String, { nullable: true, description: "What went through the client's mind before it." })
  @Column("varchar", { length: 2000, nullable: true })
  thoughtsBefore!: string | null;
  @Field(() => String, { nullable: true, description: "How the client felt before it." })
  @Column("varchar", { length: 2000, nullable: true })
  feelingsBefore!: string | null;
  @Field(() => String, { nullable: true, description: "What went through the client's mind during it." })
  @Column("varchar", { length: 2000, nullable: true })
  thoughtsDuring!: string | null;
  @Field(() => String, { nullable: true, description: "How the client felt during it." })
  @Column("varchar", { length: 2000, nullable: true })
  feelingsDuring!: string | null;
  @Field(() => String, { nullable: true, description: "What went through the client's mind afterwards." })
  @Column("varchar", { length: 2000, nullable: true })
  thoughtsAfter!: string | null;
  @Field(() => String, { nullable: true, description: "How the client felt afterwards." })
  @Column("varchar", { length: 2000, nullable: true })
  feelingsAfter!: string | null;

  @Field(() => String, { nullable: true, description: "What the client did." })
  @Column("varchar", { length: 2000, nullable: true })
  whatIDid!: string | null;

  @Field(() => String, { nullable: true, description: "What the client wishes they had done." })
  @Column("varchar", { length: 2000, nullable: true })
  wishIHadDone!: string | null;

  @Field(() => Technique, { nullable: true, description: "The technique the client used to cope, if any." })
  @Column("varchar", { length: 32, nullable: true })
  copingTechnique!: Technique | null;

  @Field(() => LoggedBy, { description: "Who logged it: the client, or their therapist." })
  @Column("varchar", { length: 16 })
  loggedBy!: LoggedBy;

  @Column("integer")
  loggedByUserId!: number;

  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant })
  createdAt!: Date;
}
