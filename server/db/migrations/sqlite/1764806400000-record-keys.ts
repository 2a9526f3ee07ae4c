import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A random record key per client for the cell-key perturbation of anonymised metrics (supervision/perturbation.ts).
 * SQLite cannot add a column whose default is an expression, so a trigger draws the key for every new client that
 * arrives without one, and existing clients get theirs here. `random()` is SQLite's generator seeded from the
 * operating system; the mask keeps 31 bits, so the key fits an integer column on both engines.
 */
const DRAW = "(random() & 2147483647)";

export class RecordKeys1764806400000 implements MigrationInterface {
  name = "RecordKeys1764806400000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "client" ADD COLUMN "record_key" integer`);
    await queryRunner.query(`UPDATE "client" SET "record_key" = ${DRAW}`);
    await queryRunner.query(
      `CREATE TRIGGER "client_record_key" AFTER INSERT ON "client" WHEN NEW.record_key IS NULL
       BEGIN UPDATE "client" SET "record_key" = ${DRAW} WHERE id = NEW.id; END`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "client_record_key"`);
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "record_key"`);
  }
}
