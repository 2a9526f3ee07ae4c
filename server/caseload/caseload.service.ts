import type { DataSource } from "typeorm";
import { AuditAction } from "../audit/audit-event.entity.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Actor } from "../auth/actor.ts";
import { restrictToVisibleClients } from "../auth/scope.ts";
import { RatingSource } from "../check-ins/check-in.enums.ts";
import type { RiskAlert } from "../check-ins/risk-alert.entity.ts";
import { loadClinic, todayIn } from "../clinics/clinic-time.ts";
import type { Clinic } from "../clinics/clinic.entity.ts";
import { Client } from "../clients/client.entity.ts";
import { ClientStatus } from "../clients/client.enums.ts";
import { groupBy } from "../common/collections.ts";
import { addDays, weekStartOf } from "../common/time.ts";
import { sqliteDatabase } from "../db/prepared.ts";
import { loadUnadoptedCheckIns, type CheckInData, type ClientFilter } from "../progress/progress.queries.ts";
import { revisionKey } from "../progress/progress-cache.ts";
import type { ProgressSummary } from "../progress/progress.types.ts";
import { SPARKLINE_WEEKS, type ClientSummaryData, type ProgressService } from "../progress/progress.service.ts";
import { ACKNOWLEDGED_ALERT_DAYS, loadCaseloadRiskAlerts } from "./caseload.queries.ts";
import type { CaseloadEntry } from "./caseload.types.ts";
import { compareByTriage } from "./triage.ts";

const SPARKLINE_SESSIONS = 10;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Caseload rows kept between reads: a clinic network's active clients, at about 2 KB each. */
const SUMMARY_CACHE_ENTRIES = 10_000;

/** What the caseload shows of one client's summary: no more is kept. */
interface CaseloadSummary {
  summary: ProgressSummary;
  /** The latest ORS ratings of sessions, oldest first, at most a sparkline's worth. */
  orsPoints: { ors: number; source: RatingSource }[];
  /** Episodes in each sparkline week, oldest first. */
  episodesPerWeek: number[];
}

/**
 * One client's summary as the caseload shows it, kept while nothing it is made of has moved: the key is the
 * client's `revisionKey` (its data revision, the clinic's curve revision and the clinic's today), read fresh with
 * the client rows, so a summary is never served for data older than the rows just read, whichever server process
 * wrote them.
 */
class CaseloadSummaries {
  private readonly entries = new Map<string, CaseloadSummary>();

  constructor(private readonly capacity: number) {}

  static key(
    client: Pick<Client, "id" | "dataRevision">,
    clinic: Pick<Clinic, "curveRevision">,
    today: string,
  ): string {
    return revisionKey(client, clinic, today);
  }

  get(key: string): CaseloadSummary | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      // Most recently used last: the first key in the map is the one to evict.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: CaseloadSummary): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}

export class CaseloadService {
  private readonly summaries = new CaseloadSummaries(SUMMARY_CACHE_ENTRIES);

  constructor(
    private readonly dataSource: DataSource,
    private readonly progress: ProgressService,
    private readonly audit: AuditService,
    private readonly clock: () => Date,
  ) {}

