import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Corrections of sessions and episodes (the SQLite migration of the same name does the same): what a record said
 * before a therapist corrected it, who did, when and why. Append-only by triggers, like the audit log.
 */
export class RecordCorrections1765324800000 implements MigrationInterface {
  name = "RecordCorrections1765324800000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "record_correction" ("id" SERIAL NOT NULL, "client_id" integer NOT NULL, "record_type" character varying(16) NOT NULL, "record_id" integer NOT NULL, "corrected_by" integer NOT NULL, "corrected_at" character varying(24) NOT NULL, "reason" character varying(500) NOT NULL, "before" text NOT NULL, "after" text NOT NULL, CONSTRAINT "PK_1375dfee552766dabb1e3463a7d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2a92701bc84fab2ab1a1039d38" ON "record_correction" ("client_id", "corrected_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3c46aff9e4aa0da3cdd22960bf" ON "record_correction" ("record_type", "record_id")`,
    );
    await queryRunner.query(
      `CREATE FUNCTION record_correction_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'record_correction is append-only'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "record_correction_no_update" BEFORE UPDATE OR DELETE ON "record_correction" FOR EACH ROW EXECUTE FUNCTION record_correction_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "record_correction_no_truncate" BEFORE TRUNCATE ON "record_correction" FOR EACH STATEMENT EXECUTE FUNCTION record_correction_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "record_correction_no_truncate" ON "record_correction"`);
    await queryRunner.query(`DROP TRIGGER "record_correction_no_update" ON "record_correction"`);
    await queryRunner.query(`DROP FUNCTION record_correction_append_only()`);
    await queryRunner.query(`DROP TABLE "record_correction"`);
  }
}
