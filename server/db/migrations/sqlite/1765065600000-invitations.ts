import type { MigrationInterface, QueryRunner } from "typeorm";

/** One-time invitation and password-reset addresses (the PostgreSQL migration of the same name does the same). */
export class Invitations1765065600000 implements MigrationInterface {
  name = "Invitations1765065600000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "invitation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "token_hash" varchar(64) NOT NULL, "user_id" integer NOT NULL, "purpose" varchar(16) NOT NULL, "issued_by_user_id" integer, "created_at" varchar(24) NOT NULL, "expires_at" varchar(24) NOT NULL, "used_at" varchar(24), "voided_at" varchar(24), CONSTRAINT "FK_dbf801c80100c878509602456ff" FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b827d3749ffbb3b5ab5099afd6" ON "invitation" ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_dbf801c80100c878509602456f" ON "invitation" ("user_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "invitation"`);
  }
}
