import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/auth/role.ts";
import { SignInAttempt } from "../../server/auth/sign-in-attempt.entity.ts";
import { backupDatabase } from "../../server/db/backup.ts";
import { DEMO_PASSWORD } from "../../server/demo/seed.ts";
import { createClient, createClinic, createUser, TEST_PASSWORD } from "../helpers/factories.ts";
import { GraphQLSession } from "../helpers/graphql-client.ts";
import { startServerProcess, type ServerProcess } from "../helpers/server-process.ts";
import { ENGINE, startTestServer, type TestServer } from "../helpers/test-server.ts";

const NOW = new Date("2026-11-20T17:00:00.000Z");
const LOG = `mutation ($i: LogEpisodeInput!) { logEpisode(input: $i) { id } }`;
/** A row any transaction can write: a sign-in attempt keyed by a marker. */
const marker = (key: string) => ({ account: key, address: "durability-test", at: NOW, failed: true });
/** Hands the event loop to others for a while, as a resolver awaiting I/O would (not a wait for some state). */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `enough()` holds, checking every 20 ms: the tests wait for acknowledged writes, not for a clock. */
async function until(enough: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!enough()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const episode = (marker: string, clientId?: number) => ({
  i: {
    ...(clientId ? { clientId } : {}),
    occurredAt: "2026-11-19T15:00:00.000Z",
    symptom: "WORRY",
    peakIntensity: 4,
    durationMinutes: 5,
    episodeType: "ANTICIPATED",
    situation: marker,
  },
});

/** Loops that log episodes until `until()` says stop; returns the markers the server acknowledged. */
async function writer(
  session: GraphQLSession,
  prefix: string,
  until: () => boolean,
  errors: string[],
  clientId?: number,
  acked: string[] = [],
): Promise<string[]> {
  for (let n = 0; !until(); n++) {
    const marker = `${prefix}-${n}`;
    try {
      const response = await session.request<{ logEpisode: { id: string } }>(LOG, episode(marker, clientId));
      if (response.data?.logEpisode?.id) acked.push(marker);
      else errors.push(`${marker}: ${JSON.stringify(response.errors)}`);
    } catch (error) {
      errors.push(`${marker}: ${(error as Error).message}`);
    }
  }
  return acked;
}

describe("concurrent writers and readers", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
  });
  afterAll(() => server.close());

  it("20 writers of 10 episodes each beside 20 readers: no errors, every acknowledged write stored and counted", async () => {
    const clinic = await createClinic(server.dataSource);
    const therapist = await createUser(server.dataSource, clinic, Role.THERAPIST);
    const writers = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const user = await createUser(server.dataSource, clinic, Role.CLIENT);
        const client = await createClient(server.dataSource, therapist, { userId: user.id, intakeDate: "2026-11-01" });
        const session = new GraphQLSession(server.url);
        await session.login(user.email, TEST_PASSWORD);
        return { client, session };
      }),
    );
    const reader = new GraphQLSession(server.url);
    await reader.login(therapist.email, TEST_PASSWORD);

    // A fixed amount of work, not a duration: the outcome must not depend on the machine's speed.
    const WRITES_EACH = 10;
    const errors: string[] = [];
    let reads = 0;
    let writing = true;
    const readers = Array.from({ length: 20 }, async (_, r) => {
      do {
        const response = await reader.request(
          `query ($id: ID!) { clientProgress(clientId: $id) { episodes { count } } }`,
          { id: writers[r]!.client.id },
        );
        if (response.errors) errors.push(`read: ${JSON.stringify(response.errors)}`);
        reads++;
      } while (writing);
    });
    const started = performance.now();
    const acked = await Promise.all(
      writers.map(({ client, session }) => {
        let attempts = 0;
        return writer(session, `c${client.id}`, () => attempts++ >= WRITES_EACH, errors);
      }),
    );
    writing = false;
    await Promise.all(readers);

    expect(errors).toEqual([]);
    expect(reads).toBeGreaterThanOrEqual(20);
    const total = acked.reduce((sum, markers) => sum + markers.length, 0);
    console.info(
      `concurrency: ${total} writes beside ${reads} reads in ${((performance.now() - started) / 1000).toFixed(1)} s, ${errors.length} errors`,
    );
    expect(total).toBe(20 * WRITES_EACH);
    for (const [index, { client }] of writers.entries()) {
      const stored = (await server.query(`SELECT situation FROM symptom_episode WHERE client_id = ?`, [client.id])).map(
        (r: { situation: string }) => r.situation,
      );
      expect(stored.sort()).toEqual([...acked[index]!].sort());
      const progress = await reader.request<any>(
        `query ($id: ID!) { clientProgress(clientId: $id) { episodes { count } } }`,
        { id: client.id },
      );
      expect(
        progress.data.clientProgress.episodes.reduce((sum: number, bucket: { count: number }) => sum + bucket.count, 0),
      ).toBe(acked[index]!.length);
    }
  }, 60_000);
});

