import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPractice, TEST_PASSWORD } from "../helpers/factories.ts";
import { GraphQLSession } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

const NOW = new Date("2026-11-20T17:00:00.000Z");
const SECRETS = ["B-secret-situation", "B-secret-homework", "B-private-note", "B-plan-rationale"];
const REFUSALS = ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "BAD_USER_INPUT"];

interface Ids {
  clientB: number;
  homeworkB: number;
  emailB: string;
  therapistA: number;
  therapistB: number;
}

/** Every Query and Mutation field, called with another person's ids. A new field must be added here. */
const MATRIX: Record<string, (ids: Ids) => { query: string; variables?: Record<string, unknown> }> = {
  me: () => ({ query: `{ me { id email displayName clientId } }` }),
  caseload: () => ({ query: `{ caseload(includeClosed: true) { client { id displayName } } }` }),
  client: ({ clientB }) => ({
    query: `query ($id: ID!) { client(id: $id) { id displayName email closedOn hasAccount } }`,
    variables: { id: clientB },
  }),
  clientProgress: ({ clientB }) => ({
    query: `query ($id: ID!) { clientProgress(clientId: $id) { client { displayName } sessions { ors } planRevisions { rationale } } }`,
    variables: { id: clientB },
  }),
  clientHomework: ({ clientB }) => ({
    query: `query ($id: ID!) { clientHomework(clientId: $id) { totalCount edges { cursor node { description } } } }`,
    variables: { id: clientB },
  }),
  clientFhirBundle: ({ clientB }) => ({
    query: `query ($id: ID!) { clientFhirBundle(clientId: $id, full: true) }`,
    variables: { id: clientB },
  }),
  clientAccessLog: ({ clientB }) => ({
    query: `query ($id: ID!) { clientAccessLog(clientId: $id) { totalCount edges { node { actor action } } } }`,
    variables: { id: clientB },
  }),
  caseloadMetrics: () => ({
    query: `{ caseloadMetrics(groupBy: THERAPIST) { rows { label clients { value } } total { clients { value } } } }`,
  }),
  metricsCohorts: () => ({ query: `{ metricsCohorts { id label groupings } }` }),
  auditSummary: () => ({ query: `{ auditSummary { actor action count suppressed } }` }),
  login: ({ emailB }) => ({
    query: `mutation ($e: String!) { login(email: $e, password: "not B's password") { id email } }`,
    variables: { e: emailB },
  }),
  logout: () => ({ query: `mutation { logout }` }),
  logoutEverywhere: () => ({ query: `mutation { logoutEverywhere }` }),
  recordSession: ({ clientB }) => ({
    query: `mutation ($i: RecordSessionInput!) { recordSession(input: $i) { id privateNotes } }`,
    variables: {
      i: { clientId: clientB, occurredAt: "2026-11-19T15:00:00Z", attendance: "ATTENDED", privateNotes: "intruder" },
    },
  }),
  logEpisode: ({ clientB }) => ({
    query: `mutation ($i: LogEpisodeInput!) { logEpisode(input: $i) { id } }`,
    variables: {
      i: {
        clientId: clientB,
        occurredAt: "2026-11-19T15:00:00Z",
        symptom: "WORRY",
        peakIntensity: 3,
        durationMinutes: 5,
        episodeType: "ANTICIPATED",
      },
    },
  }),
  assignHomework: ({ clientB }) => ({
    query: `mutation ($i: AssignHomeworkInput!) { assignHomework(input: $i) { id } }`,
    variables: { i: { clientId: clientB, type: "READING", description: "intruder", dueDate: "2026-11-25" } },
  }),
  updateHomework: ({ homeworkB }) => ({
    query: `mutation ($i: UpdateHomeworkInput!) { updateHomework(input: $i) { description status } }`,
    variables: { i: { homeworkId: homeworkB, status: "NOT_DONE" } },
  }),
  colleagues: () => ({ query: `{ colleagues { id displayName } }` }),
  admitClient: ({ emailB }) => ({
    query: `mutation ($i: AdmitClientInput!) { admitClient(input: $i) { id email hasAccount } }`,
    variables: {
      i: { displayName: "intruder", email: emailB, complaint: "PANIC", intakeDate: "2026-11-01", ageBand: "AGE_25_34" },
    },
  }),
  updateClient: ({ clientB }) => ({
    query: `mutation ($i: UpdateClientInput!) { updateClient(input: $i) { id displayName email hasAccount closedOn } }`,
    variables: { i: { clientId: clientB, displayName: "intruder", email: "intruder@example.org" } },
  }),
  closeCase: ({ clientB }) => ({
    query: `mutation ($id: ID!) { closeCase(clientId: $id, outcome: DROPPED_OUT, date: "2026-11-20") { id displayName email closedOn } }`,
    variables: { id: clientB },
  }),
  reopenCase: ({ clientB }) => ({
    query: `mutation ($id: ID!) { reopenCase(clientId: $id) { id displayName email closedOn } }`,
    variables: { id: clientB },
  }),
  transferClient: ({ clientB, therapistA }) => ({
    query: `mutation ($id: ID!, $to: ID!) { transferClient(clientId: $id, toTherapistId: $to) { id displayName email } }`,
    variables: { id: clientB, to: therapistA },
  }),
  transferCaseload: ({ therapistA, therapistB }) => ({
    query: `mutation ($from: ID!, $to: ID!) { transferCaseload(fromTherapistId: $from, toTherapistId: $to) }`,
    variables: { from: therapistB, to: therapistA },
  }),
  revisePlan: ({ clientB }) => ({
    query: `mutation ($i: RevisePlanInput!) { revisePlan(input: $i) { rationale } }`,
    variables: { i: { clientId: clientB, goals: ["intruder"], rationale: "intruder" } },
  }),
};

