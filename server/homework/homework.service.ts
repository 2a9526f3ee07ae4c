import type { DataSource } from "typeorm";
import { AuditAction } from "../audit/audit-event.entity.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Actor } from "../auth/actor.ts";
import { findVisibleClient, restrictToVisibleClients } from "../auth/scope.ts";
import { Role } from "../auth/role.ts";
import { clinicTimeZone, todayIn } from "../clinics/clinic-time.ts";
import { Client } from "../clients/client.entity.ts";
import { clientForWrite } from "../clients/own-client.ts";
import { badInput, notFound } from "../common/errors.ts";
import { parseId } from "../common/ids.ts";
import {
  checkPageSize,
  isStoredDate,
  newestFirstPage,
  type Connection,
  type PageRequest,
  type PageSize,
} from "../common/paging.ts";
import { TherapySession } from "../sessions/session.entity.ts";
import { buildHomeworkRow, validateHelpfulness } from "./homework-row.ts";
import { Homework } from "./homework.entity.ts";
import { AssignedBy } from "./homework.enums.ts";
import type { AssignHomeworkInput, UpdateHomeworkInput } from "./homework.inputs.ts";

export const HOMEWORK_PAGE: PageSize = { default: 30, max: 100 };

/** Homework is listed by due date, then id: a cursor is that pair. */
const HOMEWORK_CURSOR = { name: "homework", isValue: isStoredDate };

export class HomeworkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: () => Date,
  ) {}

  /** A therapist sets homework for a client; a client sets it for themself (recorded as SELF-assigned). */
  async assign(actor: Actor, input: AssignHomeworkInput): Promise<Homework> {
    const { viewer, sourceAddress } = actor;
    const now = this.clock();
    return this.dataSource.transaction(async (manager) => {
      const client = await clientForWrite(manager, actor, input.clientId);
      const timeZone = await clinicTimeZone(manager, client.clinicId);
      let assignedInSessionId: number | null = null;
      if (input.assignedInSessionId != null) {
        assignedInSessionId = parseId(input.assignedInSessionId, "assignedInSessionId");
        const exists = await manager.existsBy(TherapySession, { id: assignedInSessionId, clientId: client.id });
        if (!exists) throw badInput("assignedInSessionId", "No such session for this client.");
      }
      const row = buildHomeworkRow(
        {
          type: input.type,
          description: input.description,
          dueDate: input.dueDate,
          assignedBy: viewer.role === Role.CLIENT ? AssignedBy.SELF : AssignedBy.THERAPIST,
          assignedAt: now,
          assignedInSessionId,
        },
        client.id,
        todayIn(timeZone, now),
        { intakeDate: client.intakeDate },
      );
      const { identifiers } = await manager.insert(Homework, row);
      await this.audit.record(manager, {
        actorUserId: viewer.userId,
        action: AuditAction.ASSIGN_HOMEWORK,
        clientId: client.id,
        sourceAddress,
      });
      return manager.findOneByOrFail(Homework, { id: Number(identifiers[0]!.id) });
    });
  }

  /**
   * A page of a client's homework, latest due date first: for review in session and for the client's own list.
   * Every page read is audited.
   */
  async list(actor: Actor, clientId: number, request: PageRequest): Promise<Connection<Homework>> {
    checkPageSize(request.first, HOMEWORK_PAGE);
    const manager = this.dataSource.manager;
    await findVisibleClient(manager, actor, clientId);
    const query = manager
      .createQueryBuilder(Homework, "h")
      .innerJoin(Client, "c", "c.id = h.clientId")
      .where("h.clientId = :clientId", { clientId });
    const page = await newestFirstPage(
      restrictToVisibleClients(query, actor.scope),
      { value: "h.dueDate", id: "h.id" },
      HOMEWORK_CURSOR,
      request,
      async (rows) => (await rows.getMany()).map((node) => ({ key: { value: node.dueDate, id: node.id }, node })),
    );
    await this.audit.recordReads(
      { actorUserId: actor.viewer.userId, action: AuditAction.READ_HOMEWORK, sourceAddress: actor.sourceAddress },
      [clientId],
    );
    return page;
  }

  /** Status and helpfulness, by the client's therapist or the client. */
  async update(actor: Actor, input: UpdateHomeworkInput): Promise<Homework> {
    const { viewer, sourceAddress } = actor;
    const homeworkId = parseId(input.homeworkId, "homeworkId");
    const helpfulness = validateHelpfulness(input.helpfulness, "helpfulness");
    if (input.status == null && input.helpfulness == null && input.reviewedInSessionId == null) {
      throw badInput("status", "Nothing to update: give a status, a helpfulness rating or a reviewing session.");
    }
    return this.dataSource.transaction(async (manager) => {
      // Same answer whether the homework does not exist or belongs to someone outside the viewer's scope.
      const query = manager
        .createQueryBuilder(Homework, "h")
        .innerJoin(Client, "c", "c.id = h.clientId")
        .where("h.id = :homeworkId", { homeworkId });
      const homework = await restrictToVisibleClients(query, actor.scope).getOne();
      if (!homework) throw notFound("No homework with this id is visible to you.", "homeworkId");
      const changes: Partial<Homework> = { updatedAt: this.clock() };
      if (input.status != null) changes.status = input.status;
      if (input.helpfulness != null) changes.helpfulness = helpfulness;
      if (input.reviewedInSessionId != null) {
        const sessionId = parseId(input.reviewedInSessionId, "reviewedInSessionId");
        const exists = await manager.existsBy(TherapySession, { id: sessionId, clientId: homework.clientId });
        if (!exists) throw badInput("reviewedInSessionId", "No such session for this client.");
        changes.reviewedInSessionId = sessionId;
      }
      await manager.update(Homework, { id: homeworkId }, changes);
      await this.audit.record(manager, {
        actorUserId: viewer.userId,
        action: AuditAction.UPDATE_HOMEWORK,
        clientId: homework.clientId,
        sourceAddress,
      });
      return manager.findOneByOrFail(Homework, { id: homeworkId });
    });
  }
}
