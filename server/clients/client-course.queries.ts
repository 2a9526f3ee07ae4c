import type { EntityManager } from "typeorm";

/**
 * The earliest date recorded for a client: a session, an episode, a homework due date or a plan revision. Every
 * one of them lies on or after the intake (the row builders' rule), so an intake date may not move past it.
 */
export async function firstRecordedDate(manager: EntityManager, clientId: number): Promise<string | null> {
  const [sql, parameters] = manager.connection.driver.escapeQueryWithParameters(
    `SELECT MIN(d) AS first FROM (
       SELECT MIN(local_date) AS d FROM therapy_session WHERE client_id = :clientId
       UNION ALL SELECT MIN(local_date) FROM symptom_episode WHERE client_id = :clientId
       UNION ALL SELECT MIN(due_date) FROM homework WHERE client_id = :clientId
       UNION ALL SELECT MIN(local_date) FROM plan_revision WHERE client_id = :clientId
     ) dates`,
    { clientId },
  );
  const [row] = await manager.query<{ first: string | null }[]>(sql, parameters);
  return row?.first ?? null;
}

/** The date of the client's latest session, whatever its attendance; null before the first. */
export async function lastSessionDate(manager: EntityManager, clientId: number): Promise<string | null> {
  const row = await manager
    .createQueryBuilder()
    .select("MAX(s.local_date)", "last")
    .from("therapy_session", "s")
    .where("s.client_id = :clientId", { clientId })
    .getRawOne<{ last: string | null }>();
  return row?.last ?? null;
}
