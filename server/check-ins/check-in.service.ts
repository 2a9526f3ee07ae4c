import { IsNull, type DataSource, type EntityManager } from "typeorm";
import { AuditAction } from "../audit/audit-event.entity.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Actor } from "../auth/actor.ts";
import { restrictToVisibleClients } from "../auth/scope.ts";
import { loadClinic } from "../clinics/clinic-time.ts";
import { clientRecordsPage } from "../clients/client-records.ts";
import { Client } from "../clients/client.entity.ts";
import { ClientStatus } from "../clients/client.enums.ts";
import { badInput } from "../common/errors.ts";
import { isStoredInstant, type Connection, type PageRequest, type PageSize } from "../common/paging.ts";
import { bucketKeys } from "../common/time.ts";
import type { ClinicalRules } from "../measures/rules.ts";
import { buildCheckInAnswers, safetyRulesMet } from "./check-in-row.ts";
import { CheckIn } from "./check-in.entity.ts";
import { DueKind, PlanMeasure } from "./check-in.enums.ts";
import type { SubmitCheckInInput } from "./check-in.inputs.ts";
import type { CheckInDue } from "./check-in.types.ts";
import { crisisResourcesOf, showWith } from "./crisis-resources.ts";
import { MeasurementPlan } from "./measurement-plan.entity.ts";
import { ownClientRecord } from "./own-check-in-client.ts";
import { RiskAlert } from "./risk-alert.entity.ts";
import {
  checkInMeasures,
  currentWindowKey,
  dueCheckIn,
  FEEDBACK_WINDOW_MS,
  PENDING_MS,
  sessionsAwaitingFeedback,
} from "./windows.ts";

export const CHECK_IN_PAGE: PageSize = { default: 20, max: 100 };

/** Check-ins are listed by when they were sent, then id: a cursor is that pair. */
const CHECK_IN_CURSOR = { name: "checkIns", isValue: isStoredInstant };

/** The unique (client, window) key of check_in, however the engine reports a row that breaks it. */
function isSecondCheckInForWindow(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string; table?: string; message?: string } }).driverError;
  if (!driverError) return false;
  if (driverError.code === "23505") return driverError.table === "check_in";
  return /UNIQUE constraint failed: check_in\./.test(driverError.message ?? "");
}

