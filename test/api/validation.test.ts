import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPractice, rowCounts, TEST_PASSWORD } from "../helpers/factories.ts";
import { GraphQLSession, onlyError } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

const NOW = new Date("2026-11-20T17:00:00.000Z");
const RECORD_SESSION = `mutation ($input: RecordSessionInput!) { recordSession(input: $input) { id } }`;
const LOG_EPISODE = `mutation ($input: LogEpisodeInput!) { logEpisode(input: $input) { id } }`;
const ASSIGN = `mutation ($input: AssignHomeworkInput!) { assignHomework(input: $input) { id } }`;
const REVISE = `mutation ($input: RevisePlanInput!) { revisePlan(input: $input) { id } }`;

const ORS = { individual: 5, interpersonal: 5, social: 5, overall: 5 };
const EPISODE = { occurredAt: "2026-11-19T15:00:00.000Z", symptom: "PANIC_ATTACK", peakIntensity: 6, durationMinutes: 10, episodeType: "UNEXPECTED" };

describe("bad input is refused with the field named, and nothing is written", () => {
  let server: TestServer;
  let practice: Awaited<ReturnType<typeof createPractice>>;
  let therapist: GraphQLSession;
  let client: GraphQLSession;
  let before: Record<string, number>;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    practice = await createPractice(server.dataSource);
    therapist = new GraphQLSession(server.url);
    client = new GraphQLSession(server.url);
    await therapist.login(practice.therapistA.email, TEST_PASSWORD);
    await client.login(practice.clientUserA.email, TEST_PASSWORD);
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    before = await rowCounts(server.dataSource);
  });

  const session = (input: Record<string, unknown>) => ({
    input: { clientId: practice.clientA.id, occurredAt: "2026-11-19T15:00:00.000Z", attendance: "ATTENDED", ...input },
  });

  it.each([
    ["an ORS item of 10.5", () => session({ ors: { ...ORS, social: 10.5 } }), "ors.social"],
    ["an ORS item with two decimals", () => session({ ors: { ...ORS, individual: 3.25 } }), "ors.individual"],
    ["a PHQ-9 item of 4", () => session({ phq9: [0, 1, 2, 4, 0, 0, 0, 0, 0] }), "phq9[3]"],
    ["a PHQ-9 with eight items", () => session({ phq9: [0, 1, 2, 3, 0, 0, 0, 0] }), "phq9"],
    ["a GAD-7 item of −1", () => session({ gad7: [0, 0, 0, 0, 0, 0, -1] }), "gad7[6]"],
    ["a week rating of 11", () => session({ weekRating: 11 }), "weekRating"],
    ["a session in the future", () => session({ occurredAt: "2026-11-21T15:00:00.000Z" }), "occurredAt"],
    ["ratings on a cancelled session", () => session({ attendance: "CANCELLED", ors: ORS }), "ors"],
    ["an unknown attendance value", () => session({ attendance: "LATE" }), "attendance"],
    ["new homework with an empty description", () => session({ ors: ORS, newHomework: [{ type: "READING", description: "   ", dueDate: "2026-11-26" }] }), "newHomework[0].description"],
    ["new homework due on an impossible date", () => session({ ors: ORS, newHomework: [{ type: "READING", description: "Handout", dueDate: "2026-02-30" }] }), "newHomework[0].dueDate"],
    ["a review of homework that is not this client's", () => session({ ors: ORS, homeworkReviews: [{ homeworkId: "999999", status: "COMPLETED" }] }), "homeworkReviews[0].homeworkId"],
  ])("recordSession refuses %s", async (_label, variables, field) => {
    const error = onlyError(await therapist.request(RECORD_SESSION, variables()));
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(await rowCounts(server.dataSource)).toEqual(before);
  });

  it.each([
    ["an intensity of 11", { ...EPISODE, peakIntensity: 11 }, "peakIntensity"],
    ["a negative duration", { ...EPISODE, durationMinutes: -5 }, "durationMinutes"],
    ["an unknown symptom", { ...EPISODE, symptom: "HICCUPS" }, "symptom"],
    ["a date in the future", { ...EPISODE, occurredAt: "2027-01-01T00:00:00.000Z" }, "occurredAt"],
    ["an intensity that is not a whole number", { ...EPISODE, peakIntensity: 6.5 }, "peakIntensity"],
  ])("logEpisode refuses %s", async (_label, input, field) => {
    const error = onlyError(await client.request(LOG_EPISODE, { input }));
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(await rowCounts(server.dataSource)).toEqual(before);
  });

  it("refuses empty required text in homework and plans", async () => {
    const homework = onlyError(await client.request(ASSIGN, { input: { type: "READING", description: "", dueDate: "2026-11-25" } }));
    expect(homework.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "description" });
    const plan = onlyError(
      await therapist.request(REVISE, { input: { clientId: practice.clientA.id, goals: ["Sleep better"], rationale: "  " } }),
    );
    expect(plan.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "rationale" });
    const goals = onlyError(await therapist.request(REVISE, { input: { clientId: practice.clientA.id, goals: [], rationale: "Start" } }));
    expect(goals.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "goals" });
    expect(await rowCounts(server.dataSource)).toEqual(before);
  });

  it("refuses writing for someone else's client, naming the client field", async () => {
    const attempts = [
      await therapist.request(RECORD_SESSION, { input: { ...session({}).input, clientId: practice.clientB.id } }),
      await therapist.request(LOG_EPISODE, { input: { ...EPISODE, clientId: practice.clientB.id } }),
      await client.request(LOG_EPISODE, { input: { ...EPISODE, clientId: practice.clientB.id } }),
      await client.request(ASSIGN, { input: { clientId: practice.clientB.id, type: "READING", description: "x", dueDate: "2026-11-25" } }),
      await therapist.request(REVISE, { input: { clientId: practice.clientB.id, goals: ["x"], rationale: "x" } }),
    ];
    for (const attempt of attempts) {
      const error = onlyError(attempt);
      expect(["NOT_FOUND", "FORBIDDEN"]).toContain(error.extensions?.code);
      expect(error.extensions?.field).toBe("clientId");
    }
    expect(await rowCounts(server.dataSource)).toEqual(before);
  });

  it("writes nothing when a later part of a session fails", async () => {
    const error = onlyError(
      await therapist.request(
        RECORD_SESSION,
        session({ ors: ORS, newHomework: [{ type: "READING", description: "Fine", dueDate: "2026-11-26" }, { type: "READING", description: "", dueDate: "2026-11-26" }] }),
      ),
    );
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "newHomework[1].description" });
    expect(await rowCounts(server.dataSource)).toEqual(before);
  });

  it("accepts the same session once the input is right, so the refusals above were about the input", async () => {
    const ok = await therapist.request(RECORD_SESSION, session({ ors: ORS, phq9: [0, 1, 2, 3, 0, 0, 0, 0, 0] }));
    expect(ok.errors).toBeUndefined();
    expect((await rowCounts(server.dataSource)).therapy_session).toBe(before.therapy_session! + 1);
  });

  it("answers an internal failure with a reference id and no internals", async () => {
    // Break the database under the server: a table it needs is gone.
    await server.query(`ALTER TABLE treatment_plan RENAME TO treatment_plan_gone`);
    const response = await therapist.request(REVISE, { input: { clientId: practice.clientA.id, goals: ["x"], rationale: "x" } });
    const error = onlyError(response);
    expect(error.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(error.message).toMatch(/^Something went wrong on our side\. Reference: [0-9a-f-]{36}$/);
    expect(JSON.stringify(response)).not.toMatch(/treatment_plan|SQLITE|stack|at .*\.ts/i);
  });
});

