import type { GraphQLSchema } from "graphql";
import { buildSchema, emitSchemaDefinitionFile } from "type-graphql";
import { AccountResolver } from "../accounts/accounts.resolver.ts";
import { AuditResolver } from "../audit/audit.resolver.ts";
import { WhatWorksResolver } from "../analytics/what-works.resolver.ts";
import { AccessTokenResolver } from "../auth/access-token.resolver.ts";
import { AuthResolver } from "../auth/auth.resolver.ts";
import { authChecker } from "../auth/auth-checker.ts";
import { MfaResolver } from "../auth/mfa.resolver.ts";
import { SignInSessionResolver } from "../auth/sessions.resolver.ts";
import { CaseloadResolver } from "../caseload/caseload.resolver.ts";
import { CheckInResolver } from "../check-ins/check-in.resolver.ts";
import { ClientCheckInsResolver } from "../check-ins/client-check-ins.resolver.ts";
import { RiskAlertResolver } from "../check-ins/risk-alert.resolver.ts";
import { ClientCourseResolver } from "../clients/client-course.resolver.ts";
import { ClientResolver } from "../clients/client.resolver.ts";
import { EpisodeResolver } from "../episodes/episode.resolver.ts";
import { HomeworkResolver } from "../homework/homework.resolver.ts";
import { FhirResolver } from "../interchange/fhir/fhir.resolver.ts";
import { PlanResolver } from "../plans/plan.resolver.ts";
import { ProgressResolver } from "../progress/progress.resolver.ts";
import { SessionResolver } from "../sessions/session.resolver.ts";
import { MetricsResolver } from "../supervision/metrics.resolver.ts";
import { DateTimeISO } from "./date-time.ts";

export const RESOLVERS = [
  AuthResolver,
  AccountResolver,
  ClientResolver,
  ClientCourseResolver,
  CaseloadResolver,
  ProgressResolver,
  WhatWorksResolver,
  SessionResolver,
  EpisodeResolver,
  HomeworkResolver,
  PlanResolver,
  MetricsResolver,
  AuditResolver,
  FhirResolver,
  MfaResolver,
  AccessTokenResolver,
  SignInSessionResolver,
  CheckInResolver,
  ClientCheckInsResolver,
  RiskAlertResolver,
] as const;

/** type-graphql makes the root types from the resolvers and takes no description for them, so they get theirs here. */
const ROOT_DESCRIPTIONS = {
  query:
    "Reading. A client's information goes only to their therapist and to the client themself; a supervisor sees anonymised figures and the clinic's audit log, never a client.",
  mutation:
    "Writing: signing in and out, accounts and invitations, and recording sessions, episodes, homework, plans and clients' own check-ins. Each write of clinical information is one transaction together with its audit event; a refused write changes nothing.",
};

/**
 * The schema, built from the decorated classes. Input validation lives in the services (one rule set for the API
 * and the demo generator), so type-graphql's class-validator integration stays off. Only the range of dates is
 * checked by their scalars, so that every resolver's date arguments are checked alike.
 */
export async function createSchema(emitSchemaFile?: string): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    validate: false,
    scalarsMap: [{ type: Date, scalar: DateTimeISO }],
  });
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = ROOT_DESCRIPTIONS.query;
  if (mutation) mutation.description = ROOT_DESCRIPTIONS.mutation;
  if (emitSchemaFile) await emitSchemaDefinitionFile(emitSchemaFile, schema, { sortedSchema: true });
  return schema;
}
