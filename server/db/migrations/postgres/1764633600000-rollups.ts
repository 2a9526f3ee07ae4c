import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Per-client-per-week rollups of episodes and homework, and the revision counters that cached figures are keyed by,
 * all kept by triggers inside the writing transaction (the SQLite migration of the same name does the same).
 * Existing rows are rolled up once here.
 */
const HOMEWORK_COLUMNS = [
  "homework_assigned",
  "homework_completed",
  "homework_partial",
  "homework_not_done",
  "homework_open",
  "homework_self_assigned",
];
const homeworkValues = (row: "NEW" | "OLD") => [
  "1",
  `(${row}.status = 'COMPLETED')::int`,
  `(${row}.status = 'PARTIAL')::int`,
  `(${row}.status = 'NOT_DONE')::int`,
  `(${row}.status = 'ASSIGNED')::int`,
  `(${row}.assigned_by = 'SELF')::int`,
];

/** Each written client's revision moves once per row, whichever way the row moved. */
const BUMP_CLIENT = `IF TG_OP = 'INSERT' THEN UPDATE client SET data_revision = data_revision + 1 WHERE id = NEW.client_id;
    ELSIF TG_OP = 'DELETE' THEN UPDATE client SET data_revision = data_revision + 1 WHERE id = OLD.client_id;
    ELSE UPDATE client SET data_revision = data_revision + 1 WHERE id IN (OLD.client_id, NEW.client_id);
    END IF;`;

const FUNCTIONS: [name: string, table: string, body: string][] = [
  [
    "rollup_symptom_episode",
    "symptom_episode",
    `IF TG_OP IN ('UPDATE', 'DELETE') THEN
      UPDATE client_week_rollup SET episodes = episodes - 1, episode_intensity_sum = episode_intensity_sum - OLD.peak_intensity,
        episode_minutes = episode_minutes - OLD.duration_minutes
      WHERE client_id = OLD.client_id AND week_start = OLD.week_start AND month_start = OLD.month_start;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO client_week_rollup AS r (client_id, week_start, month_start, episodes, episode_intensity_sum, episode_minutes)
      VALUES (NEW.client_id, NEW.week_start, NEW.month_start, 1, NEW.peak_intensity, NEW.duration_minutes)
      ON CONFLICT (client_id, week_start, month_start) DO UPDATE SET episodes = r.episodes + 1,
        episode_intensity_sum = r.episode_intensity_sum + excluded.episode_intensity_sum, episode_minutes = r.episode_minutes + excluded.episode_minutes;
    END IF;
    ${BUMP_CLIENT}`,
  ],
  [
    "rollup_homework",
    "homework",
    `IF TG_OP IN ('UPDATE', 'DELETE') THEN
      UPDATE client_week_rollup SET ${HOMEWORK_COLUMNS.map((c, i) => `${c} = ${c} - ${homeworkValues("OLD")[i]}`).join(", ")}
      WHERE client_id = OLD.client_id AND week_start = OLD.due_week_start AND month_start = OLD.due_month_start;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO client_week_rollup AS r (client_id, week_start, month_start, ${HOMEWORK_COLUMNS.join(", ")})
      VALUES (NEW.client_id, NEW.due_week_start, NEW.due_month_start, ${homeworkValues("NEW").join(", ")})
      ON CONFLICT (client_id, week_start, month_start) DO UPDATE SET ${HOMEWORK_COLUMNS.map((c) => `${c} = r.${c} + excluded.${c}`).join(", ")};
    END IF;
    ${BUMP_CLIENT}`,
  ],
  [
    "revise_for_therapy_session",
    "therapy_session",
    `IF TG_OP IN ('UPDATE', 'DELETE') THEN
      UPDATE clinic SET curve_revision = curve_revision + 1 WHERE id = (SELECT clinic_id FROM client WHERE id = OLD.client_id AND status <> 'ACTIVE');
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      UPDATE clinic SET curve_revision = curve_revision + 1 WHERE id = (SELECT clinic_id FROM client WHERE id = NEW.client_id AND status <> 'ACTIVE');
    END IF;
    ${BUMP_CLIENT}`,
  ],
  ["revise_for_plan_revision", "plan_revision", BUMP_CLIENT],
];

