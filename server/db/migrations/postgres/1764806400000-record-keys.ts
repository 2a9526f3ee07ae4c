import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A random record key per client for the cell-key perturbation of anonymised metrics (supervision/perturbation.ts),
 * drawn by the column default for every new client and here for existing ones. The bits come from
 * `gen_random_uuid()`, which uses PostgreSQL's strong random source; 31 of them, so the key fits an integer.
 */
const DRAW = `(('x' || substr(replace(gen_random_uuid()::text, '-', ''), 1, 8))::bit(32)::int & 2147483647)`;

export class RecordKeys1764806400000 implements MigrationInterface {
  name = "RecordKeys1764806400000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "client" ADD COLUMN "record_key" integer DEFAULT ${DRAW}`);
    await queryRunner.query(`UPDATE "client" SET "record_key" = ${DRAW}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "record_key"`);
  }
}
