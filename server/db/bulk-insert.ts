import type BetterSqlite3 from "better-sqlite3";
import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { copyInsert } from "./copy-insert.ts";

/**
 * Inserts many rows fast, inside the caller's transaction. On SQLite it runs one prepared statement per row on the
 * driver's own connection (hundreds of thousands of rows a second); on PostgreSQL one `COPY … FROM STDIN` on the
 * transaction's connection.
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
  await copyInsert(manager, metadata, columns, rows);
}
