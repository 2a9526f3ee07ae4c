import type { EntityManager } from "typeorm";

/**
 * The tables whose row triggers keep the per-client-per-week rollups and the revision counters (the rollups
 * migration, and the check-ins one for check_in). A bulk load sets them aside and builds the same figures after.
 */
export const ROLLUP_TABLES = ["symptom_episode", "homework", "therapy_session", "plan_revision", "check_in"] as const;

/** What `setRollupTriggersAside` took away, for `reinstallRollupTriggers` to put back. */
export interface TriggersAside {
  engine: "sqlite" | "postgres";
  /** SQLite: each dropped trigger's CREATE statement, as stored in sqlite_master. */
  definitions: { name: string; sql: string }[];
}

const isPostgres = (manager: EntityManager) => manager.connection.options.type === "postgres";
const list = (names: readonly string[]) => names.map((name) => `'${name}'`).join(", ");

/**
 * Sets aside the row triggers on the bulk-loaded tables, inside the caller's transaction. SQLite: each trigger's
 * CREATE statement is saved from sqlite_master and the trigger dropped. PostgreSQL: the tables' user triggers are
 * disabled. Both are part of the transaction, so a load that fails rolls back to the triggers as they were, and
 * both keep other writers out until it ends (SQLite's single writer; ALTER TABLE's exclusive lock on PostgreSQL), so
 * no write can slip past the rollups meanwhile.
 */
export async function setRollupTriggersAside(manager: EntityManager): Promise<TriggersAside> {
  if (isPostgres(manager)) {
    for (const table of ROLLUP_TABLES) await manager.query(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
    return { engine: "postgres", definitions: [] };
  }
  const definitions: { name: string; sql: string }[] = await manager.query(
    `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN (${list(ROLLUP_TABLES)}) ORDER BY name`,
  );
  for (const { name } of definitions) await manager.query(`DROP TRIGGER "${name}"`);
  return { engine: "sqlite", definitions };
}

/** Puts back what `setRollupTriggersAside` took away, in the same transaction. */
export async function reinstallRollupTriggers(manager: EntityManager, aside: TriggersAside): Promise<void> {
  if (aside.engine === "postgres") {
    for (const table of ROLLUP_TABLES) await manager.query(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
    return;
  }
  for (const { sql } of aside.definitions) await manager.query(sql);
}

const HOMEWORK_COLUMNS = [
  "homework_assigned",
  "homework_completed",
  "homework_partial",
  "homework_not_done",
  "homework_open",
  "homework_self_assigned",
];

/**
 * Builds, in one set-based pass, what the rollup triggers would have written row by row for every episode, homework
 * item, session, plan revision and check-in of the given clinics' clients, all inserted while the triggers were
 * aside: the week rollups (added to any that exist), each client's data revision (one step per row) and each clinic's
 * curve revision (one step per session of a client who was not active). Client statuses are read as they are now,
 * so they must not have changed since those rows were inserted.
 */
export async function buildRollups(manager: EntityManager, clinicIds: number[]): Promise<void> {
  if (clinicIds.length === 0) return;
  const pg = isPostgres(manager);
  const clinics = clinicIds.map((id) => Number(id).toFixed(0)).join(", ");
  const ofClinics = (alias: string) => `${alias}.client_id IN (SELECT id FROM client WHERE clinic_id IN (${clinics}))`;
  const add = (column: string) => `${column} = ${pg ? "r." : ""}${column} + excluded.${column}`;
  const count = (condition: string) => (pg ? `COUNT(*) FILTER (WHERE ${condition})` : `SUM(${condition})`);
  await manager.query(
    `INSERT INTO client_week_rollup ${pg ? "AS r " : ""}(client_id, week_start, month_start, episodes, episode_intensity_sum, episode_minutes)
     SELECT e.client_id, e.week_start, e.month_start, COUNT(*), SUM(e.peak_intensity), SUM(e.duration_minutes)
     FROM symptom_episode e WHERE ${ofClinics("e")} GROUP BY e.client_id, e.week_start, e.month_start
     ON CONFLICT (client_id, week_start, month_start) DO UPDATE SET
       ${["episodes", "episode_intensity_sum", "episode_minutes"].map(add).join(", ")}`,
  );
  await manager.query(
    `INSERT INTO client_week_rollup ${pg ? "AS r " : ""}(client_id, week_start, month_start, ${HOMEWORK_COLUMNS.join(", ")})
     SELECT h.client_id, h.due_week_start, h.due_month_start, COUNT(*), ${count("h.status = 'COMPLETED'")},
       ${count("h.status = 'PARTIAL'")}, ${count("h.status = 'NOT_DONE'")}, ${count("h.status = 'ASSIGNED'")},
       ${count("h.assigned_by = 'SELF'")}
     FROM homework h WHERE ${ofClinics("h")} GROUP BY h.client_id, h.due_week_start, h.due_month_start
     ON CONFLICT (client_id, week_start, month_start) DO UPDATE SET ${HOMEWORK_COLUMNS.map(add).join(", ")}`,
  );
  await manager.query(
    `UPDATE client SET data_revision = data_revision
       ${ROLLUP_TABLES.map((table) => `+ (SELECT COUNT(*) FROM ${table} t WHERE t.client_id = client.id)`).join("\n       ")}
     WHERE clinic_id IN (${clinics})`,
  );
  await manager.query(
    `UPDATE clinic SET curve_revision = curve_revision + (
       SELECT COUNT(*) FROM therapy_session s JOIN client c ON c.id = s.client_id
       WHERE c.clinic_id = clinic.id AND c.status <> 'ACTIVE')
     WHERE id IN (${clinics})`,
  );
}
