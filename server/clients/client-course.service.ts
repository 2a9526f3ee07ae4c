import type { DataSource, EntityManager } from "typeorm";
import { AuditAction } from "../audit/audit-event.entity.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Actor } from "../auth/actor.ts";
import { NO_PASSWORD } from "../auth/password.ts";
import { Role } from "../auth/role.ts";
import { findVisibleClient } from "../auth/scope.ts";
import { User } from "../auth/user.entity.ts";
import { clinicTimeZone, todayIn } from "../clinics/clinic-time.ts";
import { badInput, forbidden } from "../common/errors.ts";
import { parseId } from "../common/ids.ts";
import { localDate, requiredText } from "../common/validation.ts";
import { firstRecordedDate, lastSessionDate } from "./client-course.queries.ts";
import { Client } from "./client.entity.ts";
import { CaseOutcome, ClientStatus } from "./client.enums.ts";
import { CLIENT_NAME_MAX, EMAIL_MAX, type AdmitClientInput, type UpdateClientInput } from "./client.inputs.ts";

/** A client's sign-in, as the therapist-scoped Client fields show it. */
export interface ClientAccount {
  email: string | null;
  hasAccount: boolean;
}

/** One "@", something on each side, a dot in the domain, no spaces: a typing slip, not a deliverability check. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** A sign-in email as stored: trimmed, lower-case, plausible. */
export function signInEmail(value: string, field = "email"): string {
  const email = value.trim().toLowerCase();
  if (email.length > EMAIL_MAX) throw badInput(field, `${field} is longer than ${EMAIL_MAX} characters.`);
  if (!EMAIL_PATTERN.test(email)) throw badInput(field, `${field} is not an email address.`);
  return email;
}

/** One answer for every therapist id that is not a transfer target, so that ids of other clinics cannot be probed. */
const NOT_A_TARGET = (field: string) =>
  badInput(field, `${field} must be an active therapist of your clinic other than the client's own.`);

/**
 * A client's course of treatment: admission (with a sign-in account when they have an email), changes to their
 * details, closing and reopening the case, and transfer to another therapist of the clinic. Each write is one
 * transaction with its audit event; the revision triggers move the cached figures' keys inside it.
 */
