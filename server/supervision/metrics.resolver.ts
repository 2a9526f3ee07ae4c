import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import { Role } from "../auth/role.ts";
import { Actor } from "../schema/decorators.ts";
import type { Services } from "../services.ts";
import { CaseloadMetrics, MetricsCohort, MetricsGroup } from "./metrics.types.ts";

@Resolver(() => CaseloadMetrics)
export class MetricsResolver {
  @Authorized(Role.SUPERVISOR)
  @Query(() => CaseloadMetrics, {
    description:
      "Anonymised metrics over the supervisor's clinic for one intake cohort: a whole year or quarter. Every count is perturbed and small ones are hidden (docs/privacy.md).",
  })
  caseloadMetrics(
    @Arg("cohort", () => String, {
      nullable: true,
      description: 'A year ("2026") or a quarter ("2026-Q3"); by default the latest year of which half has passed.',
    })
    cohort: string | null,
    @Arg("groupBy", () => MetricsGroup, {
      defaultValue: MetricsGroup.COMPLAINT,
      description: "How to group the cohort's clients; metricsCohorts lists the groupings each cohort offers.",
    })
    groupBy: MetricsGroup,
    @Arg("from", () => Date, {
      nullable: true,
      description: "With `to`, instead of `cohort`: the first intake day of a whole year or quarter.",
    })
    from: Date | null,
    @Arg("to", () => Date, {
      nullable: true,
      description: "With `from`: the last intake day of the same year or quarter.",
    })
    to: Date | null,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<CaseloadMetrics> {
    return services.metrics.caseloadMetrics(actor.viewer, { cohort, from, to, groupBy });
  }

  @Authorized(Role.SUPERVISOR)
  @Query(() => [MetricsCohort], {
    description: "The intake cohorts of the supervisor's clinic that caseloadMetrics accepts, newest first.",
  })
  metricsCohorts(@Actor() actor: Actor, @Ctx("services") services: Services): Promise<MetricsCohort[]> {
    return services.metrics.cohorts(actor.viewer);
  }
}
