import type { EntityManager } from "typeorm";
import type { Client } from "../clients/client.entity.ts";
import { ClientStatus } from "../clients/client.enums.ts";
import { bucketKeys } from "../common/time.ts";
import { TherapySession } from "../sessions/session.entity.ts";
import { Attendance } from "../sessions/session.enums.ts";
import { CheckIn } from "./check-in.entity.ts";
import { CheckInSchedule, PlanMeasure } from "./check-in.enums.ts";
import type { MeasurementPlan } from "./measurement-plan.entity.ts";

/**
 * What "due" and "the same session" mean. A check-in belongs to a window, named by a key stored with it; the
 * unique (client, key) pair is what makes a second check-in for one window impossible, even when two are sent at
 * once. Before each session the window runs from one attended session to the next (`S:<latest attended session id,
 * or 0>`), so recording a session opens the next one; weekly it is the week, Monday to Sunday in the clinic's
 * timezone (`W:<Monday>`).
 */

/** The measures a check-in asks for, in the order they are asked; the SRS is asked after a session instead. */
export const CHECK_IN_MEASURES: readonly PlanMeasure[] = [
  PlanMeasure.ORS,
  PlanMeasure.WEEK_RATING,
  PlanMeasure.PHQ9,
  PlanMeasure.GAD7,
];

/** How long after an attended session the client may rate it (the SRS). */
export const FEEDBACK_WINDOW_MS = 48 * 3_600_000;

/** A check-in may be adopted by a session up to this long after it was sent… */
export const ADOPT_BEFORE_MS = 7 * 86_400_000;
/** …and may have been sent this long after the session began (it is recorded at the session, at its start). */
export const ADOPT_AFTER_MS = 2 * 3_600_000;

/** How far back a check-in not yet adopted is offered to the therapist's record-session form. */
export const PENDING_MS = 7 * 86_400_000;

/** The plan's check-in measures, in the order a check-in asks for them. */
export function checkInMeasures(plan: MeasurementPlan | null): PlanMeasure[] {
  if (!plan) return [];
  return CHECK_IN_MEASURES.filter((measure) => plan.measures.includes(measure));
}

/** The key of the window `now` falls in, for a client on this schedule. */
export async function currentWindowKey(
  manager: EntityManager,
  clientId: number,
  schedule: CheckInSchedule,
  timeZone: string,
  now: Date,
): Promise<string> {
  if (schedule === CheckInSchedule.WEEKLY) return `W:${bucketKeys(now, timeZone).weekStart}`;
  const latest = await manager
    .createQueryBuilder(TherapySession, "s")
    .select("s.id", "id")
    .where("s.clientId = :clientId AND s.attendance = :attended", { clientId, attended: Attendance.ATTENDED })
    .orderBy("s.occurredAt", "DESC")
    .addOrderBy("s.id", "DESC")
    .limit(1)
    .getRawOne<{ id: number }>();
  return `S:${latest ? Number(latest.id) : 0}`;
}

/** The check-in due now, if any: its window's key and the measures it asks for. */
export async function dueCheckIn(
  manager: EntityManager,
  client: Client,
  plan: MeasurementPlan | null,
  timeZone: string,
  now: Date,
): Promise<{ key: string; measures: PlanMeasure[] } | null> {
  const measures = checkInMeasures(plan);
  if (!plan || measures.length === 0 || client.status !== ClientStatus.ACTIVE) return null;
  const key = await currentWindowKey(manager, client.id, plan.schedule, timeZone, now);
  const sent = await manager.existsBy(CheckIn, { clientId: client.id, windowKey: key });
  return sent ? null : { key, measures };
}

/** The attended sessions of a client the client may still rate: no SRS yet, and within 48 hours. Oldest first. */
export function sessionsAwaitingFeedback(
  manager: EntityManager,
  clientId: number,
  now: Date,
): Promise<TherapySession[]> {
  return manager
    .createQueryBuilder(TherapySession, "s")
    .where("s.clientId = :clientId AND s.attendance = :attended AND s.srsTotal IS NULL", {
      clientId,
      attended: Attendance.ATTENDED,
    })
    .andWhere("s.occurredAt >= :since", { since: new Date(now.getTime() - FEEDBACK_WINDOW_MS).toISOString() })
    .orderBy("s.occurredAt", "ASC")
    .addOrderBy("s.id", "ASC")
    .getMany();
}
