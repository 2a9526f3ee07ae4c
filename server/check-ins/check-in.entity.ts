import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { Client } from "../clients/client.entity.ts";
import { INSTANT_LENGTH, isoInstant, LOCAL_DATE_LENGTH } from "../db/columns.ts";
import { LocalDate } from "../schema/local-date.ts";
import { RatingColumns } from "../sessions/rating-columns.ts";

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
export class CheckIn extends RatingColumns {
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

  @Field(() => String, { nullable: true, description: "The client's own words about the week." })
  @Column("varchar", { length: WEEK_WORDS_MAX, nullable: true })
  weekWords!: string | null;

  @Field(() => Boolean, { name: "notSafeNow", description: 'The client answered "I am not safe right now".' })
  @Column("boolean", { default: false })
  notSafe!: boolean;

  @Field(() => ID, { nullable: true, description: "The session that adopted it as its ratings; null until then." })
  @Column("integer", { nullable: true })
  sessionId!: number | null;
}
