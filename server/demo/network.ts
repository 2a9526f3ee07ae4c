import { Worker } from "node:worker_threads";
import type { DataSource } from "typeorm";
import { hashPassword } from "../auth/password.ts";
import { buildRollups, reinstallRollupTriggers, setRollupTriggersAside } from "../db/triggers.ts";
import type { ClinicalRules } from "../measures/rules.ts";
import type { DemoData } from "./generator.ts";
import { clinicsFor, networkClinics, type NetworkPlan } from "./network-clinics.ts";
import { DEMO_PASSWORD, writeDemoRows } from "./seed.ts";

export { NETWORK_VOLUME } from "./network-clinics.ts";

export interface NetworkResult {
  clinics: number;
  clients: number;
  sessions: number;
  homework: number;
  episodes: number;
  milliseconds: number;
}

/** SQLite page cache while the network loads, in KiB. */
const LOAD_CACHE_KIB = 128 * 1024;

/**
 * A network of demo clinics of 240 clients each, for benchmarks. The first keeps the published sign-ins; the
 * others' are `c2.therapist@demo.local` and so on, all with the demo password (hashed once: it is public anyway).
 * Each clinic is generated and written in turn, so memory holds one clinic at a time (two with `worker`, the
 * default: a worker thread generates the next clinic while this one is written), all in one transaction. The
 * rollup and revision triggers are set aside for the load and the same figures built after it in one set-based
 * pass (`rollups: "by-trigger"` keeps the triggers on instead, row by row: the reference the fast way is tested
 * against).
 */
export async function seedNetwork(
  dataSource: DataSource,
  options: {
    clients: number;
    seed: number;
    rules: ClinicalRules;
    now?: Date;
    rollups?: "after-load" | "by-trigger";
    worker?: boolean;
    onProgress?: (done: number, total: number, sofar: NetworkResult) => void;
  },
): Promise<NetworkResult> {
  const started = Date.now();
  const clinics = clinicsFor(options.clients);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const result: NetworkResult = { clinics, clients: 0, sessions: 0, homework: 0, episodes: 0, milliseconds: 0 };
  const plan: NetworkPlan = {
    clients: options.clients,
    seed: options.seed,
    rules: options.rules,
    now: options.now ?? new Date(),
  };
  const sqlite = dataSource.options.type === "better-sqlite3";
  const clinicIds: number[] = [];
  await dataSource.transaction(async (manager) => {
    const cacheSize = sqlite ? (await manager.query<{ cache_size: number }[]>(`PRAGMA cache_size`))[0]!.cache_size : 0;
    if (sqlite) await manager.query(`PRAGMA cache_size = -${LOAD_CACHE_KIB}`);
    const aside = options.rollups === "by-trigger" ? null : await setRollupTriggersAside(manager);
    for await (const data of options.worker === false ? networkClinics(plan) : clinicsInWorker(plan)) {
      clinicIds.push(
        await writeDemoRows(
          manager,
          data,
          data.users.map(() => passwordHash),
        ),
      );
      result.clients += data.clients.length;
      result.sessions += data.sessions.length;
      result.homework += data.homework.length;
      result.episodes += data.episodes.length;
      result.milliseconds = Date.now() - started;
      options.onProgress?.(clinicIds.length, clinics, result);
    }
    if (aside) {
      await buildRollups(manager, clinicIds);
      await reinstallRollupTriggers(manager, aside);
    }
    if (sqlite) await manager.query(`PRAGMA cache_size = ${cacheSize}`);
  });
  result.milliseconds = Date.now() - started;
  return result;
}

/** Asks the generator thread for its next clinic. */
function nextClinic(worker: Worker): Promise<DemoData | null> {
  return new Promise((resolve, reject) => {
    const done = () => {
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
    };
    const onMessage = (data: DemoData | null) => {
      done();
      resolve(data);
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    const onExit = (code: number) => onError(new Error(`the clinic generator stopped (exit code ${code})`));
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage("next");
  });
}

/**
 * The network's clinics from a worker thread, which generates the next one while the caller writes this one. The
 * worker runs the same TypeScript through the same loader as this process (tsx).
 */
async function* clinicsInWorker(plan: NetworkPlan): AsyncGenerator<DemoData> {
  const execArgv = process.execArgv.some((argument) => argument.includes("tsx"))
    ? process.execArgv
    : [...process.execArgv, "--import", "tsx"];
  const worker = new Worker(new URL("./network-worker.ts", import.meta.url), { workerData: plan, execArgv });
  try {
    let ahead = nextClinic(worker);
    for (;;) {
      const data = await ahead;
      if (!data) return;
      ahead = nextClinic(worker);
      // Handled here so that a write failing meanwhile leaves no unhandled rejection behind when the worker stops.
      ahead.catch(() => undefined);
      yield data;
    }
  } finally {
    await worker.terminate();
  }
}
