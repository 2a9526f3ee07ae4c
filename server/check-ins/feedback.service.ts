import { IsNull, type DataSource } from "typeorm";
import { AuditAction } from "../audit/audit-event.entity.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Actor } from "../auth/actor.ts";
import { restrictToVisibleClients } from "../auth/scope.ts";
import { Client } from "../clients/client.entity.ts";
import { badInput } from "../common/errors.ts";
import { roundToOneDecimal, scoreSrs } from "../measures/index.ts";
import type { ClinicalRules } from "../measures/rules.ts";
import { scored } from "../sessions/session-row.ts";
import { TherapySession } from "../sessions/session.entity.ts";
import { Attendance } from "../sessions/session.enums.ts";
import type { SrsInput } from "../sessions/session.inputs.ts";
import { RatingSource } from "./check-in.enums.ts";
import type { SessionFeedback } from "./check-in.types.ts";
import { FEEDBACK_WINDOW_MS } from "./windows.ts";

export class FeedbackService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly rules: ClinicalRules,
    private readonly clock: () => Date,
  ) {}

  /**
   * A client rates an attended session of theirs (the SRS) within 48 hours of it, once. Someone else's session and
   * one that does not exist get the same answer. The SRS is written into the session, marked as the client's.
   */
  async submit(actor: Actor, sessionId: number, srs: SrsInput): Promise<SessionFeedback> {
    const now = this.clock();
    const { total } = scored(() => scoreSrs(srs, this.rules));
    return this.dataSource.transaction(async (manager) => {
      const query = manager
        .createQueryBuilder(TherapySession, "s")
        .innerJoin(Client, "c", "c.id = s.clientId")
        .where("s.id = :sessionId", { sessionId });
      const session = await restrictToVisibleClients(query, actor.scope).getOne();
      if (!session) throw badInput("sessionId", "No session of yours has this id.");
      if (session.attendance !== Attendance.ATTENDED) {
        throw badInput("sessionId", "Only a session that took place can be rated.");
      }
      if (now.getTime() - session.occurredAt.getTime() > FEEDBACK_WINDOW_MS) {
        throw badInput("sessionId", "A session can be rated only in the 48 hours after it.");
      }
      if (session.srsTotal != null) throw badInput("sessionId", "This session has already been rated.");
      const items = {
        relationship: roundToOneDecimal(srs.relationship),
        goalsAndTopics: roundToOneDecimal(srs.goalsAndTopics),
        approachOrMethod: roundToOneDecimal(srs.approachOrMethod),
        overall: roundToOneDecimal(srs.overall),
      };
      const result = await manager.update(
        TherapySession,
        { id: session.id, srsTotal: IsNull() },
        {
          srsRelationship: items.relationship,
          srsGoalsAndTopics: items.goalsAndTopics,
          srsApproachOrMethod: items.approachOrMethod,
          srsOverall: items.overall,
          srsTotal: total,
          srsSourceColumn: RatingSource.CLIENT,
        },
      );
      if (!result.affected) throw badInput("sessionId", "This session has already been rated.");
      await this.audit.record(manager, {
        actorUserId: actor.viewer.userId,
        action: AuditAction.SESSION_FEEDBACK_SUBMITTED,
        clientId: session.clientId,
        sourceAddress: actor.sourceAddress,
      });
      return { sessionId: String(session.id), localDate: session.localDate, srs: items, srsTotal: total };
    });
  }
}
