import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { revokeAllCredentials } from "../../server/auth/revoke-credentials.ts";
import { createPractice, TEST_PASSWORD } from "../helpers/factories.ts";
import { GraphQLSession, onlyError, type GraphQLResponse } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

const START = new Date("2026-11-20T17:00:00.000Z");
const CASELOAD = `{ caseload { client { id } } }`;
const CREATE = `mutation ($n: String!, $d: Int!) {
  createAccessToken(name: $n, expiresInDays: $d) { token accessToken { id name createdAt expiresAt lastUsedAt revokedAt } }
}`;

interface Created {
  createAccessToken: {
    token: string;
    accessToken: { id: string; name: string; createdAt: string; expiresAt: string; lastUsedAt: string | null };
  };
}

describe("access tokens", () => {
  let server: TestServer;
  let now = START;
  let practice: Awaited<ReturnType<typeof createPractice>>;
  let therapist: GraphQLSession;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => now });
    practice = await createPractice(server.dataSource);
  });
  // The tests move the clock by days, past any session: each signs in afresh.
  beforeEach(async () => {
    therapist = new GraphQLSession(server.url);
    await therapist.login(practice.therapistA.email, TEST_PASSWORD);
  });
  afterAll(() => server.close());

  const count = async (sql: string, parameters: unknown[] = []) =>
    Number((await server.query<{ n: number | string }>(sql, parameters))[0]!.n);
  const audited = (action: string, userId = practice.therapistA.id) =>
    count(`SELECT COUNT(*) AS n FROM audit_event WHERE actor_user_id = ? AND action = ?`, [userId, action]);

  /** A script's request: the token in the Authorization header, no cookie, no CSRF header of any kind. */
  async function withToken<T = Record<string, unknown>>(
    token: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T | null; errors?: GraphQLResponse["errors"] };
    return {
      status: response.status,
      data: body.data,
      errors: body.errors,
      setCookie: response.headers.get("set-cookie"),
    };
  }

  const create = async (session: GraphQLSession, name: string, days: number) =>
    (await session.request<Created>(CREATE, { n: name, d: days })).data!.createAccessToken;

  it("shows a new token once, stores only its SHA-256 and lists it among the caller's own", async () => {
    const created = await create(therapist, "nightly export", 30);
    expect(created.token).toMatch(/^fu_[\w-]{43}$/);
    expect(created.accessToken).toMatchObject({
      name: "nightly export",
      createdAt: START.toISOString(),
      expiresAt: new Date(START.getTime() + 30 * 86_400_000).toISOString(),
      lastUsedAt: null,
      revokedAt: null,
    });
    const [row] = await server.query<{ token_hash: string }>(`SELECT token_hash FROM access_token WHERE id = ?`, [
      created.accessToken.id,
    ]);
    expect(row!.token_hash).toBe(createHash("sha256").update(created.token).digest("hex"));
    const listed = await therapist.request<{ accessTokens: { id: string; name: string }[] }>(
      `{ accessTokens { id name } }`,
    );
    expect(listed.data?.accessTokens).toContainEqual({ id: created.accessToken.id, name: "nightly export" });
    expect(JSON.stringify(listed)).not.toContain(created.token);
    expect(await audited("ACCESS_TOKEN_CREATED")).toBeGreaterThanOrEqual(1);
  });

  it("refuses a bad name or lifetime, writing nothing", async () => {
    const before = await count(`SELECT COUNT(*) AS n FROM access_token`);
    for (const [name, days, field] of [
      ["", 30, "name"],
      ["x".repeat(101), 30, "name"],
      ["ok", 0, "expiresInDays"],
      ["ok", 366, "expiresInDays"],
    ] as const) {
      expect(onlyError(await therapist.request(CREATE, { n: name, d: days })).extensions).toEqual({
        code: "BAD_USER_INPUT",
        field,
      });
    }
    expect(await count(`SELECT COUNT(*) AS n FROM access_token`)).toBe(before);
  });

  it("reads the caseload with the token alone, sets no cookie, and is audited with its owner as the actor", async () => {
    const { token, accessToken } = await create(therapist, "caseload script", 7);
    const readsBefore = await audited("READ_CASELOAD");
    const usedBefore = await audited("ACCESS_TOKEN_USED");
    const first = await withToken<{ caseload: { client: { id: string } }[] }>(token, CASELOAD);
    expect(first.errors).toBeUndefined();
    expect(first.data?.caseload.map((entry) => entry.client.id)).toEqual([String(practice.clientA.id)]);
    expect(first.setCookie).toBeNull();
    expect(await audited("READ_CASELOAD")).toBe(readsBefore + 1);
    expect(await audited("ACCESS_TOKEN_USED")).toBe(usedBefore + 1);
    const [row] = await server.query<{ last_used_at: string }>(`SELECT last_used_at FROM access_token WHERE id = ?`, [
      accessToken.id,
    ]);
    expect(row!.last_used_at).toBe(now.toISOString());

    // Used again the same day: the read is audited, the use of the token once a day.
    now = new Date(now.getTime() + 3_600_000);
    expect((await withToken(token, CASELOAD)).errors).toBeUndefined();
    expect(await audited("READ_CASELOAD")).toBe(readsBefore + 2);
    expect(await audited("ACCESS_TOKEN_USED")).toBe(usedBefore + 1);
    now = new Date(now.getTime() + 86_400_000);
    expect((await withToken(token, CASELOAD)).errors).toBeUndefined();
    expect(await audited("ACCESS_TOKEN_USED")).toBe(usedBefore + 2);
  });

  it("cannot make more tokens, sign out or end sessions", async () => {
    const { token } = await create(therapist, "limited", 7);
    const before = await count(`SELECT COUNT(*) AS n FROM access_token`);
    for (const [query, variables] of [
      [CREATE, { n: "another", d: 30 }],
      [`mutation { logout }`, {}],
      [`mutation { logoutEverywhere }`, {}],
      [`mutation { beginTotpEnrollment { secret } }`, {}],
    ] as const) {
      expect(onlyError(await withToken(token, query, variables)).extensions?.code, query).toBe("FORBIDDEN");
    }
    expect(await count(`SELECT COUNT(*) AS n FROM access_token`)).toBe(before);
    expect((await therapist.request(CASELOAD)).errors).toBeUndefined();
  });

  it("stops working when expired, revoked or its owner deactivated", async () => {
    const short = await create(therapist, "short", 1);
    expect((await withToken(short.token, CASELOAD)).errors).toBeUndefined();
    now = new Date(now.getTime() + 86_400_000);
    expect(onlyError(await withToken(short.token, CASELOAD)).extensions?.code).toBe("UNAUTHENTICATED");
    await therapist.login(practice.therapistA.email, TEST_PASSWORD);

    const revoked = await create(therapist, "to revoke", 30);
    const revoke = await therapist.request<{ revokeAccessToken: { revokedAt: string | null } }>(
      `mutation ($id: ID!) { revokeAccessToken(id: $id) { revokedAt } }`,
      { id: revoked.accessToken.id },
    );
    expect(revoke.data?.revokeAccessToken.revokedAt).toBe(now.toISOString());
    expect(onlyError(await withToken(revoked.token, CASELOAD)).extensions?.code).toBe("UNAUTHENTICATED");
    expect(await audited("ACCESS_TOKEN_REVOKED")).toBeGreaterThanOrEqual(1);

    const clientSession = new GraphQLSession(server.url);
    await clientSession.login(practice.clientUserA.email, TEST_PASSWORD);
    const owned = await create(clientSession, "mine", 30);
    expect((await withToken(owned.token, `{ me { id } }`)).data).toEqual({
      me: { id: String(practice.clientUserA.id) },
    });
    await server.query(`UPDATE "user" SET deactivated_at = ? WHERE id = ?`, [
      now.toISOString(),
      practice.clientUserA.id,
    ]);
    expect(onlyError(await withToken(owned.token, `{ accessTokens { id } }`)).extensions?.code).toBe("UNAUTHENTICATED");
    await server.query(`UPDATE "user" SET deactivated_at = NULL WHERE id = ?`, [practice.clientUserA.id]);
  });

  it("answers NOT_FOUND for revoking someone else's token, and leaves it working", async () => {
    const other = new GraphQLSession(server.url);
    await other.login(practice.therapistB.email, TEST_PASSWORD);
    const theirs = await create(other, "theirs", 30);
    const refused = onlyError(
      await therapist.request(`mutation ($id: ID!) { revokeAccessToken(id: $id) { id } }`, {
        id: theirs.accessToken.id,
      }),
    );
    expect(refused.extensions).toEqual({ code: "NOT_FOUND", field: "id" });
    expect((await withToken(theirs.token, CASELOAD)).errors).toBeUndefined();
    const listed = await therapist.request<{ accessTokens: { id: string }[] }>(`{ accessTokens { id } }`);
    expect(listed.data?.accessTokens.map((token) => token.id)).not.toContain(theirs.accessToken.id);
  });

  it("ignores the cookie when an Authorization header is sent", async () => {
    const mixed = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer fu_forged", cookie: therapist.cookie! },
      body: JSON.stringify({ query: CASELOAD }),
    });
    const body = (await mixed.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("revokes every session and token of a person in one call", async () => {
    const session = new GraphQLSession(server.url);
    await session.login(practice.therapistB.email, TEST_PASSWORD);
    const { token } = await create(session, "to end", 30);
    await server.dataSource.transaction((manager) => revokeAllCredentials(manager, practice.therapistB.id, now));
    expect((await session.request(`{ me { id } }`)).data).toEqual({ me: null });
    expect(onlyError(await withToken(token, CASELOAD)).extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("one's own sign-in sessions", () => {
  let server: TestServer;
  const now = START;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => now });
  });
  afterAll(() => server.close());

  const SESSIONS = `{ mySessions { id current createdAt lastSeenAt sourceAddress } }`;
  interface Sessions {
    mySessions: { id: string; current: boolean; createdAt: string; lastSeenAt: string; sourceAddress: string }[];
  }

  it("lists the live sessions with a public id and ends one of them", async () => {
    const practice = await createPractice(server.dataSource);
    const laptop = new GraphQLSession(server.url);
    const phone = new GraphQLSession(server.url);
    await laptop.login(practice.therapistA.email, TEST_PASSWORD);
    await phone.login(practice.therapistA.email, TEST_PASSWORD);
    const listed = (await laptop.request<Sessions>(SESSIONS)).data!.mySessions;
    expect(listed).toHaveLength(2);
    expect(listed.filter((session) => session.current)).toHaveLength(1);
    const hashes = (
      await server.query<{ token_hash: string }>(`SELECT token_hash FROM auth_session WHERE user_id = ?`, [
        practice.therapistA.id,
      ])
    ).map((row) => row.token_hash);
    for (const session of listed) {
      expect(session.id).toMatch(/^[0-9a-f]{16}$/);
      for (const hash of hashes) expect(hash).not.toContain(session.id);
      expect(session).toMatchObject({ createdAt: START.toISOString(), sourceAddress: "127.0.0.1" });
    }

    // Someone else cannot end it, and an unknown id is not found.
    const stranger = new GraphQLSession(server.url);
    await stranger.login(practice.therapistB.email, TEST_PASSWORD);
    const other = listed.find((session) => !session.current)!;
    for (const [who, id] of [
      [stranger, other.id],
      [laptop, "0000000000000000"],
    ] as const) {
      expect(onlyError(await who.request(`mutation ($id: ID!) { endSession(id: $id) }`, { id })).extensions).toEqual({
        code: "NOT_FOUND",
        field: "id",
      });
    }
    expect((await phone.request<{ me: { id: string } }>(`{ me { id } }`)).data?.me?.id).toBe(
      String(practice.therapistA.id),
    );

    expect((await laptop.request(`mutation ($id: ID!) { endSession(id: $id) }`, { id: other.id })).data).toEqual({
      endSession: true,
    });
    expect((await phone.request(`{ me { id } }`)).data).toEqual({ me: null });
    expect((await laptop.request<Sessions>(SESSIONS)).data!.mySessions.map((session) => session.current)).toEqual([
      true,
    ]);
    const [ended] = await server.query<{ n: number | string }>(
      `SELECT COUNT(*) AS n FROM audit_event WHERE actor_user_id = ? AND action = 'SESSION_ENDED'`,
      [practice.therapistA.id],
    );
    expect(Number(ended!.n)).toBe(1);
  });
});
