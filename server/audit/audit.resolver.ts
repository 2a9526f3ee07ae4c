import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import { Role } from "../auth/role.ts";
import { AFTER_DESCRIPTION, firstDescription, type Connection } from "../common/paging.ts";
import { Actor, IdArg } from "../schema/decorators.ts";
import type { Services } from "../services.ts";
import { ACCESS_LOG_PAGE } from "./audit.queries.ts";
import { AuditSummaryRow, ClientAccess } from "./audit.types.ts";
import { ClientAccessConnection } from "./client-access-connection.types.ts";

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
  @Query(() => ClientAccessConnection, {
    description: "Who read or changed this client's information, newest first, a page at a time.",
  })
  clientAccessLog(
    @IdArg("clientId", "The client whose log to read.") clientId: number,
    @Arg("first", () => Int, {
      defaultValue: ACCESS_LOG_PAGE.default,
      description: firstDescription(ACCESS_LOG_PAGE, "events"),
    })
    first: number,
    @Arg("after", () => String, { nullable: true, description: AFTER_DESCRIPTION }) after: string | null,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<Connection<ClientAccess>> {
    return services.auditQueries.clientAccess(actor, clientId, { first, after });
  }
}
