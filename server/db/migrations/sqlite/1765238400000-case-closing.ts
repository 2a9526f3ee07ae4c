import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The date a case was closed (the PostgreSQL migration of the same name does the same). Cases closed before it
 * existed are dated by their last session, where the demo ends a closed course, or by their intake when they had
 * none. A change to the details the client's figures are worked out from (intake date, complaint, age band,
 * therapist, closing date) moves the client's data revision, like a change to their rows does.
 */
export class CaseClosing1765238400000 implements MigrationInterface {
  name = "CaseClosing1765238400000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "client" ADD COLUMN "closed_on" varchar(10)`);
    await queryRunner.query(
      `UPDATE "client" SET "closed_on" = COALESCE(
         (SELECT MAX(s.local_date) FROM therapy_session s WHERE s.client_id = client.id), client.intake_date)
       WHERE status <> 'ACTIVE'`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "client_details_revision" AFTER UPDATE OF intake_date, complaint, age_band, therapist_id, closed_on ON "client"
       WHEN OLD.intake_date IS NOT NEW.intake_date OR OLD.complaint IS NOT NEW.complaint OR OLD.age_band IS NOT NEW.age_band
         OR OLD.therapist_id IS NOT NEW.therapist_id OR OLD.closed_on IS NOT NEW.closed_on
       BEGIN UPDATE client SET data_revision = data_revision + 1 WHERE id = NEW.id; END`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "client_details_revision"`);
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "closed_on"`);
  }
}