describe("several root fields in one request", () => {
  let server: TestServer;
  let therapist: GraphQLSession;
  let clientId: number;
  let clientUserEmail: string;
  const auditCount = async (action: string) =>
    Number(
      (
        await server.query(`SELECT COUNT(*) AS n FROM audit_event WHERE action = ? AND client_id = ?`, [
          action,
          clientId,
        ])
      )[0].n,
    );

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    const clinic = await createClinic(server.dataSource);
    const therapistUser = await createUser(server.dataSource, clinic, Role.THERAPIST);
    const clientUser = await createUser(server.dataSource, clinic, Role.CLIENT);
    clientUserEmail = clientUser.email;
    clientId = (
      await createClient(server.dataSource, therapistUser, { userId: clientUser.id, intakeDate: "2026-11-01" })
    ).id;
    therapist = new GraphQLSession(server.url);
    await therapist.login(therapistUser.email, TEST_PASSWORD);
  });
  afterAll(() => server.close());

  it("lets transactions begun at the same moment take turns: each commits or rolls back whole", async () => {
    // Each transaction yields to the event loop between its two statements, as a resolver awaiting I/O would.
    const keys = (i: number) => [`turns-${i}-a`, `turns-${i}-b`];
    const outcomes = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        server.dataSource.transaction(async (manager) => {
          await manager.insert(SignInAttempt, marker(keys(i)[0]!));
          await pause(5);
          await manager.insert(SignInAttempt, marker(keys(i)[1]!));
          if (i === 3) throw new Error("this one rolls back");
          return i;
        }),
      ),
    );
    expect(
      outcomes.map((outcome) => (outcome.status === "fulfilled" ? outcome.value : (outcome.reason as Error).message)),
    ).toEqual([0, 1, 2, "this one rolls back", 4, 5, 6, 7]);
    const stored = (await server.query(`SELECT account FROM sign_in_attempt WHERE account LIKE 'turns-%'`)).map(
      (row: { account: string }) => row.account,
    );
    expect(stored.sort()).toEqual([0, 1, 2, 4, 5, 6, 7].flatMap(keys).sort());
  });

  it("lets a transaction begun inside another through the data source run, rather than wait for itself", async () => {
    const inner = Promise.race([
      server.dataSource.transaction(async (manager) => {
        await manager.insert(SignInAttempt, marker("nested-outer-1"));
        await server.dataSource.transaction((nested) => nested.insert(SignInAttempt, marker("nested-inner")));
        await manager.insert(SignInAttempt, marker("nested-outer-2"));
        return "done";
      }),
      pause(5000).then(() => "still waiting"),
    ]);
    expect(await inner).toBe("done");
    const stored = (await server.query(`SELECT account FROM sign_in_attempt WHERE account LIKE 'nested-%'`)).map(
      (row: { account: string }) => row.account,
    );
    expect(stored.sort()).toEqual(["nested-inner", "nested-outer-1", "nested-outer-2"]);
  });

  it("runs every mutation of one request, each in its own transaction", async () => {
    const before = { sessions: await auditCount("RECORD_SESSION"), episodes: await auditCount("LOG_EPISODE") };
    const response = await therapist.request<Record<string, { id: string }>>(
      `mutation ($id: ID!) {
        s1: recordSession(input: { clientId: $id, occurredAt: "2026-11-10T15:00:00Z", attendance: ATTENDED, ors: { individual: 5, interpersonal: 5, social: 5, overall: 5 } }) { id }
        e1: logEpisode(input: { clientId: $id, occurredAt: "2026-11-11T15:00:00Z", symptom: WORRY, peakIntensity: 4, durationMinutes: 5, episodeType: ANTICIPATED }) { id }
        h1: assignHomework(input: { clientId: $id, type: READING, description: "Handout", dueDate: "2026-11-25" }) { id }
        p1: revisePlan(input: { clientId: $id, effectiveFrom: "2026-11-10T16:00:00Z", goals: ["Sleep"], rationale: "Start" }) { id }
        s2: recordSession(input: { clientId: $id, occurredAt: "2026-11-17T15:00:00Z", attendance: ATTENDED, ors: { individual: 6, interpersonal: 6, social: 6, overall: 6 } }) { id }
        e2: logEpisode(input: { clientId: $id, occurredAt: "2026-11-18T15:00:00Z", symptom: PANIC_ATTACK, peakIntensity: 6, durationMinutes: 10, episodeType: UNEXPECTED }) { id }
      }`,
      { id: clientId },
    );
    expect(response.errors).toBeUndefined();
    expect(Object.keys(response.data!).sort()).toEqual(["e1", "e2", "h1", "p1", "s1", "s2"]);
    expect(await auditCount("RECORD_SESSION")).toBe(before.sessions + 2);
    expect(await auditCount("LOG_EPISODE")).toBe(before.episodes + 2);
  });

  it("delivers every export and read of one request, several at once, each export audited once", async () => {
    const before = await auditCount("EXPORT_FHIR");
    const response = await therapist.request<Record<string, unknown>>(
      `query ($id: ID!) {
        a: clientFhirBundle(clientId: $id)
        b: clientFhirBundle(clientId: $id, full: true)
        c: clientFhirBundle(clientId: $id)
        progress: clientProgress(clientId: $id) { sessions { number } }
        homework: clientHomework(clientId: $id) { edges { node { id } } }
        client(id: $id) { id }
      }`,
      { id: clientId },
    );
    expect(response.errors).toBeUndefined();
    for (const alias of ["a", "b", "c"])
      expect(response.data![alias]).toMatchObject({ resourceType: "Bundle", type: "collection" });
    expect(await auditCount("EXPORT_FHIR")).toBe(before + 3);
  });

  it("keeps requests that each run several exports apart from each other and from writers", async () => {
    const client = new GraphQLSession(server.url);
    await client.login(clientUserEmail, TEST_PASSWORD);
    const before = await auditCount("EXPORT_FHIR");
    const exports = `query ($id: ID!) { a: clientFhirBundle(clientId: $id) b: clientFhirBundle(clientId: $id) }`;
    const responses = await Promise.all([
      ...Array.from({ length: 5 }, () => therapist.request(exports, { id: clientId })),
      ...Array.from({ length: 5 }, (_, n) => client.request(LOG, episode(`mixed-${n}`))),
    ]);
    expect(responses.flatMap((response) => response.errors ?? [])).toEqual([]);
    expect(await auditCount("EXPORT_FHIR")).toBe(before + 10);
  });
});

