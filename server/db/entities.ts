import { InvitationToken } from "../accounts/invitation.entity.ts";
import { AuditEvent } from "../audit/audit-event.entity.ts";
import { AccessToken } from "../auth/access-token.entity.ts";
import { AuthSession } from "../auth/auth-session.entity.ts";
import { RecoveryCode } from "../auth/recovery-code.entity.ts";
import { SignInAttempt } from "../auth/sign-in-attempt.entity.ts";
import { TotpCredential } from "../auth/totp-credential.entity.ts";
import { User } from "../auth/user.entity.ts";
import { CheckIn } from "../check-ins/check-in.entity.ts";
import { MeasurementPlan } from "../check-ins/measurement-plan.entity.ts";
import { RiskAlert } from "../check-ins/risk-alert.entity.ts";
import { Client } from "../clients/client.entity.ts";
import { Clinic } from "../clinics/clinic.entity.ts";
import { RecordCorrection } from "../corrections/record-correction.entity.ts";
import { SymptomEpisode } from "../episodes/episode.entity.ts";
import { Homework } from "../homework/homework.entity.ts";
import { ClientWeekRollup } from "../progress/client-week-rollup.entity.ts";
import { PlanRevision } from "../plans/plan-revision.entity.ts";
import { TreatmentPlan } from "../plans/treatment-plan.entity.ts";
import { TherapySession } from "../sessions/session.entity.ts";

export const ENTITIES = [
  Clinic,
  User,
  AuthSession,
  Client,
  TreatmentPlan,
  PlanRevision,
  TherapySession,
  Homework,
  SymptomEpisode,
  AuditEvent,
  SignInAttempt,
  ClientWeekRollup,
  TotpCredential,
  RecoveryCode,
  AccessToken,
  InvitationToken,
  RecordCorrection,
  MeasurementPlan,
  CheckIn,
  RiskAlert,
];
