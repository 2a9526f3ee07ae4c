import type BetterSqlite3 from "better-sqlite3";
import { DataSource } from "typeorm";
import { ENTITIES } from "./entities.ts";
import { POSTGRES_MIGRATIONS } from "./migrations/postgres/index.ts";
import { SQLITE_MIGRATIONS } from "./migrations/sqlite/index.ts";
import { SnakeNamingStrategy } from "./naming.ts";
import { serialiseTransactions } from "./transaction-turns.ts";

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
 * Transactions take turns on the one connection.
 */
export function createSqliteDataSource(options: SqliteOptions): DataSource {
  const dataSource = new DataSource({
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
  serialiseTransactions(dataSource);
  return dataSource;
}

export interface PostgresOptions {
  /** postgres://user:password@host:port/database */
  url: string;
  /** Schema to use (tests give each run its own); the server's default is `public`. */
  schema?: string;
  /** Read replicas: dashboard reads go to them, writes and transactions to the primary. */
  replicaUrls?: string[];
  onStatement?: (sql: string) => void;
}

/**
 * PostgreSQL for clinics that outgrow one file, chosen by DATABASE_URL. With replicas, TypeORM sends reads made
 * outside a transaction to a replica and everything else to the primary.
 */
export function createPostgresDataSource(options: PostgresOptions): DataSource {
  const logger = options.onStatement
    ? {
        logQuery: (query: string) => options.onStatement!(query),
        logQueryError: () => undefined,
        logQuerySlow: () => undefined,
        logSchemaBuild: () => undefined,
        logMigration: () => undefined,
        log: () => undefined,
      }
    : undefined;
  const connection = { url: options.url };
  return new DataSource({
    type: "postgres",
    ...(options.replicaUrls?.length
      ? { replication: { master: connection, slaves: options.replicaUrls.map((url) => ({ url })) } }
      : connection),
    // The schema is chosen with search_path, so hand-written SQL and TypeORM's find the same tables.
    ...(options.schema ? { extra: { options: `-c search_path=${options.schema}` } } : {}),
    entities: ENTITIES,
    migrations: POSTGRES_MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    ...(logger ? { logging: ["query"] as const, logger } : {}),
  });
}

/**
 * Opens the database and brings its schema up to date. On PostgreSQL, `schema` (DATABASE_SCHEMA) is created first
 * when it does not exist yet; the server runs this under `whileStartingAlone`, so processes never create it twice.
 */
export async function openDatabase(
  dataSource: DataSource,
  options: { schema?: string | null } = {},
): Promise<DataSource> {
  if (!dataSource.isInitialized) await dataSource.initialize();
  if (options.schema && dataSource.options.type === "postgres") {
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`);
  }
  await dataSource.runMigrations({ transaction: "each" });
  return dataSource;
}

/** The session-level advisory lock that server processes take in turns while they start (any 64-bit number). */
const STARTING_LOCK = "follow-up: starting";

/**
 * Runs `work` (migrations, the demo seed) while no other server process on the same PostgreSQL database runs its
 * own: several processes started together take turns, and each after the first finds the schema up to date and the
 * demo already there. The lock is held by one connection of the primary for the whole of `work`, and ends with that
 * connection should the process die. SQLite has one process by design, so there `work` simply runs.
 */
export async function whileStartingAlone<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  if (!dataSource.isInitialized) await dataSource.initialize();
  if (dataSource.options.type !== "postgres") return work();
  const runner = dataSource.createQueryRunner("master");
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtextextended($1, 0))`, [STARTING_LOCK]);
    try {
      return await work();
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [STARTING_LOCK]);
    }
  } finally {
    await runner.release();
  }
}

/** The configured engine: PostgreSQL when DATABASE_URL is set, otherwise the SQLite file. */
export function createDataSource(config: {
  databasePath: string;
  databaseUrl: string | null;
  databaseSchema?: string | null;
  replicaUrls: string[];
}): DataSource {
  return config.databaseUrl
    ? createPostgresDataSource({
        url: config.databaseUrl,
        replicaUrls: config.replicaUrls,
        ...(config.databaseSchema ? { schema: config.databaseSchema } : {}),
      })
    : createSqliteDataSource({ path: config.databasePath });
}
