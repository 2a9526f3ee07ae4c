import type BetterSqlite3 from "better-sqlite3";
import { DataSource } from "typeorm";
import { ENTITIES } from "./entities.ts";
import { SQLITE_MIGRATIONS } from "./migrations/sqlite/index.ts";
import { SnakeNamingStrategy } from "./naming.ts";

export interface SqliteOptions {
  /** File path, or ":memory:" for throw-away databases. */
  path: string;
  /** Called with every SQL statement the driver runs; tests count statements with it. */
  onStatement?: (sql: string) => void;
}

/** Milliseconds a writer waits for the lock before SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * The embedded default. WAL lets readers run beside the single writer; foreign keys are enforced; `synchronous=FULL`
 * makes an acknowledged commit survive power loss, which matters more here than the last bit of write speed.
 */
export function createSqliteDataSource(options: SqliteOptions): DataSource {
  return new DataSource({
    type: "better-sqlite3",
    database: options.path,
    entities: ENTITIES,
    migrations: SQLITE_MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    timeout: BUSY_TIMEOUT_MS,
    enableWAL: true,
    verbose: options.onStatement ? (sql: unknown) => options.onStatement!(String(sql)) : undefined,
    prepareDatabase: (db: BetterSqlite3.Database) => {
      db.pragma("synchronous = FULL");
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    },
  });
}

/** Opens the database and brings its schema up to date. */
export async function openDatabase(dataSource: DataSource): Promise<DataSource> {
  if (!dataSource.isInitialized) await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  return dataSource;
}
