import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import { Role } from "../auth/role.ts";
import { Actor } from "../schema/decorators.ts";
import type { Services } from "../services.ts";
import { CaseloadEntry } from "./caseload.types.ts";

@Resolver(() => CaseloadEntry)
export class CaseloadResolver {
  @Authorized(Role.THERAPIST)
  @Query(() => [CaseloadEntry], {
    description:
      "The therapist's own clients, the most serious concern first: an open risk alert from a client's check-in (the longest open first), then risk (PHQ-9 item 9, a crisis), then reliable deterioration, then off track, then any other alert, then none; within each the most recent session first, then by name.",
  })
  caseload(
    @Arg("includeClosed", () => Boolean, {
      defaultValue: false,
      description: "Also list discharged and dropped-out clients.",
    })
    includeClosed: boolean,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<CaseloadEntry[]> {
    return services.caseload.caseload(actor, includeClosed);
  }
}