describe("updateHomework scope", () => {
  let server: TestServer;
  let practice: Awaited<ReturnType<typeof createPractice>>;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    practice = await createPractice(server.dataSource);
  });
  afterAll(() => server.close());

  it("lets only the client's therapist and the client change a homework item", async () => {
    const owner = new GraphQLSession(server.url);
    await owner.login(practice.clientUserA.email, TEST_PASSWORD);
    const assigned = await owner.request<{ assignHomework: { id: string } }>(ASSIGN, {
      input: { type: "READING", description: "Handout on panic", dueDate: "2026-11-25" },
    });
    const homeworkId = assigned.data!.assignHomework.id;
    const UPDATE = `mutation ($input: UpdateHomeworkInput!) { updateHomework(input: $input) { status helpfulness } }`;
    for (const [email, code] of [
      [practice.clientUserB.email, "NOT_FOUND"],
      [practice.therapistB.email, "NOT_FOUND"],
      [practice.supervisor.email, "FORBIDDEN"],
    ] as const) {
      const other = new GraphQLSession(server.url);
      await other.login(email, TEST_PASSWORD);
      const refused = onlyError(await other.request(UPDATE, { input: { homeworkId, status: "COMPLETED" } }));
      expect(refused.extensions?.code).toBe(code);
    }
    const [row] = await server.query(`SELECT status FROM homework WHERE id = ?`, [homeworkId]);
    expect(row.status).toBe("ASSIGNED");
    const therapist = new GraphQLSession(server.url);
    await therapist.login(practice.therapistA.email, TEST_PASSWORD);
    const done = await therapist.request(UPDATE, { input: { homeworkId, status: "PARTIAL", helpfulness: 6 } });
    expect(done.data).toEqual({ updateHomework: { status: "PARTIAL", helpfulness: 6 } });
  });
});
