import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Client } from "../clients/client.entity.ts";
import { INSTANT_LENGTH, isoInstant } from "../db/columns.ts";
import { RiskAction } from "./check-in.enums.ts";

export const RISK_NOTE_MAX = 1000;

/**
 * A check-in that met a safety rule, raised the moment it was sent so that it does not wait for anyone to open the
 * client's page. It stays open, at the top of the therapist's caseload, until the therapist acknowledges it with
 * the action taken. The acknowledgement is the one change the row ever takes (a database trigger refuses others).
 */
@ObjectType({ description: "A safety alert raised by a client's check-in, and its acknowledgement." })
@Entity()
@Index(["clientId", "raisedAt"])
export class RiskAlert {
  @Field(() => ID, { description: "The alert's id." })
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => ID, { description: "The client whose check-in raised it." })
  @Column("integer")
  clientId!: number;

  @ManyToOne(() => Client, { onDelete: "CASCADE" })
  @JoinColumn({ name: "client_id" })
  client?: Client;

  @Field(() => ID, { description: "The check-in that raised it." })
  @Column("integer")
  checkInId!: number;

  @Field(() => [String], {
    description:
      "Each rule that fired, named as the other alerts name rules: 'PHQ9_ITEM9_RISK_ABOVE = 0', or 'CLIENT_NOT_SAFE' for the client's answer \"I am not safe right now\".",
  })
  @Column("simple-json")
  rules!: string[];

  @Field(() => Date, { description: "When it was raised (UTC)." })
  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant })
  raisedAt!: Date;

  @Field(() => Date, { nullable: true, description: "When the therapist acknowledged it; null while open." })
  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant, nullable: true })
  acknowledgedAt!: Date | null;

  /** The user who acknowledged it. */
  @Column("integer", { nullable: true })
  acknowledgedById!: number | null;

  @Field(() => RiskAction, { nullable: true, description: "What was done; null while open." })
  @Column("varchar", { length: 32, nullable: true })
  action!: RiskAction | null;

  @Field(() => String, { nullable: true, description: "The therapist's note on what was done." })
  @Column("varchar", { length: RISK_NOTE_MAX, nullable: true })
  note!: string | null;

  @Field(() => Boolean, { description: "Whether the therapist has acknowledged it." })
  get acknowledged(): boolean {
    return this.acknowledgedAt != null;
  }
}
