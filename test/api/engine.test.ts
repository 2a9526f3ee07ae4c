import type { ReplicationMode } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Clinic } from "../../server/clinics/clinic.entity.ts";
import { createPractice, TEST_PASSWORD } from "../helpers/factories.ts";
import { GraphQLSession } from "../helpers/graphql-client.ts";
import { ENGINE, startTestServer, type TestServer } from "../helpers/test-server.ts";

const NOW = new Date("2026-11-20T17:00:00.000Z");

describe(`the ${ENGINE} schema`, () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
  });
  afterAll(() => server.close());

  it("answers a load balancer's health check once it reaches its database", async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("matches the entities after the migrations: nothing is left for synchronize to do", async () => {
    const pending = await server.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it("gives every client written without a record key a random one, and keeps a key the writer brings", async () => {
    const practice = await createPractice(server.dataSource);
    const keys = (
      await server.query(`SELECT id, record_key AS k FROM client WHERE id IN (?, ?) ORDER BY id`, [
        practice.clientA.id,
        practice.clientB.id,
      ])
    ).map((row: { k: number | string }) => Number(row.k));
    for (const key of keys) {
      expect(Number.isInteger(key)).toBe(true);
      expect(key).toBeGreaterThanOrEqual(0);
      expect(key).toBeLessThan(2 ** 31);
    }
    // Two draws from 2^31 values coincide once in two billion times.
    expect(keys[0]).not.toBe(keys[1]);
    await server.query(
      `INSERT INTO client (display_name, therapist_id, clinic_id, intake_date, complaint, age_band, record_key) SELECT 'Keyed', therapist_id, clinic_id, '2026-11-01', 'PANIC', 'AGE_25_34', 12345 FROM client WHERE id = ?`,
      [practice.clientA.id],
    );
    expect(
      (await server.query(`SELECT record_key AS k FROM client WHERE display_name = 'Keyed'`)).map(
        (row: { k: number | string }) => Number(row.k),
      ),
    ).toEqual([12345]);
  });

  it("refuses to change or delete audit events", async () => {
    await server.query(
      `INSERT INTO audit_event (actor_user_id, action, client_id, at) VALUES (1, 'READ_CLIENT', 1, '2026-11-20T17:00:00.000Z')`,
    );
    await expect(server.query(`UPDATE audit_event SET action = 'SIGN_IN'`)).rejects.toThrow(/append-only/);
    await expect(server.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    expect((await server.query(`SELECT action FROM audit_event`)).map((r: { action: string }) => r.action)).toEqual([
      "READ_CLIENT",
    ]);
  });
});

describe.runIf(ENGINE === "postgres")("PostgreSQL with a read replica (the primary listed as its own replica)", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW, replicaOfItself: true });
  });
  afterAll(() => server.close());

  it("writes through the primary and reads the same data back through the replica path", async () => {
    expect(server.dataSource.options).toHaveProperty("replication");
    const practice = await createPractice(server.dataSource);
    const therapist = new GraphQLSession(server.url);
    await therapist.login(practice.therapistA.email, TEST_PASSWORD);
    const logged = await therapist.request<{ logEpisode: { id: string } }>(
      `mutation ($i: LogEpisodeInput!) { logEpisode(input: $i) { id } }`,
      {
        i: {
          clientId: practice.clientA.id,
          occurredAt: "2026-11-18T15:00:00Z",
          symptom: "WORRY",
          peakIntensity: 5,
          durationMinutes: 10,
          episodeType: "ANTICIPATED",
        },
      },
    );
    expect(logged.errors).toBeUndefined();
    // A client's episode list is read outside a transaction, so through the replica (the primary itself here).
    const episodes = await therapist.request<any>(
      `query ($id: ID!) { clientEpisodes(clientId: $id) { totalCount edges { node { id } } } }`,
      { id: practice.clientA.id },
    );
    expect(episodes.data.clientEpisodes.totalCount).toBe(1);
    expect(episodes.data.clientEpisodes.edges.map((edge: any) => edge.node.id)).toEqual([logged.data!.logEpisode.id]);
  });

  it("reads sign-in, sessions, access tokens, progress, the caseload and supervision metrics from the primary", async () => {
    const driver = server.dataSource.driver;
    const open = driver.createQueryRunner.bind(driver);
    const modes: ReplicationMode[] = [];
    driver.createQueryRunner = (mode: ReplicationMode) => {
      modes.push(mode);
      return open(mode);
    };
    try {
      // Any other read outside a transaction goes to a replica.
      await server.dataSource.getRepository(Clinic).count();
      expect(modes).toContain("slave");
      modes.length = 0;

      const practice = await createPractice(server.dataSource);
      const therapist = new GraphQLSession(server.url);
      expect((await therapist.login(practice.therapistA.email, TEST_PASSWORD)).errors).toBeUndefined();
      const token = await therapist.request<{ createAccessToken: { token: string } }>(
        `mutation { createAccessToken(name: "script", expiresInDays: 1) { token } }`,
      );
      expect(token.errors).toBeUndefined();
      const script = new GraphQLSession(server.url, {
        authorization: `Bearer ${token.data!.createAccessToken.token}`,
      });
      expect((await script.request(`{ me { email } }`)).data).toEqual({ me: { email: practice.therapistA.email } });
      expect((await therapist.request(`{ caseload { client { id } } }`)).errors).toBeUndefined();
      const progress = await therapist.request(
        `query ($id: ID!) { clientProgress(clientId: $id) { summary { status } } }`,
        {
          id: practice.clientA.id,
        },
      );
      expect(progress.errors).toBeUndefined();
      const supervisor = new GraphQLSession(server.url);
      expect((await supervisor.login(practice.supervisor.email, TEST_PASSWORD)).errors).toBeUndefined();
      const metrics = await supervisor.request(`{ caseloadMetrics(cohort: "2026") { total { clients { value } } } }`);
      expect(metrics.errors).toBeUndefined();
      expect(modes.length).toBeGreaterThan(0);
      expect(modes.filter((mode) => mode !== "master")).toEqual([]);
    } finally {
      driver.createQueryRunner = open;
    }
  });
});
