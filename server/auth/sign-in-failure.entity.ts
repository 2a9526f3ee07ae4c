import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { INSTANT_LENGTH, isoInstant } from "../db/columns.ts";

/**
 * A failed sign-in, counted per submitted email and per source address for throttling. Keyed by what was typed,
 * not by user, so an unknown email is throttled exactly like a known one.
 */
@Entity()
@Index(["key", "at"])
export class SignInFailure {
  @PrimaryGeneratedColumn()
  id!: number;

  /** "account:<email as typed, lower-cased>" or "address:<ip>". */
  @Column("varchar", { length: 320 })
  key!: string;

  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant })
  at!: Date;
}