  /**
   * The viewer's clients, the most serious concern first (see compareByTriage). The number of SQL statements is fixed, whatever the size of
   * the caseload: clients, then the summaries' few GROUP BYs over all of them, the pending check-ins and the risk
   * alerts of all of them, then one audit INSERT … SELECT.
   */
  async caseload(actor: Actor, includeClosed: boolean): Promise<CaseloadEntry[]> {
    const { viewer, sourceAddress } = actor;
    const manager = this.dataSource.manager;
    const clinic = await loadClinic(manager, viewer.clinicId);
    const today = todayIn(clinic.timezone, this.clock());
    const filter = includeClosed ? {} : { statuses: [ClientStatus.ACTIVE] };
    const query = restrictToVisibleClients(manager.createQueryBuilder(Client, "c"), actor.scope);
    if (filter.statuses) query.andWhere("c.status IN (:...statuses)", { statuses: filter.statuses });
    // On SQLite a transaction open on the one connection shows its writes before they commit (or roll back).
    const uncommitted = sqliteDatabase(this.dataSource)?.inTransaction ?? false;
    const clients = await query.orderBy("c.displayName", "ASC").getMany();
    if (clients.length === 0) return [];
    const currentWeek = weekStartOf(today);
    const sparkWeeks = Array.from({ length: SPARKLINE_WEEKS }, (_, i) =>
      addDays(currentWeek, -7 * (SPARKLINE_WEEKS - i)),
    );
    const summaries = await this.clientSummaries(actor, filter, clients, clinic, today, sparkWeeks, uncommitted);
    const pending = await loadUnadoptedCheckIns(manager, actor.scope, filter, { pending: true });
    const since = new Date(this.clock().getTime() - ACKNOWLEDGED_ALERT_DAYS * DAY_MS);
    const alerts = await loadCaseloadRiskAlerts(manager, actor.scope, filter.statuses, since);
    await this.audit.recordReads(
      { actorUserId: viewer.userId, action: AuditAction.READ_CASELOAD, sourceAddress },
      clients.map((client) => client.id),
    );
    const pendingByClient = groupBy(pending, (checkIn) => checkIn.clientId);
    const alertsByClient = groupBy(alerts, (alert) => alert.clientId);
    const entries = clients.map((client): CaseloadEntry & { openRiskAlertSince: Date | null } => {
      const { orsPoints, episodesPerWeek, summary } = summaries.get(client.id)!;
      const points = [...orsPoints];
      // The latest check-in the next session may still adopt: the client's newest word on how they are.
      const latestPending = (pendingByClient.get(client.id) ?? []).findLast(
        (checkIn): checkIn is CheckInData & { ors: number } => checkIn.ors != null,
      );
      if (latestPending) points.push({ ors: latestPending.ors, source: RatingSource.CLIENT });
      const sparkline = points.slice(-SPARKLINE_SESSIONS);
      const riskAlerts = alertsByClient.get(client.id) ?? [];
      return {
        client,
        status: summary.status,
        alertCount: summary.alerts.length,
        summary,
        sessionsAttended: summary.sessionsAttended,
        lastSessionDate: summary.lastSessionDate,
        latestOrs: sparkline.at(-1)?.ors ?? null,
        orsSparkline: sparkline.map((point) => point.ors),
        orsSparklineSources: sparkline.map((point) => point.source),
        episodesPerWeek,
        riskAlerts,
        openRiskAlertSince: oldestOpen(riskAlerts),
      };
    });
    return entries
      .sort((a, b) =>
        compareByTriage(
          { ...a, alerts: a.summary.alerts, displayName: a.client.displayName },
          { ...b, alerts: b.summary.alerts, displayName: b.client.displayName },
        ),
      )
      .map(({ openRiskAlertSince: _since, ...entry }) => entry);
  }

  /**
   * Every client's summary: those kept for the same revisions and day as they are now, the rest worked out together
   * in the summaries' fixed number of statements (each carrying the viewer's scope, and the ids of the clients
   * missing).
   */
  private async clientSummaries(
    actor: Actor,
    filter: ClientFilter,
    clients: Client[],
    clinic: Clinic,
    today: string,
    sparkWeeks: string[],
    uncommitted: boolean,
  ): Promise<Map<number, CaseloadSummary>> {
    const result = new Map<number, CaseloadSummary>();
    const missing: Client[] = [];
    for (const client of clients) {
      const kept = this.summaries.get(CaseloadSummaries.key(client, clinic, today));
      if (kept) result.set(client.id, kept);
      else missing.push(client);
    }
    if (missing.length === 0) return result;
    const curves = await this.progress.curves(clinic);
    // With every client missing, the caseload's own filter: the statements stay the same whatever the caseload.
    const missingFilter =
      missing.length === clients.length ? filter : { clientIds: missing.map((client) => client.id) };
    const worked = await this.progress.summaries(
      this.dataSource.manager,
      actor.scope,
      missingFilter,
      missing,
      curves,
      today,
    );
    const keep = !uncommitted && !sqliteDatabase(this.dataSource)?.inTransaction;
    for (const client of missing) {
      const entry = caseloadSummary(worked.get(client.id)!, sparkWeeks);
      if (keep) this.summaries.set(CaseloadSummaries.key(client, clinic, today), entry);
      result.set(client.id, entry);
    }
    return result;
  }
}

/** The part of a client's summary data the caseload shows. */
function caseloadSummary(data: ClientSummaryData, sparkWeeks: string[]): CaseloadSummary {
  const orsPoints = data.sessions.flatMap((session) =>
    session.ors == null ? [] : [{ ors: session.ors, source: session.source }],
  );
  return {
    summary: data.summary,
    orsPoints: orsPoints.slice(-SPARKLINE_SESSIONS),
    episodesPerWeek: sparkWeeks.map((week) => data.weeklyEpisodes.get(week) ?? 0),
  };
}

/** When the oldest of the open alerts was raised; null when none is open. */
function oldestOpen(alerts: RiskAlert[]): Date | null {
  return alerts.reduce<Date | null>(
    (oldest, alert) =>
      alert.acknowledged || (oldest && oldest.getTime() <= alert.raisedAt.getTime()) ? oldest : alert.raisedAt,
    null,
  );
}
