import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditAction, AuditEvent } from "../../server/audit/audit-event.entity.ts";
import { createClient, createPractice, TEST_PASSWORD } from "../helpers/factories.ts";
import { GraphQLSession, onlyError } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

const NOW = new Date("2026-11-20T17:00:00.000Z");

const PAGE_INFO = `pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;
const ACCESS_LOG = `query ($id: ID!, $first: Int, $after: String) {
  clientAccessLog(clientId: $id, first: $first, after: $after) {
    totalCount ${PAGE_INFO} edges { cursor node { actor actorRole action at } }
  }
}`;
const HOMEWORK = `query ($id: ID!, $first: Int, $after: String) {
  clientHomework(clientId: $id, first: $first, after: $after) {
    totalCount ${PAGE_INFO} edges { cursor node { id dueDate description } }
  }
}`;

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
interface Connection<T> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { cursor: string; node: T }[];
}
interface Access {
  actor: string;
  actorRole: string;
  action: string;
  at: string;
}
interface HomeworkNode {
  id: string;
  dueDate: string;
  description: string;
}

/** Follows `endCursor` from the first page to the last, checking each page's own bookkeeping on the way. */
async function everyPage<T>(
  fetchPage: (after: string | null) => Promise<Connection<T>>,
): Promise<{ nodes: T[]; pages: Connection<T>[] }> {
  const pages: Connection<T>[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await fetchPage(after);
    pages.push(page);
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
    // A page that claims more must say where to go on from; a loop here would never end.
    expect(after).not.toBeNull();
    expect(pages.length).toBeLessThan(100);
  }
  return { nodes: pages.flatMap((page) => page.edges.map((edge) => edge.node)), pages };
}

describe("cursor paging of a client's homework and access log", () => {
  let server: TestServer;
  let practice: Awaited<ReturnType<typeof createPractice>>;
  let therapistA: GraphQLSession;
  let therapistB: GraphQLSession;
  let ownerA: GraphQLSession;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    practice = await createPractice(server.dataSource);
    therapistA = new GraphQLSession(server.url);
    await therapistA.login(practice.therapistA.email, TEST_PASSWORD);
    therapistB = new GraphQLSession(server.url);
    await therapistB.login(practice.therapistB.email, TEST_PASSWORD);
    ownerA = new GraphQLSession(server.url);
    await ownerA.login(practice.clientUserA.email, TEST_PASSWORD);
  });
  afterAll(() => server.close());

  /** 250 events for a new client of therapist A, in threes at the same instant (so the id breaks the tie). */
  async function clientWithAccessLog(events = 250) {
    const client = await createClient(server.dataSource, practice.therapistA);
    const actions = [AuditAction.READ_PROGRESS, AuditAction.READ_HOMEWORK, AuditAction.READ_CLIENT];
    const rows = Array.from({ length: events }, (_, i) => ({
      actorUserId: i % 2 === 0 ? practice.therapistA.id : practice.clientUserA.id,
      action: actions[i % 3]!,
      clientId: client.id,
      at: new Date(Date.UTC(2026, 9, 1) + Math.floor(i / 3) * 60_000),
      sourceAddress: "127.0.0.1",
    }));
    // Inserted out of time order, so the order of ids is not the order of instants.
    const shuffled = [...rows.filter((_, i) => i % 2 === 1), ...rows.filter((_, i) => i % 2 === 0)];
    await server.dataSource.getRepository(AuditEvent).insert(shuffled);
    const stored = await server.query<{ id: number; action: string; at: string; actor_user_id: number }>(
      `SELECT id, action, at, actor_user_id FROM audit_event WHERE client_id = ?`,
      [client.id],
    );
    const names = new Map([
      [practice.therapistA.id, { actor: practice.therapistA.displayName, actorRole: "THERAPIST" }],
      [practice.clientUserA.id, { actor: practice.clientUserA.displayName, actorRole: "CLIENT" }],
    ]);
    const newestFirst = [...stored].sort((a, b) => b.at.localeCompare(a.at) || Number(b.id) - Number(a.id));
    const expected: Access[] = newestFirst.map((row) => ({
      ...names.get(Number(row.actor_user_id))!,
      action: row.action,
      at: row.at,
    }));
    return { client, expected };
  }

  const accessLog = async (session: GraphQLSession, variables: Record<string, unknown>) => {
    const response = await session.request<{ clientAccessLog: Connection<Access> }>(ACCESS_LOG, variables);
    expect(response.errors).toBeUndefined();
    return response.data!.clientAccessLog;
  };
  const homework = async (session: GraphQLSession, variables: Record<string, unknown>) => {
    const response = await session.request<{ clientHomework: Connection<HomeworkNode> }>(HOMEWORK, variables);
    expect(response.errors).toBeUndefined();
    return response.data!.clientHomework;
  };

  it("reaches all 250 access-log events, newest first, each exactly once", async () => {
    const { client, expected } = await clientWithAccessLog();
    expect(expected).toHaveLength(250);
    const { nodes, pages } = await everyPage((after) => accessLog(therapistA, { id: client.id, first: 100, after }));
    expect(pages.map((page) => page.edges.length)).toEqual([100, 100, 50]);
    expect(pages.map((page) => page.totalCount)).toEqual([250, 250, 250]);
    expect(nodes).toEqual(expected);
  });

  it("gives 50 access-log events on a page unless asked otherwise", async () => {
    const { client, expected } = await clientWithAccessLog(60);
    const page = await accessLog(therapistA, { id: client.id });
    expect(page.edges.map((edge) => edge.node)).toEqual(expected.slice(0, 50));
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it("keeps the pages of the access log in place while newer events are written", async () => {
    const { client, expected } = await clientWithAccessLog(120);
    let reads = 0;
    const { nodes } = await everyPage(async (after) => {
      const page = await accessLog(therapistA, { id: client.id, first: 40, after });
      // Each read of the client's record adds an event newer than every one listed so far.
      await therapistA.request(`query ($id: ID!) { client(id: $id) { id } }`, { id: client.id });
      reads++;
      return page;
    });
    expect(nodes).toEqual(expected);
    const fresh = await accessLog(therapistA, { id: client.id, first: reads });
    expect(fresh.totalCount).toBe(expected.length + reads);
    expect(fresh.edges.map((edge) => edge.node.action)).toEqual(Array(reads).fill("READ_CLIENT"));
  });

  it("reaches all 45 homework items, latest due date first, each exactly once, and audits each page read", async () => {
    const client = await createClient(server.dataSource, practice.therapistA);
    const made: HomeworkNode[] = [];
    // 15 due dates, three items each, assigned in an order that is neither the due dates' nor their reverse.
    for (let i = 0; i < 45; i++) {
      const day = 1 + ((i * 7) % 15);
      const dueDate = `2026-12-${String(day).padStart(2, "0")}`;
      const response = await therapistA.request<{ assignHomework: HomeworkNode }>(
        `mutation ($input: AssignHomeworkInput!) { assignHomework(input: $input) { id dueDate description } }`,
        { input: { clientId: client.id, type: "READING", description: `item ${i}`, dueDate } },
      );
      expect(response.errors).toBeUndefined();
      made.push(response.data!.assignHomework);
    }
    const expected = [...made].sort((a, b) => b.dueDate.localeCompare(a.dueDate) || Number(b.id) - Number(a.id));
    const readsBefore = await homeworkReads(client.id);

    const { nodes, pages } = await everyPage((after) => homework(therapistA, { id: client.id, first: 20, after }));
    expect(pages.map((page) => page.edges.length)).toEqual([20, 20, 5]);
    expect(pages.every((page) => page.totalCount === 45)).toBe(true);
    expect(nodes).toEqual(expected);
    expect(await homeworkReads(client.id)).toBe(readsBefore + pages.length);

    const firstPage = await homework(therapistA, { id: client.id });
    expect(firstPage.edges.map((edge) => edge.node)).toEqual(expected.slice(0, 30));
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
  });

  it("pages a client's own homework for the client", async () => {
    const items = [];
    for (let i = 0; i < 3; i++) {
      const response = await ownerA.request<{ assignHomework: HomeworkNode }>(
        `mutation ($input: AssignHomeworkInput!) { assignHomework(input: $input) { id dueDate description } }`,
        { input: { type: "SKILL_PRACTICE", description: `own ${i}`, dueDate: `2026-11-2${i}` } },
      );
      expect(response.errors).toBeUndefined();
      items.push(response.data!.assignHomework);
    }
    const { nodes } = await everyPage((after) => homework(ownerA, { id: practice.clientA.id, first: 1, after }));
    const own = nodes.filter((node) => node.description.startsWith("own "));
    expect(own).toEqual([...items].reverse());
  });

  async function homeworkReads(clientId: number): Promise<number> {
    const [row] = await server.query<{ n: number | string }>(
      `SELECT COUNT(*) AS n FROM audit_event WHERE client_id = ? AND action = 'READ_HOMEWORK'`,
      [clientId],
    );
    return Number(row!.n);
  }

  describe.each([
    ["clientHomework", HOMEWORK, 100],
    ["clientAccessLog", ACCESS_LOG, 200],
  ] as const)("%s", (field, query, maximum) => {
    const otherList = field === "clientHomework" ? ACCESS_LOG : HOMEWORK;
    const otherField = field === "clientHomework" ? "clientAccessLog" : "clientHomework";

    it("states its default and maximum page size in the schema", async () => {
      const response = await therapistA.request<any>(
        `{ __schema { queryType { fields { name args { name description defaultValue } } } } }`,
      );
      const args = response.data.__schema.queryType.fields.find((f: { name: string }) => f.name === field).args;
      const first = args.find((arg: { name: string }) => arg.name === "first");
      expect(first.description).toContain(`at most ${maximum}`);
      expect(first.description).toContain(first.defaultValue);
      expect(args.map((arg: { name: string }) => arg.name).sort()).toEqual(["after", "clientId", "first"]);
    });

    it.each([
      ["not base64 of anything", "not a cursor!"],
      ["base64 of text that is not a cursor", Buffer.from("hello").toString("base64url")],
      ["a cursor with a bad date", Buffer.from(JSON.stringify(["homework", "2026-13-45", 1])).toString("base64url")],
      [
        "a cursor with a bad id",
        Buffer.from(JSON.stringify(["access", "2026-11-20T17:00:00.000Z", -3])).toString("base64url"),
      ],
      ["an empty cursor", ""],
    ])("refuses %s as after, naming after", async (_, after) => {
      const error = onlyError(await therapistA.request(query, { id: practice.clientA.id, after }));
      expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    });

    it(`refuses a cursor of ${otherField}, naming after`, async () => {
      const { client } = await clientWithAccessLog(3);
      await therapistA.request(`mutation ($input: AssignHomeworkInput!) { assignHomework(input: $input) { id } }`, {
        input: { clientId: client.id, type: "READING", description: "x", dueDate: "2026-11-25" },
      });
      const other = await therapistA.request<Record<string, Connection<unknown>>>(otherList, {
        id: client.id,
        first: 1,
      });
      const cursor = other.data![otherField]!.pageInfo.endCursor;
      expect(cursor).toEqual(expect.any(String));
      const error = onlyError(await therapistA.request(query, { id: client.id, after: cursor }));
      expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    });

    it.each([maximum + 1, 10_000, -1])("refuses first: %i, naming first", async (first) => {
      const error = onlyError(await therapistA.request(query, { id: practice.clientA.id, first }));
      expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    });

    it("accepts first at its maximum", async () => {
      const response = await therapistA.request(query, { id: practice.clientA.id, first: maximum });
      expect(response.errors).toBeUndefined();
    });

    it("answers another therapist NOT_FOUND, with or without a cursor, and tells nothing", async () => {
      const { client } = await clientWithAccessLog(3);
      await therapistA.request(`mutation ($input: AssignHomeworkInput!) { assignHomework(input: $input) { id } }`, {
        input: { clientId: client.id, type: "READING", description: "secret-homework", dueDate: "2026-11-25" },
      });
      const own = await therapistA.request<Record<string, Connection<unknown>>>(query, { id: client.id, first: 1 });
      const cursor = own.data![field]!.pageInfo.endCursor;
      for (const after of [null, cursor]) {
        const response = await therapistB.request(query, { id: client.id, after });
        expect(onlyError(response).extensions?.code).toBe("NOT_FOUND");
        expect(response.data).toBeNull();
        expect(JSON.stringify(response)).not.toContain("secret-homework");
      }
    });

    it("refuses a malformed client id naming clientId, and a signed-out caller", async () => {
      const bad = onlyError(await therapistA.request(query, { id: "12abc" }));
      expect(bad.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "clientId" });
      const anonymous = new GraphQLSession(server.url);
      const refused = onlyError(await anonymous.request(query, { id: practice.clientA.id }));
      expect(refused.extensions?.code).toBe("UNAUTHENTICATED");
    });
  });
});
