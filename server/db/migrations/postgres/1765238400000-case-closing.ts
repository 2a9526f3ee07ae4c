import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The date a case was closed (the SQLite migration of the same name does the same). Cases closed before it existed
 * are dated by their last session, where the demo ends a closed course, or by their intake when they had none. A
 * change to the details the client's figures are worked out from (intake date, complaint, age band, therapist,
 * closing date) moves the client's data revision, like a change to their rows does.
 */
export class CaseClosing1765238400000 implements MigrationInterface {
  name = "CaseClosing1765238400000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "client" ADD COLUMN "closed_on" character varying(10)`);
    await queryRunner.query(
      `UPDATE "client" SET "closed_on" = COALESCE(
         (SELECT MAX(s.local_date) FROM therapy_session s WHERE s.client_id = client.id), client.intake_date)
       WHERE status <> 'ACTIVE'`,
    );
    await queryRunner.query(`CREATE FUNCTION revise_client_details() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
    UPDATE client SET data_revision = data_revision + 1 WHERE id = NEW.id;
    RETURN NULL;
  END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "revise_client_details" AFTER UPDATE OF intake_date, complaint, age_band, therapist_id, closed_on ON "client" FOR EACH ROW
       WHEN (OLD.intake_date IS DISTINCT FROM NEW.intake_date OR OLD.complaint IS DISTINCT FROM NEW.complaint
         OR OLD.age_band IS DISTINCT FROM NEW.age_band OR OLD.therapist_id IS DISTINCT FROM NEW.therapist_id
         OR OLD.closed_on IS DISTINCT FROM NEW.closed_on)
       EXECUTE FUNCTION revise_client_details()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "revise_client_details" ON "client"`);
    await queryRunner.query(`DROP FUNCTION revise_client_details()`);
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "closed_on"`);
  }
}
