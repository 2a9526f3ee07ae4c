import { createRequire } from "node:module";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { from as copyFrom } from "pg-copy-streams";
import type { EntityManager, ObjectLiteral } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata.js";
import type { EntityMetadata } from "typeorm/metadata/EntityMetadata.js";

/**
 * node-postgres' own conversion of a JavaScript value to the text it sends for a query parameter (Date, Buffer,
 * arrays, objects as JSON): COPY gets the very text a parameterised INSERT would have sent.
 */
const { prepareValue } = createRequire(import.meta.url)("pg/lib/utils.js") as {
  prepareValue: (value: unknown) => string | Buffer | null;
};

/** Rows per chunk handed to the COPY stream: large enough to amortise, small enough to keep memory flat. */
const ROWS_PER_CHUNK = 2_000;

const ESCAPES: Record<string, string> = { "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * One field of PostgreSQL's COPY text format: `\N` for NULL; otherwise the parameter text with the backslash and
 * the characters that would end a field or a row (tab, newline, carriage return) escaped.
 */
export function copyField(value: unknown): string {
  const prepared = value === undefined ? null : prepareValue(value);
  if (prepared === null) return "\\N";
  if (Buffer.isBuffer(prepared)) return `\\\\x${prepared.toString("hex")}`;
  return /[\\\n\r\t]/.test(prepared) ? prepared.replace(/[\\\n\r\t]/g, (c) => ESCAPES[c]!) : prepared;
}

/** The node-postgres client under the manager's transaction (or a pooled one for the time of `work`). */
async function withClient<T>(
  manager: EntityManager,
  work: (client: { query: (stream: unknown) => unknown }) => Promise<T>,
): Promise<T> {
  const own = manager.queryRunner && !manager.queryRunner.isReleased ? null : manager.connection.createQueryRunner();
  const runner = own ?? manager.queryRunner!;
  try {
    return await work((await runner.connect()) as { query: (stream: unknown) => unknown });
  } finally {
    if (own) await own.release();
  }
}

/**
 * Inserts rows through `COPY … FROM STDIN` on the manager's connection, so inside its transaction. Each value goes
 * through TypeORM's conversion for its column (transformers, simple-json, booleans) and then node-postgres' text
 * conversion, exactly as an INSERT through TypeORM would store it. Row triggers fire as they would for INSERT.
 */
export async function copyInsert<T extends ObjectLiteral>(
  manager: EntityManager,
  metadata: EntityMetadata,
  columns: ColumnMetadata[],
  rows: T[],
): Promise<void> {
  if (rows.length === 0) return;
  const driver = manager.connection.driver;
  const table = metadata.schema ? `"${metadata.schema}"."${metadata.tableName}"` : `"${metadata.tableName}"`;
  const sql = `COPY ${table} (${columns.map((c) => `"${c.databaseName}"`).join(", ")}) FROM STDIN`;
  function* chunks(): Generator<string> {
    for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK) {
      let text = "";
      for (const row of rows.slice(start, start + ROWS_PER_CHUNK)) {
        text +=
          columns
            .map((column) => copyField(driver.preparePersistentValue(column.getEntityValue(row), column)))
            .join("\t") + "\n";
      }
      yield text;
    }
  }
  await withClient(manager, async (client) => {
    const stream = client.query(copyFrom(sql)) as NodeJS.WritableStream;
    await pipeline(Readable.from(chunks()), stream);
  });
}
