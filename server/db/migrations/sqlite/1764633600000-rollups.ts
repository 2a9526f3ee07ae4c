import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Per-client-per-week rollups of episodes and homework, and the revision counters that cached figures are keyed by,
 * all kept by triggers inside the writing transaction (docs/architecture.md, "Rollups, revisions and caches": rows,
 * bucket keys and rollups in one transaction), so every writer keeps them right. Existing rows are rolled up once here.
 */
const EPISODE_ADD = (row: "NEW") => `
  INSERT INTO client_week_rollup (client_id, week_start, month_start, episodes, episode_intensity_sum, episode_minutes)
  VALUES (${row}.client_id, ${row}.week_start, ${row}.month_start, 1, ${row}.peak_intensity, ${row}.duration_minutes)
  ON CONFLICT (client_id, week_start, month_start) DO UPDATE SET
    episodes = episodes + 1,
    episode_intensity_sum = episode_intensity_sum + excluded.episode_intensity_sum,
    episode_minutes = episode_minutes + excluded.episode_minutes;`;
const EPISODE_REMOVE = (row: "OLD") => `
  UPDATE client_week_rollup SET
    episodes = episodes - 1,
    episode_intensity_sum = episode_intensity_sum - ${row}.peak_intensity,
    episode_minutes = episode_minutes - ${row}.duration_minutes
  WHERE client_id = ${row}.client_id AND week_start = ${row}.week_start AND month_start = ${row}.month_start;`;
/** Each homework column's share of one row, in HOMEWORK_COLUMNS order. */
const HOMEWORK_VALUES = (row: "NEW" | "OLD") => [
  "1",
  `${row}.status = 'COMPLETED'`,
  `${row}.status = 'PARTIAL'`,
  `${row}.status = 'NOT_DONE'`,
  `${row}.status = 'ASSIGNED'`,
  `${row}.assigned_by = 'SELF'`,
];
const HOMEWORK_COLUMNS = [
  "homework_assigned",
  "homework_completed",
  "homework_partial",
  "homework_not_done",
  "homework_open",
  "homework_self_assigned",
];
const HOMEWORK_ADD = (row: "NEW") => `
  INSERT INTO client_week_rollup (client_id, week_start, month_start, ${HOMEWORK_COLUMNS.join(", ")})
  VALUES (${row}.client_id, ${row}.due_week_start, ${row}.due_month_start, ${HOMEWORK_VALUES(row).join(", ")})
  ON CONFLICT (client_id, week_start, month_start) DO UPDATE SET
    ${HOMEWORK_COLUMNS.map((c) => `${c} = ${c} + excluded.${c}`).join(",\n    ")};`;
const HOMEWORK_REMOVE = (row: "OLD") => {
  const values = HOMEWORK_VALUES(row);
  return `
  UPDATE client_week_rollup SET
    ${HOMEWORK_COLUMNS.map((c, i) => `${c} = ${c} - (${values[i]})`).join(",\n    ")}
  WHERE client_id = ${row}.client_id AND week_start = ${row}.due_week_start AND month_start = ${row}.due_month_start;`;
};
const BUMP_CLIENT = (row: "NEW" | "OLD" | "BOTH") => `
  UPDATE client SET data_revision = data_revision + 1 WHERE id ${row === "BOTH" ? "IN (OLD.client_id, NEW.client_id)" : `= ${row}.client_id`};`;
/** A closed client's sessions are the expected curve's data. */
const BUMP_CURVE_IF_CLOSED = (row: "NEW" | "OLD") => `
  UPDATE clinic SET curve_revision = curve_revision + 1
  WHERE id = (SELECT clinic_id FROM client WHERE id = ${row}.client_id AND status <> 'ACTIVE');`;

