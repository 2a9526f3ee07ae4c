import type { DataSource } from "typeorm";
import { hashPassword } from "../auth/password.ts";
import { localDateOf } from "../common/time.ts";
import type { ClinicalRules } from "../measures/rules.ts";
import { buildRollups, reinstallRollupTriggers, setRollupTriggersAside } from "../db/triggers.ts";
import { generateDemo, type IdKind } from "./generator.ts";
import { DEMO_PASSWORD, writeDemoRows } from "./seed.ts";

const THERAPISTS_PER_CLINIC = 8;
const CLIENTS_PER_THERAPIST = 30;
const TIMEZONES = ["America/Toronto", "America/Vancouver", "America/Halifax", "America/Winnipeg", "America/Edmonton"];

/**
 * Load-test volumes against the believable demo's: longer courses without the taper to monthly sessions, more
 * homework per session, more episodes and intakes further back, so that 10,000 clients give about 250,000 sessions, 600,000 homework items and 2,000,000
 * episodes.
 */
export const NETWORK_VOLUME = { sessions: 4.2, homework: 2.3, episodes: 2.65, intakeDays: 900, maxGapDays: 14 };

export interface NetworkResult {
  clinics: number;
  clients: number;
  sessions: number;
  homework: number;
  episodes: number;
  milliseconds: number;
}

/** SQLite page cache while the network loads, in KiB (negative: a size rather than a page count). */
const LOAD_CACHE_KIB = 128 * 1024;

const maxId = (rows: { id: number }[], fallback: number) => rows.reduce((max, row) => Math.max(max, row.id), fallback);

/**
 * A network of demo clinics of 240 clients each, for benchmarks. The first keeps the published sign-ins; the
 * others' are `c2.therapist@demo.local` and so on, all with the demo password (hashed once: it is public anyway).
 * Each clinic is generated and written in turn, so memory holds one clinic at a time, all in one transaction. The
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
    onProgress?: (done: number, total: number, sofar: NetworkResult) => void;
  },
): Promise<NetworkResult> {
  const started = Date.now();
  const clinics = Math.ceil(options.clients / (THERAPISTS_PER_CLINIC * CLIENTS_PER_THERAPIST));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const result: NetworkResult = { clinics, clients: 0, sessions: 0, homework: 0, episodes: 0, milliseconds: 0 };
  let idBase: Record<IdKind, number> = {
    user: 0,
    client: 0,
    session: 0,
    homework: 0,
    episode: 0,
    plan: 0,
    revision: 0,
    checkIn: 0,
    riskAlert: 0,
  };
  const hashes = (count: number) => Array.from({ length: count }, () => passwordHash);
  const sqlite = dataSource.options.type === "better-sqlite3";
  const clinicIds: number[] = [];
  await dataSource.transaction(async (manager) => {
    const cacheSize = sqlite ? (await manager.query<{ cache_size: number }[]>(`PRAGMA cache_size`))[0]!.cache_size : 0;
    if (sqlite) await manager.query(`PRAGMA cache_size = -${LOAD_CACHE_KIB}`);
    const aside = options.rollups === "by-trigger" ? null : await setRollupTriggersAside(manager);
    for (let index = 0; index < clinics; index++) {
      const timeZone = TIMEZONES[index % TIMEZONES.length]!;
      const data = generateDemo({
        seed: options.seed + index,
        today: localDateOf(options.now ?? new Date(), timeZone),
        rules: options.rules,
        clinicName: `Clinic ${index + 1} (demo network)`,
        timeZone,
        therapists: THERAPISTS_PER_CLINIC,
        clientsPerTherapist: Math.min(
          CLIENTS_PER_THERAPIST,
          Math.ceil((options.clients - result.clients) / THERAPISTS_PER_CLINIC),
        ),
        idBase,
        emailPrefix: index === 0 ? "" : `c${index + 1}.`,
        volume: NETWORK_VOLUME,
      });
      clinicIds.push(await writeDemoRows(manager, data, hashes(data.users.length)));
      idBase = {
        user: maxId(data.users, idBase.user),
        client: maxId(data.clients, idBase.client),
        session: maxId(data.sessions, idBase.session),
        homework: maxId(data.homework, idBase.homework),
        episode: maxId(data.episodes, idBase.episode),
        plan: maxId(data.plans, idBase.plan),
        revision: maxId(data.revisions, idBase.revision),
        checkIn: maxId(data.checkIns, idBase.checkIn),
        riskAlert: maxId(data.riskAlerts, idBase.riskAlert),
      };
      result.clients += data.clients.length;
      result.sessions += data.sessions.length;
      result.homework += data.homework.length;
      result.episodes += data.episodes.length;
      result.milliseconds = Date.now() - started;
      options.onProgress?.(index + 1, clinics, result);
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