// SQLite's own backup API and file: PostgreSQL is backed up with its own tools (pg_dump, base backups).
describe.skipIf(ENGINE === "postgres")("an online backup under load", () => {
  let server: TestServer;
  let directory: string;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    directory = mkdtempSync(path.join(tmpdir(), "follow-up-backup-"));
  });
  afterAll(async () => {
    await server.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it("opens, passes integrity_check and holds every write acknowledged before it began", async () => {
    const clinic = await createClinic(server.dataSource);
    const therapist = await createUser(server.dataSource, clinic, Role.THERAPIST);
    const client = await createClient(server.dataSource, therapist, { intakeDate: "2026-11-01" });
    const session = new GraphQLSession(server.url);
    await session.login(therapist.email, TEST_PASSWORD);
    let stop = false;
    const errors: string[] = [];
    const ackedSoFar: string[] = [];
    const loops = Array.from({ length: 8 }, (_, w) =>
      writer(session, `w${w}`, () => stop, errors, client.id, ackedSoFar),
    );
    await until(() => ackedSoFar.length >= 40, "40 acknowledged writes");
    const ackedBefore = [...ackedSoFar];
    const target = path.join(directory, "backup.db");
    const result = await backupDatabase(server.databasePath, target);
    // Writes go on after the backup too, so the copy is taken while the database is moving.
    await until(() => ackedSoFar.length >= ackedBefore.length + 20, "20 more acknowledged writes");
    stop = true;
    await Promise.all(loops);
    const acked = ackedSoFar;

    expect(errors).toEqual([]);
    expect(result.integrity).toBe("ok");
    expect(ackedBefore.length).toBeGreaterThan(10);
    console.info(
      `backup under load: ${ackedBefore.length} writes acknowledged before the backup, ${acked.length} in all`,
    );
    const copy = new Database(target, { readonly: true });
    try {
      expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
      const inBackup = new Set(
        copy
          .prepare(`SELECT situation FROM symptom_episode`)
          .all()
          .map((r) => (r as { situation: string }).situation),
      );
      for (const marker of ackedBefore) expect(inBackup.has(marker), marker).toBe(true);
      expect(inBackup.size).toBeLessThanOrEqual(acked.length);
    } finally {
      copy.close();
    }
  }, 60_000);
});

