import type { DataSource, EntityManager, SelectQueryBuilder } from "typeorm";
import { AuditAction } from "../audit/audit-event.entity.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Actor } from "../auth/actor.ts";
import { findVisibleClient, restrictToVisibleClients } from "../auth/scope.ts";
import { User } from "../auth/user.entity.ts";
import { clinicTimeZone } from "../clinics/clinic-time.ts";
import { Client } from "../clients/client.entity.ts";
import { chunk, groupBy } from "../common/collections.ts";
import { badInput, notFound } from "../common/errors.ts";
import { parseId } from "../common/ids.ts";
import { buildEpisodeRow } from "../episodes/episode-row.ts";
import { SymptomEpisode } from "../episodes/episode.entity.ts";
import type { LogEpisodeInput } from "../episodes/episode.inputs.ts";
import type { ClinicalRules } from "../measures/rules.ts";
import { buildSessionRow } from "../sessions/session-row.ts";
import { TherapySession } from "../sessions/session.entity.ts";
import type { RecordSessionInput } from "../sessions/session.inputs.ts";
import { refreshSessionDerivedData } from "../sessions/session.service.ts";
import { RecordType } from "./correction.enums.ts";
import type { Correction } from "./correction.types.ts";
import { RecordCorrection } from "./record-correction.entity.ts";
import { changedKeys, episodeValues, sessionValues, type RecordValues } from "./record-values.ts";

export const REASON_MIN = 3;
export const REASON_MAX = 500;

/** Record ids per statement when reading histories, well inside both engines' limits on bound parameters. */
const IDS_PER_READ = 500;

interface CorrectionRow {
  recordId: number | string;
  correctedAt: string;
  correctedBy: string;
  reason: string;
  before: string;
  after: string;
}

/** The reason, trimmed; refusals worded for the person who gave it, as the dashboard shows them as they are. */
function validReason(value: string): string {
  const reason = value.trim();
  if (reason === "") throw badInput("reason", "Say why the record is corrected.");
  if (reason.length < REASON_MIN)
    throw badInput("reason", `Say why the record is corrected in at least ${REASON_MIN} characters.`);
  if (reason.length > REASON_MAX) throw badInput("reason", `The reason can be at most ${REASON_MAX} characters.`);
  return reason;
}

/** What a correction shows: the keys whose values differ, each with what it was and what it became. */
function correctionOf(row: CorrectionRow): Correction {
  const before = JSON.parse(row.before) as RecordValues;
  const after = JSON.parse(row.after) as RecordValues;
  return {
    correctedAt: new Date(row.correctedAt),
    correctedBy: row.correctedBy,
    reason: row.reason,
    changes: changedKeys(before, after).map((field) => ({
      field,
      before: before[field] ?? null,
      after: after[field] ?? null,
    })),
  };
}

/**
 * Corrections of recorded sessions and episodes by the client's therapist. The record is updated in place, so the
 * figures worked out from it (rollups, data revision) follow; what it said before is kept in `record_correction`,
 * in the same transaction, together with the audit event.
 */
