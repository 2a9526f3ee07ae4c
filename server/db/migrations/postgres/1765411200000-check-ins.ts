import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Clients' own check-ins (the SQLite migration of the same name does the same): the measurement plan, the
 * check-ins themselves (one per window, by a unique key), the risk alerts they raise, where each session's ratings
 * came from, and the clinic's crisis resources. A check-in moves its client's data revision like the other rows the
 * figures are made from; an acknowledged risk alert cannot be changed again.
 */
export class CheckIns1765411200000 implements MigrationInterface {
  name = "CheckIns1765411200000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "check_in" ("id" SERIAL NOT NULL, "client_id" integer NOT NULL, "window_key" character varying(32) NOT NULL, "submitted_at" character varying(24) NOT NULL, "local_date" character varying(10) NOT NULL, "week_rating" integer, "week_words" character varying(500), "ors_individual" real, "ors_interpersonal" real, "ors_social" real, "ors_overall" real, "ors_total" real, "phq9_q1" smallint, "phq9_q2" smallint, "phq9_q3" smallint, "phq9_q4" smallint, "phq9_q5" smallint, "phq9_q6" smallint, "phq9_q7" smallint, "phq9_q8" smallint, "phq9_q9" smallint, "phq9_total" smallint, "gad7_q1" smallint, "gad7_q2" smallint, "gad7_q3" smallint, "gad7_q4" smallint, "gad7_q5" smallint, "gad7_q6" smallint, "gad7_q7" smallint, "gad7_total" smallint, "not_safe" boolean NOT NULL DEFAULT false, "session_id" integer, CONSTRAINT "UQ_dd306943c39972c4e3e40fe9566" UNIQUE ("client_id", "window_key"), CONSTRAINT "PK_9c026e16735aea10812a3888d6c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8f07cb598c085df2c4a810ffdd" ON "check_in" ("client_id", "submitted_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "measurement_plan" ("client_id" integer NOT NULL, "measures" text NOT NULL, "schedule" character varying(24) NOT NULL, "updated_by" integer NOT NULL, "updated_at" character varying(24) NOT NULL, CONSTRAINT "PK_406723ec7e2a5828920f9ad50ea" PRIMARY KEY ("client_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "risk_alert" ("id" SERIAL NOT NULL, "client_id" integer NOT NULL, "check_in_id" integer NOT NULL, "rules" text NOT NULL, "raised_at" character varying(24) NOT NULL, "acknowledged_at" character varying(24), "acknowledged_by_id" integer, "action" character varying(32), "note" character varying(1000), CONSTRAINT "PK_b194346ab65907158203002f110" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e036be3863b9906bdc94bd7987" ON "risk_alert" ("client_id", "raised_at")`);
    await queryRunner.query(`ALTER TABLE "clinic" ADD "crisis_resources" text`);
    await queryRunner.query(
      `ALTER TABLE "therapy_session" ADD "ratings_source" character varying(8) NOT NULL DEFAULT 'SESSION'`,
    );
    await queryRunner.query(
      `ALTER TABLE "therapy_session" ADD "srs_source" character varying(8) NOT NULL DEFAULT 'SESSION'`,
    );
    await queryRunner.query(`ALTER TABLE "therapy_session" ADD "check_in_id" integer`);
    await queryRunner.query(
      `ALTER TABLE "check_in" ADD CONSTRAINT "FK_81032bc8217c0fc8327a24e72cd" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "measurement_plan" ADD CONSTRAINT "FK_406723ec7e2a5828920f9ad50ea" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_alert" ADD CONSTRAINT "FK_2e23c8aca3654a86273eff6f2b9" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE FUNCTION revise_check_in_client() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
    UPDATE client SET data_revision = data_revision + 1 WHERE id = NEW.client_id;
    IF TG_OP = 'UPDATE' AND OLD.client_id <> NEW.client_id THEN
      UPDATE client SET data_revision = data_revision + 1 WHERE id = OLD.client_id;
    END IF;
    RETURN NULL;
  END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "check_in_revision" AFTER INSERT OR UPDATE ON "check_in" FOR EACH ROW EXECUTE FUNCTION revise_check_in_client()`,
    );
    await queryRunner.query(`CREATE FUNCTION risk_alert_acknowledged_once() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
    RAISE EXCEPTION 'an acknowledged risk alert cannot be changed';
  END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "risk_alert_acknowledged_once" BEFORE UPDATE ON "risk_alert" FOR EACH ROW WHEN (OLD.acknowledged_at IS NOT NULL) EXECUTE FUNCTION risk_alert_acknowledged_once()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "risk_alert_acknowledged_once" ON "risk_alert"`);
    await queryRunner.query(`DROP FUNCTION risk_alert_acknowledged_once()`);
    await queryRunner.query(`DROP TRIGGER "check_in_revision" ON "check_in"`);
    await queryRunner.query(`DROP FUNCTION revise_check_in_client()`);
    await queryRunner.query(`ALTER TABLE "therapy_session" DROP COLUMN "check_in_id"`);
    await queryRunner.query(`ALTER TABLE "therapy_session" DROP COLUMN "srs_source"`);
    await queryRunner.query(`ALTER TABLE "therapy_session" DROP COLUMN "ratings_source"`);
    await queryRunner.query(`ALTER TABLE "clinic" DROP COLUMN "crisis_resources"`);
    await queryRunner.query(`DROP TABLE "risk_alert"`);
    await queryRunner.query(`DROP TABLE "measurement_plan"`);
    await queryRunner.query(`DROP TABLE "check_in"`);
  }
}
