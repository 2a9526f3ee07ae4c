import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { INSTANT_LENGTH, isoInstant } from "../db/columns.ts";

export enum AuditAction {
  SIGN_IN = "SIGN_IN",
  SIGN_IN_FAILED = "SIGN_IN_FAILED",
  SIGN_OUT = "SIGN_OUT",
  READ_CLIENT = "READ_CLIENT",
  READ_PROGRESS = "READ_PROGRESS",
  READ_CASELOAD = "READ_CASELOAD",
  READ_HOMEWORK = "READ_HOMEWORK",
  RECORD_SESSION = "RECORD_SESSION",
  LOG_EPISODE = "LOG_EPISODE",
  ASSIGN_HOMEWORK = "ASSIGN_HOMEWORK",
  UPDATE_HOMEWORK = "UPDATE_HOMEWORK",
  REVISE_PLAN = "REVISE_PLAN",
  EXPORT_FHIR = "EXPORT_FHIR",
  IMPORT_FHIR = "IMPORT_FHIR",
  CLIENT_ADMITTED = "CLIENT_ADMITTED",
  CLIENT_UPDATED = "CLIENT_UPDATED",
  CASE_CLOSED = "CASE_CLOSED",
  CASE_REOPENED = "CASE_REOPENED",
  CLIENT_TRANSFERRED = "CLIENT_TRANSFERRED",
}

/**
 * Who touched which person's health information, when and from where (PHIPA / HIPAA 164.312(b) audit controls).
 * Append-only: the services have no update or delete path, and database triggers refuse both.
 */
@Entity()
@Index(["clientId", "at"])
export class AuditEvent {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column("integer", { nullable: true })
  actorUserId!: number | null;

  @Column("varchar", { length: 32 })
  action!: AuditAction;

  @Column("integer", { nullable: true })
  clientId!: number | null;

  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant })
  at!: Date;

  @Column("varchar", { length: 64, nullable: true })
  sourceAddress!: string | null;
}
