import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/app.ts";
import { AuditAction } from "../../server/audit/audit-event.entity.ts";
import { DEFAULT_SESSION_POLICY } from "../../server/auth/auth.service.ts";
import { Role } from "../../server/auth/role.ts";
import type { Client } from "../../server/clients/client.entity.ts";
import type { Clinic } from "../../server/clinics/clinic.entity.ts";
import type { User } from "../../server/auth/user.entity.ts";
import { importCsv } from "../../server/interchange/csv/csv-import.ts";
import { DEFAULT_RULES } from "../../server/measures/rules.ts";
import { createClient, createClinic, createUser, TEST_PASSWORD } from "../helpers/factories.ts";
import { GraphQLSession, onlyError, type GraphQLResponse } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

// Friday 20 November 2026, noon in Toronto.
const NOW = new Date("2026-11-20T17:00:00.000Z");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let now = NOW;

const PROGRESS = `query ($clientId: ID!) { clientProgress(clientId: $clientId) {
  from to
  sessions { sessionId number occurredAt localDate ors srs weekRating attendance source srsSource }
  checkIns { checkInId submittedAt localDate ors weekRating }
  homework { start assigned completed partial notDone open selfAssigned }
  episodes { start count totalMinutes maxIntensity }
  cadence { number localDate daysSincePrevious }
  expected { sessionNumber expected }
  expectedBasis { method closedCases closedBefore }
  planRevisions { version effectiveFrom localDate rationale goals comparison { tooEarly } }
  summary { status sessionsAttended lastSessionDate alerts { code } outcomes { measure baseline latest } }
} }`;
const RECORD = `mutation ($i: RecordSessionInput!) { recordSession(input: $i) { id } }`;
const LOG_EPISODE = `mutation ($i: LogEpisodeInput!) { logEpisode(input: $i) { id } }`;
const COUNT = `{ value suppressed }`;
const METRICS = `{ caseloadMetrics(groupBy: COMPLAINT) { minCellSize
  total { clients ${COUNT} active ${COUNT} discharged ${COUNT} finishedCourses ${COUNT}
    sessionsPerClient { median clients suppressed } homeworkCompletion { numerator denominator rate suppressed }
    outcomes { measure eligible ${COUNT} } }
  rows { label clients ${COUNT} } } }`;

const ors = (each: number) => ({ individual: each, interpersonal: each, social: each, overall: each });

type Progress = GraphQLResponse<{ clientProgress: Record<string, unknown> }>;

/** The same app on the same database, started now: with no progress documents kept (or a bound given). */
async function startApp(server: TestServer, progressCacheMb: number) {
  const { app, stop } = await createApp({
    config: {
      nodeEnv: "test",
      rules: DEFAULT_RULES,
      sessionPolicy: { ...DEFAULT_SESSION_POLICY, requireMfa: "off" },
      webRoot: path.resolve("web/dist"),
      trustProxy: false,
      progressCacheMb,
    },
    dataSource: server.dataSource,
    clock: () => now,
    log: () => {},
  });
  const http = createServer(app);
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return {
    url,
    close: async () => {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await stop();
    },
  };
}

/** A signed-in person's cookie, carried to another server process on the same database. */
function sameSessionOn(url: string, session: GraphQLSession): GraphQLSession {
  const copy = new GraphQLSession(url);
  copy.cookie = session.cookie;
  return copy;
}