const TRIGGERS: [name: string, event: string, body: string][] = [
  ["episode_rollup_insert", "AFTER INSERT ON symptom_episode", EPISODE_ADD("NEW") + BUMP_CLIENT("NEW")],
  [
    "episode_rollup_update",
    "AFTER UPDATE ON symptom_episode",
    EPISODE_REMOVE("OLD") + EPISODE_ADD("NEW") + BUMP_CLIENT("BOTH"),
  ],
  ["episode_rollup_delete", "AFTER DELETE ON symptom_episode", EPISODE_REMOVE("OLD") + BUMP_CLIENT("OLD")],
  ["homework_rollup_insert", "AFTER INSERT ON homework", HOMEWORK_ADD("NEW") + BUMP_CLIENT("NEW")],
  [
    "homework_rollup_update",
    "AFTER UPDATE ON homework",
    HOMEWORK_REMOVE("OLD") + HOMEWORK_ADD("NEW") + BUMP_CLIENT("BOTH"),
  ],
  ["homework_rollup_delete", "AFTER DELETE ON homework", HOMEWORK_REMOVE("OLD") + BUMP_CLIENT("OLD")],
  ["session_revision_insert", "AFTER INSERT ON therapy_session", BUMP_CLIENT("NEW") + BUMP_CURVE_IF_CLOSED("NEW")],
  [
    "session_revision_update",
    "AFTER UPDATE ON therapy_session",
    BUMP_CLIENT("BOTH") + BUMP_CURVE_IF_CLOSED("OLD") + BUMP_CURVE_IF_CLOSED("NEW"),
  ],
  ["session_revision_delete", "AFTER DELETE ON therapy_session", BUMP_CLIENT("OLD") + BUMP_CURVE_IF_CLOSED("OLD")],
  ["plan_revision_revision_insert", "AFTER INSERT ON plan_revision", BUMP_CLIENT("NEW")],
  ["plan_revision_revision_update", "AFTER UPDATE ON plan_revision", BUMP_CLIENT("BOTH")],
  ["plan_revision_revision_delete", "AFTER DELETE ON plan_revision", BUMP_CLIENT("OLD")],
  [
    "client_curve_revision",
    "AFTER UPDATE OF status, baseline_ors, clinic_id ON client WHEN OLD.status IS NOT NEW.status OR OLD.baseline_ors IS NOT NEW.baseline_ors OR OLD.clinic_id IS NOT NEW.clinic_id",
    `
  UPDATE clinic SET curve_revision = curve_revision + 1 WHERE id IN (OLD.clinic_id, NEW.clinic_id);
  UPDATE client SET data_revision = data_revision + 1 WHERE id = NEW.id;`,
  ],
];

export class Rollups1764633600000 implements MigrationInterface {
  name = "Rollups1764633600000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "client_week_rollup" ("client_id" integer NOT NULL, "week_start" varchar(10) NOT NULL, "month_start" varchar(10) NOT NULL, "episodes" integer NOT NULL DEFAULT (0), "episode_intensity_sum" integer NOT NULL DEFAULT (0), "episode_minutes" integer NOT NULL DEFAULT (0), "homework_assigned" integer NOT NULL DEFAULT (0), "homework_completed" integer NOT NULL DEFAULT (0), "homework_partial" integer NOT NULL DEFAULT (0), "homework_not_done" integer NOT NULL DEFAULT (0), "homework_open" integer NOT NULL DEFAULT (0), "homework_self_assigned" integer NOT NULL DEFAULT (0), PRIMARY KEY ("client_id", "week_start", "month_start"))`,
    );
    await queryRunner.query(`ALTER TABLE "clinic" ADD COLUMN "curve_revision" integer NOT NULL DEFAULT (0)`);
    await queryRunner.query(`ALTER TABLE "client" ADD COLUMN "data_revision" integer NOT NULL DEFAULT (0)`);
    await queryRunner.query(
      `INSERT INTO client_week_rollup (client_id, week_start, month_start, episodes, episode_intensity_sum, episode_minutes)
       SELECT client_id, week_start, month_start, COUNT(*), SUM(peak_intensity), SUM(duration_minutes) FROM symptom_episode GROUP BY client_id, week_start, month_start`,
    );
    await queryRunner.query(
      `INSERT INTO client_week_rollup (client_id, week_start, month_start, ${HOMEWORK_COLUMNS.join(", ")})
       SELECT client_id, due_week_start, due_month_start, COUNT(*), SUM(status = 'COMPLETED'), SUM(status = 'PARTIAL'), SUM(status = 'NOT_DONE'), SUM(status = 'ASSIGNED'), SUM(assigned_by = 'SELF')
       FROM homework WHERE true GROUP BY client_id, due_week_start, due_month_start
       ON CONFLICT (client_id, week_start, month_start) DO UPDATE SET ${HOMEWORK_COLUMNS.map((c) => `${c} = excluded.${c}`).join(", ")}`,
    );
    for (const [name, event, body] of TRIGGERS)
      await queryRunner.query(`CREATE TRIGGER "${name}" ${event} BEGIN${body}\nEND`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of TRIGGERS) await queryRunner.query(`DROP TRIGGER "${name}"`);
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "data_revision"`);
    await queryRunner.query(`ALTER TABLE "clinic" DROP COLUMN "curve_revision"`);
    await queryRunner.query(`DROP TABLE "client_week_rollup"`);
  }
}
