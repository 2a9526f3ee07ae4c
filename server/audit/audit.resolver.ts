import { Arg, Authorized, Ctx, ID, Query, Resolver } from "type-graphql";
import { Role } from "../auth/role.ts";
import type { RequestContext } from "../context.ts";
import { AuditSummaryRow, ClientAccess } from "./audit.types.ts";

@Resolver()
export class AuditResolver {
  @Authorized(Role.SUPERVISOR)
  @Query(() => [AuditSummaryRow], {
    description: "The clinic's audit log by actor, action and month (YYYY-MM); the last 12 months by default.",
  })
  auditSummary(
    @Arg("fromMonth", () => String, { nullable: true }) fromMonth: string | null,
    @Arg("toMonth", () => String, { nullable: true }) toMonth: string | null,
    @Ctx() context: RequestContext,
  ): Promise<AuditSummaryRow[]> {
    return context.services.auditQueries.clinicSummary(context.viewer!, fromMonth, toMonth);
  }

  @Authorized(Role.THERAPIST, Role.CLIENT)
  @Query(() => [ClientAccess], { description: "Who read or changed this client's information, newest first." })
  clientAccessLog(
    @Arg("clientId", () => ID) clientId: string,
    @Ctx() context: RequestContext,
  ): Promise<ClientAccess[]> {
    return context.services.auditQueries.clientAccess(context.viewer!, clientId);
  }
}
