import type { EntityManager } from "typeorm";
import { localDateOf } from "../common/time.ts";
import { Clinic } from "./clinic.entity.ts";

/** The timezone every date of a clinic's clients is bucketed in. */
export async function clinicTimeZone(manager: EntityManager, clinicId: number): Promise<string> {
  const clinic = await manager.findOneByOrFail(Clinic, { id: clinicId });
  return clinic.timezone;
}

/** The clinic row: its timezone, and the revision its cached expected curve is keyed by. */
export function loadClinic(manager: EntityManager, clinicId: number): Promise<Clinic> {
  return manager.findOneByOrFail(Clinic, { id: clinicId });
}

export function todayIn(timeZone: string, now: Date): string {
  return localDateOf(now, timeZone);
}
