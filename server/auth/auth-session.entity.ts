import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { INSTANT_LENGTH, isoInstant } from "../db/columns.ts";
import type { SignInStep } from "./sign-in-step.ts";
import { User } from "./user.entity.ts";

/**
 * A server-side sign-in session. The cookie carries a random token; only its SHA-256 is stored, so a copy of the
 * database does not hand out live sessions. Revocable by setting `revokedAt`.
 */
@Entity()
export class AuthSession {
  /** hex SHA-256 of the cookie token */
  @PrimaryColumn("varchar", { length: 64 })
  tokenHash!: string;

  @Index()
  @Column("integer")
  userId!: number;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant })
  createdAt!: Date;

  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant })
  lastSeenAt!: Date;

  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant })
  expiresAt!: Date;

  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant, nullable: true })
  revokedAt!: Date | null;

  @Column("varchar", { length: 64, nullable: true })
  sourceAddress!: string | null;

  /** Set while the session has passed the password but not yet the second factor (auth/second-factor.ts). */
  @Column("varchar", { length: 24, nullable: true })
  pendingStep!: SignInStep | null;
}
