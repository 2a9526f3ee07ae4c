import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedNetwork } from "../../server/demo/network.ts";
import { DEMO_PASSWORD } from "../../server/demo/seed.ts";
import { DEFAULT_RULES } from "../../server/measures/rules.ts";
import { GraphQLSession } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

const NOW = new Date("2026-11-20T17:00:00.000Z");
/** Two clinics (240 clients and 16), so the set-based pass is seen across clinics. */
const NETWORK = { clients: 256, seed: 23, rules: DEFAULT_RULES, now: NOW };

/** Raw rows with PostgreSQL's bigint text and SQLite's integers made alike. */
const plain = (rows: Record<string, unknown>[]) =>
  rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [
        k,
        typeof v === "bigint" || (typeof v === "string" && /^\d+$/.test(v)) ? Number(v) : v,
      ]),
    ),
  );

/** Everything the rollup and revision triggers write: the week rollups, client and clinic revisions. */
async function derived(server: TestServer) {
  return {
    rollups: plain(await server.query(`SELECT * FROM client_week_rollup ORDER BY client_id, week_start, month_start`)),
    // record_key is drawn at random for each new client; everything else must match.
    clients: plain(await server.query(`SELECT * FROM client ORDER BY id`)).map(
      ({ record_key: _key, ...client }) => client,
    ),
    clinics: plain(await server.query(`SELECT * FROM clinic ORDER BY id`)),
  };
}

/** Every trigger with its definition (and on PostgreSQL whether it is enabled: the reference never disabled one), schema names left out. */
async function triggers(server: TestServer) {
  return server.engine === "postgres"
    ? server.query(
        `SELECT c.relname AS "table", t.tgname AS name, t.tgenabled AS enabled, replace(pg_get_triggerdef(t.oid), current_schema() || '.', '') AS definition
         FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
         WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace ORDER BY c.relname, t.tgname`,
      )
    : server.query(`SELECT tbl_name AS "table", name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name`);
}

describe("the network seed builds rollups after the load exactly as the triggers would", () => {
  let fast: TestServer;
  let reference: TestServer;

  beforeAll(async () => {
    fast = await startTestServer({ clock: () => NOW });
    reference = await startTestServer({ clock: () => NOW });
    await seedNetwork(fast.dataSource, NETWORK);
    // The reference also generates in this thread, the fast seed in a worker: the same data either way.
    await seedNetwork(reference.dataSource, { ...NETWORK, rollups: "by-trigger", worker: false });
  }, 240_000);
  afterAll(async () => {
    await fast?.close();
    await reference?.close();
  });

  it("gives the same week rollups, client revisions and clinic revisions, row by row", async () => {
    const built = await derived(fast);
    const byTrigger = await derived(reference);
    expect(built.rollups.length).toBeGreaterThan(10_000);
    expect(built.clinics).toHaveLength(2);
    expect(built.clients).toHaveLength(256);
    // The triggers did move them: the comparison is not between two sets of zeros.
    expect(byTrigger.clients.filter((client) => Number(client.data_revision) > 0).length).toBeGreaterThan(200);
    expect(byTrigger.clinics.every((clinic) => Number(clinic.curve_revision) > 0)).toBe(true);
    expect(built.rollups).toEqual(byTrigger.rollups);
    expect(built.clients).toEqual(byTrigger.clients);
    expect(built.clinics).toEqual(byTrigger.clinics);
  });

  it("puts every trigger back as it was", async () => {
    const after = await triggers(fast);
    expect(after.length).toBeGreaterThan(10);
    expect(after).toEqual(await triggers(reference));
  });

  it("keeps rollups and revisions by trigger again for writes after the seed", async () => {
    const therapist = new GraphQLSession(fast.url);
    await therapist.login("c2.therapist@demo.local", DEMO_PASSWORD);
    const caseload = await therapist.request<{ caseload: { client: { id: string } }[] }>(
      `{ caseload { client { id } } }`,
    );
    const clientId = Number(caseload.data!.caseload[0]!.client.id);
    const week = (sql: string) =>
      fast.query(`${sql} WHERE client_id = ? AND week_start = '2026-11-16' AND month_start = '2026-11-01'`, [clientId]);
    const before = plain(await week(`SELECT episodes, episode_intensity_sum, episode_minutes FROM client_week_rollup`));
    const revisionOf = async () =>
      plain(await fast.query(`SELECT data_revision AS revision FROM client WHERE id = ?`, [clientId]))[0]!.revision;
    const revision = await revisionOf();
    const logged = await therapist.request(`mutation ($i: LogEpisodeInput!) { logEpisode(input: $i) { id } }`, {
      i: {
        clientId: String(clientId),
        occurredAt: "2026-11-19T15:00:00Z",
        symptom: "WORRY",
        peakIntensity: 7,
        durationMinutes: 25,
        episodeType: "ANTICIPATED",
      },
    });
    expect(logged.errors).toBeUndefined();
    const [was] = before.length ? before : [{ episodes: 0, episode_intensity_sum: 0, episode_minutes: 0 }];
    expect(
      plain(await week(`SELECT episodes, episode_intensity_sum, episode_minutes FROM client_week_rollup`)),
    ).toEqual([
      {
        episodes: Number(was!.episodes) + 1,
        episode_intensity_sum: Number(was!.episode_intensity_sum) + 7,
        episode_minutes: Number(was!.episode_minutes) + 25,
      },
    ]);
    expect(await revisionOf()).toBe(Number(revision) + 1);
  });
});
