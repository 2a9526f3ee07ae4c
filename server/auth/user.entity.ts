import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Clinic } from "../clinics/clinic.entity.ts";
import { INSTANT_LENGTH, isoInstant } from "../db/columns.ts";
import { Role } from "./role.ts";

@ObjectType({ description: "A person who signs in: therapist, client, supervisor or admin." })
@Entity()
export class User {
  @Field(() => ID, { description: "The person's account id." })
  @PrimaryGeneratedColumn()
  id!: number;

  /** Stored lower-case; unique. */
  @Field(() => String, { description: "Sign-in email address, stored in lower case; unique." })
  @Index({ unique: true })
  @Column("varchar", { length: 254 })
  email!: string;

  @Field(() => String, { description: "Name shown in the dashboard." })
  @Column("varchar", { length: 120 })
  displayName!: string;

  @Field(() => Role, { description: "What the person may see and do." })
  @Column("varchar", { length: 16 })
  role!: Role;

  /** scrypt hash with its parameters, or NO_PASSWORD until one is set; never leaves the server (no @Field). */
  @Column("varchar", { length: 255 })
  passwordHash!: string;

  @Index()
  @Column("integer")
  clinicId!: number;

  /** Set when an admin deactivates the account: it can no longer sign in, and its sessions and tokens end. */
  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant, nullable: true })
  deactivatedAt!: Date | null;

  @ManyToOne(() => Clinic, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "clinic_id" })
  clinic?: Clinic;
}
