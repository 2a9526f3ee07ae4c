import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Sign-in attempts reserved before the password check, in place of failures recorded after it (the SQLite migration
 * of the same name does the same). Old failures are dropped: they only ever mattered for 15 minutes.
 */
export class SignInAttempts1764892800000 implements MigrationInterface {
  name = "SignInAttempts1764892800000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sign_in_failure"`);
    await queryRunner.query(
      `CREATE TABLE "sign_in_attempt" ("id" SERIAL NOT NULL, "account" character varying(254) NOT NULL, "address" character varying(64) NOT NULL, "at" character varying(24) NOT NULL, "failed" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_7708f8d7d88593210f3d359f81d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_14d24c50135dc0e593764f6cb2" ON "sign_in_attempt" ("at")`);
    await queryRunner.query(`CREATE INDEX "IDX_1c0da55a8115b9daf8783f6f9f" ON "sign_in_attempt" ("address", "at")`);
    await queryRunner.query(`CREATE INDEX "IDX_954bbbc35cf9e5466d27423241" ON "sign_in_attempt" ("account", "at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sign_in_attempt"`);
    await queryRunner.query(
      `CREATE TABLE "sign_in_failure" ("id" SERIAL NOT NULL, "key" character varying(320) NOT NULL, "at" character varying(24) NOT NULL, CONSTRAINT "PK_5ad9835b7a6e51262f6fe5024de" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_67773f4bf16fd14322ece9cf29" ON "sign_in_failure" ("key", "at")`);
  }
}
