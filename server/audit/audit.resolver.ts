import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import { Role } from "../auth/role.ts";
import { Actor, IdArg } from "../schema/decorators.ts";
import type { Services } from "../services.ts";
import { AuditSummaryRow, ClientAccess } from "./audit.types.ts";

@Resolver()
export class AuditResolver {
  @Authorized(Role.SUPERVISOR)
  @Query(() => [AuditSummaryRow], {
    description: "The clinic's audit log by actor, action and month (YYYY-MM); the last 12 months by default.",
  })
  auditSummary(
    @Arg("fromMonth", () => String, {
      nullable: true,
      description: "The first month (YYYY-MM); eleven months before toMonth when left out.",
    })
    fromMonth: string | null,
    @Arg("toMonth", () => String, {
      nullable: true,
      description: "The last month (YYYY-MM); the current month in the clinic's timezone when left out.",
    })
    toMonth: string | null,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<AuditSummaryRow[]> {
    return services.auditQueries.clinicSummary(actor.viewer, fromMonth, toMonth);
  }

  @Authorized(Role.THERAPIST, Role.CLIENT)
  @Query(() => [ClientAccess], { description: "Who read or changed this client's information, newest first." })
  clientAccessLog(
    @IdArg("clientId", "The client whose log to read.") clientId: number,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<ClientAccess[]> {
    return services.auditQueries.clientAccess(actor, clientId);
  }
}
