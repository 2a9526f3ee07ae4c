import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { Client } from "../clients/client.entity.ts";
import { INSTANT_LENGTH, isoInstant, LOCAL_DATE_LENGTH, oneDecimal } from "../db/columns.ts";
import { LocalDate } from "../schema/local-date.ts";
import { OrsItems } from "../sessions/session.entity.ts";

export const WEEK_WORDS_MAX = 500;
export const WINDOW_KEY_LENGTH = 32;

/**
 * What a client reported themself between sessions: the ORS, "how was your week" in a number and in their own
 * words, PHQ-9 and GAD-7, and whether they feel safe right now. One per window (the time before the next session,
 * or a week): the unique key makes a second one for the same window impossible, even when two are sent at once.
 * A session may adopt it as its ratings (`sessionId`); it is never changed otherwise.
 */
@ObjectType("CheckIn", { description: "A check-in: the measures a client reported themself between sessions." })
@Entity()
@Unique(["clientId", "windowKey"])
@Index(["clientId", "submittedAt"])
export class CheckIn {
  @Field(() => ID, { description: "The check-in's id." })
  @PrimaryGeneratedColumn()
  id!: number;

  @Column("integer")
  clientId!: number;

  @ManyToOne(() => Client, { onDelete: "CASCADE" })
  @JoinColumn({ name: "client_id" })
  client?: Client;

  /** `S:<latest attended session id, or 0>` before each session, `W:<Monday>` weekly (see windows.ts). */
  @Column("varchar", { length: WINDOW_KEY_LENGTH })
  windowKey!: string;

  @Field(() => Date, { description: "When the client sent it (UTC)." })
  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant })
  submittedAt!: Date;

  @Field(() => LocalDate, { description: "Local date it was sent (clinic timezone)." })
  @Column("varchar", { length: LOCAL_DATE_LENGTH })
  localDate!: string;

  @Field(() => Int, { nullable: true, description: '"How was your week?" 0–10; null when not asked.' })
  @Column("integer", { nullable: true })
  weekRating!: number | null;

  @Field(() => String, { nullable: true, description: "The client's own words about the week." })
  @Column("varchar", { length: WEEK_WORDS_MAX, nullable: true })
  weekWords!: string | null;

  @Column("real", { nullable: true, transformer: oneDecimal }) orsIndividual!: number | null;
  @Column("real", { nullable: true, transformer: oneDecimal }) orsInterpersonal!: number | null;
  @Column("real", { nullable: true, transformer: oneDecimal }) orsSocial!: number | null;
  @Column("real", { nullable: true, transformer: oneDecimal }) orsOverall!: number | null;
  @Field(() => Float, { nullable: true, description: "ORS total, 0–40, higher is better; null when not asked." })
  @Column("real", { nullable: true, transformer: oneDecimal })
  orsTotal!: number | null;

  @Column("smallint", { nullable: true }) phq9Q1!: number | null;
  @Column("smallint", { nullable: true }) phq9Q2!: number | null;
  @Column("smallint", { nullable: true }) phq9Q3!: number | null;
  @Column("smallint", { nullable: true }) phq9Q4!: number | null;
  @Column("smallint", { nullable: true }) phq9Q5!: number | null;
  @Column("smallint", { nullable: true }) phq9Q6!: number | null;
  @Column("smallint", { nullable: true }) phq9Q7!: number | null;
  @Column("smallint", { nullable: true }) phq9Q8!: number | null;
  @Column("smallint", { nullable: true }) phq9Q9!: number | null;
  @Field(() => Int, { nullable: true, description: "PHQ-9 total, 0–27, lower is better; null when not asked." })
  @Column("smallint", { nullable: true })
  phq9Total!: number | null;

  @Column("smallint", { nullable: true }) gad7Q1!: number | null;
  @Column("smallint", { nullable: true }) gad7Q2!: number | null;
  @Column("smallint", { nullable: true }) gad7Q3!: number | null;
  @Column("smallint", { nullable: true }) gad7Q4!: number | null;
  @Column("smallint", { nullable: true }) gad7Q5!: number | null;
  @Column("smallint", { nullable: true }) gad7Q6!: number | null;
  @Column("smallint", { nullable: true }) gad7Q7!: number | null;
  @Field(() => Int, { nullable: true, description: "GAD-7 total, 0–21, lower is better; null when not asked." })
  @Column("smallint", { nullable: true })
  gad7Total!: number | null;

  @Field(() => Boolean, { name: "notSafeNow", description: 'The client answered "I am not safe right now".' })
  @Column("boolean", { default: false })
  notSafe!: boolean;

  @Field(() => ID, { nullable: true, description: "The session that adopted it as its ratings; null until then." })
  @Column("integer", { nullable: true })
  sessionId!: number | null;

  @Field(() => OrsItems, { nullable: true, description: "ORS items; null when not asked." })
  get ors(): OrsItems | null {
    if (this.orsTotal == null) return null;
    return {
      individual: this.orsIndividual!,
      interpersonal: this.orsInterpersonal!,
      social: this.orsSocial!,
      overall: this.orsOverall!,
    };
  }

  @Field(() => [Int], { nullable: true, description: "PHQ-9 items 1–9, each 0–3; null when not asked." })
  get phq9Items(): number[] | null {
    if (this.phq9Total == null) return null;
    return Array.from({ length: 9 }, (_, i) => this[`phq9Q${i + 1}` as keyof this] as number);
  }

  @Field(() => [Int], { nullable: true, description: "GAD-7 items 1–7, each 0–3; null when not asked." })
  get gad7Items(): number[] | null {
    if (this.gad7Total == null) return null;
    return Array.from({ length: 7 }, (_, i) => this[`gad7Q${i + 1}` as keyof this] as number);
  }
}