export class Rollups1764633600000 implements MigrationInterface {
  name = "Rollups1764633600000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "client_week_rollup" ("client_id" integer NOT NULL, "week_start" character varying(10) NOT NULL, "month_start" character varying(10) NOT NULL, "episodes" integer NOT NULL DEFAULT '0', "episode_intensity_sum" integer NOT NULL DEFAULT '0', "episode_minutes" integer NOT NULL DEFAULT '0', "homework_assigned" integer NOT NULL DEFAULT '0', "homework_completed" integer NOT NULL DEFAULT '0', "homework_partial" integer NOT NULL DEFAULT '0', "homework_not_done" integer NOT NULL DEFAULT '0', "homework_open" integer NOT NULL DEFAULT '0', "homework_self_assigned" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_e3ab607515f701fcfe76682a662" PRIMARY KEY ("client_id", "week_start", "month_start"))`,
    );
    await queryRunner.query(`ALTER TABLE "clinic" ADD "curve_revision" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "client" ADD "data_revision" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `INSERT INTO client_week_rollup (client_id, week_start, month_start, episodes, episode_intensity_sum, episode_minutes)
       SELECT client_id, week_start, month_start, COUNT(*), SUM(peak_intensity), SUM(duration_minutes) FROM symptom_episode GROUP BY client_id, week_start, month_start`,
    );
    await queryRunner.query(
      `INSERT INTO client_week_rollup AS r (client_id, week_start, month_start, ${HOMEWORK_COLUMNS.join(", ")})
       SELECT client_id, due_week_start, due_month_start, COUNT(*), COUNT(*) FILTER (WHERE status = 'COMPLETED'), COUNT(*) FILTER (WHERE status = 'PARTIAL'),
         COUNT(*) FILTER (WHERE status = 'NOT_DONE'), COUNT(*) FILTER (WHERE status = 'ASSIGNED'), COUNT(*) FILTER (WHERE assigned_by = 'SELF')
       FROM homework GROUP BY client_id, due_week_start, due_month_start
       ON CONFLICT (client_id, week_start, month_start) DO UPDATE SET ${HOMEWORK_COLUMNS.map((c) => `${c} = excluded.${c}`).join(", ")}`,
    );
    for (const [name, table, body] of FUNCTIONS) {
      await queryRunner.query(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
    ${body}
    RETURN NULL;
  END $$`);
      await queryRunner.query(
        `CREATE TRIGGER "${name}" AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${name}()`,
      );
    }
    await queryRunner.query(`CREATE FUNCTION revise_for_client() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
    UPDATE clinic SET curve_revision = curve_revision + 1 WHERE id IN (OLD.clinic_id, NEW.clinic_id);
    UPDATE client SET data_revision = data_revision + 1 WHERE id = NEW.id;
    RETURN NULL;
  END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "revise_for_client" AFTER UPDATE OF status, baseline_ors, clinic_id ON "client" FOR EACH ROW
       WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.baseline_ors IS DISTINCT FROM NEW.baseline_ors OR OLD.clinic_id IS DISTINCT FROM NEW.clinic_id)
       EXECUTE FUNCTION revise_for_client()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "revise_for_client" ON "client"`);
    await queryRunner.query(`DROP FUNCTION revise_for_client()`);
    for (const [name, table] of FUNCTIONS) {
      await queryRunner.query(`DROP TRIGGER "${name}" ON "${table}"`);
      await queryRunner.query(`DROP FUNCTION ${name}()`);
    }
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "data_revision"`);
    await queryRunner.query(`ALTER TABLE "clinic" DROP COLUMN "curve_revision"`);
    await queryRunner.query(`DROP TABLE "client_week_rollup"`);
  }
}
