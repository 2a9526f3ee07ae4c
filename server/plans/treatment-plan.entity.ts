import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Client } from "../clients/client.entity.ts";
import { INSTANT_LENGTH, isoInstant } from "../db/columns.ts";

/** One plan per client; its content lives in numbered, dated revisions. */
@Entity()
export class TreatmentPlan {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index({ unique: true })
  @Column("integer")
  clientId!: number;

  @ManyToOne(() => Client, { onDelete: "CASCADE" })
  @JoinColumn({ name: "client_id" })
  client?: Client;

  @Column("integer", { default: 0 })
  currentVersion!: number;

  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant })
  createdAt!: Date;
}
