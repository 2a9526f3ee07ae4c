import type { DataSource } from "typeorm";
import { findVisibleClient } from "../auth/scope.ts";
import { Role } from "../auth/role.ts";
import { User } from "../auth/user.entity.ts";
import type { Viewer } from "../auth/viewer.ts";
import { clinicTimeZone, todayIn } from "../clinics/clinic-time.ts";
import { forbidden } from "../common/errors.ts";
import { parseId } from "../common/ids.ts";
import { addMonths } from "../common/time.ts";
import { month } from "../common/validation.ts";
import { AuditEvent } from "./audit-event.entity.ts";
import type { AuditSummaryRow, ClientAccess } from "./audit.types.ts";

const CLIENT_ACTOR = "A client (own record)";
const ACCESS_LOG_LIMIT = 200;
const DEFAULT_MONTHS = 12;

/** Reads of the append-only log. Writing it is AuditService's; nothing anywhere updates or deletes it. */
export class AuditQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date,
  ) {}

  /** For a supervisor: their clinic's log by actor, action and month (default: the last 12). Clients are never named. */
  async clinicSummary(viewer: Viewer, fromMonth: string | null, toMonth: string | null): Promise<AuditSummaryRow[]> {
    if (viewer.role !== Role.SUPERVISOR) throw forbidden();
    const manager = this.dataSource.manager;
    const today = todayIn(await clinicTimeZone(manager, viewer.clinicId), this.clock());
    // Each month is checked before any arithmetic is done with it.
    const to = toMonth == null ? today.slice(0, 7) : month(toMonth, "toMonth");
    const from = fromMonth == null ? addMonths(`${to}-01`, -(DEFAULT_MONTHS - 1)).slice(0, 7) : month(fromMonth, "fromMonth");
    const months = { from, to };
    const rows = await manager
      .createQueryBuilder(AuditEvent, "a")
      .innerJoin(User, "u", "u.id = a.actorUserId")
      .select("u.id", "actorId")
      .addSelect("u.displayName", "actorName")
      .addSelect("u.role", "actorRole")
      .addSelect("a.action", "action")
      .addSelect("SUBSTR(a.at, 1, 7)", "month")
      .addSelect("COUNT(*)", "count")
      .where("u.clinicId = :clinicId", { clinicId: viewer.clinicId })
      .andWhere("SUBSTR(a.at, 1, 7) BETWEEN :fromMonth AND :toMonth", { fromMonth: months.from, toMonth: months.to })
      .groupBy("u.id")
      .addGroupBy("u.displayName")
      .addGroupBy("u.role")
      .addGroupBy("a.action")
      .addGroupBy("SUBSTR(a.at, 1, 7)")
      .orderBy("month", "DESC")
      .addOrderBy("count", "DESC")
      .getRawMany();
    return rows.map((row) => ({
      actor: row.actorRole === Role.CLIENT ? CLIENT_ACTOR : row.actorName,
      actorRole: row.actorRole,
      action: row.action,
      month: row.month,
      count: Number(row.count),
    }));
  }

  /** For a client's therapist (or the client): who read or changed this client's information, newest first. */
  async clientAccess(viewer: Viewer, clientIdInput: string): Promise<ClientAccess[]> {
    const clientId = parseId(clientIdInput, "clientId");
    const manager = this.dataSource.manager;
    await findVisibleClient(manager, viewer, clientId);
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
      .getRawMany();
    return rows.map((row) => ({ actor: row.actor, actorRole: row.actorRole, action: row.action, at: new Date(row.at) }));
  }
}
