import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Two-factor sign-in (TOTP secrets, hashed recovery codes, a session's pending step) and personal access tokens
 * (the SQLite migration of the same name does the same).
 */
export class TwoFactor1765152000000 implements MigrationInterface {
  name = "TwoFactor1765152000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "totp_credential" ("user_id" integer NOT NULL, "secret" character varying(128) NOT NULL, "created_at" character varying(24) NOT NULL, "confirmed_at" character varying(24), "last_time_step" integer, CONSTRAINT "PK_04a10ef8f905895b1f191bfa236" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "recovery_code" ("id" SERIAL NOT NULL, "user_id" integer NOT NULL, "code_hash" character varying(64) NOT NULL, "used_at" character varying(24), CONSTRAINT "PK_b7f1e23329e93a80e25fd281922" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f5c95d9ca2047afa670093e202" ON "recovery_code" ("user_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e028e80fe2ceb3a76bfb340ad6" ON "recovery_code" ("code_hash")`);
    await queryRunner.query(
      `CREATE TABLE "access_token" ("id" SERIAL NOT NULL, "user_id" integer NOT NULL, "name" character varying(100) NOT NULL, "token_hash" character varying(64) NOT NULL, "created_at" character varying(24) NOT NULL, "expires_at" character varying(24) NOT NULL, "last_used_at" character varying(24), "revoked_at" character varying(24), CONSTRAINT "PK_f20f028607b2603deabd8182d12" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4bd9bc00776919370526766eb4" ON "access_token" ("user_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d1e0f699436608cc429896f991" ON "access_token" ("token_hash")`);
    await queryRunner.query(`ALTER TABLE "auth_session" ADD "pending_step" character varying(24)`);
    await queryRunner.query(
      `ALTER TABLE "access_token" ADD CONSTRAINT "FK_4bd9bc00776919370526766eb43" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recovery_code" ADD CONSTRAINT "FK_f5c95d9ca2047afa670093e2028" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "totp_credential" ADD CONSTRAINT "FK_04a10ef8f905895b1f191bfa236" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "auth_session" DROP COLUMN "pending_step"`);
    await queryRunner.query(`DROP TABLE "access_token"`);
    await queryRunner.query(`DROP TABLE "recovery_code"`);
    await queryRunner.query(`DROP TABLE "totp_credential"`);
  }
}
