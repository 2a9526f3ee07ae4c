import { registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { User } from "../auth/user.entity.ts";
import { INSTANT_LENGTH, isoInstant } from "../db/columns.ts";

export enum InvitationPurpose {
  INVITE = "INVITE",
  PASSWORD_RESET = "PASSWORD_RESET",
}

registerEnumType(InvitationPurpose, {
  name: "InvitationPurpose",
  description: "Why an invitation address was issued.",
  valuesConfig: {
    INVITE: { description: "A new account: its owner sets their first password." },
    PASSWORD_RESET: {
      description: "An existing account: its owner sets a new password; the old one works until then.",
    },
  },
});

/**
 * A one-time address for setting a password: single use, valid for `INVITATION_HOURS`, and void once a newer one is
 * issued for the same account. As with sign-in sessions, only the SHA-256 of the random token is stored, so a copy
 * of the database hands out no working invitation.
 */
@Entity("invitation")
export class InvitationToken {
  @PrimaryGeneratedColumn()
  id!: number;

  /** hex SHA-256 of the token in the address */
  @Index({ unique: true })
  @Column("varchar", { length: 64 })
  tokenHash!: string;

  @Index()
  @Column("integer")
  userId!: number;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Column("varchar", { length: 16 })
  purpose!: InvitationPurpose;

  /** Who issued it; null for the operator's command line. */
  @Column("integer", { nullable: true })
  issuedByUserId!: number | null;

  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant })
  createdAt!: Date;

  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant })
  expiresAt!: Date;

  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant, nullable: true })
  usedAt!: Date | null;

  /** Set when a newer invitation for the same account is issued, or the account is deactivated. */
  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant, nullable: true })
  voidedAt!: Date | null;
}
