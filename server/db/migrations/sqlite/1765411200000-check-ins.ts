import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Clients' own check-ins (the PostgreSQL migration of the same name does the same): the measurement plan, the
 * check-ins themselves (one per window, by a unique key), the risk alerts they raise, where each session's ratings
 * came from, and the clinic's crisis resources. A check-in moves its client's data revision like the other rows the
 * figures are made from; an acknowledged risk alert cannot be changed again.
 */
export class CheckIns1765411200000 implements MigrationInterface {
  name = "CheckIns1765411200000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "measurement_plan" ("client_id" integer PRIMARY KEY NOT NULL, "measures" text NOT NULL, "schedule" varchar(24) NOT NULL, "updated_by" integer NOT NULL, "updated_at" varchar(24) NOT NULL, CONSTRAINT "FK_406723ec7e2a5828920f9ad50ea" FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `CREATE TABLE "check_in" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "client_id" integer NOT NULL, "window_key" varchar(32) NOT NULL, "submitted_at" varchar(24) NOT NULL, "local_date" varchar(10) NOT NULL, "week_rating" integer, "week_words" varchar(500), "ors_individual" real, "ors_interpersonal" real, "ors_social" real, "ors_overall" real, "ors_total" real, "phq9_q1" smallint, "phq9_q2" smallint, "phq9_q3" smallint, "phq9_q4" smallint, "phq9_q5" smallint, "phq9_q6" smallint, "phq9_q7" smallint, "phq9_q8" smallint, "phq9_q9" smallint, "phq9_total" smallint, "gad7_q1" smallint, "gad7_q2" smallint, "gad7_q3" smallint, "gad7_q4" smallint, "gad7_q5" smallint, "gad7_q6" smallint, "gad7_q7" smallint, "gad7_total" smallint, "not_safe" boolean NOT NULL DEFAULT (0), "session_id" integer, CONSTRAINT "UQ_dd306943c39972c4e3e40fe9566" UNIQUE ("client_id", "window_key"), CONSTRAINT "FK_81032bc8217c0fc8327a24e72cd" FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8f07cb598c085df2c4a810ffdd" ON "check_in" ("client_id", "submitted_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "risk_alert" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "client_id" integer NOT NULL, "check_in_id" integer NOT NULL, "rules" text NOT NULL, "raised_at" varchar(24) NOT NULL, "acknowledged_at" varchar(24), "acknowledged_by_id" integer, "action" varchar(32), "note" varchar(1000), CONSTRAINT "FK_2e23c8aca3654a86273eff6f2b9" FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e036be3863b9906bdc94bd7987" ON "risk_alert" ("client_id", "raised_at")`);
    // Added columns keep the table and its triggers; the defaults say what every earlier session was.
    await queryRunner.query(
      `ALTER TABLE "therapy_session" ADD COLUMN "ratings_source" varchar(8) NOT NULL DEFAULT ('SESSION')`,
    );
    await queryRunner.query(
      `ALTER TABLE "therapy_session" ADD COLUMN "srs_source" varchar(8) NOT NULL DEFAULT ('SESSION')`,
    );
    await queryRunner.query(`ALTER TABLE "therapy_session" ADD COLUMN "check_in_id" integer`);
    await queryRunner.query(`ALTER TABLE "clinic" ADD COLUMN "crisis_resources" text`);
    await queryRunner.query(
      `CREATE TRIGGER "check_in_revision_insert" AFTER INSERT ON "check_in"
       BEGIN UPDATE client SET data_revision = data_revision + 1 WHERE id = NEW.client_id; END`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "check_in_revision_update" AFTER UPDATE ON "check_in"
       BEGIN UPDATE client SET data_revision = data_revision + 1 WHERE id IN (OLD.client_id, NEW.client_id); END`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "risk_alert_acknowledged_once" BEFORE UPDATE ON "risk_alert" WHEN OLD.acknowledged_at IS NOT NULL
       BEGIN SELECT RAISE(ABORT, 'an acknowledged risk alert cannot be changed'); END`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "risk_alert_acknowledged_once"`);
    await queryRunner.query(`DROP TRIGGER "check_in_revision_update"`);
    await queryRunner.query(`DROP TRIGGER "check_in_revision_insert"`);
    await queryRunner.query(`ALTER TABLE "clinic" DROP COLUMN "crisis_resources"`);
    await queryRunner.query(`ALTER TABLE "therapy_session" DROP COLUMN "check_in_id"`);
    await queryRunner.query(`ALTER TABLE "therapy_session" DROP COLUMN "srs_source"`);
    await queryRunner.query(`ALTER TABLE "therapy_session" DROP COLUMN "ratings_source"`);
    await queryRunner.query(`DROP TABLE "risk_alert"`);
    await queryRunner.query(`DROP TABLE "check_in"`);
    await queryRunner.query(`DROP TABLE "measurement_plan"`);
  }
}
