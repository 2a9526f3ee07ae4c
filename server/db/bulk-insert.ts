import type BetterSqlite3 from "better-sqlite3";
import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { chunk } from "../common/collections.ts";

/** PostgreSQL allows 65,535 bound values per statement, SQLite 32,766; stay well below both. */
const MAX_VALUES_PER_INSERT = 30_000;

/**
 * Inserts many rows fast, inside the caller's transaction. On SQLite it runs one prepared statement per row on the
 * driver's own connection (hundreds of thousands of rows a second); elsewhere multi-row INSERTs through TypeORM.
 * Values go through TypeORM's own conversion (transformers, simple-json, booleans), so rows are stored exactly as
 * the entity layer would store them.
 */
export async function bulkInsert<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: T[],
): Promise<void> {
  if (rows.length === 0) return;
  const metadata = manager.connection.getMetadata(entity);
  // Columns the rows leave out fall to the database: generated ids, and defaults such as revision counters.
  const columns = metadata.columns.filter(
    (column) =>
      !column.isVirtual && (column.propertyName in rows[0]! || (!column.isGenerated && column.default === undefined)),
  );
  const driver = manager.connection.driver;
  if (manager.connection.options.type === "better-sqlite3") {
    const database = (driver as unknown as { databaseConnection: BetterSqlite3.Database }).databaseConnection;
    const statement = database.prepare(
      `INSERT INTO "${metadata.tableName}" (${columns.map((c) => `"${c.databaseName}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
    );
    for (const row of rows) {
      statement.run(
        columns.map((column): unknown => driver.preparePersistentValue(column.getEntityValue(row), column) ?? null),
      );
    }
    return;
  }
  const size = Math.max(1, Math.floor(MAX_VALUES_PER_INSERT / columns.length));
  for (const slice of chunk(rows, size)) {
    // updateEntity(false): no read-back of generated values, which for thousands of rows is a query of its own.
    await manager.createQueryBuilder().insert().into(entity).values(slice).updateEntity(false).execute();
  }
}
