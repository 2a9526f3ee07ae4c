import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import { Role } from "../auth/role.ts";
import type { RequestContext } from "../context.ts";
import { CaseloadMetrics, MetricsGroup } from "./metrics.types.ts";

@Resolver(() => CaseloadMetrics)
export class MetricsResolver {
  @Authorized(Role.SUPERVISOR)
  @Query(() => CaseloadMetrics, { description: "Anonymised metrics over the supervisor's clinic, for clients whose intake is in the range." })
  caseloadMetrics(
    @Arg("from", () => Date, { nullable: true }) from: Date | null,
    @Arg("to", () => Date, { nullable: true }) to: Date | null,
    @Arg("groupBy", () => MetricsGroup, { defaultValue: MetricsGroup.INTAKE_MONTH }) groupBy: MetricsGroup,
    @Ctx() context: RequestContext,
  ): Promise<CaseloadMetrics> {
    return context.services.metrics.caseloadMetrics(context.viewer!, { from, to, groupBy });
  }
}
