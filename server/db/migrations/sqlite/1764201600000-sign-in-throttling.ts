import type { MigrationInterface, QueryRunner } from "typeorm";

/** Failed sign-ins, for throttling per account and per address. */
export class SignInThrottling1764201600000 implements MigrationInterface {
  name = "SignInThrottling1764201600000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sign_in_failure" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "key" varchar(320) NOT NULL, "at" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_67773f4bf16fd14322ece9cf29" ON "sign_in_failure" ("key", "at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sign_in_failure"`);
  }
}
