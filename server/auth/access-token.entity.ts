import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { INSTANT_LENGTH, isoInstant } from "../db/columns.ts";
import { User } from "./user.entity.ts";

/**
 * A personal access token for scripts: `Authorization: Bearer fu_…` acts as its owner. Only the SHA-256 of the token
 * is stored; the token itself is shown once, when it is created.
 */
@ObjectType({ description: "A personal access token for scripts; the token itself is shown only when created." })
@Entity()
export class AccessToken {
  @Field(() => ID, { description: "The token's id (not the token)." })
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column("integer")
  userId!: number;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Field(() => String, { description: "What the token is for, as its owner named it." })
  @Column("varchar", { length: 100 })
  name!: string;

  /** hex SHA-256 of the token */
  @Index({ unique: true })
  @Column("varchar", { length: 64 })
  tokenHash!: string;

  @Field(() => Date, { description: "When it was created." })
  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant })
  createdAt!: Date;

  @Field(() => Date, { description: "When it stops working." })
  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant })
  expiresAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: "When it was last used (to the minute); null when never.",
  })
  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant, nullable: true })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: "When it was revoked; null while it has not been." })
  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant, nullable: true })
  revokedAt!: Date | null;
}
