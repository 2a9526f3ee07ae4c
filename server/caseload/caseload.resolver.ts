import { Authorized, Ctx, Query, Resolver } from "type-graphql";
import { Role } from "../auth/role.ts";
import type { RequestContext } from "../context.ts";
import { CaseloadEntry } from "./caseload.types.ts";

@Resolver(() => CaseloadEntry)
export class CaseloadResolver {
  @Authorized(Role.THERAPIST)
  @Query(() => [CaseloadEntry], { description: "The therapist's own clients, most concerning first." })
  caseload(@Ctx() context: RequestContext): Promise<CaseloadEntry[]> {
    return context.services.caseload.caseload(context.viewer!, context.sourceAddress);
  }
}
