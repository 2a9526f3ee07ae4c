import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { INSTANT_LENGTH, isoInstant } from "../db/columns.ts";
import type { RecordType } from "./correction.enums.ts";
import type { RecordValues } from "./record-values.ts";

/**
 * A correction of a session or an episode: the record as it was and as it became, who changed it, when and why.
 * The record itself is updated in place (the figures follow it); this table keeps what it said before. Append-only,
 * like the audit log: the services have no update or delete path, and database triggers refuse both. No foreign
 * keys, so that nothing cascades into it.
 */
@Entity()
@Index(["recordType", "recordId"])
@Index(["clientId", "correctedAt"])
export class RecordCorrection {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column("integer")
  clientId!: number;

  @Column("varchar", { length: 16 })
  recordType!: RecordType;

  @Column("integer")
  recordId!: number;

  /** The user who made the correction. */
  @Column("integer")
  correctedBy!: number;

  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant })
  correctedAt!: Date;

  @Column("varchar", { length: 500 })
  reason!: string;

  /** The record's values before the correction, by their stable keys (record-values.ts). */
  @Column("simple-json")
  before!: RecordValues;

  @Column("simple-json")
  after!: RecordValues;
}
