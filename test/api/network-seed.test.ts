import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedNetwork } from "../../server/demo/network.ts";
import { DEMO_PASSWORD } from "../../server/demo/seed.ts";
import { DEFAULT_RULES } from "../../server/measures/rules.ts";
import { GraphQLSession } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

const NOW = new Date("2026-11-20T17:00:00.000Z");

describe("a network of demo clinics for load tests", () => {
  let server: TestServer;
  let result: Awaited<ReturnType<typeof seedNetwork>>;
  const progress: number[] = [];

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    result = await seedNetwork(server.dataSource, {
      clients: 256,
      seed: 5,
      rules: DEFAULT_RULES,
      now: NOW,
      onProgress: (done) => progress.push(done),
    });
  }, 180_000);
  afterAll(() => server.close());

  it("writes the clients asked for, in clinics of 240, at load-test volumes per client", async () => {
    expect(result.clinics).toBe(2);
    expect(result.clients).toBe(256);
    expect(progress).toEqual([1, 2]);
    const [counts] = await server.query(
      `SELECT (SELECT COUNT(*) FROM clinic) AS clinics, (SELECT COUNT(*) FROM client) AS clients, (SELECT COUNT(*) FROM therapy_session) AS sessions,
              (SELECT COUNT(*) FROM homework) AS homework, (SELECT COUNT(*) FROM symptom_episode) AS episodes`,
    );
    expect(Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Number(v)]))).toEqual({
      clinics: 2,
      clients: 256,
      sessions: result.sessions,
      homework: result.homework,
      episodes: result.episodes,
    });
    // About 25 sessions, 60 homework items and 200 episodes per client (10,000 clients → 250k / 600k / 2M).
    expect(result.sessions / result.clients).toBeGreaterThan(18);
    expect(result.sessions / result.clients).toBeLessThan(35);
    expect(result.homework / result.clients).toBeGreaterThan(40);
    expect(result.episodes / result.clients).toBeGreaterThan(120);
  });

  it("gives the second clinic its own sign-ins and keeps clients inside their clinic", async () => {
    const second = new GraphQLSession(server.url);
    expect((await second.login("c2.therapist@demo.local", DEMO_PASSWORD)).data?.login.role).toBe("THERAPIST");
    const caseload = await second.request<{ caseload: { client: { id: string } }[] }>(
      `{ caseload(includeClosed: true) { client { id } } }`,
    );
    expect(caseload.errors).toBeUndefined();
    expect(caseload.data?.caseload.length).toBeGreaterThan(0);
    const [{ clinic }] = await server.query(`SELECT id AS clinic FROM clinic ORDER BY id DESC LIMIT 1`);
    const outside = await server.query(
      `SELECT COUNT(*) AS n FROM client c JOIN "user" u ON u.id = c.therapist_id WHERE u.email = 'c2.therapist@demo.local' AND c.clinic_id <> ?`,
      [clinic],
    );
    expect(Number(outside[0].n)).toBe(0);
    // New rows after the seeded ids: the id sequences moved past them.
    const logged = await second.request(`mutation ($i: LogEpisodeInput!) { logEpisode(input: $i) { id } }`, {
      i: {
        clientId: caseload.data!.caseload[0]!.client.id,
        occurredAt: "2026-11-19T15:00:00Z",
        symptom: "WORRY",
        peakIntensity: 3,
        durationMinutes: 5,
        episodeType: "ANTICIPATED",
      },
    });
    expect(logged.errors).toBeUndefined();
  });
});
