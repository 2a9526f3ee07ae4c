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
  READ_SESSIONS = "READ_SESSIONS",
  READ_EPISODES = "READ_EPISODES",
  RECORD_SESSION = "RECORD_SESSION",
  LOG_EPISODE = "LOG_EPISODE",
  /** A therapist corrected a recorded session; what it said before is kept in record_correction. */
  SESSION_CORRECTED = "SESSION_CORRECTED",
  EPISODE_CORRECTED = "EPISODE_CORRECTED",
  ASSIGN_HOMEWORK = "ASSIGN_HOMEWORK",
  UPDATE_HOMEWORK = "UPDATE_HOMEWORK",
  REVISE_PLAN = "REVISE_PLAN",
  EXPORT_FHIR = "EXPORT_FHIR",
  IMPORT_FHIR = "IMPORT_FHIR",
  TWO_FACTOR_ENABLED = "TWO_FACTOR_ENABLED",
  TWO_FACTOR_USED = "TWO_FACTOR_USED",
  RECOVERY_CODE_USED = "RECOVERY_CODE_USED",
  SECOND_FACTOR_FAILED = "SECOND_FACTOR_FAILED",
  ACCESS_TOKEN_CREATED = "ACCESS_TOKEN_CREATED",
  /** The first request with a token on a (UTC) day. */
  ACCESS_TOKEN_USED = "ACCESS_TOKEN_USED",
  ACCESS_TOKEN_REVOKED = "ACCESS_TOKEN_REVOKED",
  SESSION_ENDED = "SESSION_ENDED",
  /** An admin (or the operator) invited a staff member; no client id. */
  STAFF_INVITED = "STAFF_INVITED",
  /** A therapist sent their client the address for setting a password; listed in the client's access log. */
  CLIENT_INVITED = "CLIENT_INVITED",
  /** Someone set their password through an invitation or reset address (and was signed in). */
  INVITATION_ACCEPTED = "INVITATION_ACCEPTED",
  PASSWORD_CHANGED = "PASSWORD_CHANGED",
  /** An admin (or the operator) issued a password-reset address for a staff member. */
  PASSWORD_RESET = "PASSWORD_RESET",
  STAFF_DEACTIVATED = "STAFF_DEACTIVATED",
  /** The operator created a clinic and its first admin. */
  CLINIC_CREATED = "CLINIC_CREATED",
  /** The operator listed a clinic's staff. */
  STAFF_LISTED = "STAFF_LISTED",
  CLIENT_ADMITTED = "CLIENT_ADMITTED",
  CLIENT_UPDATED = "CLIENT_UPDATED",
  CASE_CLOSED = "CASE_CLOSED",
  CASE_REOPENED = "CASE_REOPENED",
  CLIENT_TRANSFERRED = "CLIENT_TRANSFERRED",
  /** A therapist set which measures a client reports themself, and when. */
  MEASUREMENT_PLAN_SET = "MEASUREMENT_PLAN_SET",
  /** A client sent a check-in. */
  CHECK_IN_SUBMITTED = "CHECK_IN_SUBMITTED",
  /** A session took a client's check-in as its ratings. */
  CHECK_IN_ADOPTED = "CHECK_IN_ADOPTED",
  READ_CHECK_INS = "READ_CHECK_INS",
  /** A check-in met a safety rule and raised a risk alert for the therapist. */
  RISK_ALERT_RAISED = "RISK_ALERT_RAISED",
  /** The clinic's crisis resources were shown to the client, at once, after such a check-in. */
  CRISIS_RESOURCES_SHOWN = "CRISIS_RESOURCES_SHOWN",
  /** A therapist acknowledged a risk alert with the action taken. */
  RISK_ALERT_ACKNOWLEDGED = "RISK_ALERT_ACKNOWLEDGED",
  /** A client rated an attended session (SRS) within 48 hours of it. */
  SESSION_FEEDBACK_SUBMITTED = "SESSION_FEEDBACK_SUBMITTED",
  /** An admin set the clinic's crisis resources; no client id. */
  CRISIS_RESOURCES_SET = "CRISIS_RESOURCES_SET",
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
