import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import { Role } from "../auth/role.ts";
import type { RequestContext } from "../context.ts";
import { CaseloadEntry } from "./caseload.types.ts";

@Resolver(() => CaseloadEntry)
export class CaseloadResolver {
  @Authorized(Role.THERAPIST)
  @Query(() => [CaseloadEntry], { description: "The therapist's own clients, most concerning first." })
  caseload(
    @Arg("includeClosed", () => Boolean, {
      defaultValue: false,
      description: "Also list discharged and dropped-out clients.",
    })
    includeClosed: boolean,
    @Ctx() context: RequestContext,
  ): Promise<CaseloadEntry[]> {
    return context.services.caseload.caseload(context.viewer!, includeClosed, context.sourceAddress);
  }
}
