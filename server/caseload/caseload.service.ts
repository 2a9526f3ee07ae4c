import type { DataSource } from "typeorm";
import { AuditAction } from "../audit/audit-event.entity.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Actor } from "../auth/actor.ts";
import { restrictToVisibleClients } from "../auth/scope.ts";
import { loadClinic, todayIn } from "../clinics/clinic-time.ts";
import { Client } from "../clients/client.entity.ts";
import { ClientStatus } from "../clients/client.enums.ts";
import { addDays, weekStartOf } from "../common/time.ts";
import { SPARKLINE_WEEKS, type ProgressService } from "../progress/progress.service.ts";
import type { CaseloadEntry } from "./caseload.types.ts";
import { compareByTriage } from "./triage.ts";

const SPARKLINE_SESSIONS = 10;

export class CaseloadService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly progress: ProgressService,
    private readonly audit: AuditService,
    private readonly clock: () => Date,
  ) {}

  /**
   * The viewer's clients, the most serious concern first (see compareByTriage). The number of SQL statements is fixed, whatever the size of
   * the caseload: clients, then the summaries' few GROUP BYs over all of them, then one audit INSERT … SELECT.
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
    await this.audit.recordReads(
      { actorUserId: viewer.userId, action: AuditAction.READ_CASELOAD, sourceAddress },
      clients.map((client) => client.id),
    );
    const currentWeek = weekStartOf(today);
    const sparkWeeks = Array.from({ length: SPARKLINE_WEEKS }, (_, i) =>
      addDays(currentWeek, -7 * (SPARKLINE_WEEKS - i)),
    );
    const entries = clients.map((client): CaseloadEntry => {
      const { sessions, weeklyEpisodes, summary } = summaries.get(client.id)!;
      const ors = sessions.flatMap((session) => (session.ors == null ? [] : [session.ors]));
      return {
        client,
        status: summary.status,
        alertCount: summary.alerts.length,
        summary,
        sessionsAttended: summary.sessionsAttended,
        lastSessionDate: summary.lastSessionDate,
        latestOrs: ors.at(-1) ?? null,
        orsSparkline: ors.slice(-SPARKLINE_SESSIONS),
        episodesPerWeek: sparkWeeks.map((week) => weeklyEpisodes.get(week) ?? 0),
      };
    });
    return entries.sort((a, b) =>
      compareByTriage(
        { alerts: a.summary.alerts, lastSessionDate: a.lastSessionDate, displayName: a.client.displayName },
        { alerts: b.summary.alerts, lastSessionDate: b.lastSessionDate, displayName: b.client.displayName },
      ),
    );
  }
}
