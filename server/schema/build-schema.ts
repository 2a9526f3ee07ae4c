import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { AuditResolver } from "../audit/audit.resolver.ts";
import { AuthResolver } from "../auth/auth.resolver.ts";
import { authChecker } from "../auth/auth-checker.ts";
import { CaseloadResolver } from "../caseload/caseload.resolver.ts";
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
  ClientResolver,
  CaseloadResolver,
  ProgressResolver,
  SessionResolver,
  EpisodeResolver,
  HomeworkResolver,
  PlanResolver,
  MetricsResolver,
  AuditResolver,
  FhirResolver,
] as const;

/**
 * The schema, built from the decorated classes. Input validation lives in the services (one rule set for the API
 * and the demo generator), so type-graphql's class-validator integration stays off. Only the range of dates is
 * checked by their scalar, so that every resolver's date arguments are checked alike.
 */
export function createSchema(emitSchemaFile?: string): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    validate: false,
    scalarsMap: [{ type: Date, scalar: DateTimeISO }],
    emitSchemaFile: emitSchemaFile ? { path: emitSchemaFile, sortedSchema: true } : false,
  });
}
