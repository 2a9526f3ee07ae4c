import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { INSTANT_LENGTH, isoInstant } from "../db/columns.ts";
import { User } from "./user.entity.ts";

/** A single-use recovery code for two-factor sign-in; only the SHA-256 of the (80-bit random) code is stored. */
@Entity()
export class RecoveryCode {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column("integer")
  userId!: number;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Index({ unique: true })
  @Column("varchar", { length: 64 })
  codeHash!: string;

  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant, nullable: true })
  usedAt!: Date | null;
}
