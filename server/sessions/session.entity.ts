import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { User } from "../auth/user.entity.ts";
import { Client } from "../clients/client.entity.ts";
import { Technique } from "../common/technique.ts";
import { INSTANT_LENGTH, isoInstant, LOCAL_DATE_LENGTH, oneDecimal } from "../db/columns.ts";
import { LocalDate } from "../schema/local-date.ts";
import { RatingSource } from "../check-ins/check-in.enums.ts";
import { RatingColumns } from "./rating-columns.ts";
import { Attendance, IssueCategory, SessionKind } from "./session.enums.ts";

@ObjectType({ description: "Session Rating Scale items, 0–10 each (higher is a better alliance)." })
export class SrsItems {
  @Field(() => Float, { description: "Relationship: felt heard, understood and respected, 0–10." })
  relationship!: number;
  @Field(() => Float, { description: "Goals and topics: worked on what the client wanted to work on, 0–10." })
  goalsAndTopics!: number;
  @Field(() => Float, { description: "Approach or method: the therapist's approach was a good fit, 0–10." })
  approachOrMethod!: number;
  @Field(() => Float, { description: "Overall: the session was right for the client, 0–10." }) overall!: number;
}

/**
 * An appointment and what it produced. Each rating block (ORS, SRS, PHQ-9, GAD-7) is all-or-nothing; its total is
 * stored beside its items at write time. Items are columns, not JSON, so SQL can read PHQ-9 item 9 directly.
 */
@ObjectType("Session", {
  description:
    "An appointment and what it produced: attendance, ratings, the priority issue, the techniques used and homework. Each rating block (ORS, SRS, PHQ-9, GAD-7) is given whole or not at all.",
})
@Entity("therapy_session")
@Index(["clientId", "occurredAt"])
@Index(["clientId", "weekStart"])
@Index(["clientId", "monthStart"])
export class TherapySession extends RatingColumns {
  @Field(() => ID, { description: "The session's id." })
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => ID, { description: "The client it was with." })
  @Column("integer")
  clientId!: number;

  @ManyToOne(() => Client, { onDelete: "CASCADE" })
  @JoinColumn({ name: "client_id" })
  client?: Client;

  @Index()
  @Column("integer")
  therapistId!: number;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "therapist_id" })
  therapist?: User;

  @Field(() => Int, {
    nullable: true,
    description: "Ordinal among attended sessions (1 = first); null if not attended.",
  })
  @Column("integer", { nullable: true })
  number!: number | null;

  @Field(() => Date, { description: "When it took place, or was to (UTC)." })
  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant })
  occurredAt!: Date;

  @Field(() => LocalDate, { description: "Local date in the clinic's timezone." })
  @Column("varchar", { length: LOCAL_DATE_LENGTH })
  localDate!: string;

  @Column("varchar", { length: LOCAL_DATE_LENGTH })
  weekStart!: string;

  @Column("varchar", { length: LOCAL_DATE_LENGTH })
  monthStart!: string;

  @Field(() => Attendance, { description: "Whether the client came." })
  @Column("varchar", { length: 16 })
  attendance!: Attendance;

  @Field(() => SessionKind, { description: "What kind of session it was." })
  @Column("varchar", { length: 16 })
  kind!: SessionKind;

  @Column("real", { nullable: true, transformer: oneDecimal }) srsRelationship!: number | null;
  @Column("real", { nullable: true, transformer: oneDecimal }) srsGoalsAndTopics!: number | null;
  @Column("real", { nullable: true, transformer: oneDecimal }) srsApproachOrMethod!: number | null;
  @Column("real", { nullable: true, transformer: oneDecimal }) srsOverall!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: "SRS total, 0–40, higher is a better alliance; null when not rated.",
  })
  @Column("real", { nullable: true, transformer: oneDecimal })
  srsTotal!: number | null;

  @Field(() => IssueCategory, {
    nullable: true,
    description: "The session's priority issue; null when none was chosen.",
  })
  @Column("varchar", { length: 24, nullable: true })
  priorityIssueCategory!: IssueCategory | null;

  @Field(() => String, { nullable: true, description: "The priority issue in a few words." })
  @Column("varchar", { length: 500, nullable: true })
  priorityIssueText!: string | null;

  @Field(() => [Technique], { description: "The techniques used in the session, each once." })
  @Column("simple-json")
  techniquesUsed!: Technique[];

  @Field(() => Boolean, { description: "A crisis was addressed in this session." })
  @Column("boolean", { default: false })
  crisis!: boolean;

  @Field(() => RatingSource, {
    description:
      "Where the week rating, ORS, PHQ-9 and GAD-7 came from: the session, or the client's check-in it adopted.",
  })
  @Column("varchar", { length: 8, default: RatingSource.SESSION })
  ratingsSource!: RatingSource;

  /** Where the SRS came from; SESSION when there is none. Exposed as srsSource, null without an SRS. */
  @Column("varchar", { name: "srs_source", length: 8, default: RatingSource.SESSION })
  srsSourceColumn!: RatingSource;

  @Field(() => ID, { nullable: true, description: "The client's check-in adopted as this session's ratings." })
  @Column("integer", { nullable: true })
  checkInId!: number | null;

  /** Therapist-only; exposed through a field resolver that checks the viewer. */
  @Column("text", { nullable: true })
  privateNotes!: string | null;

  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant })
  createdAt!: Date;

  @Field(() => RatingSource, {
    nullable: true,
    description: "Where the SRS came from: the session, or the client within 48 hours after it; null without an SRS.",
  })
  get srsSource(): RatingSource | null {
    return this.srsTotal == null ? null : this.srsSourceColumn;
  }

  @Field(() => SrsItems, { nullable: true, description: "SRS items; null when not rated." })
  get srs(): SrsItems | null {
    if (this.srsTotal == null) return null;
    return {
      relationship: this.srsRelationship!,
      goalsAndTopics: this.srsGoalsAndTopics!,
      approachOrMethod: this.srsApproachOrMethod!,
      overall: this.srsOverall!,
    };
  }
}
