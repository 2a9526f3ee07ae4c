import type { DataSource } from "typeorm";
import { AuditAction } from "../audit/audit-event.entity.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Actor } from "../auth/actor.ts";
import { restrictToVisibleClients } from "../auth/scope.ts";
import { RatingSource } from "../check-ins/check-in.enums.ts";
import type { RiskAlert } from "../check-ins/risk-alert.entity.ts";
import { loadClinic, todayIn } from "../clinics/clinic-time.ts";
import { Client } from "../clients/client.entity.ts";
import { ClientStatus } from "../clients/client.enums.ts";
import { groupBy } from "../common/collections.ts";
import { addDays, weekStartOf } from "../common/time.ts";
import { loadUnadoptedCheckIns, type CheckInData } from "../progress/progress.queries.ts";
import { SPARKLINE_WEEKS, type ProgressService } from "../progress/progress.service.ts";
import { ACKNOWLEDGED_ALERT_DAYS, loadCaseloadRiskAlerts } from "./caseload.queries.ts";
import type { CaseloadEntry } from "./caseload.types.ts";
import { compareByTriage } from "./triage.ts";

const SPARKLINE_SESSIONS = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

export class CaseloadService {
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
    const clients = await query.orderBy("c.displayName", "ASC").getMany();
    if (clients.length === 0) return [];
    const curves = await this.progress.curves(clinic);
    const summaries = await this.progress.summaries(manager, actor.scope, filter, clients, curves, today);
    const pending = await loadUnadoptedCheckIns(manager, actor.scope, filter, { pending: true });
    const since = new Date(this.clock().getTime() - ACKNOWLEDGED_ALERT_DAYS * DAY_MS);
    const alerts = await loadCaseloadRiskAlerts(manager, actor.scope, filter.statuses, since);
    await this.audit.recordReads(
      { actorUserId: viewer.userId, action: AuditAction.READ_CASELOAD, sourceAddress },
      clients.map((client) => client.id),
    );
    const currentWeek = weekStartOf(today);
    const sparkWeeks = Array.from({ length: SPARKLINE_WEEKS }, (_, i) =>
      addDays(currentWeek, -7 * (SPARKLINE_WEEKS - i)),
    );
    const pendingByClient = groupBy(pending, (checkIn) => checkIn.clientId);
    const alertsByClient = groupBy(alerts, (alert) => alert.clientId);
    const entries = clients.map((client): CaseloadEntry & { openRiskAlertSince: Date | null } => {
      const { sessions, weeklyEpisodes, summary } = summaries.get(client.id)!;
      const points = sessions.flatMap((session) =>
        session.ors == null ? [] : [{ ors: session.ors, source: session.source }],
      );
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
        episodesPerWeek: sparkWeeks.map((week) => weeklyEpisodes.get(week) ?? 0),
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
}

/** When the oldest of the open alerts was raised; null when none is open. */
function oldestOpen(alerts: RiskAlert[]): Date | null {
  return alerts.reduce<Date | null>(
    (oldest, alert) =>
      alert.acknowledged || (oldest && oldest.getTime() <= alert.raisedAt.getTime()) ? oldest : alert.raisedAt,
    null,
  );
}
