import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Role } from "../../server/auth/role.ts";
import { createClient, createPractice, createUser, TEST_PASSWORD } from "../helpers/factories.ts";
import { GraphQLSession, onlyError, type GraphQLResponse } from "../helpers/graphql-client.ts";
import { ENGINE, startTestServer, type TestServer } from "../helpers/test-server.ts";

/** A Friday: 12:00 in the clinic's timezone (America/Toronto), in the week beginning Monday 2026-11-16. */
const NOW = new Date("2026-11-20T17:00:00.000Z");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const CHECK_IN_FIELDS = `id submittedAt localDate weekRating weekWords ors { individual interpersonal social overall }
  orsTotal phq9Items phq9Total gad7Items gad7Total notSafeNow sessionId safetyConcern
  crisisResources { name phone text url hours example }`;
const SUBMIT = `mutation ($i: SubmitCheckInInput!) { submitCheckIn(input: $i) { ${CHECK_IN_FIELDS} } }`;
const DUE = `{ checkInsDue { kind key measures sessionId sessionDate deadline } }`;
const SET_PLAN = `mutation ($id: ID!, $i: MeasurementPlanInput!) {
  setMeasurementPlan(clientId: $id, input: $i) { measures schedule updatedAt }
}`;
const RECORD = `mutation ($i: RecordSessionInput!) {
  recordSession(input: $i) { id weekRating orsTotal phq9Total gad7Total ratingsSource srsSource checkInId }
}`;
const FEEDBACK = `mutation ($id: ID!, $srs: SrsInput!) {
  submitSessionFeedback(sessionId: $id, srs: $srs) { sessionId localDate srs { relationship overall } srsTotal }
}`;
const ALERTS = `query ($id: ID!) { client(id: $id) { riskAlerts {
  id clientId raisedAt rules checkInId acknowledged acknowledgedAt acknowledgedBy action note } } }`;
const ACKNOWLEDGE = `mutation ($id: ID!, $i: AcknowledgeRiskAlertInput!) {
  acknowledgeRiskAlert(id: $id, input: $i) { id acknowledged acknowledgedAt acknowledgedBy action note }
}`;

interface CheckInAnswer {
  id: string;
  submittedAt: string;
  localDate: string;
  weekRating: number | null;
  weekWords: string | null;
  orsTotal: number | null;
  phq9Items: number[] | null;
  phq9Total: number | null;
  gad7Total: number | null;
  notSafeNow: boolean;
  sessionId: string | null;
  safetyConcern: boolean;
  crisisResources: { name: string; phone: string | null; text: string | null; example: boolean }[];
}
interface Due {
  kind: string;
  key: string;
  measures: string[];
  sessionId: string | null;
  sessionDate: string | null;
  deadline: string | null;
}
interface RecordedSession {
  id: string;
  weekRating: number | null;
  orsTotal: number | null;
  phq9Total: number | null;
  gad7Total: number | null;
  ratingsSource: string;
  srsSource: string | null;
  checkInId: string | null;
}

const ORS = { individual: 6.4, interpersonal: 5, social: 7.1, overall: 6 };
const PHQ9 = [1, 1, 0, 1, 0, 1, 0, 0, 0];
const GAD7 = [1, 0, 1, 0, 1, 0, 0];
const SRS = { relationship: 9, goalsAndTopics: 8.5, approachOrMethod: 9, overall: 9 };
const ALL_FOUR = ["ORS", "WEEK_RATING", "PHQ9", "GAD7"];

