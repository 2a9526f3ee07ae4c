import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Client } from "../clients/client.entity.ts";
import { INSTANT_LENGTH, isoInstant, LOCAL_DATE_LENGTH } from "../db/columns.ts";
import { LocalDate } from "../schema/local-date.ts";
import { TherapySession } from "../sessions/session.entity.ts";
import { AssignedBy, HomeworkStatus, HomeworkType } from "./homework.enums.ts";

/** Homework is bucketed by the week it was due: that is the week whose practice it measures. */
@ObjectType({
  description:
    "Practice between sessions, set by the therapist or by the client for themself. Counted in the week it is due.",
})
@Entity()
@Index(["clientId", "dueWeekStart"])
@Index(["clientId", "dueMonthStart"])
export class Homework {
  @Field(() => ID, { description: "The homework item's id." })
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => ID, { description: "The client it is for." })
  @Column("integer")
  clientId!: number;

  @ManyToOne(() => Client, { onDelete: "CASCADE" })
  @JoinColumn({ name: "client_id" })
  client?: Client;

  @Field(() => ID, {
    nullable: true,
    description: "The session it was set in; null when it was set outside a session.",
  })
  @Column("integer", { nullable: true })
  assignedInSessionId!: number | null;

  @ManyToOne(() => TherapySession, { onDelete: "SET NULL" })
  @JoinColumn({ name: "assigned_in_session_id" })
  assignedInSession?: TherapySession | null;

  @Field(() => Date, { description: "When it was set (UTC)." })
  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant })
  assignedAt!: Date;

  @Field(() => LocalDate, { description: "Local due date (YYYY-MM-DD, clinic timezone)." })
  @Column("varchar", { length: LOCAL_DATE_LENGTH })
  dueDate!: string;

  @Column("varchar", { length: LOCAL_DATE_LENGTH })
  dueWeekStart!: string;

  @Column("varchar", { length: LOCAL_DATE_LENGTH })
  dueMonthStart!: string;

  @Field(() => HomeworkType, { description: "The kind of practice." })
  @Column("varchar", { length: 32 })
  type!: HomeworkType;

  @Field(() => String, { description: "What to do, as it was set." })
  @Column("varchar", { length: 1000 })
  description!: string;

  @Field(() => AssignedBy, { description: "Who set it." })
  @Column("varchar", { length: 16 })
  assignedBy!: AssignedBy;

  @Field(() => HomeworkStatus, { description: "How far it was done; ASSIGNED until it is reviewed." })
  @Column("varchar", { length: 16, default: HomeworkStatus.ASSIGNED })
  status!: HomeworkStatus;

  @Field(() => ID, { nullable: true, description: "The session in which the homework was reviewed." })
  @Column("integer", { nullable: true })
  reviewedInSessionId!: number | null;

  @ManyToOne(() => TherapySession, { onDelete: "SET NULL" })
  @JoinColumn({ name: "reviewed_in_session_id" })
  reviewedInSession?: TherapySession | null;

  @Field(() => Int, {
    nullable: true,
    description: "How helpful the client found it, 0 (not at all) to 10 (very); null until rated.",
  })
  @Column("smallint", { nullable: true })
  helpfulness!: number | null;

  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant })
  updatedAt!: Date;
}
