import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Client } from "../clients/client.entity.ts";
import { Technique } from "../common/technique.ts";
import { INSTANT_LENGTH, isoInstant, LOCAL_DATE_LENGTH } from "../db/columns.ts";
import { LocalDate } from "../schema/local-date.ts";
import { EpisodeType, LoggedBy, Symptom, TriggerCategory } from "./episode.enums.ts";

/**
 * A symptom episode between sessions, recorded as a panic diary / thought record: what happened, how strong,
 * how long, and the thoughts and feelings before, during and after.
 */
@ObjectType()
@Entity()
@Index(["clientId", "occurredAt"])
@Index(["clientId", "weekStart"])
@Index(["clientId", "monthStart"])
export class SymptomEpisode {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => ID)
  @Column("integer")
  clientId!: number;

  @ManyToOne(() => Client, { onDelete: "CASCADE" })
  @JoinColumn({ name: "client_id" })
  client?: Client;

  @Field(() => Date)
  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant })
  occurredAt!: Date;

  @Field(() => LocalDate)
  @Column("varchar", { length: LOCAL_DATE_LENGTH })
  localDate!: string;

  @Column("varchar", { length: LOCAL_DATE_LENGTH })
  weekStart!: string;

  @Column("varchar", { length: LOCAL_DATE_LENGTH })
  monthStart!: string;

  @Field(() => Symptom)
  @Column("varchar", { length: 24 })
  symptom!: Symptom;

  @Field(() => Int, { description: "Peak intensity 0–10." })
  @Column("smallint")
  peakIntensity!: number;

  @Field(() => Int)
  @Column("integer")
  durationMinutes!: number;

  @Field(() => EpisodeType)
  @Column("varchar", { length: 16 })
  episodeType!: EpisodeType;

  @Field(() => TriggerCategory)
  @Column("varchar", { length: 24 })
  triggerCategory!: TriggerCategory;

  @Field(() => String, { nullable: true, description: "The situation: where, with whom, what was happening." })
  @Column("varchar", { length: 2000, nullable: true })
  situation!: string | null;

  @Field(() => String, { nullable: true }) @Column("varchar", { length: 2000, nullable: true }) thoughtsBefore!:
    string | null;
  @Field(() => String, { nullable: true }) @Column("varchar", { length: 2000, nullable: true }) feelingsBefore!:
    string | null;
  @Field(() => String, { nullable: true }) @Column("varchar", { length: 2000, nullable: true }) thoughtsDuring!:
    string | null;
  @Field(() => String, { nullable: true }) @Column("varchar", { length: 2000, nullable: true }) feelingsDuring!:
    string | null;
  @Field(() => String, { nullable: true }) @Column("varchar", { length: 2000, nullable: true }) thoughtsAfter!:
    string | null;
  @Field(() => String, { nullable: true }) @Column("varchar", { length: 2000, nullable: true }) feelingsAfter!:
    string | null;

  @Field(() => String, { nullable: true, description: "What the client did." })
  @Column("varchar", { length: 2000, nullable: true })
  whatIDid!: string | null;

  @Field(() => String, { nullable: true, description: "What the client wishes they had done." })
  @Column("varchar", { length: 2000, nullable: true })
  wishIHadDone!: string | null;

  @Field(() => Technique, { nullable: true })
  @Column("varchar", { length: 32, nullable: true })
  copingTechnique!: Technique | null;

  @Field(() => LoggedBy)
  @Column("varchar", { length: 16 })
  loggedBy!: LoggedBy;

  @Column("integer")
  loggedByUserId!: number;

  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant })
  createdAt!: Date;
}
