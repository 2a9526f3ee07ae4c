import type { EntityManager } from "typeorm";
import { localDateOf } from "../common/time.ts";
import { Clinic } from "./clinic.entity.ts";

/** The timezone every date of a clinic's clients is bucketed in. */
export async function clinicTimeZone(manager: EntityManager, clinicId: number): Promise<string> {
  const clinic = await manager.findOneByOrFail(Clinic, { id: clinicId });
  return clinic.timezone;
}

export function todayIn(timeZone: string, now: Date): string {
  return localDateOf(now, timeZone);
}