// The embedded engine's crash safety; a PostgreSQL server owns its own durability.
describe.skipIf(ENGINE === "postgres")("a crash in the middle of writes", () => {
  let directory: string;
  let child: ServerProcess | null = null;

  beforeAll(() => {
    directory = mkdtempSync(path.join(tmpdir(), "follow-up-crash-"));
  });
  afterAll(async () => {
    await child?.kill();
    rmSync(directory, { recursive: true, force: true });
  });

  /** The real server in its own process, on the given SQLite file; resolves with its URL once it listens. */
  async function startOn(databasePath: string): Promise<string> {
    child = await startServerProcess({ DATABASE_PATH: databasePath, SEED_DEMO: "true" });
    return child.url;
  }

  it("after SIGKILL and a restart, the database passes integrity_check and holds every acknowledged write", async () => {
    const databasePath = path.join(directory, "crash.db");
    const url = await startOn(databasePath);
    const session = new GraphQLSession(url);
    expect((await session.login("client@demo.local", DEMO_PASSWORD)).errors).toBeUndefined();

    let stop = false;
    const errors: string[] = [];
    const ackedSoFar: string[] = [];
    const loops = Array.from({ length: 8 }, (_, w) =>
      writer(session, `crash${w}`, () => stop, errors, undefined, ackedSoFar),
    );
    await until(() => ackedSoFar.length >= 60, "60 acknowledged writes");
    await child!.kill();
    stop = true;
    await Promise.all(loops);
    const acked = ackedSoFar;
    expect(acked.length).toBeGreaterThanOrEqual(60);

    const restarted = await startOn(databasePath);
    const after = new GraphQLSession(restarted);
    expect((await after.login("client@demo.local", DEMO_PASSWORD)).errors).toBeUndefined();
    const db = new Database(databasePath, { readonly: true });
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      const stored = new Set(
        db
          .prepare(`SELECT situation FROM symptom_episode WHERE situation LIKE 'crash%'`)
          .all()
          .map((r) => (r as { situation: string }).situation),
      );
      const missing = acked.filter((marker) => !stored.has(marker));
      expect(missing).toEqual([]);
      console.info(
        `crash: ${acked.length} writes acknowledged before SIGKILL, ${acked.length - missing.length} found after the restart, ${stored.size} stored`,
      );
    } finally {
      db.close();
    }
    await child!.stop();
  }, 120_000);
});
