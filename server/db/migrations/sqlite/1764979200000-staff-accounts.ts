import type { MigrationInterface, QueryRunner } from "typeorm";

/** Accounts an admin can deactivate (the PostgreSQL migration of the same name does the same). */
export class StaffAccounts1764979200000 implements MigrationInterface {
  name = "StaffAccounts1764979200000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user" ADD COLUMN "deactivated_at" varchar(24)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "deactivated_at"`);
  }
}
