import type { DataSource } from "typeorm";
import { clinicAggregateScope } from "../auth/scope.ts";
import { User } from "../auth/user.entity.ts";
import type { Viewer } from "../auth/viewer.ts";
import { todayIn } from "../clinics/clinic-time.ts";
import { Clinic } from "../clinics/clinic.entity.ts";
import { Client } from "../clients/client.entity.ts";
import { groupBy } from "../common/collections.ts";
import { badInput } from "../common/errors.ts";
import { addDays, addMonths, localDateOf, weekStartOf } from "../common/time.ts";
import type { ClinicalRules } from "../measures/rules.ts";
import { PlanRevision } from "../plans/plan-revision.entity.ts";
import { loadHomeworkTotals, loadMonthlyEpisodeCounts } from "../progress/progress.queries.ts";
import type { ProgressService } from "../progress/progress.service.ts";
import { aggregate, typicalCourse } from "./aggregate.ts";
import { clientFacts, type ClientFacts } from "./client-facts.ts";
import { MetricsGroup, type CaseloadMetrics } from "./metrics.types.ts";

const DEFAULT_MONTHS = 12;
const MAX_MONTHS = 120;
const COMPLAINT_LABELS: Record<string, string> = {
  PANIC: "Panic",
  DEPRESSION: "Depression",
  GENERALISED_ANXIETY: "Generalised anxiety",
  SOCIAL_ANXIETY: "Social anxiety",
  TRAUMA: "Trauma",
  OTHER: "Other",
};

/**
 * Anonymised metrics over a clinic's intake cohort: the clients whose intake falls in the chosen months. Rows are
 * read per client under the clinic aggregate scope, turned into facts here, and leave only as suppressed
 * aggregates over groups (auth/scope.ts `clinicAggregateScope`).
 */
export class MetricsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly progress: ProgressService,
    private readonly rules: ClinicalRules,
    private readonly clock: () => Date,
  ) {}

  async caseloadMetrics(viewer: Viewer, args: { from?: Date | null; to?: Date | null; groupBy: MetricsGroup }): Promise<CaseloadMetrics> {
    const scope = clinicAggregateScope(viewer);
    const manager = this.dataSource.manager;
    const clinic = await manager.findOneByOrFail(Clinic, { id: viewer.clinicId });
    const today = todayIn(clinic.timezone, this.clock());
    const toMonth = (args.to ? localDateOf(args.to, clinic.timezone) : today).slice(0, 7);
    const fromMonth = args.from ? localDateOf(args.from, clinic.timezone).slice(0, 7) : addMonths(`${toMonth}-01`, -(DEFAULT_MONTHS - 1)).slice(0, 7);
    if (fromMonth > toMonth) throw badInput("from", "from must not be after to.");
    if (addMonths(`${fromMonth}-01`, MAX_MONTHS) <= `${toMonth}-01`) throw badInput("from", `The range may cover at most ${MAX_MONTHS} months.`);
    const filter = { intake: { from: `${fromMonth}-01`, to: addDays(addMonths(`${toMonth}-01`, 1), -1) } };

    const clients = await manager
      .createQueryBuilder(Client, "c")
      .where(scope.sql, scope.parameters)
      .andWhere("c.intakeDate BETWEEN :intakeFrom AND :intakeTo", { intakeFrom: filter.intake.from, intakeTo: filter.intake.to })
      .getMany();
    const therapistNames = new Map(
      (await manager.createQueryBuilder(User, "u").where("u.clinicId = :clinicId", { clinicId: clinic.id }).getMany()).map((u) => [u.id, u.displayName]),
    );
    const curves = await this.progress.curves(manager, clinic);
    const summaries = await this.progress.summaries(manager, scope, filter, clients, curves, today);
    const homework = new Map((await loadHomeworkTotals(manager, scope, filter)).map((row) => [row.clientId, row]));
    const episodes = groupBy(await loadMonthlyEpisodeCounts(manager, scope, filter), (row) => row.clientId);
    const revisions = groupBy(
      await manager
        .createQueryBuilder(PlanRevision, "r")
        .innerJoin(Client, "c", "c.id = r.clientId")
        .where(scope.sql, scope.parameters)
        .andWhere("c.intakeDate BETWEEN :intakeFrom AND :intakeTo", { intakeFrom: filter.intake.from, intakeTo: filter.intake.to })
        .andWhere("r.version > 1")
        .getMany(),
      (revision) => revision.clientId,
    );

    const currentWeekStart = weekStartOf(today);
    const facts = new Map<number, ClientFacts>();
    for (const client of clients) {
      const summary = summaries.get(client.id)!;
      facts.set(
        client.id,
        clientFacts({
          client,
          sessions: summary.sessions,
          currentStatus: summary.summary.status,
          revisionDates: (revisions.get(client.id) ?? []).map((revision) => revision.localDate),
          homework: homework.get(client.id) ?? null,
          episodesByMonth: new Map((episodes.get(client.id) ?? []).map((row) => [row.monthStart, row.count])),
          curve: curves.forBaseline(client.baselineOrs),
          currentWeekStart,
          rules: this.rules,
        }),
      );
    }

    const keyOf: Record<MetricsGroup, (client: Client) => string> = {
      [MetricsGroup.INTAKE_MONTH]: (client) => client.intakeDate.slice(0, 7),
      [MetricsGroup.COMPLAINT]: (client) => client.complaint,
      [MetricsGroup.THERAPIST]: (client) => String(client.therapistId),
    };
    const labelOf: Record<MetricsGroup, (key: string) => string> = {
      [MetricsGroup.INTAKE_MONTH]: (key) => key,
      [MetricsGroup.COMPLAINT]: (key) => COMPLAINT_LABELS[key] ?? key,
      [MetricsGroup.THERAPIST]: (key) => therapistNames.get(Number(key)) ?? "Therapist",
    };
    const grouping = (by: MetricsGroup) => {
      const groups = new Map<string, ClientFacts[]>();
      for (const client of clients) {
        const key = keyOf[by](client);
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key)!.push(facts.get(client.id)!);
      }
      return { name: by, groups, labelOf: labelOf[by] };
    };
    // Both tables in one suppression problem: they share the clinic total.
    const groupings = args.groupBy === MetricsGroup.THERAPIST ? [grouping(MetricsGroup.THERAPIST)] : [grouping(args.groupBy), grouping(MetricsGroup.THERAPIST)];
    const { tables, total } = aggregate(groupings, clinic.minCellSize);
    const main = { rows: tables[0]!, total };
    const therapists = { rows: tables.at(-1)! };
    return {
      groupBy: args.groupBy,
      fromMonth,
      toMonth,
      minCellSize: clinic.minCellSize,
      rows: main.rows,
      total: main.total,
      therapists: therapists.rows,
      typicalCourse: typicalCourse([...facts.values()], clinic.minCellSize),
      suppressionRule: `Counts from 1 to ${clinic.minCellSize - 1} are not shown, nor any figure from which one could be worked out (CMS cell-size rule; minimum cell size ${clinic.minCellSize}).`,
    };
  }
}