describe("clients' own check-ins", () => {
  let server: TestServer;
  let practice: Awaited<ReturnType<typeof createPractice>>;
  let therapistA: GraphQLSession;
  let therapistB: GraphQLSession;
  let now = NOW;
  /** The sign-ins of this test, by their email: moving the clock past their idle timeout signs them in again. */
  let signedIn = new Map<GraphQLSession, string>();

  async function signIn(email: string): Promise<GraphQLSession> {
    const session = new GraphQLSession(server.url);
    expect((await session.login(email, TEST_PASSWORD)).errors).toBeUndefined();
    signedIn.set(session, email);
    return session;
  }

  /** Moves the injected clock; everyone signed in signs in again at the new time. */
  async function travel(to: Date) {
    now = to;
    for (const [session, email] of signedIn) expect((await session.login(email, TEST_PASSWORD)).errors).toBeUndefined();
  }

  beforeAll(async () => {
    server = await startTestServer({ clock: () => now });
    practice = await createPractice(server.dataSource);
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    now = NOW;
    signedIn = new Map();
    therapistA = await signIn(practice.therapistA.email);
    therapistB = await signIn(practice.therapistB.email);
  });

  const count = async (sql: string, parameters: unknown[] = []) => Number((await server.query(sql, parameters))[0].n);
  const auditActions = async (clientId: number) =>
    (await server.query(`SELECT action FROM audit_event WHERE client_id = ? ORDER BY id`, [clientId])).map(
      (row: { action: string }) => row.action,
    );

  /** Everything a refused request must leave as it was, across every client. */
  async function everything() {
    return JSON.stringify({
      checkIns: await server.query(`SELECT * FROM check_in ORDER BY id`),
      alerts: await server.query(`SELECT * FROM risk_alert ORDER BY id`),
      sessions: await server.query(`SELECT * FROM therapy_session ORDER BY id`),
      plans: await server.query(`SELECT * FROM measurement_plan ORDER BY client_id`),
      clinics: await server.query(`SELECT id, crisis_resources FROM clinic ORDER BY id`),
      revisions: await server.query(`SELECT id, data_revision FROM client ORDER BY id`),
      audit: await count(`SELECT COUNT(*) AS n FROM audit_event`),
    });
  }

  /** Asserts a refusal: BAD_USER_INPUT naming `field`, and nothing written anywhere. */
  async function expectRefused(
    request: () => Promise<GraphQLResponse<unknown>>,
    field: string,
    code = "BAD_USER_INPUT",
  ) {
    const before = await everything();
    const response = await request();
    const error = onlyError(response);
    expect(error.extensions?.code, error.message).toBe(code);
    expect(error.extensions?.field).toBe(field);
    expect(JSON.stringify(error)).not.toMatch(/ at .*\.ts|QueryFailedError|SQLITE|duplicate key/);
    expect(await everything()).toBe(before);
    return error;
  }

  /** A new client of therapist A with their own sign-in, and (unless `plan` is null) a measurement plan. */
  async function newClient(
    plan: { measures: string[]; schedule: string } | null = {
      measures: [...ALL_FOUR, "SRS"],
      schedule: "BEFORE_EACH_SESSION",
    },
  ) {
    const user = await createUser(server.dataSource, practice.clinic, Role.CLIENT);
    const client = await createClient(server.dataSource, practice.therapistA, { userId: user.id });
    const session = await signIn(user.email);
    if (plan) {
      const set = await therapistA.request(SET_PLAN, { id: client.id, i: plan });
      expect(set.errors).toBeUndefined();
    }
    return { client, user, session };
  }

  const dueOf = async (session: GraphQLSession) => {
    const response = await session.request<{ checkInsDue: Due[] }>(DUE);
    expect(response.errors).toBeUndefined();
    return response.data!.checkInsDue;
  };
  const submit = (session: GraphQLSession, input: Record<string, unknown>) =>
    session.request<{ submitCheckIn: CheckInAnswer }>(SUBMIT, { i: input });
  const fullInput = (due: string) => ({
    due,
    ors: ORS,
    weekRating: 7,
    weekWords: "A calmer week",
    phq9: PHQ9,
    gad7: GAD7,
  });
  const record = (input: Record<string, unknown>) =>
    therapistA.request<{ recordSession: RecordedSession }>(RECORD, { i: input });

  it("runs from the plan to a check-in, the therapist adopting it, and the next window", async () => {
    const { client, session } = await newClient(null);
    const plan = await therapistA.request<{ setMeasurementPlan: { measures: string[]; schedule: string } }>(SET_PLAN, {
      id: client.id,
      i: { measures: ["ORS", "WEEK_RATING", "PHQ9", "SRS"], schedule: "BEFORE_EACH_SESSION" },
    });
    expect(plan.data?.setMeasurementPlan).toMatchObject({
      measures: ["ORS", "WEEK_RATING", "PHQ9", "SRS"],
      schedule: "BEFORE_EACH_SESSION",
    });
    expect(await auditActions(client.id)).toEqual(["MEASUREMENT_PLAN_SET"]);

    // No attended session yet: the window is S:0, and the check-in asks for everything but the SRS.
    expect(await dueOf(session)).toEqual([
      {
        kind: "CHECK_IN",
        key: "S:0",
        measures: ["ORS", "WEEK_RATING", "PHQ9"],
        sessionId: null,
        sessionDate: null,
        deadline: null,
      },
    ]);
    const sent = await submit(session, {
      due: "S:0",
      ors: ORS,
      weekRating: 7,
      weekWords: " A calmer week ",
      phq9: PHQ9,
    });
    expect(sent.errors).toBeUndefined();
    // 6.4 + 5 + 7.1 + 6 = 24.5; PHQ-9 1+1+0+1+0+1+0+0+0 = 4.
    expect(sent.data!.submitCheckIn).toMatchObject({
      submittedAt: NOW.toISOString(),
      localDate: "2026-11-20",
      weekRating: 7,
      weekWords: "A calmer week",
      orsTotal: 24.5,
      phq9Items: PHQ9,
      phq9Total: 4,
      gad7Total: null,
      notSafeNow: false,
      sessionId: null,
      safetyConcern: false,
      crisisResources: [],
    });
    const checkInId = sent.data!.submitCheckIn.id;
    expect(await dueOf(session)).toEqual([]);
    expect(await auditActions(client.id)).toEqual(["MEASUREMENT_PLAN_SET", "CHECK_IN_SUBMITTED"]);
    expect(await count(`SELECT COUNT(*) AS n FROM risk_alert WHERE client_id = ?`, [client.id])).toBe(0);

    // The therapist, and the client themself, see it as pending.
    const pending = `query ($id: ID!) { client(id: $id) { pendingCheckIn { id orsTotal weekWords } measurementPlan { schedule } } }`;
    for (const viewer of [therapistA, session]) {
      const read = await viewer.request<{ client: { pendingCheckIn: { id: string } | null } }>(pending, {
        id: client.id,
      });
      expect(read.errors).toBeUndefined();
      expect(read.data!.client.pendingCheckIn).toEqual({ id: checkInId, orsTotal: 24.5, weekWords: "A calmer week" });
    }

    // The next day the session adopts it: its ratings are the check-in's, marked as the client's.
    await travel(new Date(NOW.getTime() + DAY));
    const occurredAt = new Date(now.getTime() - HOUR).toISOString();
    const recorded = await record({
      clientId: client.id,
      occurredAt,
      attendance: "ATTENDED",
      adoptCheckInId: checkInId,
    });
    expect(recorded.errors).toBeUndefined();
    const sessionRow = recorded.data!.recordSession;
    expect(sessionRow).toMatchObject({
      weekRating: 7,
      orsTotal: 24.5,
      phq9Total: 4,
      gad7Total: null,
      ratingsSource: "CLIENT",
      srsSource: null,
      checkInId,
    });
    const [stored] = await server.query(`SELECT session_id FROM check_in WHERE id = ?`, [checkInId]);
    expect(Number(stored.session_id)).toBe(Number(sessionRow.id));
    expect((await auditActions(client.id)).slice(-2)).toEqual(["RECORD_SESSION", "CHECK_IN_ADOPTED"]);
    const after = await therapistA.request<{ client: { pendingCheckIn: null } }>(pending, { id: client.id });
    expect(after.data!.client.pendingCheckIn).toBeNull();

    // The attended session opens the next window, and the client may rate it for 48 hours.
    expect(await dueOf(session)).toEqual([
      {
        kind: "CHECK_IN",
        key: `S:${sessionRow.id}`,
        measures: ["ORS", "WEEK_RATING", "PHQ9"],
        sessionId: null,
        sessionDate: null,
        deadline: null,
      },
      {
        kind: "SESSION_FEEDBACK",
        key: sessionRow.id,
        measures: ["SRS"],
        sessionId: sessionRow.id,
        sessionDate: "2026-11-21",
        deadline: new Date(Date.parse(occurredAt) + 48 * HOUR).toISOString(),
      },
    ]);
    await travel(new Date(NOW.getTime() + DAY + 20 * HOUR));
    const rated = await session.request<{ submitSessionFeedback: { srsTotal: number } }>(FEEDBACK, {
      id: sessionRow.id,
      srs: SRS,
    });
    expect(rated.errors).toBeUndefined();
    // 9 + 8.5 + 9 + 9 = 35.5
    expect(rated.data!.submitSessionFeedback).toEqual({
      sessionId: sessionRow.id,
      localDate: "2026-11-21",
      srs: { relationship: 9, overall: 9 },
      srsTotal: 35.5,
    });
    expect((await dueOf(session)).map((due) => due.kind)).toEqual(["CHECK_IN"]);
    const sessions = await therapistA.request<{
      clientSessions: { edges: { node: { srsTotal: number; srsSource: string; ratingsSource: string } }[] };
    }>(`query ($id: ID!) { clientSessions(clientId: $id) { edges { node { srsTotal srsSource ratingsSource } } } }`, {
      id: client.id,
    });
    expect(sessions.data!.clientSessions.edges.map((edge) => edge.node)).toEqual([
      { srsTotal: 35.5, srsSource: "CLIENT", ratingsSource: "CLIENT" },
    ]);
    expect(await auditActions(client.id)).toContain("SESSION_FEEDBACK_SUBMITTED");

    // Reading the check-ins back is paged and audited.
    const reads = () =>
      count(`SELECT COUNT(*) AS n FROM audit_event WHERE client_id = ? AND action = 'READ_CHECK_INS'`, [client.id]);
    const readsBefore = await reads();
    const listed = await therapistA.request<{
      clientCheckIns: {
        totalCount: number;
        edges: { node: { id: string; sessionId: string; crisisResources: unknown[] } }[];
      };
    }>(
      `query ($id: ID!) { clientCheckIns(clientId: $id, first: 5) { totalCount edges { node { id sessionId crisisResources { name } } } } }`,
      {
        id: client.id,
      },
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.clientCheckIns).toEqual({
      totalCount: 1,
      edges: [{ node: { id: checkInId, sessionId: sessionRow.id, crisisResources: [] } }],
    });
    expect(await reads()).toBe(readsBefore + 1);
  });

  it("keeps a weekly schedule: one check-in a week, Monday to Sunday in the clinic's timezone", async () => {
    const { session } = await newClient({ measures: ["WEEK_RATING"], schedule: "WEEKLY" });
    expect(await dueOf(session)).toEqual([
      {
        kind: "CHECK_IN",
        key: "W:2026-11-16",
        measures: ["WEEK_RATING"],
        sessionId: null,
        sessionDate: null,
        deadline: null,
      },
    ]);
    expect((await submit(session, { due: "W:2026-11-16", weekRating: 4 })).errors).toBeUndefined();
    expect(await dueOf(session)).toEqual([]);
    // Sunday 23:30 in Toronto is still the same week (Monday 04:30 UTC).
    await travel(new Date("2026-11-23T04:30:00.000Z"));
    expect(await dueOf(session)).toEqual([]);
    await travel(new Date("2026-11-23T05:30:00.000Z"));
    expect((await dueOf(session)).map((due) => due.key)).toEqual(["W:2026-11-23"]);
  });

  it("raises a risk alert at once for PHQ-9 item 9 above 0, shows the crisis resources, and audits it all", async () => {
    const { client, session } = await newClient();
    const item9 = [0, 0, 0, 0, 0, 0, 0, 0, 1];
    const sent = await submit(session, { ...fullInput("S:0"), phq9: item9 });
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.submitCheckIn).toMatchObject({ safetyConcern: true, notSafeNow: false, phq9Total: 1 });
    // The clinic has set none: the built-in line.
    expect(sent.data!.submitCheckIn.crisisResources).toEqual([
      {
        name: "Emergency services",
        phone: null,
        text: "Call your local emergency number.",
        url: null,
        hours: null,
        example: false,
      },
    ]);
    expect(await auditActions(client.id)).toEqual([
      "MEASUREMENT_PLAN_SET",
      "CHECK_IN_SUBMITTED",
      "RISK_ALERT_RAISED",
      "CRISIS_RESOURCES_SHOWN",
    ]);

    const alerts = await therapistA.request<{ client: { riskAlerts: Record<string, unknown>[] } }>(ALERTS, {
      id: client.id,
    });
    expect(alerts.errors).toBeUndefined();
    const [alert] = alerts.data!.client.riskAlerts;
    expect(alerts.data!.client.riskAlerts).toHaveLength(1);
    expect(alert).toMatchObject({
      clientId: String(client.id),
      raisedAt: NOW.toISOString(),
      rules: ["PHQ9_ITEM9_RISK_ABOVE = 0"],
      checkInId: sent.data!.submitCheckIn.id,
      acknowledged: false,
      acknowledgedAt: null,
      acknowledgedBy: null,
      action: null,
    });
    // The client does not see the alerts about them.
    const asClient = await session.request(ALERTS, { id: client.id });
    expect(onlyError(asClient).extensions?.code).toBe("FORBIDDEN");

    // Acknowledged once, audited, and shown so.
    await travel(new Date(NOW.getTime() + 2 * HOUR));
    await expectRefused(
      () => therapistA.request(ACKNOWLEDGE, { id: alert!.id, i: { action: "OTHER", note: " " } }),
      "input.note",
    );
    await expectRefused(
      () =>
        therapistA.request(ACKNOWLEDGE, { id: alert!.id, i: { action: "CONTACTED_CLIENT", note: "x".repeat(1001) } }),
      "input.note",
    );
    const acknowledged = await therapistA.request<{ acknowledgeRiskAlert: Record<string, unknown> }>(ACKNOWLEDGE, {
      id: alert!.id,
      i: { action: "CONTACTED_CLIENT", note: "Called; safe with her sister tonight." },
    });
    expect(acknowledged.errors).toBeUndefined();
    expect(acknowledged.data!.acknowledgeRiskAlert).toEqual({
      id: alert!.id,
      acknowledged: true,
      acknowledgedAt: now.toISOString(),
      acknowledgedBy: practice.therapistA.displayName,
      action: "CONTACTED_CLIENT",
      note: "Called; safe with her sister tonight.",
    });
    expect((await auditActions(client.id)).at(-1)).toBe("RISK_ALERT_ACKNOWLEDGED");
    const shown = await therapistA.request<{ client: { riskAlerts: Record<string, unknown>[] } }>(ALERTS, {
      id: client.id,
    });
    expect(shown.data!.client.riskAlerts[0]).toMatchObject({ acknowledged: true, action: "CONTACTED_CLIENT" });
    await expectRefused(
      () => therapistA.request(ACKNOWLEDGE, { id: alert!.id, i: { action: "SAFETY_PLAN_REVIEWED" } }),
      "id",
    );
    // Another therapist's client's alert is not there for them.
    await expectRefused(
      () => therapistB.request(ACKNOWLEDGE, { id: alert!.id, i: { action: "SAFETY_PLAN_REVIEWED" } }),
      "id",
      "NOT_FOUND",
    );
  });

  it("raises one for 'I am not safe right now' and shows the clinic's own crisis resources", async () => {
    const adminUser = await createUser(server.dataSource, practice.clinic, Role.ADMIN);
    const admin = await signIn(adminUser.email);
    const resources = [
      { name: "Example crisis line", phone: "555-0100", hours: "Any time", example: true },
      { name: "Example text line", text: "Text HOME to 555-0111", url: "https://example.org/help" },
    ];
    await expectRefused(
      () =>
        admin.request(`mutation ($r: [CrisisResourceInput!]!) { setCrisisResources(resources: $r) { name } }`, {
          r: [{ name: "Bad", url: "javascript:alert(1)" }],
        }),
      "resources[0].url",
    );
    await expectRefused(
      () =>
        admin.request(`mutation ($r: [CrisisResourceInput!]!) { setCrisisResources(resources: $r) { name } }`, {
          r: Array.from({ length: 11 }, (_, i) => ({ name: `Line ${i}` })),
        }),
      "resources",
    );
    const set = await admin.request(
      `mutation ($r: [CrisisResourceInput!]!) { setCrisisResources(resources: $r) { name example } }`,
      {
        r: resources,
      },
    );
    expect(set.errors).toBeUndefined();
    expect(await count(`SELECT COUNT(*) AS n FROM audit_event WHERE action = 'CRISIS_RESOURCES_SET'`)).toBe(1);

    const { client, session } = await newClient({ measures: ["ORS"], schedule: "BEFORE_EACH_SESSION" });
    const sent = await submit(session, { due: "S:0", ors: ORS, notSafeNow: true });
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.submitCheckIn).toMatchObject({ safetyConcern: true, notSafeNow: true });
    expect(sent.data!.submitCheckIn.crisisResources).toEqual([
      { name: "Example crisis line", phone: "555-0100", text: null, url: null, hours: "Any time", example: true },
      {
        name: "Example text line",
        phone: null,
        text: "Text HOME to 555-0111",
        url: "https://example.org/help",
        hours: null,
        example: false,
      },
    ]);
    const [alert] = await server.query(`SELECT rules FROM risk_alert WHERE client_id = ?`, [client.id]);
    expect(JSON.parse(alert.rules)).toEqual(["CLIENT_NOT_SAFE"]);
    expect(await auditActions(client.id)).toEqual([
      "MEASUREMENT_PLAN_SET",
      "CHECK_IN_SUBMITTED",
      "RISK_ALERT_RAISED",
      "CRISIS_RESOURCES_SHOWN",
    ]);
    const listed = await session.request<{ crisisResources: { name: string }[] }>(`{ crisisResources { name } }`);
    expect(listed.data!.crisisResources.map((resource) => resource.name)).toEqual(resources.map((r) => r.name));
  });

  describe("refuses bad input, naming its field, and writes nothing", () => {
    it("a check-in for another client, whether or not that client exists", async () => {
      const { session } = await newClient();
      const other = await expectRefused(
        () => submit(session, { ...fullInput("S:0"), clientId: practice.clientA.id }),
        "clientId",
      );
      const unknown = await expectRefused(
        () => submit(session, { ...fullInput("S:0"), clientId: 99_999_999 }),
        "clientId",
      );
      expect(unknown.message).toBe(other.message);
      // Naming themself is fine.
      const { client, session: own } = await newClient();
      expect((await submit(own, { ...fullInput("S:0"), clientId: client.id })).errors).toBeUndefined();
    });

    it.each([
      ["ORS 10.1", { ors: { ...ORS, individual: 10.1 } }, "ors.individual"],
      ["ORS 3.25", { ors: { ...ORS, social: 3.25 } }, "ors.social"],
      ["PHQ-9 item 4", { phq9: [0, 1, 4, 0, 0, 0, 0, 0, 0] }, "phq9[2]"],
      ["PHQ-9 of eight items", { phq9: [0, 1, 0, 0, 0, 0, 0, 0] }, "phq9"],
      ["GAD-7 −1", { gad7: [-1, 0, 0, 0, 0, 0, 0] }, "gad7[0]"],
      ["week rating 11", { weekRating: 11 }, "weekRating"],
      ["week words over 500 characters", { weekWords: "w".repeat(501) }, "weekWords"],
      ["a partial ORS", { ors: { individual: 5, interpersonal: 5, social: 5 } }, "ors.overall"],
      ["an ORS without its first line", { ors: { interpersonal: 5, social: 5, overall: 5 } }, "ors.individual"],
      ["a measure of the plan left out", { gad7: null }, "gad7"],
      ["a window that is not the current one", { due: "S:12345" }, "due"],
      ["a weekly key for a before-each-session plan", { due: "W:2026-11-16" }, "due"],
    ])("%s", async (_, change, field) => {
      const { session } = await newClient();
      await expectRefused(() => submit(session, { ...fullInput("S:0"), ...change }), field);
    });

    it("a measure that is not in the plan, and a check-in without a plan", async () => {
      const { session } = await newClient({ measures: ["ORS", "SRS"], schedule: "BEFORE_EACH_SESSION" });
      await expectRefused(() => submit(session, { due: "S:0", ors: ORS, phq9: PHQ9 }), "phq9");
      await expectRefused(() => submit(session, { due: "S:0", ors: ORS, weekWords: "words" }), "weekWords");
      const { session: noPlan } = await newClient(null);
      expect(await dueOf(noPlan)).toEqual([]);
      await expectRefused(() => submit(noPlan, { due: "S:0", ors: ORS }), "due");
      // A closed case asks for no check-ins.
      const { client: closed, session: closedSession } = await newClient();
      const close = await therapistA.request(
        `mutation ($id: ID!) { closeCase(clientId: $id, outcome: DISCHARGED, date: "2026-11-20") { id } }`,
        { id: closed.id },
      );
      expect(close.errors).toBeUndefined();
      expect(await dueOf(closedSession)).toEqual([]);
      await expectRefused(() => submit(closedSession, fullInput("S:0")), "due");
    });

    it("a second check-in for the same session, sent after the first", async () => {
      const { session } = await newClient();
      expect((await submit(session, fullInput("S:0"))).errors).toBeUndefined();
      const error = await expectRefused(() => submit(session, fullInput("S:0")), "due");
      expect(error.message).toBe("This check-in has already been sent.");
    });

    it("a second check-in for the same session, sent at the same time: exactly one is taken", async () => {
      const { client, session } = await newClient();
      const auditBefore = await count(`SELECT COUNT(*) AS n FROM audit_event WHERE client_id = ?`, [client.id]);
      const answers = await Promise.all([submit(session, fullInput("S:0")), submit(session, fullInput("S:0"))]);
      const taken = answers.filter((answer) => answer.errors === undefined);
      const refused = answers.filter((answer) => answer.errors !== undefined);
      expect(taken).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect(onlyError(refused[0]!).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "due" });
      expect(await count(`SELECT COUNT(*) AS n FROM check_in WHERE client_id = ?`, [client.id])).toBe(1);
      expect(await count(`SELECT COUNT(*) AS n FROM audit_event WHERE client_id = ?`, [client.id])).toBe(
        auditBefore + 1,
      );
    });

    // PostgreSQL runs transactions side by side: here the other check-in is still uncommitted when this one looks for
    // it, so only the unique key stops the second one. (SQLite takes transactions in turns; the test above covers it.)
    it.runIf(ENGINE === "postgres")(
      "a second check-in the unique key stops, when the first is not yet committed",
      async () => {
        const { client, session } = await newClient();
        const other = server.dataSource.createQueryRunner();
        await other.connect();
        await other.startTransaction();
        await other.query(
          `INSERT INTO check_in (client_id, window_key, submitted_at, local_date) VALUES ($1, 'S:0', $2, '2026-11-20')`,
          [client.id, NOW.toISOString()],
        );
        const answer = submit(session, fullInput("S:0"));
        // Until the submit's insert waits on the uncommitted row with the same key.
        const waiting = () =>
          count(
            `SELECT COUNT(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO "check_in"%'`,
          );
        while ((await waiting()) === 0) await new Promise((resolve) => setImmediate(resolve));
        await other.commitTransaction();
        await other.release();
        const error = onlyError(await answer);
        expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "due" });
        expect(error.message).toBe("This check-in has already been sent.");
        expect(await count(`SELECT COUNT(*) AS n FROM check_in WHERE client_id = ?`, [client.id])).toBe(1);
        expect(await auditActions(client.id)).toEqual(["MEASUREMENT_PLAN_SET"]);
      },
    );

    it("feedback on someone else's session, on one that does not exist, or one not attended or already rated", async () => {
      const { client, session } = await newClient();
      const ofB = await therapistB.request<{ recordSession: { id: string } }>(RECORD, {
        i: {
          clientId: practice.clientB.id,
          occurredAt: new Date(NOW.getTime() - HOUR).toISOString(),
          attendance: "ATTENDED",
        },
      });
      expect(ofB.errors).toBeUndefined();
      const foreign = await expectRefused(
        () => session.request(FEEDBACK, { id: ofB.data!.recordSession.id, srs: SRS }),
        "sessionId",
      );
      const missing = await expectRefused(() => session.request(FEEDBACK, { id: 99_999_999, srs: SRS }), "sessionId");
      expect(missing.message).toBe(foreign.message);

      const missed = await record({
        clientId: client.id,
        occurredAt: new Date(NOW.getTime() - 2 * HOUR).toISOString(),
        attendance: "NO_SHOW",
      });
      expect(missed.errors).toBeUndefined();
      await expectRefused(
        () => session.request(FEEDBACK, { id: missed.data!.recordSession.id, srs: SRS }),
        "sessionId",
      );

      const rated = await record({
        clientId: client.id,
        occurredAt: new Date(NOW.getTime() - HOUR).toISOString(),
        attendance: "ATTENDED",
        srs: SRS,
      });
      expect(rated.data!.recordSession.srsSource).toBe("SESSION");
      await expectRefused(() => session.request(FEEDBACK, { id: rated.data!.recordSession.id, srs: SRS }), "sessionId");
      await expectRefused(
        () => session.request(FEEDBACK, { id: rated.data!.recordSession.id, srs: { ...SRS, relationship: 10.5 } }),
        "srs.relationship",
      );
    });

    it("feedback more than 48 hours after the session", async () => {
      const { client, session } = await newClient();
      const occurredAt = new Date(NOW.getTime() - HOUR);
      const recorded = await record({
        clientId: client.id,
        occurredAt: occurredAt.toISOString(),
        attendance: "ATTENDED",
      });
      const id = recorded.data!.recordSession.id;
      await travel(new Date(occurredAt.getTime() + 48 * HOUR));
      expect((await dueOf(session)).map((due) => due.key)).toContain(id);
      await travel(new Date(occurredAt.getTime() + 48 * HOUR + 1000));
      expect((await dueOf(session)).map((due) => due.key)).not.toContain(id);
      await expectRefused(() => session.request(FEEDBACK, { id, srs: SRS }), "sessionId");
    });

    it("a session adopting another client's check-in, one already adopted, or one too old or too late", async () => {
      const { client, session } = await newClient();
      const sent = await submit(session, fullInput("S:0"));
      const checkInId = sent.data!.submitCheckIn.id;
      const other = await createClient(server.dataSource, practice.therapistA);
      const at = (ms: number) => new Date(NOW.getTime() + ms).toISOString();
      await travel(new Date(NOW.getTime() + 8 * DAY));

      await expectRefused(
        () => record({ clientId: other.id, occurredAt: at(HOUR), attendance: "ATTENDED", adoptCheckInId: checkInId }),
        "adoptCheckInId",
      );
      await expectRefused(
        () =>
          record({
            clientId: client.id,
            occurredAt: at(HOUR),
            attendance: "ATTENDED",
            adoptCheckInId: checkInId,
            ors: ORS,
          }),
        "ors",
      );
      await expectRefused(
        () => record({ clientId: client.id, occurredAt: at(HOUR), attendance: "CANCELLED", adoptCheckInId: checkInId }),
        "adoptCheckInId",
      );
      // Sent more than 7 days before the session, or more than 2 hours after it began.
      await expectRefused(
        () =>
          record({
            clientId: client.id,
            occurredAt: at(7 * DAY + 60_000),
            attendance: "ATTENDED",
            adoptCheckInId: checkInId,
          }),
        "adoptCheckInId",
      );
      await expectRefused(
        () =>
          record({
            clientId: client.id,
            occurredAt: at(-2 * HOUR - 60_000),
            attendance: "ATTENDED",
            adoptCheckInId: checkInId,
          }),
        "adoptCheckInId",
      );
      // Exactly 7 days before is within; once taken, no other session may adopt it, even one in its window.
      const first = await record({
        clientId: client.id,
        occurredAt: at(7 * DAY),
        attendance: "ATTENDED",
        adoptCheckInId: checkInId,
      });
      expect(first.errors).toBeUndefined();
      await expectRefused(
        () =>
          record({ clientId: client.id, occurredAt: at(-2 * HOUR), attendance: "ATTENDED", adoptCheckInId: checkInId }),
        "adoptCheckInId",
      );
      // A therapist of another caseload cannot adopt it either.
      await expectRefused(
        () =>
          therapistB.request(RECORD, {
            i: {
              clientId: practice.clientB.id,
              occurredAt: at(HOUR),
              attendance: "ATTENDED",
              adoptCheckInId: checkInId,
            },
          }),
        "adoptCheckInId",
      );
    });

    it("a measurement plan without measures, or with one twice", async () => {
      const { client } = await newClient(null);
      await expectRefused(
        () => therapistA.request(SET_PLAN, { id: client.id, i: { measures: [], schedule: "WEEKLY" } }),
        "input.measures",
      );
      await expectRefused(
        () => therapistA.request(SET_PLAN, { id: client.id, i: { measures: ["ORS", "ORS"], schedule: "WEEKLY" } }),
        "input.measures",
      );
    });
  });
});
