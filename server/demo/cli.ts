import "reflect-metadata";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config.ts";
import { createDataSource, openDatabase } from "../db/data-source.ts";
import { seedDemoIfEmpty } from "./seed.ts";

/** `npm run seed -- [--out file.db] [--seed N] [--fresh]`: the demo clinic into a SQLite file. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      seed: { type: "string" },
      fresh: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log("Usage: npm run seed -- [--out data/followup.db] [--seed 20261126] [--fresh]");
    console.log("  --fresh  delete the file first; without it an existing database is left as it is.");
    return;
  }
  const config = loadConfig();
  const file = values.out ? path.resolve(values.out) : config.databasePath;
  if (config.databaseUrl && !values.out && values.fresh) throw new ConfigError("--fresh deletes a SQLite file; with DATABASE_URL, drop the schema yourself.");
  const seed = values.seed === undefined ? config.demoSeed : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new ConfigError(`--seed must be a whole number; got "${values.seed}".`);
  if (values.fresh) for (const suffix of ["", "-wal", "-shm"]) if (existsSync(file + suffix)) rmSync(file + suffix);
  const dataSource = await openDatabase(createDataSource(values.out ? { ...config, databaseUrl: null, databasePath: file } : config));
  try {
    const result = await seedDemoIfEmpty(dataSource, { seed, rules: config.rules });
    console.log(
      result
        ? `Seeded ${result.clients} demo clients into ${file} in ${result.milliseconds} ms.`
        : `${file} already holds data; nothing seeded (use --fresh to start over).`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
