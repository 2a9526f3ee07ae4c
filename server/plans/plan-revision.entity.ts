import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { User } from "../auth/user.entity.ts";
import { Client } from "../clients/client.entity.ts";
import { Technique } from "../common/technique.ts";
import { INSTANT_LENGTH, isoInstant, LOCAL_DATE_LENGTH } from "../db/columns.ts";
import { LocalDate } from "../schema/local-date.ts";
import { TreatmentPlan } from "./treatment-plan.entity.ts";

@ObjectType({ description: "A dated version of a client's treatment plan." })
@Entity()
@Index(["clientId", "version"], { unique: true })
export class PlanRevision {
  @Field(() => ID, { description: "The revision's id." })
  @PrimaryGeneratedColumn()
  id!: number;

  @Column("integer")
  planId!: number;

  @ManyToOne(() => TreatmentPlan, { onDelete: "CASCADE" })
  @JoinColumn({ name: "plan_id" })
  plan?: TreatmentPlan;

  @Field(() => ID, { description: "The client whose plan it is." })
  @Column("integer")
  clientId!: number;

  @ManyToOne(() => Client, { onDelete: "CASCADE" })
  @JoinColumn({ name: "client_id" })
  client?: Client;

  @Field(() => Int, { description: "Version number: 1 for the first plan, then one more for each revision." })
  @Column("integer")
  version!: number;

  @Field(() => Date, { description: "When it took effect (UTC)." })
  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant })
  effectiveFrom!: Date;

  @Field(() => LocalDate, { description: "Local date the revision took effect (clinic timezone)." })
  @Column("varchar", { length: LOCAL_DATE_LENGTH })
  localDate!: string;

  @Column("varchar", { length: LOCAL_DATE_LENGTH })
  weekStart!: string;

  @Field(() => [String], { description: "The plan's goals." })
  @Column("simple-json")
  goals!: string[];

  @Field(() => [String], { description: 'Measurable targets, e.g. "ORS above 25", "panic at most once a week".' })
  @Column("simple-json")
  targets!: string[];

  @Field(() => [Technique], { description: "The techniques the plan means to use." })
  @Column("simple-json")
  plannedTechniques!: Technique[];

  @Field(() => String, { description: "Why the plan was set or changed." })
  @Column("text")
  rationale!: string;

  @Column("integer")
  authorId!: number;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "author_id" })
  author?: User;

  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant })
  createdAt!: Date;
}
