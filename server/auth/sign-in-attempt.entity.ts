import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { INSTANT_LENGTH, isoInstant } from "../db/columns.ts";

/**
 * A password check, reserved before the password is hashed so that parallel attempts count against the limits at
 * once. It stays as a failure when the password was wrong, and is removed when the sign-in succeeds. Keyed by the
 * email as typed, not by user, so an unknown email is throttled exactly like a known one.
 */
@Entity()
@Index(["account", "at"])
@Index(["address", "at"])
@Index(["at"])
export class SignInAttempt {
  @PrimaryGeneratedColumn()
  id!: number;

  /** The email as typed, trimmed and lower-cased. */
  @Column("varchar", { length: 254 })
  account!: string;

  /** The source address, or its /64 network for IPv6 (`throttleAddress`). */
  @Column("varchar", { length: 64 })
  address!: string;

  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant })
  at!: Date;

  /** False while the password is being checked. */
  @Column("boolean", { default: false })
  failed!: boolean;
}
