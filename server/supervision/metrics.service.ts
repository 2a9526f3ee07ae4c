import type { DataSource } from "typeorm";
import { clinicAggregateScope, type ClientScope } from "../auth/scope.ts";
import { User } from "../auth/user.entity.ts";
import type { Viewer } from "../auth/viewer.ts";
import { todayIn } from "../clinics/clinic-time.ts";
import { Clinic } from "../clinics/clinic.entity.ts";
import { Client } from "../clients/client.entity.ts";
import { roundToTenth } from "../db/columns.ts";
import { onPrimary } from "../db/primary.ts";
import { chunk, groupBy } from "../common/collections.ts";
import { assertUnreachable, badInput } from "../common/errors.ts";
import { localDateOf, weekStartOf } from "../common/time.ts";
import type { Technique } from "../common/technique.ts";
import type { ClinicalRules } from "../measures/rules.ts";
import { PlanRevision } from "../plans/plan-revision.entity.ts";
import type { ExpectedCurves } from "../progress/expected-curves.ts";
import { loadHomeworkTotals, loadMonthlyEpisodeCounts } from "../progress/progress.queries.ts";
import type { ProgressService } from "../progress/progress.service.ts";
import { clientFacts, type ClientFacts } from "./client-facts.ts";
import { CohortKind, cohortCoveredBy, cohortGrid, defaultCohort, parseCohort, type Cohort } from "./cohorts.ts";
import { MetricsGroup, type CaseloadMetrics, type MetricsCohort } from "./metrics.types.ts";
import { PERTURBATION, perturbationTable } from "./perturbation.ts";
import { CohortTables, type CohortRecord, type MetricsLabels } from "./cohort-tables.ts";

/**
 * Stale clients worked out per batch of statements: memory stays bounded by the batch, not the network (well
 * inside both engines' limits on bound parameters).
 */
const FACT_BATCH = 250;
/** Clinics whose protected tables are kept in memory. */
const TABLES_KEPT = 16;
/** Clients whose facts are kept in memory (about 1–2 KB each): the least recently used go first beyond it. */
const FACTS_KEPT = 20_000;

/** A client of the cohort, as the metrics read it. */
type CohortClient = Pick<
  Client,
  "id" | "therapistId" | "intakeDate" | "complaint" | "status" | "closedOn" | "baselineOrs" | "dataRevision"
>;

/** A client of the clinic as read for its protected tables, under the aliases of that statement. */
interface ClinicClientRow {
  id: number;
  therapist: number;
  intake: string;
  complaint: Client["complaint"];
  status: Client["status"];
  closed: string | null;
  /** ORS is stored as `real`: not yet rounded to its one decimal. */
  baseline: number | null;
  revision: number;
  /** Drawn by a trigger for every client, though the column allows null. */
  record_key: number | null;
}

const COMPLAINT_LABELS: Record<string, string> = {
  PANIC: "Panic",
  DEPRESSION: "Depression",
  GENERALISED_ANXIETY: "Generalised anxiety",
  SOCIAL_ANXIETY: "Social anxiety",
  TRAUMA: "Trauma",
  OTHER: "Other",
};

/**
 * Anonymised metrics over a clinic's intake cohort: a whole year or quarter (cohorts.ts). Rows are read per client
 * under the clinic aggregate scope, turned into facts here, and leave only as perturbed, protected counts, rates and
 * medians over groups (year-tables.ts, docs/privacy.md).
 */
