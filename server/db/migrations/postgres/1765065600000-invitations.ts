import type { MigrationInterface, QueryRunner } from "typeorm";

/** One-time invitation and password-reset addresses (the SQLite migration of the same name does the same). */
export class Invitations1765065600000 implements MigrationInterface {
  name = "Invitations1765065600000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "invitation" ("id" SERIAL NOT NULL, "token_hash" character varying(64) NOT NULL, "user_id" integer NOT NULL, "purpose" character varying(16) NOT NULL, "issued_by_user_id" integer, "created_at" character varying(24) NOT NULL, "expires_at" character varying(24) NOT NULL, "used_at" character varying(24), "voided_at" character varying(24), CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b827d3749ffbb3b5ab5099afd6" ON "invitation" ("token_hash")`);
    await queryRunner.query(`CREATE INDEX "IDX_dbf801c80100c878509602456f" ON "invitation" ("user_id")`);
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "FK_dbf801c80100c878509602456ff" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "invitation"`);
  }
}
