import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A random record key per client for the cell-key perturbation of anonymised metrics (supervision/perturbation.ts).
 * A trigger draws it for every new client that arrives without one (as on SQLite), and existing clients get theirs
 * here. The bits come from `gen_random_uuid()`, which uses PostgreSQL's strong random source; 31 of them, so the key
 * fits an integer.
 */
const DRAW = `(('x' || substr(replace(gen_random_uuid()::text, '-', ''), 1, 8))::bit(32)::int & 2147483647)`;

export class RecordKeys1764806400000 implements MigrationInterface {
  name = "RecordKeys1764806400000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "client" ADD COLUMN "record_key" integer`);
    await queryRunner.query(`UPDATE "client" SET "record_key" = ${DRAW}`);
    await queryRunner.query(
      `CREATE FUNCTION client_record_key() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.record_key IS NULL THEN NEW.record_key := ${DRAW}; END IF;
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "client_record_key" BEFORE INSERT ON "client" FOR EACH ROW EXECUTE FUNCTION client_record_key()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "client_record_key" ON "client"`);
    await queryRunner.query(`DROP FUNCTION client_record_key()`);
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "record_key"`);
  }
}
