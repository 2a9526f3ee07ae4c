import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "../../server/app.ts";
import { DEMO_PASSWORD, DEMO_SIGN_INS, seedDemoIfEmpty } from "../../server/demo/seed.ts";
import { DEFAULT_RULES } from "../../server/measures/rules.ts";
import { createPractice, TEST_PASSWORD } from "../helpers/factories.ts";
import { GraphQLSession, onlyError } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

const ME = `{ me { id email role } }`;

describe("sign-in with the demo accounts over HTTP", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    await seedDemoIfEmpty(server.dataSource, { seed: 7, rules: DEFAULT_RULES, now: new Date("2026-11-20T17:00:00Z") });
  });
  afterAll(() => server.close());

  it.each([
    ["therapist@demo.local", "THERAPIST"],
    ["therapist2@demo.local", "THERAPIST"],
    ["client@demo.local", "CLIENT"],
    ["supervisor@demo.local", "SUPERVISOR"],
    ["admin@demo.local", "ADMIN"],
  ])("%s signs in as %s with an httpOnly, SameSite=Strict session cookie", async (email, role) => {
    expect(DEMO_SIGN_INS).toContain(email);
    const session = new GraphQLSession(server.url);
    const login = await session.login(email, DEMO_PASSWORD);
    expect(login.data?.login.role).toBe(role);
    expect(login.setCookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{40,};`));
    expect(login.setCookie).toMatch(/HttpOnly/);
    expect(login.setCookie).toMatch(/SameSite=Strict/);
    const me = await session.request<{ me: { email: string; role: string } }>(ME);
    expect(me.data?.me).toMatchObject({ email, role });
  });
});

describe("sessions and who may read which client", () => {
  let server: TestServer;
  let practice: Awaited<ReturnType<typeof createPractice>>;
  let now = new Date("2026-11-20T17:00:00Z");

  beforeAll(async () => {
    server = await startTestServer({ clock: () => now });
    practice = await createPractice(server.dataSource);
  });
  afterAll(() => server.close());

  const signedIn = async (email: string) => {
    const session = new GraphQLSession(server.url);
    expect((await session.login(email, TEST_PASSWORD)).errors).toBeUndefined();
    return session;
  };

  it("answers a wrong password and an unknown email alike, without a cookie", async () => {
    const wrong = await new GraphQLSession(server.url).login(practice.therapistA.email, "not the password");
    const unknown = await new GraphQLSession(server.url).login("nobody@test.local", TEST_PASSWORD);
    expect(onlyError(wrong).extensions?.code).toBe("UNAUTHENTICATED");
    expect(onlyError(unknown)).toEqual({ ...onlyError(wrong) });
    expect(wrong.setCookie).toBeNull();
  });

  it("ignores a forged cookie and asks for sign-in", async () => {
    const forged = new GraphQLSession(server.url);
    forged.cookie = `${SESSION_COOKIE}=${"A".repeat(43)}`;
    expect((await forged.request(ME)).data).toEqual({ me: null });
    const caseload = await forged.request(`{ caseload { status } }`);
    expect(onlyError(caseload).extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("revokes the session on sign-out, so the old cookie no longer works", async () => {
    const session = await signedIn(practice.therapistA.email);
    const cookie = session.cookie;
    expect((await session.request(`mutation { logout }`)).data).toEqual({ logout: true });
    const replay = new GraphQLSession(server.url);
    replay.cookie = cookie;
    expect((await replay.request(ME)).data).toEqual({ me: null });
  });

  it("expires a session after 30 minutes without use", async () => {
    const session = await signedIn(practice.therapistA.email);
    now = new Date(now.getTime() + 29 * 60_000);
    expect((await session.request<{ me: { id: string } }>(ME)).data?.me?.id).toBe(String(practice.therapistA.id));
    now = new Date(now.getTime() + 31 * 60_000);
    expect((await session.request(ME)).data).toEqual({ me: null });
  });

  const PROGRESS = `query ($id: ID!) { clientProgress(clientId: $id) { client { id displayName } summary { status } } }`;
  const CLIENT = `query ($id: ID!) { client(id: $id) { id displayName } }`;

  it("lets a therapist read their own client, and a client themself", async () => {
    const therapist = await signedIn(practice.therapistA.email);
    const own = await therapist.request<{ clientProgress: { client: { id: string } } }>(PROGRESS, {
      id: practice.clientA.id,
    });
    expect(own.data?.clientProgress.client.id).toBe(String(practice.clientA.id));
    const client = await signedIn(practice.clientUserA.email);
    const self = await client.request<{ client: { displayName: string } }>(CLIENT, { id: practice.clientA.id });
    expect(self.data?.client.displayName).toBe(practice.clientA.displayName);
  });

  it.each([
    ["a client reading another client", "clientUserA", "clientB"],
    ["a therapist reading another therapist's client", "therapistA", "clientB"],
    ["a client reading a client of their own therapist", "clientUserB", "clientA"],
  ] as const)("refuses %s: NOT_FOUND and no data", async (_label, viewer, target) => {
    const session = await signedIn(practice[viewer].email);
    const id = practice[target].id;
    for (const query of [PROGRESS, CLIENT]) {
      const response = await session.request(query, { id });
      expect(["NOT_FOUND", "FORBIDDEN"]).toContain(onlyError(response).extensions?.code);
      expect(JSON.stringify(response)).not.toContain(practice[target].displayName);
      expect(response.data ?? null).toEqual(query === CLIENT ? { client: null } : null);
    }
  });

  it("refuses a supervisor any individual client", async () => {
    const supervisor = await signedIn(practice.supervisor.email);
    for (const target of [practice.clientA, practice.clientB]) {
      for (const query of [PROGRESS, CLIENT]) {
        const response = await supervisor.request(query, { id: target.id });
        expect(onlyError(response).extensions?.code).toBe("FORBIDDEN");
        expect(JSON.stringify(response)).not.toContain(target.displayName);
      }
    }
    expect(onlyError(await supervisor.request(`{ caseload { status } }`)).extensions?.code).toBe("FORBIDDEN");
  });

  it("keeps private notes from the client", async () => {
    const therapist = await signedIn(practice.therapistA.email);
    const recorded = await therapist.request<{ recordSession: { privateNotes: string | null } }>(
      `mutation ($input: RecordSessionInput!) { recordSession(input: $input) { privateNotes } }`,
      {
        input: {
          clientId: practice.clientA.id,
          occurredAt: "2026-11-19T15:00:00Z",
          attendance: "ATTENDED",
          privateNotes: "Hypothesis: safety behaviours maintain the fear",
        },
      },
    );
    expect(recorded.data?.recordSession.privateNotes).toBe("Hypothesis: safety behaviours maintain the fear");
    const client = await signedIn(practice.clientUserA.email);
    const record = await client.request(
      `mutation ($input: RecordSessionInput!) { recordSession(input: $input) { id } }`,
      {
        input: { clientId: practice.clientA.id, occurredAt: "2026-11-19T15:00:00Z", attendance: "ATTENDED" },
      },
    );
    expect(onlyError(record).extensions?.code).toBe("FORBIDDEN");
  });
});
