import "reflect-metadata";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config.ts";
import { createDataSource, openDatabase } from "../db/data-source.ts";
import { Clinic } from "../clinics/clinic.entity.ts";
import { seedNetwork, type NetworkResult } from "./network.ts";
import { seedDemoIfEmpty } from "./seed.ts";

/** `npm run seed -- [--out file.db] [--seed N] [--fresh]`: the demo clinic into a SQLite file. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      seed: { type: "string" },
      clients: { type: "string" },
      fresh: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log("Usage: npm run seed -- [--out data/followup.db] [--seed 20261126] [--fresh] [--clients 10000]");
    console.log("  --fresh    delete the file first; without it an existing database is left as it is.");
    console.log(
      "  --clients  a network of demo clinics with this many clients, at load-test volumes (for benchmarks).",
    );
    return;
  }
  const config = loadConfig();
  const file = values.out ? path.resolve(values.out) : config.databasePath;
  if (config.databaseUrl && !values.out && values.fresh)
    throw new ConfigError("--fresh deletes a SQLite file; with DATABASE_URL, drop the schema yourself.");
  const seed = values.seed === undefined ? config.demoSeed : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0)
    throw new ConfigError(`--seed must be a whole number; got "${values.seed}".`);
  if (values.fresh) for (const suffix of ["", "-wal", "-shm"]) if (existsSync(file + suffix)) rmSync(file + suffix);
  const dataSource = await openDatabase(
    createDataSource(values.out ? { ...config, databaseUrl: null, databasePath: file } : config),
  );
  try {
    if (values.clients !== undefined) {
      const clients = Number(values.clients);
      if (!Number.isInteger(clients) || clients < 1 || clients > 1_000_000)
        throw new ConfigError(`--clients must be a whole number from 1 to 1,000,000; got "${values.clients}".`);
      if ((await dataSource.getRepository(Clinic).count()) > 0) {
        console.log(`${file} already holds data; nothing seeded (use --fresh to start over).`);
        return;
      }
      const result = await seedNetwork(dataSource, { clients, seed, rules: config.rules, onProgress: progressBar });
      process.stderr.write("\n");
      console.log(
        `Seeded ${result.clinics} clinics: ${result.clients} clients, ${result.sessions} sessions, ${result.homework} homework items, ` +
          `${result.episodes} episodes in ${(result.milliseconds / 1000).toFixed(1)} s.`,
      );
      return;
    }
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

function progressBar(done: number, total: number, sofar: NetworkResult): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(
    `\r[${"#".repeat(filled)}${".".repeat(width - filled)}] clinic ${done}/${total} · ${sofar.clients} clients · ${sofar.episodes} episodes · ${(sofar.milliseconds / 1000).toFixed(0)} s`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
