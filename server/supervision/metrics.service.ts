import type { DataSource, EntityManager } from "typeorm";
import { clinicAggregateScope, type ClientScope } from "../auth/scope.ts";
import { User } from "../auth/user.entity.ts";
import type { Viewer } from "../auth/viewer.ts";
import { todayIn } from "../clinics/clinic-time.ts";
import { Clinic } from "../clinics/clinic.entity.ts";
import { Client } from "../clients/client.entity.ts";
import { roundToTenth } from "../db/columns.ts";
import { onPrimary } from "../db/primary.ts";
import { chunk, groupBy } from "../common/collections.ts";
import { badInput } from "../common/errors.ts";
import { addDays, addMonths, localDateOf, weekStartOf } from "../common/time.ts";
import type { ClinicalRules } from "../measures/rules.ts";
import { PlanRevision } from "../plans/plan-revision.entity.ts";
import type { ExpectedCurves } from "../progress/expected-curves.ts";
import { loadHomeworkTotals, loadMonthlyEpisodeCounts } from "../progress/progress.queries.ts";
import type { ProgressService } from "../progress/progress.service.ts";
import { aggregate, typicalCourse } from "./aggregate.ts";
import { clientFacts, type ClientFacts } from "./client-facts.ts";
import { MetricsGroup, type CaseloadMetrics } from "./metrics.types.ts";

const DEFAULT_MONTHS = 12;
/**
 * Stale clients worked out per batch of statements: memory stays bounded by the batch, not the network (well
 * inside both engines' limits on bound parameters).
 */
const FACT_BATCH = 250;

/** A client of the cohort, as the metrics read it. */
type CohortClient = Pick<Client, "id" | "therapistId" | "intakeDate" | "complaint" | "status" | "baselineOrs" | "dataRevision">;

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

  /** Facts per client id, with the key they were worked out under (see `factsOf`). Never leaves this service. */
  private readonly factsMemo = new Map<number, { key: string; facts: ClientFacts }>();

  /**
   * Per-client facts, recomputed only for clients whose rows moved since they were last worked out: each is kept
   * against the client's `dataRevision` (moved by triggers in every writing transaction), the clinic's curve
   * revision and the current week, so a warm clinic-wide request reads the cohort's client rows and no raw data.
   */
  private async factsOf(
    scope: ClientScope,
    clients: CohortClient[],
    curves: ExpectedCurves,
    clinic: Clinic,
    today: string,
  ): Promise<Map<number, ClientFacts>> {
    const currentWeekStart = weekStartOf(today);
    const keyOf = (client: CohortClient) => `${client.dataRevision}|${client.status}|${client.intakeDate}|${clinic.curveRevision}|${currentWeekStart}`;
    const facts = new Map<number, ClientFacts>();
    const stale: CohortClient[] = [];
    for (const client of clients) {
      const known = this.factsMemo.get(client.id);
      if (known && known.key === keyOf(client)) facts.set(client.id, known.facts);
      else stale.push(client);
    }
    // The stale clients by id, in batches: a few statements per batch, and only a batch's rows in memory at once.
    const batches = chunk(stale, FACT_BATCH).map((batch) => ({ clients: batch, filter: { clientIds: batch.map((c) => c.id) } }));
    // Read from the primary: these rows are cached under revisions, and no replica is ahead of it (db/primary.ts).
    await onPrimary(this.dataSource, async (primary) => {
      for (const batch of batches) {
        if (batch.clients.length === 0) continue;
        const summaries = await this.progress.summaries(primary, scope, batch.filter, batch.clients, curves, today);
        const homework = new Map((await loadHomeworkTotals(primary, scope, batch.filter)).map((row) => [row.clientId, row]));
        const episodes = groupBy(await loadMonthlyEpisodeCounts(primary, scope, batch.filter), (row) => row.clientId);
        const revisionQuery = primary
          .createQueryBuilder(PlanRevision, "r")
          .select("r.clientId", "clientId")
          .addSelect("r.localDate", "localDate")
          .innerJoin(Client, "c", "c.id = r.clientId")
          .where(scope.sql, scope.parameters)
          .andWhere("r.version > 1");
        revisionQuery.andWhere("c.id IN (:...ids)", { ids: batch.filter.clientIds });
        const revisions = groupBy(
          (await revisionQuery.getRawMany<{ clientId: number | string; localDate: string }>()).map((row) => ({ clientId: Number(row.clientId), localDate: row.localDate })),
          (row) => row.clientId,
        );
        for (const client of batch.clients) {
          const summary = summaries.get(client.id)!;
          const clientFact = clientFacts({
            client,
            sessions: summary.sessions,
            currentStatus: summary.summary.status,
            revisionDates: (revisions.get(client.id) ?? []).map((revision) => revision.localDate),
            homework: homework.get(client.id) ?? null,
            episodesByMonth: new Map((episodes.get(client.id) ?? []).map((row) => [row.monthStart, row.count])),
            curve: curves.forBaseline(client.baselineOrs),
            currentWeekStart,
            rules: this.rules,
          });
          facts.set(client.id, clientFact);
          this.factsMemo.set(client.id, { key: keyOf(client), facts: clientFact });
        }
      }
    });
    return facts;
  }

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

    // Plain rows, not entities: only what the facts and the groupings need.
    const clients: CohortClient[] = (
      await manager
        .createQueryBuilder(Client, "c")
        .select(["c.id AS id", "c.therapistId AS therapist", "c.intakeDate AS intake", "c.complaint AS complaint", "c.status AS status"])
        .addSelect(["c.baselineOrs AS baseline", "c.dataRevision AS revision"])
        .where(scope.sql, scope.parameters)
        .andWhere("c.intakeDate BETWEEN :intakeFrom AND :intakeTo", { intakeFrom: filter.intake.from, intakeTo: filter.intake.to })
        .getRawMany()
    ).map((row) => ({
      id: Number(row.id),
      therapistId: Number(row.therapist),
      intakeDate: row.intake,
      complaint: row.complaint,
      status: row.status,
      baselineOrs: roundToTenth(row.baseline == null ? null : Number(row.baseline)),
      dataRevision: Number(row.revision),
    }));
    const therapistNames = new Map(
      (await manager.createQueryBuilder(User, "u").where("u.clinicId = :clinicId", { clinicId: clinic.id }).getMany()).map((u) => [u.id, u.displayName]),
    );
    const curves = await this.progress.curves(clinic);
    const facts = await this.factsOf(scope, clients, curves, clinic, today);
    const keyOf: Record<MetricsGroup, (client: CohortClient) => string> = {
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
