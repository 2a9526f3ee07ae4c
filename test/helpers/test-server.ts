import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { DataSource } from "typeorm";
import { createApp } from "../../server/app.ts";
import { DEFAULT_SESSION_POLICY } from "../../server/auth/auth.service.ts";
import type { RequireMfa } from "../../server/auth/sign-in-step.ts";
import { createPostgresDataSource, createSqliteDataSource, openDatabase } from "../../server/db/data-source.ts";
import { DataSource as PlainDataSource } from "typeorm";
import { DEFAULT_RULES } from "../../server/measures/rules.ts";
import type { Services } from "../../server/services.ts";

/** The engine under test: PostgreSQL when the postgres test project runs (TEST_DATABASE_URL), else SQLite. */
export const ENGINE: "sqlite" | "postgres" =
  process.env.TEST_ENGINE === "postgres" && process.env.TEST_DATABASE_URL ? "postgres" : "sqlite";

export interface TestServer {
  url: string;
  engine: typeof ENGINE;
  /** Hand-written SQL with `?` placeholders, on either engine. */
  query<T = any>(sql: string, parameters?: unknown[]): Promise<T[]>;
  /** The SQLite file, for tests that open it beside the server (backups, integrity checks). */
  databasePath: string;
  dataSource: DataSource;
  services: Services;
  /** SQL statements the driver has run since the last reset. */
  statements: { count: number; log: string[]; reset(): void };
  close(): Promise<void>;
}

/**
 * The real app on a fresh SQLite file, listening on a loopback port. Every statement the driver runs is counted,
 * so tests can assert how many a request costs.
 */
export async function startTestServer(
  options: {
    clock?: () => Date;
    trustProxy?: boolean | string;
    nodeEnv?: "test" | "production";
    replicaOfItself?: boolean;
    requireMfa?: RequireMfa;
    /** The dashboard's build to serve; web/dist by default. */
    webRoot?: string;
  } = {},
): Promise<TestServer> {
  const directory = mkdtempSync(path.join(tmpdir(), "follow-up-test-"));
  const statements = {
    count: 0,
    log: [] as string[],
    reset() {
      this.count = 0;
      this.log = [];
    },
  };
  const databasePath = path.join(directory, "test.db");
  const onStatement = (sql: string) => {
    statements.count++;
    statements.log.push(sql);
  };
  // On PostgreSQL every test server gets a schema of its own, dropped at the end, so runs never collide.
  const schema = `t_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  if (ENGINE === "postgres") await adminQuery(`CREATE SCHEMA "${schema}"`);
  const dataSource = await openDatabase(
    ENGINE === "postgres"
      ? createPostgresDataSource({
          url: process.env.TEST_DATABASE_URL!,
          schema,
          onStatement,
          replicaUrls: options.replicaOfItself ? [process.env.TEST_DATABASE_URL!] : [],
        })
      : createSqliteDataSource({ path: databasePath, onStatement }),
  );
  const { app, services, stop } = await createApp({
    config: {
      nodeEnv: options.nodeEnv ?? "test",
      rules: DEFAULT_RULES,
      sessionPolicy: { ...DEFAULT_SESSION_POLICY, requireMfa: options.requireMfa ?? "off" },
      webRoot: options.webRoot ?? path.resolve("web/dist"),
      trustProxy: options.trustProxy ?? false,
    },
    dataSource,
    clock: options.clock,
    log: process.env.TEST_SERVER_LOG ? (message, detail) => console.error(message, detail) : () => {},
  });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    engine: ENGINE,
    query: (sql, parameters = []) => {
      let n = 0;
      return dataSource.query(ENGINE === "postgres" ? sql.replace(/\?/g, () => `$${++n}`) : sql, parameters);
    },
    databasePath,
    dataSource,
    services,
    statements,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stop();
      await dataSource.destroy();
      if (ENGINE === "postgres") await adminQuery(`DROP SCHEMA "${schema}" CASCADE`);
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/**
 * One statement on the PostgreSQL test database (TEST_DATABASE_URL) over a connection of its own, outside any test
 * server's schema: creating and dropping schemas, or reading what server processes wrote.
 */
export async function adminQuery<T = any>(sql: string, parameters: unknown[] = []): Promise<T[]> {
  const admin = new PlainDataSource({ type: "postgres", url: process.env.TEST_DATABASE_URL! });
  await admin.initialize();
  try {
    return await admin.query<T[]>(sql, parameters);
  } finally {
    await admin.destroy();
  }
}