describe("authorization matrix", () => {
  let server: TestServer;
  let practice: Awaited<ReturnType<typeof createPractice>>;
  let ids: Ids;
  let ownerB: GraphQLSession;

  const snapshotB = async () => {
    const count = async (table: string) =>
      Number(
        (await server.query(`SELECT COUNT(*) AS n FROM ${table} WHERE client_id = ?`, [practice.clientB.id]))[0].n,
      );
    const statuses = (
      await server.query(`SELECT status FROM homework WHERE client_id = ? ORDER BY id`, [practice.clientB.id])
    ).map((r: { status: string }) => r.status);
    return JSON.stringify({
      sessions: await count("therapy_session"),
      episodes: await count("symptom_episode"),
      homework: await count("homework"),
      revisions: await count("plan_revision"),
      statuses,
      client: await server.query(
        `SELECT c.display_name, c.therapist_id, c.status, c.closed_on, c.intake_date, c.complaint, c.age_band, c.user_id, u.email, u.password_hash
         FROM client c LEFT JOIN "user" u ON u.id = c.user_id WHERE c.id = ?`,
        [practice.clientB.id],
      ),
    });
  };

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    practice = await createPractice(server.dataSource);
    const therapistB = new GraphQLSession(server.url);
    await therapistB.login(practice.therapistB.email, TEST_PASSWORD);
    const clientB = practice.clientB.id;
    await therapistB.request(`mutation ($i: RecordSessionInput!) { recordSession(input: $i) { id } }`, {
      i: {
        clientId: clientB,
        occurredAt: "2026-11-10T15:00:00Z",
        attendance: "ATTENDED",
        privateNotes: "B-private-note",
        ors: { individual: 5, interpersonal: 5, social: 5, overall: 5 },
        newHomework: [{ type: "READING", description: "B-secret-homework", dueDate: "2026-11-17" }],
      },
    });
    await therapistB.request(`mutation ($i: RevisePlanInput!) { revisePlan(input: $i) { id } }`, {
      i: { clientId: clientB, goals: ["goal"], rationale: "B-plan-rationale" },
    });
    ownerB = new GraphQLSession(server.url);
    await ownerB.login(practice.clientUserB.email, TEST_PASSWORD);
    await ownerB.request(`mutation ($i: LogEpisodeInput!) { logEpisode(input: $i) { id } }`, {
      i: {
        occurredAt: "2026-11-12T15:00:00Z",
        symptom: "PANIC_ATTACK",
        peakIntensity: 7,
        durationMinutes: 10,
        episodeType: "UNEXPECTED",
        situation: "B-secret-situation",
      },
    });
    const [homework] = await server.query(`SELECT id FROM homework WHERE client_id = ?`, [clientB]);
    ids = {
      clientB,
      homeworkB: homework.id,
      emailB: practice.clientUserB.email,
      therapistA: practice.therapistA.id,
      therapistB: practice.therapistB.id,
    };
  });
  afterAll(() => server.close());

  it("covers every Query and Mutation field in schema.graphql", () => {
    const schema = buildSchema(readFileSync(path.resolve("schema.graphql"), "utf8"));
    const fields = [
      ...Object.keys(schema.getQueryType()!.getFields()),
      ...Object.keys(schema.getMutationType()!.getFields()),
    ];
    expect(Object.keys(MATRIX).sort()).toEqual(fields.sort());
  });

  it.each(["anonymous", "clientUserA", "therapistA", "supervisor"] as const)(
    "gives %s nothing of another person's, and changes nothing of theirs",
    async (who) => {
      const secrets = [...SECRETS, practice.clientB.displayName, practice.clientUserB.email];
      const before = await snapshotB();
      const outcomes: string[] = [];
      const session = new GraphQLSession(server.url);
      if (who !== "anonymous") await session.login(practice[who].email, TEST_PASSWORD);
      // One session for all calls; the two sign-outs come last, as they end it.
      const order = Object.entries(MATRIX).sort(
        ([a], [b]) => Number(a.startsWith("logout")) - Number(b.startsWith("logout")),
      );
      for (const [field, build] of order) {
        const { query, variables } = build(ids);
        const response = await session.request(query, variables);
        const text = JSON.stringify(response);
        for (const secret of secrets) expect(text, `${who} → ${field} leaked "${secret}"`).not.toContain(secret);
        for (const error of response.errors ?? [])
          expect(REFUSALS, `${who} → ${field}: ${error.message}`).toContain(error.extensions?.code);
        outcomes.push(`${field}:${response.errors ? response.errors[0]!.extensions!.code : "ok"}`);
      }
      expect(await snapshotB()).toBe(before);
      // B is still signed in: nobody else's sign-out reached B's session.
      expect((await ownerB.request<{ me: { email: string } }>(`{ me { email } }`)).data?.me?.email).toBe(
        practice.clientUserB.email,
      );
      // Every read or write of B's data was refused outright.
      for (const field of [
        "client",
        "clientProgress",
        "clientHomework",
        "clientAccessLog",
        "clientFhirBundle",
        "recordSession",
        "logEpisode",
        "assignHomework",
        "updateHomework",
        "revisePlan",
        "updateClient",
        "closeCase",
        "reopenCase",
        "transferClient",
        "transferCaseload",
      ]) {
        expect(
          outcomes.find((o) => o.startsWith(`${field}:`)),
          `${who} → ${field}`,
        ).not.toBe(`${field}:ok`);
      }
    },
  );
});
