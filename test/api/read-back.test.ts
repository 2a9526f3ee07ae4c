import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/auth/role.ts";
import { createClient, createPractice, createUser, TEST_PASSWORD } from "../helpers/factories.ts";
import { GraphQLSession, onlyError } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

const NOW = new Date("2026-11-20T17:00:00.000Z");

const PAGE_INFO = `pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;
const SESSIONS = `query ($id: ID!, $first: Int, $after: String) {
  clientSessions(clientId: $id, first: $first, after: $after) {
    totalCount ${PAGE_INFO} edges { cursor node { id occurredAt privateNotes weekRating corrections { reason } } }
  }
}`;
const EPISODES = `query ($id: ID!, $first: Int, $after: String) {
  clientEpisodes(clientId: $id, first: $first, after: $after) {
    totalCount ${PAGE_INFO} edges { cursor node { id occurredAt situation thoughtsDuring corrections { reason } } }
  }
}`;

interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: T }[];
}
interface SessionNode {
  id: string;
  occurredAt: string;
  privateNotes: string | null;
  weekRating: number | null;
  corrections: { reason: string }[];
}
interface EpisodeNode {
  id: string;
  occurredAt: string;
  situation: string | null;
  thoughtsDuring: string | null;
  corrections: { reason: string }[];
}

/** Instants of the sessions, written out of time order; two share an instant, so the id breaks the tie. */
const SESSION_TIMES = [
  "2026-10-06T14:00:00.000Z",
  "2026-09-08T14:00:00.000Z",
  "2026-11-17T15:00:00.000Z",
  "2026-10-20T14:00:00.000Z",
  "2026-09-22T14:00:00.000Z",
  "2026-10-20T14:00:00.000Z",
  "2026-11-03T15:00:00.000Z",
];
const EPISODE_TIMES = ["2026-10-02T20:00:00.000Z", "2026-11-12T08:30:00.000Z", "2026-09-15T12:00:00.000Z"];

describe("reading back a client's sessions and episodes", () => {
  let server: TestServer;
  let practice: Awaited<ReturnType<typeof createPractice>>;
  let therapistA: GraphQLSession;
  let therapistB: GraphQLSession;
  let ownerA: GraphQLSession;
  let supervisor: GraphQLSession;
  let admin: GraphQLSession;
  /** What was written, by id. */
  const sessions: { id: string; occurredAt: string; note: string; weekRating: number }[] = [];
  const episodes: { id: string; occurredAt: string; situation: string }[] = [];

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    practice = await createPractice(server.dataSource);
    therapistA = new GraphQLSession(server.url);
    await therapistA.login(practice.therapistA.email, TEST_PASSWORD);
    therapistB = new GraphQLSession(server.url);
    await therapistB.login(practice.therapistB.email, TEST_PASSWORD);
    ownerA = new GraphQLSession(server.url);
    await ownerA.login(practice.clientUserA.email, TEST_PASSWORD);
    supervisor = new GraphQLSession(server.url);
    await supervisor.login(practice.supervisor.email, TEST_PASSWORD);
    const adminUser = await createUser(server.dataSource, practice.clinic, Role.ADMIN);
    admin = new GraphQLSession(server.url);
    await admin.login(adminUser.email, TEST_PASSWORD);
    for (const [i, occurredAt] of SESSION_TIMES.entries()) {
      const note = `note ${i}`;
      const weekRating = i + 2;
      const response = await therapistA.request<{ recordSession: { id: string } }>(
        `mutation ($i: RecordSessionInput!) { recordSession(input: $i) { id } }`,
        { i: { clientId: practice.clientA.id, occurredAt, attendance: "ATTENDED", weekRating, privateNotes: note } },
      );
      expect(response.errors).toBeUndefined();
      sessions.push({ id: response.data!.recordSession.id, occurredAt, note, weekRating });
    }
    for (const [i, occurredAt] of EPISODE_TIMES.entries()) {
      const situation = `situation ${i}`;
      const response = await ownerA.request<{ logEpisode: { id: string } }>(
        `mutation ($i: LogEpisodeInput!) { logEpisode(input: $i) { id } }`,
        {
          i: {
            occurredAt,
            symptom: "PANIC_ATTACK",
            peakIntensity: 5,
            durationMinutes: 10,
            episodeType: "UNEXPECTED",
            situation,
            thoughtsDuring: `I am losing control ${i}`,
          },
        },
      );
      expect(response.errors).toBeUndefined();
      episodes.push({ id: response.data!.logEpisode.id, occurredAt, situation });
    }
  });
  afterAll(() => server.close());

  const newestFirst = <T extends { id: string; occurredAt: string }>(rows: T[]) =>
    [...rows].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || Number(b.id) - Number(a.id));

  async function everyPage<T>(read: (after: string | null) => Promise<Connection<T>>): Promise<Connection<T>[]> {
    const pages: Connection<T>[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await read(after);
      pages.push(page);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      if (!page.pageInfo.hasNextPage) return pages;
      after = page.pageInfo.endCursor;
      expect(pages.length).toBeLessThan(20);
    }
  }

  const sessionPage = async (session: GraphQLSession, variables: Record<string, unknown>) => {
    const response = await session.request<{ clientSessions: Connection<SessionNode> }>(SESSIONS, variables);
    expect(response.errors).toBeUndefined();
    return response.data!.clientSessions;
  };
  const episodePage = async (session: GraphQLSession, variables: Record<string, unknown>) => {
    const response = await session.request<{ clientEpisodes: Connection<EpisodeNode> }>(EPISODES, variables);
    expect(response.errors).toBeUndefined();
    return response.data!.clientEpisodes;
  };

  it("lists the therapist every session newest first, a page at a time, with the private notes", async () => {
    const pages = await everyPage((after) => sessionPage(therapistA, { id: practice.clientA.id, first: 3, after }));
    expect(pages.map((page) => page.edges.length)).toEqual([3, 3, 1]);
    expect(pages.map((page) => page.totalCount)).toEqual([7, 7, 7]);
    const nodes = pages.flatMap((page) => page.edges.map((edge) => edge.node));
    expect(nodes.map((node) => [node.id, node.occurredAt, node.privateNotes, node.weekRating])).toEqual(
      newestFirst(sessions).map((s) => [s.id, s.occurredAt, s.note, s.weekRating]),
    );
  });

  it("gives 20 sessions on a page unless asked otherwise, and refuses a page over 100", async () => {
    const client = await createClient(server.dataSource, practice.therapistA);
    for (let day = 1; day <= 22; day++) {
      const response = await therapistA.request(
        `mutation ($i: RecordSessionInput!) { recordSession(input: $i) { id } }`,
        {
          i: {
            clientId: client.id,
            occurredAt: `2026-10-${String(day).padStart(2, "0")}T14:00:00Z`,
            attendance: "NO_SHOW",
          },
        },
      );
      expect(response.errors).toBeUndefined();
    }
    const page = await sessionPage(therapistA, { id: client.id });
    expect(page.edges).toHaveLength(20);
    expect(page.edges[0]!.node.occurredAt).toBe("2026-10-22T14:00:00.000Z");
    expect(page.pageInfo.hasNextPage).toBe(true);
    const refused = onlyError(await therapistA.request(SESSIONS, { id: client.id, first: 101 }));
    expect(refused.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });

  it("refuses an episodes cursor as a sessions cursor", async () => {
    const episodesPage = await episodePage(therapistA, { id: practice.clientA.id, first: 1 });
    const refused = onlyError(
      await therapistA.request(SESSIONS, { id: practice.clientA.id, after: episodesPage.pageInfo.endCursor }),
    );
    expect(refused.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
  });

  it("shows the client their own sessions without the therapist's private notes", async () => {
    const pages = await everyPage((after) => sessionPage(ownerA, { id: practice.clientA.id, first: 5, after }));
    const nodes = pages.flatMap((page) => page.edges.map((edge) => edge.node));
    expect(nodes.map((node) => node.id)).toEqual(newestFirst(sessions).map((s) => s.id));
    expect(nodes.map((node) => node.privateNotes)).toEqual(sessions.map(() => null));
    const text = JSON.stringify(nodes);
    for (const session of sessions) expect(text).not.toContain(session.note);
  });

  it("lists episodes newest first with their thought records, to the therapist and to the client", async () => {
    for (const reader of [therapistA, ownerA]) {
      const pages = await everyPage((after) => episodePage(reader, { id: practice.clientA.id, first: 2, after }));
      expect(pages.map((page) => page.edges.length)).toEqual([2, 1]);
      const nodes = pages.flatMap((page) => page.edges.map((edge) => edge.node));
      expect(nodes.map((node) => [node.id, node.occurredAt, node.situation])).toEqual(
        newestFirst(episodes).map((e) => [e.id, e.occurredAt, e.situation]),
      );
    }
  });

  it.each([
    ["another therapist", "NOT_FOUND"],
    ["the supervisor", "FORBIDDEN"],
    ["an admin", "FORBIDDEN"],
  ] as const)("refuses %s both lists (%s), and leaks nothing", async (who, code) => {
    const session = who === "another therapist" ? therapistB : who === "the supervisor" ? supervisor : admin;
    for (const query of [SESSIONS, EPISODES]) {
      const response = await session.request(query, { id: practice.clientA.id });
      expect(response.data ?? null).toBeNull();
      expect(onlyError(response).extensions?.code).toBe(code);
      expect(JSON.stringify(response)).not.toMatch(/note \d|situation \d/);
    }
  });

  it("audits each page read, one event per page, as the client's information read", async () => {
    const count = async (action: string) =>
      Number(
        (
          await server.query(
            `SELECT COUNT(*) AS n FROM audit_event WHERE client_id = ? AND actor_user_id = ? AND action = ?`,
            [practice.clientA.id, practice.therapistA.id, action],
          )
        )[0].n,
      );
    const sessionsBefore = await count("READ_SESSIONS");
    const episodesBefore = await count("READ_EPISODES");
    await everyPage((after) => sessionPage(therapistA, { id: practice.clientA.id, first: 3, after }));
    await episodePage(therapistA, { id: practice.clientA.id });
    expect(await count("READ_SESSIONS")).toBe(sessionsBefore + 3);
    expect(await count("READ_EPISODES")).toBe(episodesBefore + 1);
    // A refused read is no read.
    await therapistB.request(SESSIONS, { id: practice.clientA.id });
    expect(
      Number(
        (
          await server.query(`SELECT COUNT(*) AS n FROM audit_event WHERE actor_user_id = ? AND action = ?`, [
            practice.therapistB.id,
            "READ_SESSIONS",
          ])
        )[0].n,
      ),
    ).toBe(0);
  });

  it("reads the corrections of a whole page in one statement, each with its own record", async () => {
    const ordered = newestFirst(sessions);
    // Correct the first, third and fifth sessions of the first page; the others have none.
    const corrected = [ordered[0]!, ordered[2]!, ordered[4]!];
    for (const session of corrected) {
      const response = await therapistA.request(
        `mutation ($id: ID!, $reason: String!, $i: RecordSessionInput!) { correctSession(sessionId: $id, reason: $reason, input: $i) { id } }`,
        {
          id: session.id,
          reason: `reason for ${session.id}`,
          i: {
            clientId: practice.clientA.id,
            occurredAt: session.occurredAt,
            attendance: "ATTENDED",
            weekRating: session.weekRating,
            privateNotes: `${session.note}, corrected`,
          },
        },
      );
      expect(response.errors).toBeUndefined();
    }
    server.statements.reset();
    const page = await sessionPage(therapistA, { id: practice.clientA.id, first: 6 });
    const reads = server.statements.log.filter((sql) => /record_correction/.test(sql));
    expect(reads).toHaveLength(1);
    expect(page.edges.map((edge) => edge.node.corrections.map((c) => c.reason))).toEqual(
      ordered.slice(0, 6).map((s) => (corrected.includes(s) ? [`reason for ${s.id}`] : [])),
    );
    // The client sees their sessions, never the corrections of their therapist's notes.
    const own = await sessionPage(ownerA, { id: practice.clientA.id, first: 6 });
    expect(own.edges.map((edge) => edge.node.corrections)).toEqual(ordered.slice(0, 6).map(() => []));
  });
});
