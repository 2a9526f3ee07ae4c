import type { DataSource, SelectQueryBuilder } from "typeorm";
import type { Actor } from "../auth/actor.ts";
import { findVisibleClient } from "../auth/scope.ts";
import { Role } from "../auth/role.ts";
import { User } from "../auth/user.entity.ts";
import type { Viewer } from "../auth/viewer.ts";
import { todayIn } from "../clinics/clinic-time.ts";
import { Clinic } from "../clinics/clinic.entity.ts";
import { forbidden } from "../common/errors.ts";
import { addMonths } from "../common/time.ts";
import { month } from "../common/validation.ts";
import type { RawBigint } from "../db/columns.ts";
import { type AuditAction, AuditEvent } from "./audit-event.entity.ts";
import type { AuditSummaryRow, ClientAccess } from "./audit.types.ts";

const CLIENT_ACTOR = "Clients (their own records)";
const ACCESS_LOG_LIMIT = 200;
const DEFAULT_MONTHS = 12;

/** A count of one action in one month (`month` is YYYY-MM). */
interface MonthlyCountRow {
  action: AuditAction;
  month: string;
  count: RawBigint;
}

interface StaffCountRow extends MonthlyCountRow {
  actorId: number;
  actorName: string;
  actorRole: Role;
}

/** All client accounts together, with how many people stand behind the count. */
interface ClientsCountRow extends MonthlyCountRow {
  people: RawBigint;
}

interface AccessRow {
  actor: string;
  actorRole: Role;
  action: AuditAction;
  at: string;
}

/** Reads of the append-only log. Writing it is AuditService's; nothing anywhere updates or deletes it. */
export class AuditQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date,
  ) {}

  /**
   * For a supervisor: their clinic's log by actor, action and month (default: the last 12). Staff are named; all
   * client accounts are merged into one actor per action and month, and that row's count is shown only when at
   * least the clinic's minimum cell size of clients stand behind it, so no row is one person's activity.
   */
  async clinicSummary(viewer: Viewer, fromMonth: string | null, toMonth: string | null): Promise<AuditSummaryRow[]> {
    if (viewer.role !== Role.SUPERVISOR) throw forbidden();
    const manager = this.dataSource.manager;
    const clinic = await manager.findOneByOrFail(Clinic, { id: viewer.clinicId });
    const today = todayIn(clinic.timezone, this.clock());
    // Each month is checked before any arithmetic is done with it.
    const to = toMonth == null ? today.slice(0, 7) : month(toMonth, "toMonth");
    const from =
      fromMonth == null ? addMonths(`${to}-01`, -(DEFAULT_MONTHS - 1)).slice(0, 7) : month(fromMonth, "fromMonth");
    const inMonths = (query: SelectQueryBuilder<AuditEvent>) =>
      query
        .innerJoin(User, "u", "u.id = a.actorUserId")
        .addSelect("a.action", "action")
        .addSelect("SUBSTR(a.at, 1, 7)", "month")
        .addSelect("COUNT(*)", "count")
        .where("u.clinicId = :clinicId", { clinicId: viewer.clinicId })
        .andWhere("SUBSTR(a.at, 1, 7) BETWEEN :fromMonth AND :toMonth", { fromMonth: from, toMonth: to })
        .addGroupBy("a.action")
        .addGroupBy("SUBSTR(a.at, 1, 7)");
    const staff = await inMonths(
      manager
        .createQueryBuilder(AuditEvent, "a")
        .select("u.id", "actorId")
        .addSelect("u.displayName", "actorName")
        .addSelect("u.role", "actorRole"),
    )
      .andWhere("u.role <> :client", { client: Role.CLIENT })
      .addGroupBy("u.id")
      .addGroupBy("u.displayName")
      .addGroupBy("u.role")
      .getRawMany<StaffCountRow>();
    const clients = await inMonths(manager.createQueryBuilder(AuditEvent, "a").select("COUNT(DISTINCT u.id)", "people"))
      .andWhere("u.role = :client", { client: Role.CLIENT })
      .getRawMany<ClientsCountRow>();
    const rows: AuditSummaryRow[] = [
      ...staff.map((row) => ({
        actor: row.actorName,
        actorRole: row.actorRole,
        action: row.action,
        month: row.month,
        count: Number(row.count),
        suppressed: false,
      })),
      ...clients.map((row) => {
        const shown = Number(row.people) >= clinic.minCellSize;
        return {
          actor: CLIENT_ACTOR,
          actorRole: Role.CLIENT,
          action: row.action,
          month: row.month,
          count: shown ? Number(row.count) : null,
          suppressed: !shown,
        };
      }),
    ];
    return rows.sort(
      (a, b) =>
        b.month.localeCompare(a.month) ||
        (b.count ?? 0) - (a.count ?? 0) ||
        a.actor.localeCompare(b.actor) ||
        a.action.localeCompare(b.action),
    );
  }

  /** For a client's therapist (or the client): who read or changed this client's information, newest first. */
  async clientAccess(actor: Actor, clientId: number): Promise<ClientAccess[]> {
    const manager = this.dataSource.manager;
    await findVisibleClient(manager, actor, clientId);
    const rows = await manager
      .createQueryBuilder(AuditEvent, "a")
      .innerJoin(User, "u", "u.id = a.actorUserId")
      .select("u.displayName", "actor")
      .addSelect("u.role", "actorRole")
      .addSelect("a.action", "action")
      .addSelect("a.at", "at")
      .where("a.clientId = :clientId", { clientId })
      .orderBy("a.at", "DESC")
      .addOrderBy("a.id", "DESC")
      .limit(ACCESS_LOG_LIMIT)
      .getRawMany<AccessRow>();
    return rows.map((row) => ({
      actor: row.actor,
      actorRole: row.actorRole,
      action: row.action,
      at: new Date(row.at),
    }));
  }
}
