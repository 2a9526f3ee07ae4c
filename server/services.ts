import type { DataSource } from "typeorm";
import { AccountService } from "./accounts/account.service.ts";
import { WhatWorksService } from "./analytics/what-works.service.ts";
import { AuditQueries } from "./audit/audit.queries.ts";
import { AuditService } from "./audit/audit.service.ts";
import { AccessTokenService } from "./auth/access-token.service.ts";
import { AuthService, type SessionPolicy } from "./auth/auth.service.ts";
import { SignInSessionService } from "./auth/sign-in-sessions.service.ts";
import { TotpService } from "./auth/totp.service.ts";
import { UserService } from "./auth/user.service.ts";
import { CaseloadService } from "./caseload/caseload.service.ts";
import { CheckInService } from "./check-ins/check-in.service.ts";
import { CrisisResourceService } from "./check-ins/crisis-resources.ts";
import { FeedbackService } from "./check-ins/feedback.service.ts";
import { MeasurementPlanService } from "./check-ins/measurement-plan.service.ts";
import { RiskAlertService } from "./check-ins/risk-alert.service.ts";
import { ClientCourseService } from "./clients/client-course.service.ts";
import { ClientService } from "./clients/client.service.ts";
import { readingPrimary } from "./db/primary.ts";
import { CorrectionService } from "./corrections/correction.service.ts";
import { EpisodeService } from "./episodes/episode.service.ts";
import { HomeworkService } from "./homework/homework.service.ts";
import { FhirExportService } from "./interchange/fhir/fhir-export.service.ts";
import { FhirImportService } from "./interchange/fhir/fhir-import.ts";
import type { ClinicalRules } from "./measures/rules.ts";
import { PlanService } from "./plans/plan.service.ts";
import { ProgressService } from "./progress/progress.service.ts";
import { SessionService } from "./sessions/session.service.ts";
import { MetricsService } from "./supervision/metrics.service.ts";

export interface ServiceOptions {
  rules: ClinicalRules;
  sessionPolicy: SessionPolicy;
  /** The time, injectable so tests can move it. */
  clock?: () => Date;
  /** Megabytes of progress documents kept between reads; 0 keeps none (the default when left out: 32). */
  progressCacheMb?: number;
}

/**
 * Every service on `dataSource`. With read replicas, TypeORM sends reads made outside a transaction to a replica;
 * the services that must see the latest write, whichever server process made it, read the primary instead
 * (`readingPrimary`): sign-in, sessions, second factors, access tokens, accounts and invitations; a client's progress,
 * the page read again right after each write on it; and the caseload and supervision metrics, whose cached rows are
 * keyed by revisions.
 */
export function createServices(dataSource: DataSource, options: ServiceOptions) {
  const clock = options.clock ?? (() => new Date());
  const primary = readingPrimary(dataSource);
  const audit = new AuditService(clock, dataSource);
  const progress = new ProgressService(primary, audit, options.rules, clock, {
    cacheBytes: options.progressCacheMb === undefined ? undefined : options.progressCacheMb * 1024 * 1024,
  });
  const auth = new AuthService(primary, audit, clock, options.sessionPolicy);
  return {
    audit,
    auditQueries: new AuditQueries(dataSource, clock),
    auth,
    accounts: new AccountService(primary, audit, auth, clock),
    users: new UserService(primary),
    totp: new TotpService(primary, audit, clock),
    accessTokens: new AccessTokenService(primary, audit, clock),
    signInSessions: new SignInSessionService(primary, audit, clock, options.sessionPolicy),
    clients: new ClientService(dataSource, audit),
    clientCourse: new ClientCourseService(dataSource, audit, clock),
    sessions: new SessionService(dataSource, audit, options.rules, clock),
    homework: new HomeworkService(dataSource, audit, clock),
    episodes: new EpisodeService(dataSource, audit, clock),
    corrections: new CorrectionService(dataSource, audit, options.rules, clock),
    plans: new PlanService(dataSource, audit, clock, options.rules),
    measurementPlans: new MeasurementPlanService(dataSource, audit, clock),
    checkIns: new CheckInService(dataSource, audit, options.rules, clock),
    feedback: new FeedbackService(dataSource, audit, options.rules, clock),
    riskAlerts: new RiskAlertService(dataSource, audit, clock),
    crisisResources: new CrisisResourceService(dataSource, audit),
    progress,
    whatWorks: new WhatWorksService(dataSource, options.rules, clock),
    caseload: new CaseloadService(primary, progress, audit, clock),
    metrics: new MetricsService(primary, progress, options.rules, clock),
    fhirExport: new FhirExportService(dataSource, audit, clock),
    fhirImport: new FhirImportService(dataSource, audit, options.rules, clock),
  };
}

export type Services = ReturnType<typeof createServices>;