export class MetricsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly progress: ProgressService,
    private readonly rules: ClinicalRules,
    private readonly clock: () => Date,
  ) {}

  private readonly table = perturbationTable(PERTURBATION);

  /**
   * Facts per client id, with the key they were worked out under (see `factsOf`), least recently used first, at most
   * FACTS_KEPT. Never leaves this service.
   */
  private readonly factsMemo = new Map<number, { key: string; facts: ClientFacts }>();

  private keepFacts(clientId: number, entry: { key: string; facts: ClientFacts }): void {
    this.factsMemo.delete(clientId);
    this.factsMemo.set(clientId, entry);
    while (this.factsMemo.size > FACTS_KEPT) this.factsMemo.delete(this.factsMemo.keys().next().value!);
  }

  /**
   * Per-client facts, recomputed only for clients whose rows moved since they were last worked out: each is kept
   * against the client's `dataRevision` (moved by triggers in every writing transaction), the clinic's curve
   * revision and the current week, so a warm clinic-wide request reads the cohort's client rows and no raw data.
   * The revisions are read from the primary (this service is given `readingPrimary`), so a write through any server
   * process moves the key this one looks up.
   */
  private async factsOf(
    scope: ClientScope,
    clients: CohortClient[],
    curves: ExpectedCurves,
    clinic: Clinic,
    today: string,
  ): Promise<Map<number, ClientFacts>> {
    const currentWeekStart = weekStartOf(today);
    const keyOf = (client: CohortClient) =>
      `${client.dataRevision}|${client.status}|${client.closedOn}|${client.intakeDate}|${clinic.curveRevision}|${currentWeekStart}`;
    const facts = new Map<number, ClientFacts>();
    const stale: CohortClient[] = [];
    for (const client of clients) {
      const known = this.factsMemo.get(client.id);
      if (known && known.key === keyOf(client)) {
        facts.set(client.id, known.facts);
        this.keepFacts(client.id, known);
      } else stale.push(client);
    }
    // The stale clients by id, in batches: a few statements per batch, and only a batch's rows in memory at once.
    const batches = chunk(stale, FACT_BATCH).map((batch) => ({
      clients: batch,
      filter: { clientIds: batch.map((c) => c.id) },
    }));
    // Read from the primary: these rows are cached under revisions, and no replica is ahead of it (db/primary.ts).
    await onPrimary(this.dataSource, async (primary) => {
      for (const batch of batches) {
        if (batch.clients.length === 0) continue;
        const summaries = await this.progress.summaries(primary, scope, batch.filter, batch.clients, curves, today);
        const homework = new Map(
          (await loadHomeworkTotals(primary, scope, batch.filter)).map((row) => [row.clientId, row]),
        );
        const episodes = groupBy(await loadMonthlyEpisodeCounts(primary, scope, batch.filter), (row) => row.clientId);
        // Every version of each plan: the revisions' dates (version 2 on) and every version's techniques.
        const revisionQuery = primary
          .createQueryBuilder(PlanRevision, "r")
          .select("r.clientId", "clientId")
          .addSelect("r.version", "version")
          .addSelect("r.localDate", "localDate")
          .addSelect("r.plannedTechniques", "plannedTechniques")
          .innerJoin(Client, "c", "c.id = r.clientId")
          .where(scope.sql, scope.parameters);
        revisionQuery.andWhere("c.id IN (:...ids)", { ids: batch.filter.clientIds });
        const revisions = groupBy(
          (
            await revisionQuery.getRawMany<{
              clientId: number;
              version: number;
              localDate: string;
              plannedTechniques: string | null;
            }>()
          ).map((row) => ({
            clientId: Number(row.clientId),
            version: Number(row.version),
            localDate: row.localDate,
            plannedTechniques: (row.plannedTechniques ? JSON.parse(row.plannedTechniques) : []) as Technique[],
          })),
          (row) => row.clientId,
        );
        for (const client of batch.clients) {
          const summary = summaries.get(client.id)!;
          const clientFact = clientFacts({
            client,
            sessions: summary.sessions,
            currentStatus: summary.summary.status,
            revisionDates: (revisions.get(client.id) ?? [])
              .filter((revision) => revision.version > 1)
              .map((revision) => revision.localDate),
            plannedTechniques: (revisions.get(client.id) ?? []).flatMap((revision) => revision.plannedTechniques),
            homework: homework.get(client.id) ?? null,
            episodesByMonth: new Map((episodes.get(client.id) ?? []).map((row) => [row.monthStart, row.count])),
            curve: curves.at(client.baselineOrs),
            currentWeekStart,
            rules: this.rules,
          });
          facts.set(client.id, clientFact);
          this.keepFacts(client.id, { key: keyOf(client), facts: clientFact });
        }
      }
    });
    return facts;
  }

  /** The cohorts a supervisor may ask for in their clinic: each year and its started quarters, newest first. */
  async cohorts(viewer: Viewer): Promise<MetricsCohort[]> {
    const scope = clinicAggregateScope(viewer);
    const manager = this.dataSource.manager;
    const clinic = await manager.findOneByOrFail(Clinic, { id: viewer.clinicId });
    const today = todayIn(clinic.timezone, this.clock());
    const span = await manager
      .createQueryBuilder(Client, "c")
      .select("MIN(c.intakeDate)", "first")
      .addSelect("MAX(c.intakeDate)", "last")
      .where(scope.sql, scope.parameters)
      .getRawOne<{ first: string | null; last: string | null }>();
    return cohortGrid(span?.first ?? null, span?.last ?? null, today)
      .filter((cohort) => cohort.from <= today)
      .map(describeCohort);
  }

  async caseloadMetrics(
    viewer: Viewer,
    args: { cohort?: string | null; from?: Date | null; to?: Date | null; groupBy: MetricsGroup },
  ): Promise<CaseloadMetrics> {
    const { clinic, today, tables, labels } = await this.clinicTables(viewer);
    const cohort = this.cohortAsked(args, clinic.timezone, today);
    if (!groupingsFor(cohort).includes(args.groupBy)) {
      throw badInput(
        "groupBy",
        `This cohort's clients can be grouped ${groupingsFor(cohort)
          .map((g) => GROUPING_WORDS[g])
          .join(" or ")}.`,
      );
    }
    const figures = tables.response(cohort, args.groupBy, labels);
    const k = clinic.minCellSize;
    return {
      cohort: describeCohort(cohort),
      groupBy: args.groupBy,
      fromMonth: cohort.from.slice(0, 7),
      toMonth: cohort.to.slice(0, 7),
      minCellSize: k,
      rows: figures.rows,
      total: figures.total,
      therapists: figures.therapists,
      // Worked out only when the query asks for it.
      get typicalCourse() {
        return figures.typicalCourse;
      },
      suppressionRule: `Counts from 1 to ${k - 1} are not shown, nor any figure from which one could be worked out, in this or any other cohort (CMS cell-size rule; minimum cell size ${k}). A group too small to show is left out.`,
      perturbationNote: `To protect privacy, every count has a small random adjustment of at most ${PERTURBATION.maxPerturbation} either way, the same each time it is shown, so figures may not add up exactly.`,
    };
  }

  /**
   * All of a clinic's protected tables, as every request reads them, with the labels its rows carry. Besides
   * `caseloadMetrics`, only privacy audits call this (the attack test and `npm run privacy`): the tables hold the
   * true counts, which never leave the server otherwise.
   */
  async clinicTables(
    viewer: Viewer,
  ): Promise<{ clinic: Clinic; today: string; grid: Cohort[]; tables: CohortTables; labels: MetricsLabels }> {
    const scope = clinicAggregateScope(viewer);
    const manager = this.dataSource.manager;
    const clinic = await manager.findOneByOrFail(Clinic, { id: viewer.clinicId });
    const today = todayIn(clinic.timezone, this.clock());

    // Every client of the clinic, as plain rows: all its cohorts are protected together. The record key is read
    // here and only here, to perturb the counts; it never leaves this service.
    const clients: (CohortClient & { recordKey: number })[] = (
      await manager
        .createQueryBuilder(Client, "c")
        .select([
          "c.id AS id",
          "c.therapistId AS therapist",
          "c.intakeDate AS intake",
          "c.complaint AS complaint",
          "c.status AS status",
          "c.closedOn AS closed",
        ])
        .addSelect(["c.baselineOrs AS baseline", "c.dataRevision AS revision", "c.record_key AS record_key"])
        .where(scope.sql, scope.parameters)
        .orderBy("c.id")
        .getRawMany<ClinicClientRow>()
    ).map((row) => ({
      id: Number(row.id),
      therapistId: Number(row.therapist),
      intakeDate: row.intake,
      complaint: row.complaint,
      status: row.status,
      closedOn: row.closed,
      baselineOrs: roundToTenth(row.baseline == null ? null : Number(row.baseline)),
      dataRevision: Number(row.revision),
      recordKey: Number(row.record_key),
    }));
    const intakes = clients.map((client) => client.intakeDate).sort();
    const grid = cohortGrid(intakes[0] ?? null, intakes.at(-1) ?? null, today);
    const therapistNames = new Map(
      (
        await manager.createQueryBuilder(User, "u").where("u.clinicId = :clinicId", { clinicId: clinic.id }).getMany()
      ).map((u) => [u.id, u.displayName]),
    );
    const curves = await this.progress.curves(clinic);
    const facts = await this.factsOf(scope, clients, curves, clinic, today);
    const tables = this.tablesOf(
      clinic,
      grid,
      clients.map((client) => ({ ...client, facts: facts.get(client.id)! })),
      weekStartOf(today),
    );
    const labels: MetricsLabels = {
      complaint: (key) => COMPLAINT_LABELS[key] ?? key,
      therapist: (id) => therapistNames.get(id) ?? "Therapist",
    };
    return { clinic, today, grid, tables, labels };
  }

  /** The cohort a request names: `cohort`, or `from` and `to` covering exactly one, or the first view's. */
  private cohortAsked(
    args: { cohort?: string | null; from?: Date | null; to?: Date | null },
    timezone: string,
    today: string,
  ): Cohort {
    if (args.cohort != null) return parseCohort(args.cohort);
    if (args.from == null && args.to == null) return defaultCohort(today);
    if (args.from == null || args.to == null) {
      throw badInput(
        args.from == null ? "from" : "to",
        `Ask for a cohort (a year or a quarter), or give both from and to.`,
      );
    }
    for (const [field, date] of [
      ["from", args.from],
      ["to", args.to],
    ] as const) {
      if (Number.isNaN(date.getTime()) || date.getTime() < 0)
        throw badInput(field, `${field} must be a date on or after 1970-01-01.`);
    }
    return cohortCoveredBy(localDateOf(args.from, timezone), localDateOf(args.to, timezone));
  }

  /** A clinic's protected tables, kept while none of its clients' facts, groups or keys moved. */
  private readonly tablesMemo = new Map<number, { signature: string; tables: CohortTables }>();

  private tablesOf(
    clinic: Clinic,
    grid: Cohort[],
    records: (CohortRecord & { id: number; dataRevision: number; status: string; closedOn: string | null })[],
    weekStart: string,
  ): CohortTables {
    // Everything the tables depend on: each client's facts (their own key), group and record key, and the cell size.
    const signature = `${clinic.minCellSize}|${clinic.curveRevision}|${weekStart}|${grid.map((c) => c.id).join(",")}|${records.map((r) => `${r.id}:${r.dataRevision}:${r.status}:${r.closedOn}:${r.intakeDate}:${r.recordKey}:${r.therapistId}:${r.complaint}`).join(",")}`;
    const known = this.tablesMemo.get(clinic.id);
    if (known && known.signature === signature) return known.tables;
    const tables = new CohortTables(grid, records, clinic.minCellSize, this.table);
    this.tablesMemo.delete(clinic.id);
    this.tablesMemo.set(clinic.id, { signature, tables });
    if (this.tablesMemo.size > TABLES_KEPT) this.tablesMemo.delete(this.tablesMemo.keys().next().value!);
    return tables;
  }
}

const GROUPING_WORDS: Record<MetricsGroup, string> = {
  [MetricsGroup.COMPLAINT]: "by complaint",
  [MetricsGroup.THERAPIST]: "by therapist",
  [MetricsGroup.INTAKE_QUARTER]: "by quarter of intake",
};

/** The groupings each kind of cohort offers: by therapist only over a whole year, by quarter into its parts. */
export function groupingsFor(cohort: Cohort): MetricsGroup[] {
  switch (cohort.kind) {
    case CohortKind.YEAR:
      return [MetricsGroup.COMPLAINT, MetricsGroup.INTAKE_QUARTER, MetricsGroup.THERAPIST];
    case CohortKind.QUARTER:
      return [MetricsGroup.COMPLAINT];
    default:
      return assertUnreachable(cohort.kind);
  }
}

function describeCohort(cohort: Cohort): MetricsCohort {
  return {
    id: cohort.id,
    kind: cohort.kind,
    label: cohort.label,
    fromMonth: cohort.from.slice(0, 7),
    toMonth: cohort.to.slice(0, 7),
    groupings: groupingsFor(cohort),
  };
}
