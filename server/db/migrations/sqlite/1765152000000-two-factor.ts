import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Two-factor sign-in (TOTP secrets, hashed recovery codes, a session's pending step) and personal access tokens
 * (the PostgreSQL migration of the same name does the same).
 */
export class TwoFactor1765152000000 implements MigrationInterface {
  name = "TwoFactor1765152000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "totp_credential" ("user_id" integer PRIMARY KEY NOT NULL, "secret" varchar(128) NOT NULL, "created_at" varchar(24) NOT NULL, "confirmed_at" varchar(24), "last_time_step" integer, CONSTRAINT "FK_04a10ef8f905895b1f191bfa236" FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `CREATE TABLE "recovery_code" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "code_hash" varchar(64) NOT NULL, "used_at" varchar(24), CONSTRAINT "FK_f5c95d9ca2047afa670093e2028" FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f5c95d9ca2047afa670093e202" ON "recovery_code" ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e028e80fe2ceb3a76bfb340ad6" ON "recovery_code" ("code_hash") `);
    await queryRunner.query(
      `CREATE TABLE "access_token" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "name" varchar(100) NOT NULL, "token_hash" varchar(64) NOT NULL, "created_at" varchar(24) NOT NULL, "expires_at" varchar(24) NOT NULL, "last_used_at" varchar(24), "revoked_at" varchar(24), CONSTRAINT "FK_4bd9bc00776919370526766eb43" FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4bd9bc00776919370526766eb4" ON "access_token" ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d1e0f699436608cc429896f991" ON "access_token" ("token_hash") `);
    await queryRunner.query(`ALTER TABLE "auth_session" ADD COLUMN "pending_step" varchar(24)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "auth_session" DROP COLUMN "pending_step"`);
    await queryRunner.query(`DROP TABLE "access_token"`);
    await queryRunner.query(`DROP TABLE "recovery_code"`);
    await queryRunner.query(`DROP TABLE "totp_credential"`);
  }
}
