import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from "typeorm";
import { INSTANT_LENGTH, isoInstant } from "../db/columns.ts";
import { User } from "./user.entity.ts";

/**
 * A person's TOTP secret (RFC 6238). Shown once, while enrolling; never returned after enrolment is confirmed.
 * Two-factor sign-in is on once `confirmedAt` is set.
 */
@Entity()
export class TotpCredential {
  @PrimaryColumn("integer")
  userId!: number;

  @OneToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  /** base32, as the authenticator app holds it. */
  @Column("varchar", { length: 128 })
  secret!: string;

  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant })
  createdAt!: Date;

  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant, nullable: true })
  confirmedAt!: Date | null;

  /** The 30-second time step of the last code accepted; a code of this step or an earlier one is a replay. */
  @Column("integer", { nullable: true })
  lastTimeStep!: number | null;
}