export class ClientCourseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: () => Date,
  ) {}

  /** The viewer's clinic's today, for "not in the future". */
  private async today(manager: EntityManager, clinicId: number): Promise<string> {
    return todayIn(await clinicTimeZone(manager, clinicId), this.clock());
  }

  private async assertEmailFree(manager: EntityManager, email: string, exceptUserId: number | null): Promise<void> {
    const taken = await manager.findOneBy(User, { email });
    if (taken && taken.id !== exceptUserId) throw badInput("email", "This email is already used by another account.");
  }

  /** Makes the client's account (role CLIENT, no password yet) and returns its id. */
  private async createAccount(manager: EntityManager, email: string, displayName: string, clinicId: number) {
    await this.assertEmailFree(manager, email, null);
    const { identifiers } = await manager.insert(User, {
      email,
      displayName,
      role: Role.CLIENT,
      passwordHash: NO_PASSWORD,
      clinicId,
      deactivatedAt: null,
    });
    return Number(identifiers[0]!.id);
  }

  async admit(actor: Actor, input: AdmitClientInput): Promise<Client> {
    const { viewer } = actor;
    if (viewer.role !== Role.THERAPIST) throw forbidden("Only a therapist admits clients.");
    const displayName = requiredText(input.displayName, "displayName", CLIENT_NAME_MAX);
    const email = input.email == null || input.email.trim() === "" ? null : signInEmail(input.email);
    const intakeDate = localDate(input.intakeDate, "intakeDate");
    return this.dataSource.transaction(async (manager) => {
      if (intakeDate > (await this.today(manager, viewer.clinicId)))
        throw badInput("intakeDate", "intakeDate cannot be in the future.");
      const userId = email ? await this.createAccount(manager, email, displayName, viewer.clinicId) : null;
      const { identifiers } = await manager.insert(Client, {
        displayName,
        therapistId: viewer.userId,
        clinicId: viewer.clinicId,
        intakeDate,
        complaint: input.complaint,
        ageBand: input.ageBand,
        status: ClientStatus.ACTIVE,
        closedOn: null,
        userId,
        baselineOrs: null,
      });
      const clientId = Number(identifiers[0]!.id);
      await this.audit.record(manager, {
        actorUserId: viewer.userId,
        action: AuditAction.CLIENT_ADMITTED,
        clientId,
        sourceAddress: actor.sourceAddress,
      });
      return manager.findOneByOrFail(Client, { id: clientId });
    });
  }

  async update(actor: Actor, input: UpdateClientInput): Promise<Client> {
    const clientId = parseId(input.clientId, "clientId");
    const displayName =
      input.displayName == null ? null : requiredText(input.displayName, "displayName", CLIENT_NAME_MAX);
    const email = input.email == null ? null : signInEmail(input.email);
    const intakeDate = input.intakeDate == null ? null : localDate(input.intakeDate, "intakeDate");
    return this.dataSource.transaction(async (manager) => {
      const client = await findVisibleClient(manager, actor, clientId);
      if (actor.viewer.role !== Role.THERAPIST) throw forbidden("Only the client's therapist changes their details.");
      const changes: Partial<Pick<Client, "displayName" | "complaint" | "ageBand" | "intakeDate" | "userId">> = {};
      if (displayName != null) changes.displayName = displayName;
      if (input.complaint != null) changes.complaint = input.complaint;
      if (input.ageBand != null) changes.ageBand = input.ageBand;
      if (intakeDate != null && intakeDate !== client.intakeDate) {
        if (intakeDate > (await this.today(manager, client.clinicId)))
          throw badInput("intakeDate", "intakeDate cannot be in the future.");
        const first = await firstRecordedDate(manager, clientId);
        if (first != null && intakeDate > first)
          throw badInput("intakeDate", `intakeDate cannot be after the first date recorded for the client (${first}).`);
        changes.intakeDate = intakeDate;
      }
      if (email != null) {
        if (client.userId == null) {
          changes.userId = await this.createAccount(manager, email, displayName ?? client.displayName, client.clinicId);
        } else {
          await this.assertEmailFree(manager, email, client.userId);
          await manager.update(User, { id: client.userId }, { email });
        }
      }
      if (displayName != null && client.userId != null)
        await manager.update(User, { id: client.userId }, { displayName });
      if (Object.keys(changes).length > 0) await manager.update(Client, { id: clientId }, changes);
      await this.audit.record(manager, {
        actorUserId: actor.viewer.userId,
        action: AuditAction.CLIENT_UPDATED,
        clientId,
        sourceAddress: actor.sourceAddress,
      });
      return manager.findOneByOrFail(Client, { id: clientId });
    });
  }

  /**
   * Closes the case as discharged or dropped out on `date`. From then on the client counts among the clinic's closed
   * cases: their sessions feed the expected-response curves and the supervisor's cohorts count them by outcome.
   */
  async close(actor: Actor, clientId: number, outcome: CaseOutcome, date: string): Promise<Client> {
    const closedOn = localDate(date, "date");
    return this.dataSource.transaction(async (manager) => {
      const client = await findVisibleClient(manager, actor, clientId);
      if (actor.viewer.role !== Role.THERAPIST) throw forbidden("Only the client's therapist closes the case.");
      if (client.status !== ClientStatus.ACTIVE) throw badInput("clientId", "This case is already closed.");
      if (closedOn > (await this.today(manager, client.clinicId)))
        throw badInput("date", "date cannot be in the future.");
      if (closedOn < client.intakeDate)
        throw badInput("date", `date (${closedOn}) is before the client's intake on ${client.intakeDate}.`);
      const last = await lastSessionDate(manager, clientId);
      if (last != null && closedOn < last)
        throw badInput("date", `date (${closedOn}) is before the client's last session on ${last}.`);
      await manager.update(
        Client,
        { id: clientId },
        { status: outcome === CaseOutcome.DISCHARGED ? ClientStatus.DISCHARGED : ClientStatus.DROPPED_OUT, closedOn },
      );
      await this.audit.record(manager, {
        actorUserId: actor.viewer.userId,
        action: AuditAction.CASE_CLOSED,
        clientId,
        sourceAddress: actor.sourceAddress,
      });
      return manager.findOneByOrFail(Client, { id: clientId });
    });
  }

  async reopen(actor: Actor, clientId: number): Promise<Client> {
    return this.dataSource.transaction(async (manager) => {
      const client = await findVisibleClient(manager, actor, clientId);
      if (actor.viewer.role !== Role.THERAPIST) throw forbidden("Only the client's therapist reopens the case.");
      if (client.status === ClientStatus.ACTIVE) throw badInput("clientId", "This case is not closed.");
      await manager.update(Client, { id: clientId }, { status: ClientStatus.ACTIVE, closedOn: null });
      await this.audit.record(manager, {
        actorUserId: actor.viewer.userId,
        action: AuditAction.CASE_REOPENED,
        clientId,
        sourceAddress: actor.sourceAddress,
      });
      return manager.findOneByOrFail(Client, { id: clientId });
    });
  }

  /** An active therapist of the clinic, or the one refusal that names no other clinic. */
  private async transferTarget(manager: EntityManager, clinicId: number, therapistId: number, field: string) {
    const target = await manager.findOneBy(User, { id: therapistId });
    if (!target || target.clinicId !== clinicId || target.role !== Role.THERAPIST || target.deactivatedAt != null)
      throw NOT_A_TARGET(field);
    return target;
  }

  /** Hands one client to another therapist of the clinic; the old therapist no longer sees them. */
  async transfer(actor: Actor, clientId: number, toTherapistId: number): Promise<Client> {
    return this.dataSource.transaction(async (manager) => {
      const client = await findVisibleClient(manager, actor, clientId);
      if (actor.viewer.role !== Role.THERAPIST) throw forbidden("Only the client's therapist transfers them.");
      if (toTherapistId === client.therapistId) throw NOT_A_TARGET("toTherapistId");
      await this.transferTarget(manager, client.clinicId, toTherapistId, "toTherapistId");
      await manager.update(Client, { id: clientId }, { therapistId: toTherapistId });
      await this.audit.record(manager, {
        actorUserId: actor.viewer.userId,
        action: AuditAction.CLIENT_TRANSFERRED,
        clientId,
        sourceAddress: actor.sourceAddress,
      });
      return manager.findOneByOrFail(Client, { id: clientId });
    });
  }

  /** For an admin: moves a therapist's active clients to another therapist of the clinic; returns how many. */
  async transferCaseload(actor: Actor, fromTherapistId: number, toTherapistId: number): Promise<number> {
    const { viewer } = actor;
    if (viewer.role !== Role.ADMIN) throw forbidden("Only an admin moves a whole caseload.");
    return this.dataSource.transaction(async (manager) => {
      const from = await manager.findOneBy(User, { id: fromTherapistId });
      if (!from || from.clinicId !== viewer.clinicId || from.role !== Role.THERAPIST)
        throw badInput("fromTherapistId", "fromTherapistId must be a therapist of your clinic.");
      if (toTherapistId === fromTherapistId) throw NOT_A_TARGET("toTherapistId");
      await this.transferTarget(manager, viewer.clinicId, toTherapistId, "toTherapistId");
      const moving = await manager
        .createQueryBuilder(Client, "c")
        .select("c.id", "id")
        .where("c.therapist_id = :from AND c.status = :active", { from: fromTherapistId, active: ClientStatus.ACTIVE })
        .orderBy("c.id")
        .getRawMany<{ id: number }>();
      const ids = moving.map((row) => Number(row.id));
      if (ids.length === 0) return 0;
      await manager
        .createQueryBuilder()
        .update(Client)
        .set({ therapistId: toTherapistId })
        .where("id IN (:...ids)", { ids })
        .execute();
      await this.audit.recordMany(
        manager,
        { actorUserId: viewer.userId, action: AuditAction.CLIENT_TRANSFERRED, sourceAddress: actor.sourceAddress },
        ids,
      );
      return ids.length;
    });
  }

  /** The other active therapists of the viewer's clinic, by name. */
  async colleagues(actor: Actor): Promise<{ id: number; displayName: string }[]> {
    const { viewer } = actor;
    if (viewer.role !== Role.THERAPIST) throw forbidden("Colleagues are listed for therapists.");
    const rows = await this.dataSource
      .getRepository(User)
      .createQueryBuilder("u")
      .select(["u.id", "u.displayName"])
      .where("u.clinicId = :clinicId AND u.role = :therapist AND u.deactivatedAt IS NULL AND u.id <> :self", {
        clinicId: viewer.clinicId,
        therapist: Role.THERAPIST,
        self: viewer.userId,
      })
      .orderBy("u.displayName")
      .addOrderBy("u.id")
      .getMany();
    return rows.map((row) => ({ id: row.id, displayName: row.displayName }));
  }

  /**
   * The sign-in of each of these clients the actor may see, in one statement: read under the scope predicate, so a
   * client outside it (and everyone for a supervisor or an admin) gets nothing.
   */
  async accounts(actor: Actor, clientIds: number[]): Promise<Map<number, ClientAccount>> {
    const found = new Map<number, ClientAccount>();
    if (clientIds.length === 0) return found;
    const rows = await this.dataSource
      .createQueryBuilder(Client, "c")
      .leftJoin(User, "u", "u.id = c.user_id")
      .select("c.id", "id")
      .addSelect("u.email", "email")
      .addSelect("u.password_hash", "passwordHash")
      .where("c.id IN (:...accountClientIds)", { accountClientIds: [...new Set(clientIds)] })
      .andWhere(actor.scope.sql, actor.scope.parameters)
      .getRawMany<{ id: number; email: string | null; passwordHash: string | null }>();
    for (const row of rows) {
      found.set(Number(row.id), {
        email: row.email ?? null,
        hasAccount: row.passwordHash != null && row.passwordHash !== NO_PASSWORD,
      });
    }
    return found;
  }
}
