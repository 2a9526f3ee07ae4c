import "reflect-metadata";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createApp } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { createDataSource, openDatabase, whileStartingAlone } from "./db/data-source.ts";
import { readingPrimary } from "./db/primary.ts";
import { DEMO_PASSWORD, DEMO_SIGN_INS, seedDemoIfEmpty } from "./demo/seed.ts";

/**
 * Start-up: configuration, database and migrations, the demo on an empty database, then listen. Server processes
 * sharing one PostgreSQL database migrate and seed one at a time (`whileStartingAlone`).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = createDataSource(config);
  await whileStartingAlone(dataSource, async () => {
    await openDatabase(dataSource, { schema: config.databaseSchema });
    if (!config.seedDemo) return;
    // Whether the database is empty is asked of the primary: a lagging replica could still look empty.
    const seeded = await seedDemoIfEmpty(readingPrimary(dataSource), { seed: config.demoSeed, rules: config.rules });
    const where = config.databaseUrl ? "PostgreSQL" : config.databasePath;
    if (seeded)
      console.log(`Seeded the demo clinic into ${where} in ${seeded.milliseconds} ms (${seeded.clients} clients).`);
  });
  const { app, stop } = await createApp({ config, dataSource });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://localhost:${port}`;
  console.log(`Follow-Up is running: dashboard ${base}/  GraphQL ${base}/graphql`);
  if (config.seedDemo) {
    console.log(`Demo sign-ins (password ${DEMO_PASSWORD}): ${DEMO_SIGN_INS.join(", ")}`);
  }

  const finish = async () => {
    await stop();
    await dataSource.destroy();
    process.exit(0);
  };
  const shutdown = () => {
    console.log("Shutting down: finishing requests in flight…");
    server.close(() => void finish());
    server.closeIdleConnections();
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
  } else {
    console.error("Follow-Up could not start:", error);
  }
  process.exit(1);
});
