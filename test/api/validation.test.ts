import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LIST_LIMITS } from "../../server/common/input-limits.ts";
import { createClient, createPractice, rowCounts, TEST_PASSWORD } from "../helpers/factories.ts";
import { GraphQLSession, onlyError } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

const NOW = new Date("2026-11-20T17:00:00.000Z");
const RECORD_SESSION = `mutation ($input: RecordSessionInput!) { recordSession(input: $input) { id } }`;
const LOG_EPISODE = `mutation ($input: LogEpisodeInput!) { logEpisode(input: $input) { id } }`;
const ASSIGN = `mutation ($input: AssignHomeworkInput!) { assignHomework(input: $input) { id } }`;
const REVISE = `mutation ($input: RevisePlanInput!) { revisePlan(input: $input) { id } }`;
const PROGRESS = `query ($id: ID!, $from: DateTimeISO, $to: DateTimeISO) { clientProgress(clientId: $id, from: $from, to: $to) { from to } }`;

/** Who sends which operation with which variables. */
type Call = readonly [GraphQLSession, string, Record<string, unknown>];

const ORS = { individual: 5, interpersonal: 5, social: 5, overall: 5 };
const EPISODE = {
  occurredAt: "2026-11-19T15:00:00.000Z",
  symptom: "PANIC_ATTACK",
  peakIntensity: 6,
  durationMinutes: 10,
  episodeType: "UNEXPECTED",
};

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
    [
      "new homework with an empty description",
      () => session({ ors: ORS, newHomework: [{ type: "READING", description: "   ", dueDate: "2026-11-26" }] }),
      "newHomework[0].description",
    ],
    [
      "new homework due on an impossible date",
      () => session({ ors: ORS, newHomework: [{ type: "READING", description: "Handout", dueDate: "2026-02-30" }] }),
      "newHomework[0].dueDate",
    ],
    [
      "a review of homework that is not this client's",
      () => session({ ors: ORS, homeworkReviews: [{ homeworkId: "999999", status: "COMPLETED" }] }),
      "homeworkReviews[0].homeworkId",
    ],
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
    const homework = onlyError(
      await client.request(ASSIGN, { input: { type: "READING", description: "", dueDate: "2026-11-25" } }),
    );
    expect(homework.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "description" });
    const plan = onlyError(
      await therapist.request(REVISE, {
        input: { clientId: practice.clientA.id, goals: ["Sleep better"], rationale: "  " },
      }),
    );
    expect(plan.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "rationale" });
    const goals = onlyError(
      await therapist.request(REVISE, { input: { clientId: practice.clientA.id, goals: [], rationale: "Start" } }),
    );
    expect(goals.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "goals" });
    expect(await rowCounts(server.dataSource)).toEqual(before);
  });

  it("refuses writing for someone else's client, naming the client field", async () => {
    const attempts = [
      await therapist.request(RECORD_SESSION, { input: { ...session({}).input, clientId: practice.clientB.id } }),
      await therapist.request(LOG_EPISODE, { input: { ...EPISODE, clientId: practice.clientB.id } }),
      await client.request(LOG_EPISODE, { input: { ...EPISODE, clientId: practice.clientB.id } }),
      await client.request(ASSIGN, {
        input: { clientId: practice.clientB.id, type: "READING", description: "x", dueDate: "2026-11-25" },
      }),
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
        session({
          ors: ORS,
          newHomework: [
            { type: "READING", description: "Fine", dueDate: "2026-11-26" },
            { type: "READING", description: "", dueDate: "2026-11-26" },
          ],
        }),
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

  // The factories' client came in on 2026-09-01; the clinic is in Toronto (UTC−4 until November).
  it.each<[string, string, () => Call, string]>([
    [
      "recordSession",
      "year 1",
      () => [therapist, RECORD_SESSION, session({ occurredAt: "0001-01-01T00:00:00Z" })],
      "occurredAt",
    ],
    [
      "recordSession",
      "1900",
      () => [therapist, RECORD_SESSION, session({ occurredAt: "1900-01-01T12:00:00Z" })],
      "occurredAt",
    ],
    [
      "recordSession",
      "the last second of 1969",
      () => [therapist, RECORD_SESSION, session({ occurredAt: "1969-12-31T23:59:59Z" })],
      "occurredAt",
    ],
    [
      "logEpisode",
      "year 1",
      () => [client, LOG_EPISODE, { input: { ...EPISODE, occurredAt: "0001-01-01T00:00:00Z" } }],
      "occurredAt",
    ],
    [
      "logEpisode",
      "1900",
      () => [client, LOG_EPISODE, { input: { ...EPISODE, occurredAt: "1900-01-01T00:00:00Z" } }],
      "occurredAt",
    ],
    [
      "revisePlan",
      "year 1",
      () => [
        therapist,
        REVISE,
        {
          input: { clientId: practice.clientA.id, effectiveFrom: "0001-01-01T00:00:00Z", goals: ["g"], rationale: "r" },
        },
      ],
      "effectiveFrom",
    ],
    [
      "assignHomework",
      "year 1",
      () => [client, ASSIGN, { input: { type: "READING", description: "Handout", dueDate: "0001-01-01" } }],
      "dueDate",
    ],
    [
      "assignHomework",
      "1900",
      () => [client, ASSIGN, { input: { type: "READING", description: "Handout", dueDate: "1900-01-01" } }],
      "dueDate",
    ],
    [
      "recordSession",
      "new homework due in year 1",
      () => [
        therapist,
        RECORD_SESSION,
        session({ newHomework: [{ type: "READING", description: "Handout", dueDate: "0001-01-01" }] }),
      ],
      "newHomework[0].dueDate",
    ],
    [
      "clientProgress",
      "to in year 1",
      () => [therapist, PROGRESS, { id: practice.clientA.id, to: "0001-01-01T00:00:00Z" }],
      "to",
    ],
    [
      "clientProgress",
      "from in year 1",
      () => [therapist, PROGRESS, { id: practice.clientA.id, from: "0001-01-01T00:00:00Z" }],
      "from",
    ],
    [
      "clientProgress",
      "to in 1969",
      () => [client, PROGRESS, { id: practice.clientA.id, to: "1969-07-20T20:17:00Z" }],
      "to",
    ],
  ])("%s refuses a date before 1970 (%s), naming the field", async (_operation, _label, request, field) => {
    const [who, query, variables] = request();
    const error = onlyError(await who.request(query, variables));
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(error.message).toMatch(/1970/);
    expect(await rowCounts(server.dataSource)).toEqual(before);
  });

  it("refuses a date before 1970 written into the query text, naming the argument", async () => {
    const error = onlyError(
      await therapist.request(
        `{ clientProgress(clientId: "${practice.clientA.id}", to: "0001-01-01T00:00:00Z") { from } }`,
      ),
    );
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
  });

  // Past 9999-01-01 a date in some timezone, or the end of its week or month, would need a five-digit year.
  it.each([
    ["to", { to: "9999-01-01T00:00:00Z" }],
    ["from", { from: "9998-12-31T23:59:59-14:00" }],
  ])("clientProgress refuses a %s from 9999-01-01 on (%o), naming it", async (field, range) => {
    const error = onlyError(await therapist.request(PROGRESS, { id: practice.clientA.id, ...range }));
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(error.message).toMatch(/before 9999-01-01/);
  });

  it("answers a range just before 9999-01-01 by month, with its dates as they are", async () => {
    const last = "9998-12-31T23:59:59Z";
    const answer = await therapist.request(
      `{ clientProgress(clientId: "${practice.clientA.id}", from: "${last}", to: "${last}", bucket: MONTH) { from to homework { start } } }`,
    );
    expect(answer.errors).toBeUndefined();
    // 23:59 UTC is the evening of the same day in Toronto.
    expect(answer.data).toEqual({
      clientProgress: { from: "9998-12-31", to: "9998-12-31", homework: [{ start: "9998-12-01" }] },
    });
  });

  // Calendar dates are LocalDate: its scalar refuses a day that is not a real one, or is before 1970, while the
  // request is read, whether the date comes as a variable or is written into the query text.
  const dueOn = (dueDate: unknown) => ({ input: { type: "READING", description: "Handout", dueDate } });
  const assignLiteral = (dueDate: string) =>
    `mutation { assignHomework(input: { type: READING, description: "Handout", dueDate: ${dueDate} }) { id } }`;
  it.each<[string, () => Call, string]>([
    ["a due date before 1970", () => [client, ASSIGN, dueOn("1969-12-31")], "dueDate"],
    ["a due date that is no day (29 February 2027)", () => [client, ASSIGN, dueOn("2027-02-29")], "dueDate"],
    ["a due date written as an instant", () => [client, ASSIGN, dueOn("2026-11-25T00:00:00Z")], "dueDate"],
    ["a due date given as a number", () => [client, ASSIGN, dueOn(20261125)], "dueDate"],
    [
      "new homework due in 1900",
      () => [
        therapist,
        RECORD_SESSION,
        session({ newHomework: [{ type: "READING", description: "Handout", dueDate: "1900-01-01" }] }),
      ],
      "newHomework[0].dueDate",
    ],
    ["a due date before 1970 in the query text", () => [client, assignLiteral('"1969-12-31"'), {}], "dueDate"],
    ["a due date that is no day in the query text", () => [client, assignLiteral('"2026-02-30"'), {}], "dueDate"],
    ["a due date given as a number in the query text", () => [client, assignLiteral("20261125"), {}], "dueDate"],
  ])("refuses %s as a calendar date, naming the field", async (_label, request, field) => {
    const [who, query, variables] = request();
    const error = onlyError(await who.request(query, variables));
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(error.message).toMatch(/A calendar date must be/);
    expect(await rowCounts(server.dataSource)).toEqual(before);
  });

  it.each<[string, () => Call, string]>([
    [
      "a session the evening before intake (local time)",
      () => [therapist, RECORD_SESSION, session({ occurredAt: "2026-09-01T03:30:00.000Z" })],
      "occurredAt",
    ],
    [
      "a session in 2020",
      () => [therapist, RECORD_SESSION, session({ occurredAt: "2020-06-01T15:00:00.000Z" })],
      "occurredAt",
    ],
    [
      "an episode the day before intake",
      () => [client, LOG_EPISODE, { input: { ...EPISODE, occurredAt: "2026-08-31T15:00:00.000Z" } }],
      "occurredAt",
    ],
    [
      "homework due the day before intake",
      () => [client, ASSIGN, { input: { type: "READING", description: "Handout", dueDate: "2026-08-31" } }],
      "dueDate",
    ],
    [
      "new homework due before intake",
      () => [
        therapist,
        RECORD_SESSION,
        session({ newHomework: [{ type: "READING", description: "Handout", dueDate: "2026-08-01" }] }),
      ],
      "newHomework[0].dueDate",
    ],
    [
      "a plan taking effect before intake",
      () => [
        therapist,
        REVISE,
        {
          input: {
            clientId: practice.clientA.id,
            effectiveFrom: "2026-08-15T15:00:00.000Z",
            goals: ["g"],
            rationale: "r",
          },
        },
      ],
      "effectiveFrom",
    ],
  ])("refuses %s", async (_label, request, field) => {
    const [who, query, variables] = request();
    const error = onlyError(await who.request(query, variables));
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(error.message).toMatch(/intake/);
    expect(await rowCounts(server.dataSource)).toEqual(before);
  });

  it("takes the intake day by the clinic's clock: half past midnight in Toronto is on it", async () => {
    // 04:30 UTC is 00:30 in Toronto on 2026-09-01, the intake date; 03:30 UTC (refused above) is the evening before.
    const ok = await therapist.request(
      RECORD_SESSION,
      session({ occurredAt: "2026-09-01T04:30:00.000Z", attendance: "CANCELLED" }),
    );
    expect(ok.errors).toBeUndefined();
    expect((await rowCounts(server.dataSource)).therapy_session).toBe(before.therapy_session! + 1);
  });

  it("allows a few minutes of clock skew for a past event, and refuses an episode further ahead", async () => {
    const ahead = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();
    const skewed = await client.request(LOG_EPISODE, { input: { ...EPISODE, occurredAt: ahead(2) } });
    expect(skewed.errors).toBeUndefined();
    const future = onlyError(await client.request(LOG_EPISODE, { input: { ...EPISODE, occurredAt: ahead(30) } }));
    expect(future.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "occurredAt" });
    const session = onlyError(
      await therapist.request(RECORD_SESSION, {
        input: { clientId: practice.clientA.id, occurredAt: ahead(30), attendance: "NO_SHOW" },
      }),
    );
    expect(session.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "occurredAt" });
    expect((await rowCounts(server.dataSource)).symptom_episode).toBe(before.symptom_episode! + 1);
  });

  it.each<[string, () => Call, string]>([
    [
      "1,000 planned techniques",
      () => [
        therapist,
        REVISE,
        {
          input: {
            clientId: practice.clientA.id,
            goals: ["g"],
            rationale: "r",
            plannedTechniques: Array(1000).fill("GROUNDING"),
          },
        },
      ],
      "plannedTechniques",
    ],
    [
      "one planned technique too many",
      () => [
        therapist,
        REVISE,
        {
          input: {
            clientId: practice.clientA.id,
            goals: ["g"],
            rationale: "r",
            plannedTechniques: Array(LIST_LIMITS.techniques + 1).fill("EXPOSURE"),
          },
        },
      ],
      "plannedTechniques",
    ],
    [
      "1,000 techniques used",
      () => [therapist, RECORD_SESSION, session({ techniquesUsed: Array(1000).fill("BREATHING") })],
      "techniquesUsed",
    ],
    [
      "one goal too many",
      () => [
        therapist,
        REVISE,
        { input: { clientId: practice.clientA.id, goals: Array(LIST_LIMITS.goals + 1).fill("g"), rationale: "r" } },
      ],
      "goals",
    ],
    [
      "one target too many",
      () => [
        therapist,
        REVISE,
        {
          input: {
            clientId: practice.clientA.id,
            goals: ["g"],
            targets: Array(LIST_LIMITS.targets + 1).fill("t"),
            rationale: "r",
          },
        },
      ],
      "targets",
    ],
    [
      "one new homework item too many",
      () => [
        therapist,
        RECORD_SESSION,
        session({
          newHomework: Array(LIST_LIMITS.newHomework + 1).fill({
            type: "READING",
            description: "d",
            dueDate: "2026-11-25",
          }),
        }),
      ],
      "newHomework",
    ],
    [
      "one homework review too many",
      () => [
        therapist,
        RECORD_SESSION,
        session({
          homeworkReviews: Array(LIST_LIMITS.homeworkReviews + 1).fill({ homeworkId: "1", status: "COMPLETED" }),
        }),
      ],
      "homeworkReviews",
    ],
  ])("refuses %s", async (_label, request, field) => {
    const [who, query, variables] = request();
    const error = onlyError(await who.request(query, variables));
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(error.message).toMatch(/at most \d+/i);
    expect(await rowCounts(server.dataSource)).toEqual(before);
  });

  it("accepts lists at their limits", async () => {
    const techniques = [
      "PSYCHOEDUCATION",
      "GROUNDING",
      "BREATHING",
      "THOUGHT_RECORD",
      "COGNITIVE_RESTRUCTURING",
      "ASSERTIVENESS_PRACTICE",
      "BEHAVIOURAL_EXPERIMENT",
      "EXPOSURE",
      "ACTIVITY_SCHEDULING",
      "PROBLEM_SOLVING",
      "RELAXATION",
      "MINDFULNESS",
      "OTHER",
    ];
    expect(techniques).toHaveLength(LIST_LIMITS.techniques);
    const own = await createClient(server.dataSource, practice.therapistA);
    const plan = await therapist.request<{ revisePlan: { plannedTechniques: string[]; goals: string[] } }>(
      `mutation ($input: RevisePlanInput!) { revisePlan(input: $input) { plannedTechniques goals } }`,
      {
        input: {
          clientId: own.id,
          effectiveFrom: "2026-09-02T15:00:00.000Z",
          goals: Array.from({ length: LIST_LIMITS.goals }, (_, i) => `goal ${i}`),
          targets: Array(LIST_LIMITS.targets).fill("t"),
          plannedTechniques: techniques,
          rationale: "r",
        },
      },
    );
    expect(plan.errors).toBeUndefined();
    expect(plan.data!.revisePlan.plannedTechniques).toHaveLength(LIST_LIMITS.techniques);
    expect(plan.data!.revisePlan.goals).toHaveLength(LIST_LIMITS.goals);
  });

  it("states every list's limit in the schema", async () => {
    const response = await therapist.request<{
      __schema: {
        types: { name: string; inputFields: { name: string; description: string | null; type: unknown }[] | null }[];
      };
    }>(
      `{ __schema { types { name inputFields { name description type { kind ofType { kind ofType { kind } } } } } } }`,
    );
    const isList = (type: unknown): boolean => {
      const t = type as { kind: string; ofType?: unknown };
      return t.kind === "LIST" || (t.kind === "NON_NULL" && isList(t.ofType));
    };
    const lists = response.data!.__schema.types.flatMap((type) =>
      (type.inputFields ?? [])
        .filter((field) => isList(field.type))
        .map((field) => ({ at: `${type.name}.${field.name}`, description: field.description ?? "" })),
    );
    expect(lists.map((list) => list.at)).toEqual(
      expect.arrayContaining(["RevisePlanInput.plannedTechniques", "RecordSessionInput.techniquesUsed"]),
    );
    for (const list of lists) expect(list.description, list.at).toMatch(/at most \d+|exactly \d+|(nine|seven) items/i);
  });

  it.each([
    ["toMonth", { toMonth: "abcd" }],
    ["toMonth", { toMonth: "0001-01" }],
    ["fromMonth", { fromMonth: "1969-12", toMonth: "2026-11" }],
    ["fromMonth", { fromMonth: "2026-13" }],
  ])("auditSummary refuses a %s that is not a month from 1970 on (%o)", async (field, variables) => {
    const supervisor = new GraphQLSession(server.url);
    await supervisor.login(practice.supervisor.email, TEST_PASSWORD);
    const error = onlyError(
      await supervisor.request(
        `query ($fromMonth: String, $toMonth: String) { auditSummary(fromMonth: $fromMonth, toMonth: $toMonth) { month } }`,
        variables,
      ),
    );
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  it("answers an internal failure with a reference id and no internals", async () => {
    // Break the database under the server: a table it needs is gone.
    await server.query(`ALTER TABLE treatment_plan RENAME TO treatment_plan_gone`);
    const response = await therapist.request(REVISE, {
      input: { clientId: practice.clientA.id, goals: ["x"], rationale: "x" },
    });
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
