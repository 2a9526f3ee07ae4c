import { Field, Float, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { User } from "../auth/user.entity.ts";
import { Clinic } from "../clinics/clinic.entity.ts";
import { LOCAL_DATE_LENGTH, oneDecimal } from "../db/columns.ts";
import { LocalDate } from "../schema/local-date.ts";
import { AgeBand, ClientStatus, ComplaintCategory } from "./client.enums.ts";

@ObjectType({ description: "A person in therapy. Visible only to their therapist and to themselves." })
@Entity()
@Index(["therapistId", "status"])
export class Client {
  @Field(() => ID, { description: "The client's id." })
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => String, { description: "The client's name, as their therapist knows them: personal information." })
  @Column("varchar", { length: 120 })
  displayName!: string;

  @Field(() => ID, { description: "The id of the client's therapist." })
  @Column("integer")
  therapistId!: number;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "therapist_id" })
  therapist?: User;

  @Index()
  @Column("integer")
  clinicId!: number;

  @ManyToOne(() => Clinic, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "clinic_id" })
  clinic?: Clinic;

  @Field(() => LocalDate, { description: "Local date of intake (YYYY-MM-DD, clinic timezone)." })
  @Column("varchar", { length: LOCAL_DATE_LENGTH })
  intakeDate!: string;

  @Field(() => ComplaintCategory, { description: "Chief complaint at intake." })
  @Column("varchar", { length: 24 })
  complaint!: ComplaintCategory;

  @Field(() => AgeBand, { description: "Age band, in years." })
  @Column("varchar", { length: 16 })
  ageBand!: AgeBand;

  @Field(() => ClientStatus, { description: "In treatment, discharged, or dropped out." })
  @Column("varchar", { length: 16, default: ClientStatus.ACTIVE })
  status!: ClientStatus;

  @Field(() => LocalDate, {
    nullable: true,
    description: "Local date the case was closed (discharged or dropped out; clinic timezone); null while active.",
  })
  @Column("varchar", { length: LOCAL_DATE_LENGTH, nullable: true })
  closedOn!: string | null;

  /** The client's own sign-in, when they have one. */
  @Index({ unique: true, where: "user_id IS NOT NULL" })
  @Column("integer", { nullable: true })
  userId!: number | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn({ name: "user_id" })
  user?: User | null;

  /**
   * ORS total of the first ORS-rated session, kept up to date in the session write transaction. It selects the
   * intake band for the expected-response curve without a correlated subquery per client.
   */
  @Field(() => Float, {
    nullable: true,
    description:
      "ORS total at the first ORS-rated session, 0–40 (higher is better); null before the first. It chooses the expected-response curve the client is compared with.",
  })
  @Column("real", { nullable: true, transformer: oneDecimal })
  baselineOrs!: number | null;

  /**
   * Bumped by database triggers whenever one of this client's sessions, homework items, episodes or plan revisions
   * is written; figures derived from the client's rows are cached against it.
   */
  @Column("integer", { default: 0 })
  dataRevision!: number;

  /**
   * A random number in [0, 2^31) for the cell-key perturbation of anonymised metrics (supervision/perturbation.ts),
   * drawn by a database trigger when a client is written without one; only the demo brings its own, from its seed.
   * It is never selected with the entity and has no GraphQL field: whoever knew the keys could undo the
   * perturbation.
   */
  @Column({ type: "integer", nullable: true, select: false, update: false })
  recordKey?: number | null;
}