export class CheckInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly rules: ClinicalRules,
    private readonly clock: () => Date,
  ) {}

  /** What the signed-in client is asked to do now: the check-in due, then each session to rate, soonest deadline first. */
  async due(actor: Actor, clientIdInput: string | null | undefined): Promise<CheckInDue[]> {
    const now = this.clock();
    const manager = this.dataSource.manager;
    const client = await ownClientRecord(manager, actor, clientIdInput);
    const plan = await manager.findOneBy(MeasurementPlan, { clientId: client.id });
    const { timezone } = await loadClinic(manager, client.clinicId);
    const due: CheckInDue[] = [];
    const checkIn = await dueCheckIn(manager, client, plan, timezone, now);
    if (checkIn) {
      due.push({ kind: DueKind.CHECK_IN, ...checkIn, sessionId: null, sessionDate: null, deadline: null });
    }
    if (plan?.measures.includes(PlanMeasure.SRS)) {
      for (const session of await sessionsAwaitingFeedback(manager, client.id, now)) {
        due.push({
          kind: DueKind.SESSION_FEEDBACK,
          key: String(session.id),
          measures: [PlanMeasure.SRS],
          sessionId: String(session.id),
          sessionDate: session.localDate,
          deadline: new Date(session.occurredAt.getTime() + FEEDBACK_WINDOW_MS),
        });
      }
    }
    return due;
  }

  /**
   * A client sends the check-in due. Everything is checked before anything is written; the check-in, the risk alert
   * a safety rule raises and their audit events are one transaction. A second check-in for the same window is
   * refused here, or, when two arrive at once, by the unique key, with the same answer.
   */
  async submit(actor: Actor, input: SubmitCheckInInput): Promise<CheckIn> {
    const now = this.clock();
    try {
      return await this.dataSource.transaction((manager) => this.submitIn(manager, actor, input, now));
    } catch (error) {
      if (isSecondCheckInForWindow(error)) throw badInput("due", "This check-in has already been sent.");
      throw error;
    }
  }

  private async submitIn(manager: EntityManager, actor: Actor, input: SubmitCheckInInput, now: Date) {
    const { viewer, sourceAddress } = actor;
    const client = await ownClientRecord(manager, actor, input.clientId);
    const plan = await manager.findOneBy(MeasurementPlan, { clientId: client.id });
    const measures = checkInMeasures(plan);
    if (!plan || measures.length === 0 || client.status !== ClientStatus.ACTIVE) {
      throw badInput("due", "No check-in is due.");
    }
    const clinic = await loadClinic(manager, client.clinicId);
    const windowKey = await currentWindowKey(manager, client.id, plan.schedule, clinic.timezone, now);
    if (input.due !== windowKey) throw badInput("due", "This check-in is no longer due.");
    if (await manager.existsBy(CheckIn, { clientId: client.id, windowKey })) {
      throw badInput("due", "This check-in has already been sent.");
    }
    const answers = buildCheckInAnswers(input, measures, this.rules);
    const rulesMet = safetyRulesMet(answers, this.rules);
    const resources = rulesMet.length ? await crisisResourcesOf(manager, client.clinicId) : [];

    const { identifiers } = await manager.insert(CheckIn, {
      ...answers,
      clientId: client.id,
      windowKey,
      submittedAt: now,
      localDate: bucketKeys(now, clinic.timezone).localDate,
      sessionId: null,
    });
    const checkInId = Number(identifiers[0]!.id);
    const audit = (action: AuditAction) =>
      this.audit.record(manager, { actorUserId: viewer.userId, action, clientId: client.id, sourceAddress });
    await audit(AuditAction.CHECK_IN_SUBMITTED);
    if (rulesMet.length) {
      await manager.insert(RiskAlert, {
        clientId: client.id,
        checkInId,
        rules: rulesMet,
        raisedAt: now,
        acknowledgedAt: null,
        acknowledgedById: null,
        action: null,
        note: null,
      });
      await audit(AuditAction.RISK_ALERT_RAISED);
      await audit(AuditAction.CRISIS_RESOURCES_SHOWN);
    }
    return showWith(await manager.findOneByOrFail(CheckIn, { id: checkInId }), resources);
  }

  /** The safety rules a check-in met; the CheckIn.safetyConcern field. */
  safetyRulesOf(checkIn: CheckIn): string[] {
    return safetyRulesMet(checkIn, this.rules);
  }

  /** A page of a client's check-ins, newest first by when they were sent, read through the viewer's scope. Audited. */
  list(actor: Actor, clientId: number, request: PageRequest): Promise<Connection<CheckIn>> {
    return clientRecordsPage(
      this.dataSource.manager,
      this.audit,
      actor,
      {
        entity: CheckIn,
        alias: "ci",
        cursor: CHECK_IN_CURSOR,
        pageSize: CHECK_IN_PAGE,
        readAction: AuditAction.READ_CHECK_INS,
        sortBy: "submittedAt",
      },
      clientId,
      request,
    );
  }

  /** The latest check-in no session has adopted, sent in the last 7 days: what the record-session form offers. */
  pending(actor: Actor, clientId: number): Promise<CheckIn | null> {
    const since = new Date(this.clock().getTime() - PENDING_MS);
    const query = this.dataSource.manager
      .createQueryBuilder(CheckIn, "ci")
      .innerJoin(Client, "c", "c.id = ci.clientId")
      .where("ci.clientId = :clientId AND ci.sessionId IS NULL AND ci.submittedAt >= :since", {
        clientId,
        since: since.toISOString(),
      })
      .orderBy("ci.submittedAt", "DESC")
      .addOrderBy("ci.id", "DESC")
      .limit(1);
    return restrictToVisibleClients(query, actor.scope).getOne();
  }
}

/** Marks a check-in as adopted by a session, unless another session took it first; for recordSession. */
export async function markAdopted(manager: EntityManager, checkInId: number, sessionId: number): Promise<boolean> {
  const result = await manager.update(CheckIn, { id: checkInId, sessionId: IsNull() }, { sessionId });
  return Boolean(result.affected);
}
