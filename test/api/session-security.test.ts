import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/auth/role.ts";
import { THROTTLE } from "../../server/auth/sign-in-throttle.ts";
import { LIMITS } from "../../server/schema/limits.ts";
import { createClinic, createPractice, createUser, TEST_PASSWORD } from "../helpers/factories.ts";
import { GraphQLSession, onlyError } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

const NOW = new Date("2026-11-20T17:00:00.000Z");
const ME = `{ me { id } }`;

describe("session security", () => {
  let server: TestServer;
  let now = NOW;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => now });
  });
  afterAll(() => server.close());

  it(`throttles an email at one address after ${THROTTLE.perAccountAtAddress} failures, answering an unknown email exactly alike`, async () => {
    const clinic = await createClinic(server.dataSource);
    const user = await createUser(server.dataSource, clinic, Role.THERAPIST);
    const answers = async (email: string) => {
      const seen: string[] = [];
      for (let i = 0; i <= THROTTLE.perAccountAtAddress; i++) {
        seen.push(JSON.stringify(onlyError(await new GraphQLSession(server.url).login(email, `wrong ${i}`))));
      }
      return seen;
    };
    const known = await answers(user.email);
    const unknown = await answers("nobody-here@test.local");
    expect(known).toEqual(unknown);
    expect(known[0]).toContain("Email or password is not right.");
    expect(known.at(-1)).toContain("Too many sign-in attempts");
    // Throttled: even the right password is refused at this address until the window has passed.
    expect(onlyError(await new GraphQLSession(server.url).login(user.email, TEST_PASSWORD)).message).toContain(
      "Too many sign-in attempts",
    );
    now = new Date(now.getTime() + (THROTTLE.windowMinutes + 1) * 60_000);
    expect((await new GraphQLSession(server.url).login(user.email, TEST_PASSWORD)).data?.login.id).toBe(
      String(user.id),
    );
  });

  it("issues a new session id at sign-in and ends the one it replaces", async () => {
    const practice = await createPractice(server.dataSource);
    const browser = new GraphQLSession(server.url);
    await browser.login(practice.therapistA.email, TEST_PASSWORD);
    const first = browser.cookie;
    await browser.login(practice.therapistA.email, TEST_PASSWORD);
    expect(browser.cookie).not.toBe(first);
    const replay = new GraphQLSession(server.url);
    replay.cookie = first;
    expect((await replay.request(ME)).data).toEqual({ me: null });
    expect((await browser.request<{ me: { id: string } }>(ME)).data?.me?.id).toBe(String(practice.therapistA.id));
  });

  it("signs out everywhere", async () => {
    const practice = await createPractice(server.dataSource);
    const laptop = new GraphQLSession(server.url);
    const phone = new GraphQLSession(server.url);
    const other = new GraphQLSession(server.url);
    await laptop.login(practice.therapistA.email, TEST_PASSWORD);
    await phone.login(practice.therapistA.email, TEST_PASSWORD);
    await other.login(practice.therapistB.email, TEST_PASSWORD);
    expect((await laptop.request(`mutation { logoutEverywhere }`)).data).toEqual({ logoutEverywhere: 2 });
    expect((await phone.request(ME)).data).toEqual({ me: null });
    expect((await other.request<{ me: { id: string } }>(ME)).data?.me?.id).toBe(String(practice.therapistB.id));
  });

  it("ends a session after its absolute lifetime even when in constant use", async () => {
    const practice = await createPractice(server.dataSource);
    const session = new GraphQLSession(server.url);
    await session.login(practice.therapistA.email, TEST_PASSWORD);
    // A request every 20 minutes keeps the session from idling out: 35 of them take it to 11 h 40 min.
    for (let step = 0; step < 35; step++) {
      now = new Date(now.getTime() + 20 * 60_000);
      expect((await session.request<{ me: { id: string } }>(ME)).data?.me?.id).toBe(String(practice.therapistA.id));
    }
    now = new Date(now.getTime() + 20 * 60_000);
    expect((await session.request(ME)).data).toEqual({ me: null });
  });

  it("marks the cookie Secure only when a trusted proxy says the request came over HTTPS", async () => {
    const behindProxy = await startTestServer({ trustProxy: "loopback" });
    try {
      const clinic = await createClinic(behindProxy.dataSource);
      const user = await createUser(behindProxy.dataSource, clinic, Role.THERAPIST);
      const login = (headers: Record<string, string>) =>
        fetch(`${behindProxy.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify({
            query: `mutation { login(email: "${user.email}", password: "${TEST_PASSWORD}") { id } }`,
          }),
        });
      expect((await login({ "x-forwarded-proto": "https" })).headers.get("set-cookie")).toMatch(/; Secure/);
      expect((await login({})).headers.get("set-cookie")).not.toMatch(/; Secure/);
    } finally {
      await behindProxy.close();
    }
    // A server that trusts no proxy ignores the header.
    const practice = await createPractice(server.dataSource);
    const direct = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-proto": "https" },
      body: JSON.stringify({
        query: `mutation { login(email: "${practice.therapistA.email}", password: "${TEST_PASSWORD}") { id } }`,
      }),
    });
    expect(direct.headers.get("set-cookie")).toMatch(/HttpOnly/);
    expect(direct.headers.get("set-cookie")).not.toMatch(/; Secure/);
  });

  it("sends security headers: a CSP allowing only the app's own scripts, no framing, no sniffing, no referrer", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: ME }),
    });
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("x-powered-by")).toBeNull();
  });
});

describe("query limits", () => {
  let server: TestServer;
  let session: GraphQLSession;
  let clientId: number;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    const practice = await createPractice(server.dataSource);
    clientId = practice.clientA.id;
    session = new GraphQLSession(server.url);
    await session.login(practice.therapistA.email, TEST_PASSWORD);
  });
  afterAll(() => server.close());

  it(`refuses more than ${LIMITS.maxAliases} aliases`, async () => {
    const query = `{ ${Array.from({ length: LIMITS.maxAliases + 5 }, (_, i) => `a${i}: me { id }`).join(" ")} }`;
    const error = onlyError(await session.request(query));
    expect(error.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("prices clientProgress by its range: three months pass, ten years of weeks across aliases do not", async () => {
    const progress = (alias: string, from: string) =>
      `${alias}: clientProgress(clientId: ${clientId}, from: "${from}", bucket: WEEK) { summary { status } }`;
    const short = await session.request(`{ ${progress("a", "2026-08-20T00:00:00Z")} }`);
    expect(short.errors).toBeUndefined();
    const long = await session.request(
      `{ ${Array.from({ length: 8 }, (_, i) => progress(`p${i}`, "2017-01-01T00:00:00Z")).join(" ")} }`,
    );
    const refusal = onlyError(long);
    expect(refusal.extensions?.code).toBe("QUERY_TOO_COSTLY");
    expect(refusal.message).toContain(`the limit is ${LIMITS.maxRangeCost}`);
    const months = await session.request(
      `{ ${Array.from({ length: 8 }, (_, i) => progress(`p${i}`, "2026-05-01T00:00:00Z")).join(" ")} }`,
    );
    expect(months.errors).toBeUndefined();
  });

  it("blocks field suggestions, which would reveal the schema", async () => {
    const error = onlyError(await session.request(`{ mee { id } }`));
    expect(error.message).not.toMatch(/Did you mean/);
  });

  it("turns introspection and the landing page off in production", async () => {
    const production = await startTestServer({ nodeEnv: "production" });
    try {
      const introspection = await new GraphQLSession(production.url).request(`{ __schema { types { name } } }`);
      expect(onlyError(introspection).extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      const landing = await fetch(`${production.url}/graphql`, { headers: { accept: "text/html" } });
      expect(await landing.text()).not.toMatch(/<html|embeddable-sandbox|landing/i);
      expect(landing.headers.get("content-security-policy")).toContain("script-src 'self'");
    } finally {
      await production.close();
    }
    // The same requests outside production do get introspection and the landing page, so the checks above can fail.
    const development = await new GraphQLSession(server.url).request<{ __schema: { types: unknown[] } }>(
      `{ __schema { types { name } } }`,
    );
    expect(development.data?.__schema.types.length).toBeGreaterThan(10);
    const devLanding = await fetch(`${server.url}/graphql`, { headers: { accept: "text/html" } });
    expect(await devLanding.text()).toMatch(/<html/i);
  });

  it("refuses batched requests", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: session.cookie! },
      body: JSON.stringify([{ query: ME }, { query: ME }]),
    });
    expect(response.status).toBe(400);
  });
});