describe("no stale reads: the first read after any write returns the new data", () => {
  let server: TestServer;
  let uncached: Awaited<ReturnType<typeof startApp>>;
  let clinic: Clinic;
  let therapistA: User;
  let therapistB: User;
  let clientA: Client;
  let closing: Client;
  let therapist: GraphQLSession;
  let other: GraphQLSession;
  let own: GraphQLSession;
  let supervisor: GraphQLSession;
  /** The therapist's session on a server that keeps no progress documents: the truth to compare with. */
  let truth: GraphQLSession;

  const revision = async (clientId = clientA.id) =>
    Number((await server.query(`SELECT data_revision AS r FROM client WHERE id = ?`, [clientId]))[0].r);
  const curveRevision = async () =>
    Number((await server.query(`SELECT curve_revision AS r FROM clinic WHERE id = ?`, [clinic.id]))[0].r);
  const read = (session: GraphQLSession, clientId = clientA.id): Promise<Progress> =>
    session.request(PROGRESS, { clientId: String(clientId) });
  const progressReads = async () =>
    Number(
      (
        await server.query(`SELECT COUNT(*) AS n FROM audit_event WHERE action = ? AND client_id = ?`, [
          AuditAction.READ_PROGRESS,
          clientA.id,
        ])
      )[0].n,
    );

  /**
   * Reads the client's progress twice (the second from the kept document), writes, and shows that the revision
   * (`which`) moved and the next read is the new data: what a server keeping nothing answers, and not what was
   * read before.
   */
  async function newDataAfter(
    write: () => Promise<unknown>,
    which: "client" | "curve" | "day" = "client",
    options: { sameDocument?: boolean } = {},
  ) {
    const before = await read(therapist);
    expect(before.errors).toBeUndefined();
    const kept = server.services.progress.documents.bytes;
    expect(kept).toBeGreaterThan(0);
    expect((await read(therapist)).data).toEqual(before.data);
    const revisionBefore = which === "curve" ? await curveRevision() : await revision();
    await write();
    if (which !== "day") {
      const revisionAfter = which === "curve" ? await curveRevision() : await revision();
      expect(revisionAfter).toBeGreaterThan(revisionBefore);
    }
    const after = await read(therapist);
    expect(after.errors).toBeUndefined();
    const fresh = await read(truth);
    expect(fresh.errors).toBeUndefined();
    expect(after.data).toEqual(fresh.data);
    if (options.sameDocument) expect(after.data).toEqual(before.data);
    else expect(after.data).not.toEqual(before.data);
    return after.data!.clientProgress;
  }

  /** Moves the clock; sessions idle past their limit meanwhile, so everyone signs in again. */
  async function travel(to: Date) {
    now = to;
    for (const [session, user] of signIns)
      expect((await session.login(user.email, TEST_PASSWORD)).errors).toBeUndefined();
    truth = sameSessionOn(uncached.url, therapist);
  }
  let signIns: [GraphQLSession, User][] = [];

  const ok = async <T>(response: Promise<GraphQLResponse<T>>): Promise<T> => {
    const answer = await response;
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  };

  beforeAll(async () => {
    server = await startTestServer({ clock: () => now });
    uncached = await startApp(server, 0);
    clinic = await createClinic(server.dataSource, { minCellSize: 1 });
    therapistA = await createUser(server.dataSource, clinic, Role.THERAPIST);
    therapistB = await createUser(server.dataSource, clinic, Role.THERAPIST);
    const supervisorUser = await createUser(server.dataSource, clinic, Role.SUPERVISOR);
    const clientUser = await createUser(server.dataSource, clinic, Role.CLIENT);
    clientA = await createClient(server.dataSource, therapistA, { userId: clientUser.id, intakeDate: "2026-09-01" });
    closing = await createClient(server.dataSource, therapistA, { intakeDate: "2026-08-03" });
    therapist = new GraphQLSession(server.url);
    other = new GraphQLSession(server.url);
    own = new GraphQLSession(server.url);
    supervisor = new GraphQLSession(server.url);
    signIns = [
      [therapist, therapistA],
      [other, therapistB],
      [own, clientUser],
      [supervisor, supervisorUser],
    ];
    await travel(NOW);
    // A course for the client, and one for a client whose case will close (the clinic's expected curves).
    for (const [i, day] of ["2026-09-02", "2026-09-16", "2026-10-07"].entries()) {
      await ok(
        therapist.request(RECORD, {
          i: { clientId: clientA.id, occurredAt: `${day}T15:00:00.000Z`, attendance: "ATTENDED", ors: ors(4 + i) },
        }),
      );
    }
    for (const [i, day] of ["2026-08-04", "2026-08-18", "2026-09-01"].entries()) {
      await ok(
        therapist.request(RECORD, {
          i: { clientId: closing.id, occurredAt: `${day}T15:00:00.000Z`, attendance: "ATTENDED", ors: ors(4 + 2 * i) },
        }),
      );
    }
  });

  afterAll(async () => {
    await uncached?.close();
    await server?.close();
  });

  it("a session with ratings", async () => {
    const after = await newDataAfter(() =>
      ok(
        therapist.request(RECORD, {
          i: {
            clientId: clientA.id,
            occurredAt: new Date(NOW.getTime() - 2 * DAY).toISOString(),
            attendance: "ATTENDED",
            ors: ors(7),
            weekRating: 6,
            phq9: [1, 1, 1, 1, 1, 1, 0, 0, 0],
          },
        }),
      ),
    );
    expect((after.sessions as { ors: number }[]).at(-1)!.ors).toBe(28);
  });

  it("the client's own rating of a session (SRS feedback)", async () => {
    const recorded = await ok(
      therapist.request<{ recordSession: { id: string } }>(RECORD, {
        i: {
          clientId: clientA.id,
          occurredAt: new Date(NOW.getTime() - 2 * HOUR).toISOString(),
          attendance: "ATTENDED",
        },
      }),
    );
    const after = await newDataAfter(() =>
      ok(
        own.request(
          `mutation ($id: ID!, $srs: SrsInput!) { submitSessionFeedback(sessionId: $id, srs: $srs) { sessionId } }`,
          {
            id: recorded.recordSession.id,
            srs: { relationship: 9, goalsAndTopics: 8, approachOrMethod: 9, overall: 9 },
          },
        ),
      ),
    );
    expect((after.sessions as { srs: number | null; srsSource: string }[]).at(-1)).toMatchObject({
      srs: 35,
      srsSource: "CLIENT",
    });
  });

  it("an episode the client logs", async () => {
    await newDataAfter(() =>
      ok(
        own.request(LOG_EPISODE, {
          i: {
            occurredAt: new Date(NOW.getTime() - 3 * DAY).toISOString(),
            symptom: "PANIC_ATTACK",
            peakIntensity: 7,
            durationMinutes: 15,
            episodeType: "UNEXPECTED",
          },
        }),
      ),
    );
  });

  let homeworkId: string;
  it("homework assigned, then updated", async () => {
    await newDataAfter(async () => {
      const set = await ok(
        own.request<{ assignHomework: { id: string } }>(
          `mutation ($i: AssignHomeworkInput!) { assignHomework(input: $i) { id } }`,
          { i: { type: "GROUNDING", description: "Grounding before work", dueDate: "2026-11-19" } },
        ),
      );
      homeworkId = set.assignHomework.id;
    });
    await newDataAfter(() =>
      ok(
        own.request(`mutation ($i: UpdateHomeworkInput!) { updateHomework(input: $i) { status } }`, {
          i: { homeworkId, status: "COMPLETED" },
        }),
      ),
    );
  });

  it("a plan revision", async () => {
    const after = await newDataAfter(() =>
      ok(
        therapist.request(`mutation ($i: RevisePlanInput!) { revisePlan(input: $i) { version } }`, {
          i: { clientId: clientA.id, goals: ["Ride the subway"], rationale: "First plan" },
        }),
      ),
    );
    expect(after.planRevisions).toHaveLength(1);
  });

  it("a corrected session and a corrected episode", async () => {
    const [session] = await server.query(
      `SELECT id, occurred_at FROM therapy_session WHERE client_id = ? ORDER BY occurred_at LIMIT 1`,
      [clientA.id],
    );
    await newDataAfter(() =>
      ok(
        therapist.request(
          `mutation ($id: ID!, $i: RecordSessionInput!, $r: String!) { correctSession(sessionId: $id, input: $i, reason: $r) { id } }`,
          {
            id: String(session.id),
            r: "The ORS was entered for the wrong session.",
            i: { clientId: clientA.id, occurredAt: session.occurred_at, attendance: "ATTENDED", ors: ors(3) },
          },
        ),
      ),
    );
    const [episode] = await server.query(`SELECT id, occurred_at FROM symptom_episode WHERE client_id = ?`, [
      clientA.id,
    ]);
    await newDataAfter(() =>
      ok(
        therapist.request(
          `mutation ($id: ID!, $i: LogEpisodeInput!, $r: String!) { correctEpisode(episodeId: $id, input: $i, reason: $r) { id } }`,
          {
            id: String(episode.id),
            r: "It lasted longer.",
            i: {
              clientId: clientA.id,
              occurredAt: episode.occurred_at,
              symptom: "PANIC_ATTACK",
              peakIntensity: 9,
              durationMinutes: 45,
              episodeType: "UNEXPECTED",
            },
          },
        ),
      ),
    );
  });

  let checkInId: string;
  it("a check-in, then a session adopting it", async () => {
    await ok(
      therapist.request(
        `mutation ($id: ID!, $i: MeasurementPlanInput!) { setMeasurementPlan(clientId: $id, input: $i) { schedule } }`,
        {
          id: clientA.id,
          i: { measures: ["ORS", "WEEK_RATING"], schedule: "BEFORE_EACH_SESSION" },
        },
      ),
    );
    const due = await ok(own.request<{ checkInsDue: { key: string }[] }>(`{ checkInsDue { key } }`));
    expect(due.checkInsDue.length).toBeGreaterThan(0);
    const after = await newDataAfter(async () => {
      const sent = await ok(
        own.request<{ submitCheckIn: { id: string } }>(
          `mutation ($i: SubmitCheckInInput!) { submitCheckIn(input: $i) { id } }`,
          { i: { due: due.checkInsDue[0]!.key, ors: ors(8), weekRating: 8 } },
        ),
      );
      checkInId = sent.submitCheckIn.id;
    });
    expect(after.checkIns).toEqual([expect.objectContaining({ checkInId, ors: 32 })]);
    await travel(new Date(NOW.getTime() + DAY));
    const adopted = await newDataAfter(() =>
      ok(
        therapist.request(RECORD, {
          i: {
            clientId: clientA.id,
            occurredAt: new Date(now.getTime() - HOUR).toISOString(),
            attendance: "ATTENDED",
            adoptCheckInId: checkInId,
          },
        }),
      ),
    );
    expect(adopted.checkIns).toEqual([]);
    expect((adopted.sessions as { ors: number; source: string }[]).at(-1)).toMatchObject({ ors: 32, source: "CLIENT" });
  });

  it("the client's details (intake date)", async () => {
    const after = await newDataAfter(() =>
      ok(
        therapist.request(`mutation ($i: UpdateClientInput!) { updateClient(input: $i) { id } }`, {
          i: { clientId: clientA.id, intakeDate: "2026-08-25" },
        }),
      ),
    );
    expect(after.from).toBe("2026-08-25");
  });

  it("a CSV import", async () => {
    const after = await newDataAfter(() =>
      importCsv(server.dataSource, {
        kind: "episodes",
        input: Readable.from([
          Buffer.from(
            `client_id,occurred_at,symptom,peak_intensity,duration_minutes,episode_type\n${clientA.id},2026-11-18T14:00:00Z,WORRY,4,20,ANTICIPATED\n`,
          ),
        ]),
        rules: DEFAULT_RULES,
        clock: () => now,
      }),
    );
    // The one the client logged, and the one imported.
    expect((after.episodes as { count: number }[]).reduce((sum, bucket) => sum + bucket.count, 0)).toBe(2);
  });

  it("another case closing moves the clinic's curve revision, and the expected course follows", async () => {
    const after = await newDataAfter(
      () =>
        ok(
          therapist.request(
            `mutation ($id: ID!, $date: LocalDate!) { closeCase(clientId: $id, date: $date, outcome: DISCHARGED) { status } }`,
            { id: closing.id, date: "2026-09-30" },
          ),
        ),
      "curve",
    );
    expect(after.expectedBasis).toMatchObject({ closedCases: 1 });
  });

  it("a FHIR import of a closed case moves the curve revision too", async () => {
    const exported = await ok(
      therapist.request<{ clientFhirBundle: unknown }>(
        `query ($id: ID!) { clientFhirBundle(clientId: $id, full: true) }`,
        { id: closing.id },
      ),
    );
    const after = await newDataAfter(
      () => server.services.fhirImport.importBundle(therapistA.email, exported.clientFhirBundle),
      "curve",
    );
    expect(after.expectedBasis).toMatchObject({ closedCases: 2 });
  });

  it("the client's own case closing and reopening: the revision moves, though the document reads the same", async () => {
    const close = () =>
      ok(
        therapist.request(
          `mutation ($id: ID!, $date: LocalDate!) { closeCase(clientId: $id, date: $date, outcome: DROPPED_OUT) { status } }`,
          { id: clientA.id, date: "2026-11-21" },
        ),
      );
    await newDataAfter(close, "client", { sameDocument: true });
    await newDataAfter(
      () => ok(therapist.request(`mutation ($id: ID!) { reopenCase(clientId: $id) { status } }`, { id: clientA.id })),
      "client",
      { sameDocument: true },
    );
  });

  it("a new day in the clinic", async () => {
    const after = await newDataAfter(() => travel(new Date(now.getTime() + 7 * DAY)), "day");
    expect(after.to).toBe("2026-11-28");
  });

  it("a read served from the kept document is still audited", async () => {
    expect((await read(therapist)).errors).toBeUndefined();
    const audited = await progressReads();
    server.statements.reset();
    const hit = await read(therapist);
    expect(hit.errors).toBeUndefined();
    // Served from the document: none of the progress statements ran, only the scoped read of the client.
    expect(server.statements.log.some((sql) => /therapy_session|symptom_episode|homework/i.test(sql))).toBe(false);
    expect(server.statements.log.some((sql) => /FROM client c INNER JOIN clinic k/i.test(sql))).toBe(true);
    expect(await progressReads()).toBe(audited + 1);
    // The client reading their own progress hits the same document, and is audited as themself.
    const mine = await read(own);
    expect(mine.data).toEqual(hit.data);
    expect(await progressReads()).toBe(audited + 2);
  });

  it("a viewer out of scope gets the scope error, however warm the document is", async () => {
    expect((await read(therapist)).errors).toBeUndefined();
    const audited = await progressReads();
    expect(onlyError(await read(other)).extensions?.code).toBe("NOT_FOUND");
    expect(onlyError(await read(supervisor)).extensions?.code).toBe("FORBIDDEN");
    expect(await progressReads()).toBe(audited);
    // Handed to another therapist, the client is gone from the first one's scope at once.
    await ok(
      therapist.request(`mutation ($id: ID!, $to: ID!) { transferClient(clientId: $id, toTherapistId: $to) { id } }`, {
        id: clientA.id,
        to: therapistB.id,
      }),
    );
    expect(onlyError(await read(therapist)).extensions?.code).toBe("NOT_FOUND");
    const moved = await read(other);
    expect(moved.errors).toBeUndefined();
    expect(moved.data).toEqual((await read(sameSessionOn(uncached.url, other))).data);
  });

  it("caseloadMetrics after a write equals what a freshly started server returns", async () => {
    expect((await supervisor.request(METRICS)).errors).toBeUndefined();
    const closeCase = () =>
      ok(
        other.request(
          `mutation ($id: ID!, $date: LocalDate!) { closeCase(clientId: $id, date: $date, outcome: DISCHARGED) { status } }`,
          { id: clientA.id, date: "2026-11-28" },
        ),
      );
    const reopenCase = () =>
      ok(other.request(`mutation ($id: ID!) { reopenCase(clientId: $id) { status } }`, { id: clientA.id }));
    const recordSession = () =>
      ok(
        other.request(RECORD, {
          i: {
            clientId: clientA.id,
            occurredAt: new Date(now.getTime() - HOUR).toISOString(),
            attendance: "ATTENDED",
            ors: ors(9),
          },
        }),
      );
    // Whether the figures shown move with the write: an active client's new session changes none of these counts.
    const writes: [() => Promise<unknown>, boolean][] = [
      [recordSession, false],
      [closeCase, true],
      [reopenCase, true],
    ];
    for (const [write, moves] of writes) {
      const before = await supervisor.request(METRICS);
      await write();
      const after = await supervisor.request(METRICS);
      const started = await startApp(server, 32);
      try {
        const fresh = await sameSessionOn(started.url, supervisor).request(METRICS);
        expect(fresh.errors).toBeUndefined();
        expect(after.data).toEqual(fresh.data);
        if (moves) expect(after.data).not.toEqual(before.data);
        else expect(after.data).toEqual(before.data);
      } finally {
        await started.close();
      }
    }
  });
});