export class CorrectionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly rules: ClinicalRules,
    private readonly clock: () => Date,
  ) {}

  /**
   * A session corrected by the therapist who recorded it, for a client still on their caseload. Homework is not
   * part of a correction: it is reviewed and set in the homework list, or in the next session.
   */
  async correctSession(
    actor: Actor,
    sessionId: number,
    reasonInput: string,
    input: RecordSessionInput,
  ): Promise<TherapySession> {
    const { viewer, sourceAddress } = actor;
    const reason = validReason(reasonInput);
    const clientId = parseId(input.clientId, "clientId");
    if (input.homeworkReviews.length > 0)
      throw badInput("homeworkReviews", "A correction changes the session itself; review homework in the list.");
    if (input.newHomework.length > 0)
      throw badInput("newHomework", "A correction changes the session itself; set new homework in the list.");
    const now = this.clock();
    return this.dataSource.transaction(async (manager) => {
      const query = manager
        .createQueryBuilder(TherapySession, "s")
        .innerJoin(Client, "c", "c.id = s.clientId")
        .where("s.id = :sessionId AND s.therapistId = :therapistId", { sessionId, therapistId: viewer.userId });
      const session = await lockForCorrection(restrictToVisibleClients(query, actor.scope), "s").getOne();
      // Same answer whether the session does not exist or is someone else's.
      if (!session) throw notFound("No session with this id is visible to you.", "sessionId");
      if (clientId !== session.clientId) throw badInput("clientId", "A correction keeps the session with its client.");
      const client = await findVisibleClient(manager, actor, session.clientId);
      const timeZone = await clinicTimeZone(manager, client.clinicId);
      const row = buildSessionRow(
        input,
        { clientId, therapistId: session.therapistId },
        timeZone,
        this.rules,
        now,
        client.intakeDate,
      );
      const before = sessionValues(session);
      const after = sessionValues(row);
      if (changedKeys(before, after).length === 0)
        throw badInput("input", "Nothing differs from the session as it was recorded.");
      await manager.update(TherapySession, { id: sessionId }, { ...row, createdAt: session.createdAt });
      await refreshSessionDerivedData(manager, clientId);
      await this.keep(manager, actor, RecordType.SESSION, session.id, clientId, reason, before, after, now);
      await this.audit.record(manager, {
        actorUserId: viewer.userId,
        action: AuditAction.SESSION_CORRECTED,
        clientId,
        sourceAddress,
      });
      return manager.findOneByOrFail(TherapySession, { id: sessionId });
    });
  }

  /** An episode of one of the therapist's clients, whoever logged it; who logged it stays as it was. */
  async correctEpisode(
    actor: Actor,
    episodeId: number,
    reasonInput: string,
    input: LogEpisodeInput,
  ): Promise<SymptomEpisode> {
    const { viewer, sourceAddress } = actor;
    const reason = validReason(reasonInput);
    if (input.clientId == null) throw badInput("clientId", "clientId is required.");
    const clientId = parseId(input.clientId, "clientId");
    const now = this.clock();
    return this.dataSource.transaction(async (manager) => {
      const query = manager
        .createQueryBuilder(SymptomEpisode, "e")
        .innerJoin(Client, "c", "c.id = e.clientId")
        .where("e.id = :episodeId", { episodeId });
      const episode = await lockForCorrection(restrictToVisibleClients(query, actor.scope), "e").getOne();
      if (!episode) throw notFound("No episode with this id is visible to you.", "episodeId");
      if (clientId !== episode.clientId) throw badInput("clientId", "A correction keeps the episode with its client.");
      const client = await findVisibleClient(manager, actor, episode.clientId);
      const timeZone = await clinicTimeZone(manager, client.clinicId);
      const row = buildEpisodeRow(
        input,
        { clientId, loggedBy: episode.loggedBy, loggedByUserId: episode.loggedByUserId },
        timeZone,
        now,
        client.intakeDate,
      );
      const before = episodeValues(episode);
      const after = episodeValues(row);
      if (changedKeys(before, after).length === 0)
        throw badInput("input", "Nothing differs from the episode as it was logged.");
      await manager.update(SymptomEpisode, { id: episodeId }, { ...row, createdAt: episode.createdAt });
      await this.keep(manager, actor, RecordType.EPISODE, episode.id, clientId, reason, before, after, now);
      await this.audit.record(manager, {
        actorUserId: viewer.userId,
        action: AuditAction.EPISODE_CORRECTED,
        clientId,
        sourceAddress,
      });
      return manager.findOneByOrFail(SymptomEpisode, { id: episodeId });
    });
  }

  private async keep(
    manager: EntityManager,
    actor: Actor,
    recordType: RecordType,
    recordId: number,
    clientId: number,
    reason: string,
    before: RecordValues,
    after: RecordValues,
    now: Date,
  ): Promise<void> {
    await manager.insert(RecordCorrection, {
      clientId,
      recordType,
      recordId,
      correctedBy: actor.viewer.userId,
      correctedAt: now,
      reason,
      before,
      after,
    });
  }

  /**
   * The corrections of many records of one type, oldest first, by record id: one statement for a page of records.
   * Read under the viewer's client scope, like the records themselves.
   */
  async histories(actor: Actor, recordType: RecordType, recordIds: number[]): Promise<Map<number, Correction[]>> {
    const rows: CorrectionRow[] = [];
    for (const ids of chunk([...new Set(recordIds)], IDS_PER_READ)) {
      const query = this.dataSource.manager
        .createQueryBuilder(RecordCorrection, "rc")
        .innerJoin(Client, "c", "c.id = rc.clientId")
        .innerJoin(User, "u", "u.id = rc.correctedBy")
        .where("rc.recordType = :recordType AND rc.recordId IN (:...ids)", { recordType, ids });
      rows.push(
        ...(await restrictToVisibleClients(query, actor.scope)
          .select("rc.recordId", "recordId")
          .addSelect("rc.correctedAt", "correctedAt")
          .addSelect("u.displayName", "correctedBy")
          .addSelect("rc.reason", "reason")
          .addSelect("rc.before", "before")
          .addSelect("rc.after", "after")
          .orderBy("rc.correctedAt", "ASC")
          .addOrderBy("rc.id", "ASC")
          .getRawMany<CorrectionRow>()),
      );
    }
    const byRecord = groupBy(rows, (row) => Number(row.recordId));
    return new Map([...byRecord].map(([id, group]) => [id, group.map(correctionOf)]));
  }
}

/**
 * Two corrections of one record at once must each keep what the other left: the second waits for the first's
 * commit and reads the record after it. PostgreSQL locks the row; SQLite's transactions already take turns.
 */
function lockForCorrection<T extends object>(query: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
  return query.connection.options.type === "postgres" ? query.setLock("pessimistic_write", undefined, [alias]) : query;
}
