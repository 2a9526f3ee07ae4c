import type { DataSource, EntityManager } from "typeorm";
import { AuditAction } from "../audit/audit-event.entity.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Actor } from "../auth/actor.ts";
import { findVisibleClient } from "../auth/scope.ts";
import { checkInToAdopt, ratingsOf } from "../check-ins/adoption.ts";
import { markAdopted } from "../check-ins/check-in.service.ts";
import { RatingSource } from "../check-ins/check-in.enums.ts";
import { clinicTimeZone, todayIn } from "../clinics/clinic-time.ts";
import { Client } from "../clients/client.entity.ts";
import { clientRecordsPage } from "../clients/client-records.ts";
import { ClientStatus } from "../clients/client.enums.ts";
import { badInput } from "../common/errors.ts";
import { parseId } from "../common/ids.ts";
import { LIST_LIMITS } from "../common/input-limits.ts";
import { isStoredInstant, type Connection, type PageRequest, type PageSize } from "../common/paging.ts";
import { boundedList } from "../common/validation.ts";
import { buildHomeworkRow, validateHelpfulness } from "../homework/homework-row.ts";
import { Homework } from "../homework/homework.entity.ts";
import { AssignedBy, HomeworkStatus } from "../homework/homework.enums.ts";
import type { ClinicalRules } from "../measures/rules.ts";
import { buildSessionRow } from "./session-row.ts";
import { TherapySession } from "./session.entity.ts";
import { Attendance } from "./session.enums.ts";
import type { RecordSessionInput } from "./session.inputs.ts";

export const SESSION_PAGE: PageSize = { default: 20, max: 100 };

/** Sessions are listed by when they took place, then id: a cursor is that pair. */
const SESSION_CURSOR = { name: "sessions", isValue: isStoredInstant };

/**
 * Keeps `number` the ordinal of each attended session in time order (a back-dated session shifts later ones), and
 * `client.baseline_ors` the ORS of the first rated one. Runs inside the write transaction.
 */
export async function refreshSessionDerivedData(manager: EntityManager, clientId: number): Promise<void> {
  const attended = await manager
    .createQueryBuilder(TherapySession, "s")
    .select(["s.id", "s.number"])
    .where("s.clientId = :clientId AND s.attendance = :attended", { clientId, attended: Attendance.ATTENDED })
    .orderBy("s.occurredAt", "ASC")
    .addOrderBy("s.id", "ASC")
    .getMany();
  for (const [index, session] of attended.entries()) {
    if (session.number !== index + 1) await manager.update(TherapySession, { id: session.id }, { number: index + 1 });
  }
  const first = await manager
    .createQueryBuilder(TherapySession, "s")
    .select("s.orsTotal", "orsTotal")
    .where("s.clientId = :clientId AND s.orsTotal IS NOT NULL", { clientId })
    .orderBy("s.occurredAt", "ASC")
    .limit(1)
    .getRawOne<{ orsTotal: number }>();
  await manager.update(Client, { id: clientId }, { baselineOrs: first ? Number(first.orsTotal) : null });
}

export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly rules: ClinicalRules,
    private readonly clock: () => Date,
  ) {}

  /**
   * Records a follow-up session as it happens: ratings, priority issue, techniques, the review of homework that
   * was due and the new homework — all in one transaction, so an error anywhere writes nothing. With
   * `adoptCheckInId` the week rating, ORS, PHQ-9 and GAD-7 are the client's check-in's, marked as the client's.
   */
  async record(actor: Actor, input: RecordSessionInput): Promise<TherapySession> {
    const { viewer, sourceAddress } = actor;
    const clientId = parseId(input.clientId, "clientId");
    const now = this.clock();
    boundedList(input.homeworkReviews, "homeworkReviews", LIST_LIMITS.homeworkReviews);
    boundedList(input.newHomework, "newHomework", LIST_LIMITS.newHomework);
    return this.dataSource.transaction(async (manager) => {
      const client = await findVisibleClient(manager, actor, clientId);
      // A closed case's sessions are part of the clinic's expected curves; reopen the case to add one.
      if (client.status !== ClientStatus.ACTIVE)
        throw badInput("clientId", "This case is closed; reopen it to record a session.");
      const adopted =
        input.adoptCheckInId == null
          ? null
          : await checkInToAdopt(manager, actor, clientId, { ...input, adoptCheckInId: input.adoptCheckInId });
      const timeZone = await clinicTimeZone(manager, client.clinicId);
      const row = buildSessionRow(
        adopted ? { ...input, ...ratingsOf(adopted) } : input,
        { clientId, therapistId: viewer.userId },
        timeZone,
        this.rules,
        now,
        client.intakeDate,
      );
      const today = todayIn(timeZone, now);
      const newHomework = input.newHomework.map((draft, index) =>
        buildHomeworkRow(
          { ...draft, assignedBy: AssignedBy.THERAPIST, assignedAt: input.occurredAt },
          clientId,
          today,
          {
            fieldPrefix: `newHomework[${index}].`,
            intakeDate: client.intakeDate,
          },
        ),
      );
      const reviews = input.homeworkReviews.map((review, index) => {
        const field = `homeworkReviews[${index}]`;
        if (review.status === HomeworkStatus.ASSIGNED) {
          throw badInput(`${field}.status`, "A reviewed homework is COMPLETED, PARTIAL or NOT_DONE.");
        }
        return {
          id: parseId(review.homeworkId, `${field}.homeworkId`),
          field,
          status: review.status,
          helpfulness: validateHelpfulness(review.helpfulness, `${field}.helpfulness`),
        };
      });

      if (adopted) Object.assign(row, { ratingsSource: RatingSource.CLIENT, checkInId: adopted.id });

      const { identifiers } = await manager.insert(TherapySession, row);
      const sessionId = Number(identifiers[0]!.id);
      // Another session may have taken the check-in since it was read: then this one is refused, and writes nothing.
      if (adopted && !(await markAdopted(manager, adopted.id, sessionId))) {
        throw badInput("adoptCheckInId", "This check-in is already the ratings of another session.");
      }
      for (const review of reviews) {
        const result = await manager.update(
          Homework,
          { id: review.id, clientId },
          { status: review.status, helpfulness: review.helpfulness, reviewedInSessionId: sessionId, updatedAt: now },
        );
        if (!result.affected) throw badInput(`${review.field}.homeworkId`, "No such homework for this client.");
      }
      for (const homework of newHomework) {
        await manager.insert(Homework, { ...homework, assignedInSessionId: sessionId });
      }
      await refreshSessionDerivedData(manager, clientId);
      await this.audit.record(manager, {
        actorUserId: viewer.userId,
        action: AuditAction.RECORD_SESSION,
        clientId,
        sourceAddress,
      });
      if (adopted) {
        await this.audit.record(manager, {
          actorUserId: viewer.userId,
          action: AuditAction.CHECK_IN_ADOPTED,
          clientId,
          sourceAddress,
        });
      }
      return manager.findOneByOrFail(TherapySession, { id: sessionId });
    });
  }

  /** A page of a client's sessions, newest first, for reading back what was written. Every page read is audited. */
  list(actor: Actor, clientId: number, request: PageRequest): Promise<Connection<TherapySession>> {
    return clientRecordsPage(
      this.dataSource.manager,
      this.audit,
      actor,
      {
        entity: TherapySession,
        alias: "s",
        cursor: SESSION_CURSOR,
        pageSize: SESSION_PAGE,
        readAction: AuditAction.READ_SESSIONS,
      },
      clientId,
      request,
    );
  }
}
