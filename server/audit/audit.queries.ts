import type { DataSource, SelectQueryBuilder } from "typeorm";
import type { Actor } from "../auth/actor.ts";
import { findVisibleClient, restrictToVisibleClients } from "../auth/scope.ts";
import { Role } from "../auth/role.ts";
import { User } from "../auth/user.entity.ts";
import type { Viewer } from "../auth/viewer.ts";
import { todayIn } from "../clinics/clinic-time.ts";
import { Clinic } from "../clinics/clinic.entity.ts";
import { Client } from "../clients/client.entity.ts";
import { forbidden } from "../common/errors.ts";
import {
  checkPageSize,
  isStoredInstant,
  newestFirstPage,
  type Connection,
  type PageRequest,
  type PageSize,
} from "../common/paging.ts";
import { addMonths } from "../common/time.ts";
import { month } from "../common/validation.ts";
import type { RawBigint } from "../db/columns.ts";
import { type AuditAction, AuditEvent } from "./audit-event.entity.ts";
import type { AuditSummaryRow, ClientAccess } from "./audit.types.ts";

const CLIENT_ACTOR = "Clients (their own records)";
export const ACCESS_LOG_PAGE: PageSize = { default: 50, max: 200 };
/** The log is listed by instant (ISO text as stored), then id: a cursor is that pair. */
const ACCESS_LOG_CURSOR = { name: "access", isValue: isStoredInstant };
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
  id: RawBigint;
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

  /**
   * For a client's therapist (or the client): who read or changed this client's information, newest first, a page
   * at a time. Events without a person behind them (imports, operator exports) are not listed.
   */
  async clientAccess(actor: Actor, clientId: number, request: PageRequest): Promise<Connection<ClientAccess>> {
    checkPageSize(request.first, ACCESS_LOG_PAGE);
    const manager = this.dataSource.manager;
    await findVisibleClient(manager, actor, clientId);
    const query = manager
      .createQueryBuilder(AuditEvent, "a")
      .innerJoin(User, "u", "u.id = a.actorUserId")
      .innerJoin(Client, "c", "c.id = a.clientId")
      .where("a.clientId = :clientId", { clientId });
    return newestFirstPage(
      restrictToVisibleClients(query, actor.scope),
      { value: "a.at", id: "a.id" },
      ACCESS_LOG_CURSOR,
      request,
      async (page) => {
        const rows = await page
          .select("a.id", "id")
          .addSelect("u.displayName", "actor")
          .addSelect("u.role", "actorRole")
          .addSelect("a.action", "action")
          .addSelect("a.at", "at")
          .getRawMany<AccessRow>();
        return rows.map((row) => ({
          key: { value: row.at, id: Number(row.id) },
          node: { actor: row.actor, actorRole: row.actorRole, action: row.action, at: new Date(row.at) },
        }));
      },
    );
  }
}
