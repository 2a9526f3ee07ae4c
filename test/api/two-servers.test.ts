import { TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { THROTTLE } from "../../server/auth/sign-in-throttle.ts";
import { POSTGRES_MIGRATIONS } from "../../server/db/migrations/postgres/index.ts";
import { DEMO_PASSWORD, DEMO_TIMEZONE } from "../../server/demo/seed.ts";
import { GraphQLSession, onlyError, type GraphQLResponse } from "../helpers/graphql-client.ts";
import { startServerProcess, type ServerProcess } from "../helpers/server-process.ts";
import { adminQuery, ENGINE } from "../helpers/test-server.ts";

/**
 * A browser behind a load balancer that sends each request to whichever server it likes: one cookie jar, and each
 * request to the server the test names.
 */
class Browser {
  cookie: string | null = null;

  constructor(private readonly servers: () => ServerProcess[]) {}

  async request<T = any>(server: number, query: string, variables: Record<string, unknown> = {}) {
    const session = new GraphQLSession(this.servers()[server]!.url);
    session.cookie = this.cookie;
    const response: GraphQLResponse<T> = await session.request<T>(query, variables);
    this.cookie = session.cookie;
    return response;
  }

  login(server: number, email: string, password: string) {
    return this.request<{ login: { id: string } }>(
      server,
      `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`,
      { email, password },
    );
  }
}

const ME = `{ me { email } }`;
const CASELOAD = `{ caseload { client { id displayName } sessionsAttended lastSessionDate latestOrs } }`;
const PROGRESS = `query ($id: ID!) { clientProgress(clientId: $id) { sessions { number localDate ors } summary { sessionsAttended } } }`;
const RECORD = `mutation ($input: RecordSessionInput!) { recordSession(input: $input) { id } }`;
const ADMIT = `mutation ($i: AdmitClientInput!) { admitClient(input: $i) { id } }`;
const COUNT = `{ value suppressed }`;
const RATE = `{ numerator denominator rate suppressed }`;
const SPREAD = `{ median q1 q3 clients suppressed }`;
const ROW = `{ label clients ${COUNT} active ${COUNT} discharged ${COUNT} droppedOut ${COUNT} finishedCourses ${COUNT}
  sessionsPerClient ${SPREAD} flagged ${RATE} homeworkCompletion ${RATE} episodeRateRatio ${SPREAD} }`;
const METRICS = `query ($cohort: String!) { caseloadMetrics(cohort: $cohort, groupBy: COMPLAINT) {
  rows ${ROW} total ${ROW} typicalCourse { monthInTreatment ors ${SPREAD} } } }`;

/** A rating whose total, 11, no demo session has by chance. */
const ORS = { individual: 1.1, interpersonal: 2.2, social: 3.3, overall: 4.4 };
const ORS_TOTAL = 11;
/** Today in the demo clinic, as the servers (on the real clock) see it. */
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: DEMO_TIMEZONE }).format(new Date());
/** A minute ago: a session that has happened, today in the clinic unless the test runs at midnight there. */
const justNow = () => new Date(Date.now() - 60_000).toISOString();

