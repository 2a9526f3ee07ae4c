import "reflect-metadata";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { createPostgresDataSource, createSqliteDataSource, openDatabase } from "../../server/db/data-source.ts";
import { seedNetwork } from "../../server/demo/network.ts";
import { DEFAULT_RULES } from "../../server/measures/rules.ts";

/**
 * The network seed timed on each engine, each seed in a process of its own so that its peak RSS is its own: a fresh
 * SQLite file in a temporary directory, and on PostgreSQL a scratch database created for the run and dropped after.
 * Run: `npx tsx test/bench/seed.bench.ts [--clients 10000] [--engine sqlite|postgres|both] [--in-thread]`; PostgreSQL is reached
 * at BENCH_DATABASE_URL or TEST_DATABASE_URL (any database there; the scratch one is created beside it).
 */
const SELF = import.meta.filename;
const SEED = 20261126;
const DEFAULT_ADMIN_URL =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface SeedMeasurement {
  engine: "sqlite" | "postgres";
  clients: number;
  sessions: number;
  homework: number;
  episodes: number;
  /** Wall-clock seconds of `seedNetwork`, from the first generated clinic to the commit. */
  seconds: number;
  clientsPerSecond: number;
  /** CPU seconds (user and system) of the seeding process: steadier than wall time on a busy machine. */
  cpuSeconds: number;
  /** Peak resident set size of the seeding process, in MB. */
  peakRssMb: number;
}

/** Seeds `clients` clients into a fresh database of the engine, in a child process, and measures it. */
export async function measureSeed(options: {
  engine: "sqlite" | "postgres";
  clients: number;
  adminUrl?: string;
  /** Generate in the writing thread rather than in a worker (for comparison). */
  inThread?: boolean;
}): Promise<SeedMeasurement> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      ...process.execArgv,
      SELF,
      "--child",
      options.engine,
      "--clients",
      String(options.clients),
      ...(options.inThread ? ["--in-thread"] : []),
    ],
    {
      encoding: "utf8",
      maxBuffer: 1 << 20,
      env: { ...process.env, BENCH_DATABASE_URL: options.adminUrl ?? DEFAULT_ADMIN_URL },
    },
  );
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as SeedMeasurement;
}

async function child(engine: "sqlite" | "postgres", clients: number, inThread: boolean): Promise<void> {
  let cleanUp: () => Promise<void>;
  let dataSource;
  if (engine === "sqlite") {
    const directory = mkdtempSync(path.join(tmpdir(), "follow-up-seed-"));
    cleanUp = () => Promise.resolve(rmSync(directory, { recursive: true, force: true }));
    dataSource = await openDatabase(createSqliteDataSource({ path: path.join(directory, "seed.db") }));
  } else {
    const adminUrl = process.env.BENCH_DATABASE_URL ?? DEFAULT_ADMIN_URL;
    const database = `followup_seed_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    cleanUp = async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${database}`);
      await admin.end();
    };
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    dataSource = await openDatabase(createPostgresDataSource({ url: url.toString() }));
  }
  try {
    const result = await seedNetwork(dataSource, { clients, seed: SEED, rules: DEFAULT_RULES, worker: !inThread });
    const seconds = result.milliseconds / 1000;
    const cpu = process.cpuUsage();
    const measurement: SeedMeasurement = {
      engine,
      clients: result.clients,
      sessions: result.sessions,
      homework: result.homework,
      episodes: result.episodes,
      seconds,
      clientsPerSecond: result.clients / seconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
    process.stdout.write(`${JSON.stringify(measurement)}\n`);
  } finally {
    await dataSource.destroy();
    await cleanUp();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const { values } = parseArgs({
    options: {
      child: { type: "string" },
      clients: { type: "string", default: "10000" },
      engine: { type: "string", default: "both" },
      "in-thread": { type: "boolean", default: false },
    },
  });
  const clients = Number(values.clients);
  if (values.child) {
    await child(values.child as "sqlite" | "postgres", clients, values["in-thread"]);
  } else {
    const engines =
      values.engine === "both" ? (["sqlite", "postgres"] as const) : [values.engine as "sqlite" | "postgres"];
    console.log("| engine | clients | sessions | homework | episodes | seconds | clients/s | CPU s | peak RSS (MB) |");
    console.log("|---|---|---|---|---|---|---|---|---|");
    for (const engine of engines) {
      const m = await measureSeed({ engine, clients, inThread: values["in-thread"] });
      console.log(
        `| ${engine} | ${m.clients} | ${m.sessions} | ${m.homework} | ${m.episodes} | ${m.seconds.toFixed(1)} | ${m.clientsPerSecond.toFixed(0)} | ${m.cpuSeconds.toFixed(1)} | ${m.peakRssMb.toFixed(0)} |`,
      );
    }
  }
}
