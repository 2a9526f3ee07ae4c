/**
 * The rows behind "what works for this client": one statement per table (sessions, homework, episodes, plan
 * revisions), whatever the number of analyses run on them. Each joins `client c` and carries the viewer's scope
 * predicate through `scoped`, so rows outside the scope are never read.
 */
import type { EntityManager } from "typeorm";
import type { ClientScope } from "../auth/scope.ts";
import { SymptomEpisode } from "../episodes/episode.entity.ts";
import { Homework } from "../homework/homework.entity.ts";
import { PlanRevision } from "../plans/plan-revision.entity.ts";
import { scoped } from "../progress/progress.queries.ts";
import { TherapySession } from "../sessions/session.entity.ts";

export type WhatWorksSession = Pick<
  TherapySession,
  | "number"
  | "occurredAt"
  | "localDate"
  | "attendance"
  | "orsTotal"
  | "srsTotal"
  | "phq9Total"
  | "gad7Total"
  | "weekRating"
  | "techniquesUsed"
>;
export type WhatWorksHomework = Pick<Homework, "dueDate" | "status" | "helpfulness">;
export type WhatWorksEpisode = Pick<
  SymptomEpisode,
  "occurredAt" | "localDate" | "symptom" | "peakIntensity" | "durationMinutes" | "copingTechnique" | "triggerCategory"
>;
export type WhatWorksRevision = Pick<
  PlanRevision,
  "version" | "effectiveFrom" | "localDate" | "targets" | "plannedTechniques"
>;

export interface WhatWorksRows {
  sessions: WhatWorksSession[];
  homework: WhatWorksHomework[];
  episodes: WhatWorksEpisode[];
  revisions: WhatWorksRevision[];
}

/** Everything the analyses read for one client, up to and including `today` (local date). */
export async function loadWhatWorksRows(
  manager: EntityManager,
  scope: ClientScope,
  clientId: number,
  today: string,
): Promise<WhatWorksRows> {
  const filter = { clientId };
  const sessions = await scoped(manager, TherapySession, "s", scope, filter)
    .select([
      "s.id",
      "s.number",
      "s.occurredAt",
      "s.localDate",
      "s.attendance",
      "s.orsTotal",
      "s.srsTotal",
      "s.phq9Total",
      "s.gad7Total",
      "s.weekRating",
      "s.techniquesUsed",
    ])
    .andWhere("s.localDate <= :today", { today })
    .orderBy("s.occurredAt", "ASC")
    .addOrderBy("s.id", "ASC")
    .getMany();
  const homework = await scoped(manager, Homework, "h", scope, filter)
    .select(["h.id", "h.dueDate", "h.status", "h.helpfulness"])
    .andWhere("h.dueDate <= :today", { today })
    .orderBy("h.dueDate", "ASC")
    .addOrderBy("h.id", "ASC")
    .getMany();
  const episodes = await scoped(manager, SymptomEpisode, "e", scope, filter)
    .select([
      "e.id",
      "e.occurredAt",
      "e.localDate",
      "e.symptom",
      "e.peakIntensity",
      "e.durationMinutes",
      "e.copingTechnique",
      "e.triggerCategory",
    ])
    .andWhere("e.localDate <= :today", { today })
    .orderBy("e.occurredAt", "ASC")
    .addOrderBy("e.id", "ASC")
    .getMany();
  const revisions = await scoped(manager, PlanRevision, "r", scope, filter)
    .select(["r.id", "r.version", "r.effectiveFrom", "r.localDate", "r.targets", "r.plannedTechniques"])
    .orderBy("r.version", "ASC")
    .getMany();
  return { sessions, homework, episodes, revisions };
}