// Several server processes share a PostgreSQL database; SQLite is one file for one process by design.
describe.skipIf(ENGINE !== "postgres")("two server processes on one PostgreSQL database (PostgreSQL only)", () => {
  const schema = `two_servers_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const env = {
    DATABASE_URL: process.env.TEST_DATABASE_URL ?? "",
    // Not created beforehand: the first process to start creates it, under the start-up lock.
    DATABASE_SCHEMA: schema,
    // A replica with no lag (the primary itself): reads are routed as in a deployment with replicas.
    DATABASE_REPLICA_URLS: process.env.TEST_DATABASE_URL ?? "",
    SEED_DEMO: "true",
    // The demo's staff sign in with a password alone, as NODE_ENV=test has it (docs/deployment.md).
    REQUIRE_MFA: "off",
  };
  let servers: ServerProcess[] = [];
  const extra: ServerProcess[] = [];

  beforeAll(async () => {
    // Both at once: both find an empty database, and the lock makes them migrate and seed in turn.
    const started = await Promise.allSettled([startServerProcess(env), startServerProcess(env)]);
    servers = started.flatMap((outcome) => (outcome.status === "fulfilled" ? [outcome.value] : []));
    for (const outcome of started) if (outcome.status === "rejected") throw outcome.reason;
  }, 240_000);

  afterAll(async () => {
    await Promise.all([...servers, ...extra].map((server) => server.stop()));
    if (ENGINE === "postgres") await adminQuery(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  });

  it("start together: each migration runs once, and the demo is seeded once", async () => {
    const seeded = servers.filter((server) => /Seeded the demo clinic/.test(server.output()));
    expect(seeded.length).toBe(1);
    const migrations = await adminQuery<{ name: string }>(`SELECT name FROM "${schema}".migrations ORDER BY id`);
    expect(migrations.map((row) => row.name)).toEqual(POSTGRES_MIGRATIONS.map((migration) => migration.name));
    const [row] = await adminQuery<{ n: string }>(
      `SELECT COUNT(*) AS n FROM "${schema}"."user" WHERE email = 'therapist@demo.local'`,
    );
    expect(Number(row!.n)).toBe(1);
  });

  it("both answer the health check", async () => {
    for (const server of servers) {
      const response = await fetch(`${server.url}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: "ok" });
    }
  });

  it("a session signed in on one server works on the other, and signing out on one ends it on both", async () => {
    const browser = new Browser(() => servers);
    expect((await browser.login(0, "therapist@demo.local", DEMO_PASSWORD)).errors).toBeUndefined();
    for (const server of [1, 0, 1, 0]) {
      const me = await browser.request<{ me: { email: string } | null }>(server, ME);
      expect(me.data?.me?.email, `server ${server}`).toBe("therapist@demo.local");
    }
    const cookie = browser.cookie;
    expect((await browser.request(1, `mutation { logout }`)).data).toEqual({ logout: true });
    // The same cookie, sent again to the server that did not sign it out.
    browser.cookie = cookie;
    expect((await browser.request<{ me: unknown }>(0, ME)).data?.me).toBeNull();
    expect((await browser.request<{ me: unknown }>(1, ME)).data?.me).toBeNull();
  });

  it("a second factor set up through one server is asked for, and accepted once, through either", async () => {
    const browser = new Browser(() => servers);
    expect((await browser.login(0, "admin@demo.local", DEMO_PASSWORD)).errors).toBeUndefined();
    const begun = await browser.request<{ beginTotpEnrollment: { secret: string } }>(
      1,
      `mutation { beginTotpEnrollment { secret } }`,
    );
    const secret = new TOTP({ secret: begun.data!.beginTotpEnrollment.secret }).secret;
    const confirmed = await browser.request<{ confirmTotpEnrollment: string[] }>(
      0,
      `mutation ($code: String!) { confirmTotpEnrollment(code: $code) }`,
      { code: TOTP.generate({ secret }) },
    );
    expect(confirmed.errors).toBeUndefined();
    const [recoveryCode] = confirmed.data!.confirmTotpEnrollment;

    const STAFF = `{ staff { email } }`;
    const VERIFY = `mutation ($code: String!) { verifySecondFactor(code: $code) { nextStep } }`;
    const halfway = async (server: number) => {
      const next = new Browser(() => servers);
      expect((await next.login(server, "admin@demo.local", DEMO_PASSWORD)).errors).toBeUndefined();
      return next;
    };
    const laptop = await halfway(1);
    expect((await laptop.request(0, `{ me { nextStep } }`)).data).toEqual({ me: { nextStep: "SECOND_FACTOR" } });
    expect(onlyError(await laptop.request(0, STAFF)).extensions?.code).toBe("SECOND_FACTOR_REQUIRED");
    expect((await laptop.request(0, VERIFY, { code: recoveryCode })).data).toEqual({
      verifySecondFactor: { nextStep: null },
    });
    expect((await laptop.request(1, `{ me { nextStep } }`)).data).toEqual({ me: { nextStep: null } });
    expect((await laptop.request(1, STAFF)).errors).toBeUndefined();
    // The recovery code is spent for both servers.
    const phone = await halfway(0);
    expect(onlyError(await phone.request(1, VERIFY, { code: recoveryCode })).extensions?.code).toBe("BAD_USER_INPUT");
  });

  it(`counts failed sign-ins across both servers: after ${THROTTLE.perAccountAtAddress}, even the right password is refused on either`, async () => {
    const browser = new Browser(() => servers);
    for (let attempt = 0; attempt < THROTTLE.perAccountAtAddress; attempt++) {
      const error = onlyError(await browser.login(attempt % 2, "therapist2@demo.local", "not the password"));
      expect(error.message, `attempt ${attempt + 1}`).toBe("Email or password is not right.");
    }
    for (const server of [0, 1]) {
      const error = onlyError(await browser.login(server, "therapist2@demo.local", DEMO_PASSWORD));
      expect(error.extensions?.code).toBe("UNAUTHENTICATED");
      expect(error.message, `server ${server}`).toMatch(/^Too many sign-in attempts/);
    }
  });

  it("a session recorded through one server is read back at once through the other: progress and caseload", async () => {
    const browser = new Browser(() => servers);
    expect((await browser.login(1, "therapist@demo.local", DEMO_PASSWORD)).errors).toBeUndefined();
    type Entry = {
      client: { id: string };
      sessionsAttended: number;
      lastSessionDate: string | null;
      latestOrs: number;
    };
    const caseloads = await Promise.all(
      [0, 1].map((server) => browser.request<{ caseload: Entry[] }>(server, CASELOAD)),
    );
    expect(caseloads[0]!.data).toEqual(caseloads[1]!.data);
    const before = caseloads[0]!.data!.caseload[0]!;
    const id = before.client.id;
    type Progress = { clientProgress: { sessions: { ors: number | null }[]; summary: { sessionsAttended: number } } };
    // Read on both first, so anything either server keeps is warm when the write comes.
    const progressBefore = await Promise.all(
      [0, 1].map((server) => browser.request<Progress>(server, PROGRESS, { id })),
    );
    expect(progressBefore[0]!.data).toEqual(progressBefore[1]!.data);
    const sessionsBefore = progressBefore[0]!.data!.clientProgress.summary.sessionsAttended;

    const recorded = await browser.request(0, RECORD, {
      input: { clientId: id, occurredAt: justNow(), attendance: "ATTENDED", ors: ORS },
    });
    expect(recorded.errors).toBeUndefined();

    for (const server of [1, 0]) {
      const progress = (await browser.request<Progress>(server, PROGRESS, { id })).data!.clientProgress;
      expect(progress.summary.sessionsAttended, `server ${server}`).toBe(sessionsBefore + 1);
      expect(progress.sessions.at(-1)!.ors, `server ${server}`).toBe(ORS_TOTAL);
      const entry = (await browser.request<{ caseload: Entry[] }>(server, CASELOAD)).data!.caseload.find(
        (row) => row.client.id === id,
      )!;
      expect(entry, `server ${server}`).toMatchObject({
        sessionsAttended: before.sessionsAttended + 1,
        lastSessionDate: today(),
        latestOrs: ORS_TOTAL,
      });
    }
  });

  it("supervision metrics follow writes made through either server, figure for figure as a fresh server works them out", async () => {
    // An intake year before the demo's, so that the clients admitted here are the whole cohort and their
    // sessions move its figures for certain.
    const cohort = "2019";
    const supervisor = new Browser(() => servers);
    expect((await supervisor.login(0, "supervisor@demo.local", DEMO_PASSWORD)).errors).toBeUndefined();
    type Metrics = { caseloadMetrics: { total: { clients: { value: number | null }; sessionsPerClient: unknown } } };
    const metrics = async (server: number, on: ServerProcess[] = servers) => {
      const viewer = new Browser(() => on);
      viewer.cookie = supervisor.cookie;
      const response = await viewer.request<Metrics>(server, METRICS, { cohort });
      expect(response.errors).toBeUndefined();
      return response.data!;
    };
    const empty = [await metrics(0), await metrics(1)];
    expect(empty[0]).toEqual(empty[1]);

    // More clients than the minimum cell size, admitted through the two servers in turn.
    const therapist = new Browser(() => servers);
    expect((await therapist.login(1, "therapist@demo.local", DEMO_PASSWORD)).errors).toBeUndefined();
    const ids: string[] = [];
    for (let n = 0; n < 14; n++) {
      const admitted = await therapist.request<{ admitClient: { id: string } }>(n % 2, ADMIT, {
        i: { displayName: `Two servers ${n}`, complaint: "PANIC", intakeDate: "2019-06-03", ageBand: "AGE_25_34" },
      });
      expect(admitted.errors).toBeUndefined();
      ids.push(admitted.data!.admitClient.id);
    }
    const admitted = [await metrics(0), await metrics(1)];
    expect(admitted[0]).toEqual(admitted[1]);
    expect(admitted[0]!.caseloadMetrics.total.clients.value).toBeGreaterThan(0);
    expect(admitted[0]).not.toEqual(empty[0]);

    // Both servers now keep facts for every client of the cohort. A first rated session for each sets its baseline,
    // which moves the clinic's curve revision too; a second moves nothing but the client's own revision.
    const recordEach = async (occurredAt: string) => {
      for (const [n, id] of ids.entries()) {
        const recorded = await therapist.request((n + 1) % 2, RECORD, {
          input: { clientId: id, occurredAt, attendance: "ATTENDED", ors: ORS },
        });
        expect(recorded.errors).toBeUndefined();
      }
    };
    await recordEach(new Date(Date.now() - 120_000).toISOString());
    const once = [await metrics(0), await metrics(1)];
    expect(once[0]).toEqual(once[1]);
    await recordEach(justNow());
    const after = [await metrics(0), await metrics(1)];
    expect(after[0]!.caseloadMetrics.total.sessionsPerClient).not.toEqual(
      once[0]!.caseloadMetrics.total.sessionsPerClient,
    );
    // A third server, started now, has kept nothing: what it works out is the fresh answer.
    const fresh = await startServerProcess(env);
    extra.push(fresh);
    const freshAnswer = await metrics(0, [fresh]);
    expect(after[0]).toEqual(freshAnswer);
    expect(after[1]).toEqual(freshAnswer);
  }, 180_000);
});
