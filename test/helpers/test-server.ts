import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { DataSource } from "typeorm";
import { createApp } from "../../server/app.ts";
import { DEFAULT_SESSION_POLICY } from "../../server/auth/auth.service.ts";
import { createSqliteDataSource, openDatabase } from "../../server/db/data-source.ts";
import { DEFAULT_RULES } from "../../server/measures/rules.ts";
import type { Services } from "../../server/services.ts";

export interface TestServer {
  url: string;
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
  options: { clock?: () => Date; trustProxy?: boolean | string; nodeEnv?: "test" | "production" } = {},
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
  const dataSource = await openDatabase(
    createSqliteDataSource({
      path: databasePath,
      onStatement: (sql) => {
        statements.count++;
        statements.log.push(sql);
      },
    }),
  );
  const { app, services, stop } = await createApp({
    config: { nodeEnv: options.nodeEnv ?? "test", rules: DEFAULT_RULES, sessionPolicy: DEFAULT_SESSION_POLICY, webRoot: path.resolve("web/dist"), trustProxy: options.trustProxy ?? false },
    dataSource,
    clock: options.clock,
    log: process.env.TEST_SERVER_LOG ? (message, detail) => console.error(message, detail) : () => {},
  });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    databasePath,
    dataSource,
    services,
    statements,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stop();
      await dataSource.destroy();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
