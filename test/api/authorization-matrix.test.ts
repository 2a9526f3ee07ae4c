import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/auth/role.ts";
import { ALLOWED_WHILE_PENDING, SESSION_ONLY } from "../../server/auth/second-factor.ts";
import { createClinic, createPractice, createUser, TEST_PASSWORD } from "../helpers/factories.ts";
import { GraphQLSession } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

const NOW = new Date("2026-11-20T17:00:00.000Z");
const SECRETS = [
  "B-secret-situation",
  "B-secret-homework",
  "B-private-note",
  "B-plan-rationale",
  "B-correction-reason",
  "B-corrected-note",
  "B-week-words",
  "B-risk-note",
];
const REFUSALS = ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "BAD_USER_INPUT", "SECOND_FACTOR_REQUIRED"];

interface Ids {
  clientB: number;
  homeworkB: number;
  sessionOfB: number;
  episodeOfB: number;
  emailB: string;
  /** B's access token and sign-in session, by the ids the API gives them. */
  accessTokenB: string;
  sessionB: string;
  /** A staff member of another clinic. */
  foreignStaff: number;
  /** The signed-in therapist's own id, as a transfer target. */
  therapistA: number;
  /** B's session of an hour ago, still open to B's rating, and the window B's next check-in is due in. */
  recentSessionOfB: number;
  dueOfB: string;
  /** B's open risk alert. */
  riskAlertB: number;
}

/** Every Query and Mutation field, called with another person's ids. A new field must be added here. */
const MATRIX: Record<string, (ids: Ids) => { query: string; variables?: Record<string, unknown> }> = {
  me: () => ({ query: `{ me { id email displayName clientId } }` }),
  caseload: () => ({ query: `{ caseload(includeClosed: true) { client { id displayName } } }` }),
  client: ({ clientB }) => ({
    query: `query ($id: ID!) { client(id: $id) { id displayName email closedOn hasAccount
      measurementPlan { measures schedule } pendingCheckIn { weekWords orsTotal } riskAlerts { rules note acknowledgedBy } } }`,
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
  clientSessions: ({ clientB }) => ({
    query: `query ($id: ID!) { clientSessions(clientId: $id) { totalCount edges { node { privateNotes corrections { reason } } } } }`,
    variables: { id: clientB },
  }),
  clientEpisodes: ({ clientB }) => ({
    query: `query ($id: ID!) { clientEpisodes(clientId: $id) { totalCount edges { node { situation } } } }`,
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
  staff: () => ({ query: `{ staff { id email displayName role activeClients } }` }),
  invitationPreview: () => ({
    query: `query ($t: String!) { invitationPreview(token: $t) { email displayName } }`,
    variables: { t: "forged-token-forged-token-forged-token-1234" },
  }),
  inviteStaff: ({ emailB }) => ({
    query: `mutation ($i: InviteStaffInput!) { inviteStaff(input: $i) { url } }`,
    variables: { i: { email: emailB, displayName: "Intruder", role: "ADMIN" } },
  }),
  inviteClient: ({ clientB }) => ({
    query: `mutation ($id: ID!) { inviteClient(clientId: $id) { url } }`,
    variables: { id: clientB },
  }),
  acceptInvitation: () => ({
    query: `mutation ($t: String!) { acceptInvitation(token: $t, password: "violet harbour lantern 93") { id email } }`,
    variables: { t: "forged-token-forged-token-forged-token-1234" },
  }),
  deactivateStaff: ({ foreignStaff }) => ({
    query: `mutation ($id: ID!) { deactivateStaff(userId: $id) { id email active } }`,
    variables: { id: foreignStaff },
  }),
  changePassword: () => ({
    query: `mutation { changePassword(currentPassword: "not the password", newPassword: "violet harbour lantern 93") }`,
  }),
  resetPassword: ({ foreignStaff }) => ({
    query: `mutation ($id: ID!) { resetPassword(userId: $id) { url } }`,
    variables: { id: foreignStaff },
  }),
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
  correctSession: ({ clientB, sessionOfB }) => ({
    query: `mutation ($id: ID!, $i: RecordSessionInput!) { correctSession(sessionId: $id, reason: "intruder", input: $i) { id privateNotes } }`,
    variables: {
      id: sessionOfB,
      i: { clientId: clientB, occurredAt: "2026-11-10T15:00:00Z", attendance: "ATTENDED", privateNotes: "intruder" },
    },
  }),
  correctEpisode: ({ clientB, episodeOfB }) => ({
    query: `mutation ($id: ID!, $i: LogEpisodeInput!) { correctEpisode(episodeId: $id, reason: "intruder", input: $i) { id situation } }`,
    variables: {
      id: episodeOfB,
      i: {
        clientId: clientB,
        occurredAt: "2026-11-12T15:00:00Z",
        symptom: "WORRY",
        peakIntensity: 1,
        durationMinutes: 1,
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
  accessTokens: () => ({ query: `{ accessTokens { id name lastUsedAt } }` }),
  mySessions: () => ({ query: `{ mySessions { id current sourceAddress } }` }),
  createAccessToken: () => ({ query: `mutation { createAccessToken(name: "matrix", expiresInDays: 1) { token } }` }),
  revokeAccessToken: ({ accessTokenB }) => ({
    query: `mutation ($id: ID!) { revokeAccessToken(id: $id) { id name revokedAt } }`,
    variables: { id: accessTokenB },
  }),
  endSession: ({ sessionB }) => ({
    query: `mutation ($id: ID!) { endSession(id: $id) }`,
    variables: { id: sessionB },
  }),
  beginTotpEnrollment: () => ({ query: `mutation { beginTotpEnrollment { secret } }` }),
  confirmTotpEnrollment: () => ({ query: `mutation { confirmTotpEnrollment(code: "000000") }` }),
  verifySecondFactor: () => ({ query: `mutation { verifySecondFactor(code: "000000") { id nextStep } }` }),
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
  // Another clinic's therapist: an admin may move the caseloads of their own clinic only.
  transferCaseload: ({ foreignStaff, therapistA }) => ({
    query: `mutation ($from: ID!, $to: ID!) { transferCaseload(fromTherapistId: $from, toTherapistId: $to) }`,
    variables: { from: foreignStaff, to: therapistA },
  }),
  checkInsDue: ({ clientB }) => ({
    query: `query ($id: ID) { checkInsDue(clientId: $id) { kind key measures sessionId } }`,
    variables: { id: clientB },
  }),
  clientCheckIns: ({ clientB }) => ({
    query: `query ($id: ID!) { clientCheckIns(clientId: $id) { totalCount edges { node { weekWords orsTotal phq9Items } } } }`,
    variables: { id: clientB },
  }),
  crisisResources: () => ({ query: `{ crisisResources { name phone example } }` }),
  setMeasurementPlan: ({ clientB }) => ({
    query: `mutation ($id: ID!) { setMeasurementPlan(clientId: $id, input: { measures: [GAD7], schedule: WEEKLY }) { measures } }`,
    variables: { id: clientB },
  }),
  submitCheckIn: ({ clientB, dueOfB }) => ({
    query: `mutation ($i: SubmitCheckInInput!) { submitCheckIn(input: $i) { id weekWords } }`,
    variables: {
      i: {
        clientId: clientB,
        due: dueOfB,
        weekRating: 1,
        weekWords: "intruder",
        ors: { individual: 1, interpersonal: 1, social: 1, overall: 1 },
        phq9: [0, 0, 0, 0, 0, 0, 0, 0, 0],
      },
    },
  }),
  submitSessionFeedback: ({ recentSessionOfB }) => ({
    query: `mutation ($id: ID!) { submitSessionFeedback(sessionId: $id, srs: { relationship: 0, goalsAndTopics: 0, approachOrMethod: 0, overall: 0 }) { srsTotal } }`,
    variables: { id: recentSessionOfB },
  }),
  acknowledgeRiskAlert: ({ riskAlertB }) => ({
    query: `mutation ($id: ID!) { acknowledgeRiskAlert(id: $id, input: { action: OTHER, note: "intruder" }) { note acknowledgedBy } }`,
    variables: { id: riskAlertB },
  }),
  // A clinic's own admin sets its crisis resources; the matrix's admin is of B's clinic, so this one is theirs to set.
  setCrisisResources: () => ({
    query: `mutation { setCrisisResources(resources: [{ name: "Matrix line", phone: "555-0100" }]) { name } }`,
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
  let tokenB: string;
  let admin: Awaited<ReturnType<typeof createUser>>;
  let foreignStaff: Awaited<ReturnType<typeof createUser>>;

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
      corrections: await count("record_correction"),
      // What B's session and episode say, to the letter.
      records: await server.query(
        `SELECT s.week_rating, s.ors_total, s.private_notes, s.attendance, e.peak_intensity, e.symptom, e.situation
         FROM therapy_session s, symptom_episode e WHERE s.client_id = ? AND e.client_id = ?`,
        [practice.clientB.id, practice.clientB.id],
      ),
      statuses,
      // B's check-ins, plan, risk alerts and the ratings B may still give.
      checkIns: await server.query(
        `SELECT id, window_key, week_words, ors_total, session_id FROM check_in WHERE client_id = ? ORDER BY id`,
        [practice.clientB.id],
      ),
      plan: await server.query(`SELECT measures, schedule, updated_at FROM measurement_plan WHERE client_id = ?`, [
        practice.clientB.id,
      ]),
      alerts: await server.query(
        `SELECT id, acknowledged_at, acknowledged_by_id, action, note FROM risk_alert WHERE client_id = ? ORDER BY id`,
        [practice.clientB.id],
      ),
      srs: await server.query(`SELECT id, srs_total, srs_source FROM therapy_session WHERE client_id = ? ORDER BY id`, [
        practice.clientB.id,
      ]),
      // Accounts: nobody gained an account, an invitation or a password, and nobody was deactivated.
      accounts: await server.query(`SELECT id, password_hash, deactivated_at FROM "user" ORDER BY id`),
      invitations: await server.query(`SELECT id, used_at, voided_at FROM invitation ORDER BY id`),
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
    admin = await createUser(server.dataSource, practice.clinic, Role.ADMIN);
    foreignStaff = await createUser(server.dataSource, await createClinic(server.dataSource), Role.THERAPIST);
    const therapistB = new GraphQLSession(server.url);
    await therapistB.login(practice.therapistB.email, TEST_PASSWORD);
    const clientB = practice.clientB.id;
    const recorded = await therapistB.request<{ recordSession: { id: string } }>(
      `mutation ($i: RecordSessionInput!) { recordSession(input: $i) { id } }`,
      {
        i: {
          clientId: clientB,
          occurredAt: "2026-11-10T15:00:00Z",
          attendance: "ATTENDED",
          privateNotes: "B-corrected-note",
          ors: { individual: 5, interpersonal: 5, social: 5, overall: 5 },
          newHomework: [{ type: "READING", description: "B-secret-homework", dueDate: "2026-11-17" }],
        },
      },
    );
    // A correction keeps the note it replaced: the history is as secret as the session.
    const corrected = await therapistB.request(
      `mutation ($id: ID!, $i: RecordSessionInput!) { correctSession(sessionId: $id, reason: "B-correction-reason", input: $i) { id } }`,
      {
        id: recorded.data!.recordSession.id,
        i: {
          clientId: clientB,
          occurredAt: "2026-11-10T15:00:00Z",
          attendance: "ATTENDED",
          privateNotes: "B-private-note",
          ors: { individual: 5, interpersonal: 5, social: 5, overall: 5 },
        },
      },
    );
    expect(corrected.errors).toBeUndefined();
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
    // B reports themself: a check-in that raised an alert B's therapist acknowledged (with a note), then, after a
    // session an hour ago, another one whose alert is open; the next check-in is due, and that session may be rated.
    const setPlan = await therapistB.request(
      `mutation ($id: ID!) { setMeasurementPlan(clientId: $id, input: { measures: [ORS, WEEK_RATING, PHQ9, SRS], schedule: BEFORE_EACH_SESSION }) { schedule } }`,
      { id: clientB },
    );
    expect(setPlan.errors).toBeUndefined();
    const checkInOfB = async (extra: Record<string, unknown>) => {
      const due = await ownerB.request<{ checkInsDue: { key: string }[] }>(`{ checkInsDue { key } }`);
      const sent = await ownerB.request(
        `mutation ($i: SubmitCheckInInput!) { submitCheckIn(input: $i) { id safetyConcern } }`,
        {
          i: {
            due: due.data!.checkInsDue[0]!.key,
            weekRating: 3,
            weekWords: "B-week-words",
            ors: { individual: 3, interpersonal: 3, social: 3, overall: 3 },
            phq9: [1, 1, 1, 1, 1, 1, 1, 1, 0],
            ...extra,
          },
        },
      );
      expect(sent.errors).toBeUndefined();
    };
    await checkInOfB({ phq9: [1, 1, 1, 1, 1, 1, 1, 1, 2] });
    const [firstAlert] = await server.query(`SELECT id FROM risk_alert WHERE client_id = ?`, [clientB]);
    const acknowledged = await therapistB.request(
      `mutation ($id: ID!) { acknowledgeRiskAlert(id: $id, input: { action: CONTACTED_CLIENT, note: "B-risk-note" }) { id } }`,
      { id: firstAlert.id },
    );
    expect(acknowledged.errors).toBeUndefined();
    const recent = await therapistB.request<{ recordSession: { id: string } }>(
      `mutation ($i: RecordSessionInput!) { recordSession(input: $i) { id } }`,
      {
        i: { clientId: clientB, occurredAt: new Date(NOW.getTime() - 3_600_000).toISOString(), attendance: "ATTENDED" },
      },
    );
    expect(recent.errors).toBeUndefined();
    await checkInOfB({ notSafeNow: true });
    const [openAlert] = await server.query(
      `SELECT id FROM risk_alert WHERE client_id = ? AND acknowledged_at IS NULL`,
      [clientB],
    );
    const [homework] = await server.query(`SELECT id FROM homework WHERE client_id = ?`, [clientB]);
    const [sessionOfB] = await server.query(`SELECT id FROM therapy_session WHERE client_id = ? ORDER BY id`, [
      clientB,
    ]);
    const [episodeOfB] = await server.query(`SELECT id FROM symptom_episode WHERE client_id = ?`, [clientB]);
    const created = await ownerB.request<{ createAccessToken: { token: string; accessToken: { id: string } } }>(
      `mutation { createAccessToken(name: "B-token", expiresInDays: 30) { token accessToken { id } } }`,
    );
    tokenB = created.data!.createAccessToken.token;
    const sessions = await ownerB.request<{ mySessions: { id: string }[] }>(`{ mySessions { id } }`);
    ids = {
      clientB,
      homeworkB: homework.id,
      sessionOfB: sessionOfB.id,
      episodeOfB: episodeOfB.id,
      emailB: practice.clientUserB.email,
      accessTokenB: created.data!.createAccessToken.accessToken.id,
      sessionB: sessions.data!.mySessions[0]!.id,
      foreignStaff: foreignStaff.id,
      therapistA: practice.therapistA.id,
      recentSessionOfB: Number(recent.data!.recordSession.id),
      dueOfB: `S:${recent.data!.recordSession.id}`,
      riskAlertB: openAlert.id,
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

  /** Every field once, the sign-outs last as they end the session; what each answered ("ok" or the error code). */
  async function runMatrix(who: string, session: GraphQLSession): Promise<Map<string, string>> {
    const secrets = [...SECRETS, practice.clientB.displayName, practice.clientUserB.email, tokenB, foreignStaff.email];
    const outcomes = new Map<string, string>();
    // logoutEverywhere, then logout, the very last.
    const rank = (field: string) => (field === "logout" ? 2 : field === "logoutEverywhere" ? 1 : 0);
    const order = Object.entries(MATRIX).sort(([a], [b]) => rank(a) - rank(b));
    for (const [field, build] of order) {
      const { query, variables } = build(ids);
      const response = await session.request(query, variables);
      const text = JSON.stringify(response);
      for (const secret of secrets) expect(text, `${who} → ${field} leaked "${secret}"`).not.toContain(secret);
      for (const error of response.errors ?? [])
        expect(REFUSALS, `${who} → ${field}: ${error.message}`).toContain(error.extensions?.code);
      outcomes.set(field, response.errors ? response.errors[0]!.extensions!.code! : "ok");
    }
    return outcomes;
  }

  /** B's own things are as they were: B is still signed in, and B's token still works. */
  async function expectBUntouched() {
    expect((await ownerB.request<{ me: { email: string } }>(`{ me { email } }`)).data?.me?.email).toBe(
      practice.clientUserB.email,
    );
    const script = new GraphQLSession(server.url, { authorization: `Bearer ${tokenB}` });
    expect((await script.request<{ me: { email: string } }>(`{ me { email } }`)).data?.me?.email).toBe(
      practice.clientUserB.email,
    );
  }

  /** Every read or write of B's data, B's token and B's sessions was refused outright. */
  const B_FIELDS = [
    "client",
    "clientProgress",
    "clientHomework",
    "clientSessions",
    "clientEpisodes",
    "clientAccessLog",
    "clientFhirBundle",
    "recordSession",
    "logEpisode",
    "correctSession",
    "correctEpisode",
    "assignHomework",
    "updateHomework",
    "revisePlan",
    "revokeAccessToken",
    "endSession",
    "inviteStaff",
    "inviteClient",
    "acceptInvitation",
    "invitationPreview",
    "deactivateStaff",
    "resetPassword",
    "changePassword",
    "updateClient",
    "closeCase",
    "reopenCase",
    "transferClient",
    "transferCaseload",
    "checkInsDue",
    "clientCheckIns",
    "setMeasurementPlan",
    "submitCheckIn",
    "submitSessionFeedback",
    "acknowledgeRiskAlert",
  ];

  /** What an admin may do: their own account, and the clinic's staff. No client, measure, metric or log. */
  const ADMIN_FIELDS = [
    "me",
    "staff",
    "accessTokens",
    "mySessions",
    "createAccessToken",
    "beginTotpEnrollment",
    "logoutEverywhere",
    "crisisResources",
    "setCrisisResources",
  ];

  const signIn = (session: GraphQLSession, who: "clientUserA" | "therapistA" | "supervisor" | "admin") =>
    session.login((who === "admin" ? admin : practice[who]).email, TEST_PASSWORD);

  it.each(["anonymous", "clientUserA", "therapistA", "supervisor", "admin"] as const)(
    "gives %s nothing of another person's, and changes nothing of theirs",
    async (who) => {
      const before = await snapshotB();
      const session = new GraphQLSession(server.url);
      if (who !== "anonymous") await signIn(session, who);
      const outcomes = await runMatrix(who, session);
      expect(await snapshotB()).toBe(before);
      await expectBUntouched();
      for (const field of B_FIELDS) expect(outcomes.get(field), `${who} → ${field}`).not.toBe("ok");
      // An admin manages accounts and gets no clinical data at all: no client, no measure, no metric, no log.
      if (who === "admin") {
        const answered = [...outcomes].filter(([, outcome]) => outcome === "ok").map(([field]) => field);
        expect(answered.sort()).toEqual([...ADMIN_FIELDS].sort());
      }
    },
  );

  it.each(["clientUserA", "therapistA", "supervisor", "admin"] as const)(
    "gives %s with an access token exactly what their session gets, less the session-only fields",
    async (who) => {
      const before = await snapshotB();
      const browser = new GraphQLSession(server.url);
      await signIn(browser, who);
      const created = await browser.request<{ createAccessToken: { token: string } }>(
        `mutation { createAccessToken(name: "matrix script", expiresInDays: 1) { token } }`,
      );
      const script = new GraphQLSession(server.url, {
        authorization: `Bearer ${created.data!.createAccessToken.token}`,
      });
      const withSession = await runMatrix(`${who} (session)`, browser);
      const withToken = await runMatrix(`${who} (token)`, script);
      expect(script.cookie).toBeNull();
      for (const [field, outcome] of withToken) {
        const expected = SESSION_ONLY.has(field) ? "FORBIDDEN" : withSession.get(field);
        expect(outcome, `${who} → ${field} with a token`).toBe(expected);
      }
      expect(await snapshotB()).toBe(before);
      await expectBUntouched();
      for (const field of B_FIELDS) expect(withToken.get(field), `${who} → ${field}`).not.toBe("ok");
    },
  );

  it("holds a session still waiting for its second factor to me, logout and the second-factor fields", async () => {
    const therapist = await createUser(server.dataSource, practice.clinic, Role.THERAPIST);
    const before = await snapshotB();
    await server.query(
      `INSERT INTO totp_credential (user_id, secret, created_at, confirmed_at) VALUES (?, 'JBSWY3DPEHPK3PXP', ?, ?)`,
      [therapist.id, NOW.toISOString(), NOW.toISOString()],
    );
    const session = new GraphQLSession(server.url);
    expect((await session.login(therapist.email, TEST_PASSWORD)).errors).toBeUndefined();
    const outcomes = await runMatrix("a therapist half signed in", session);
    for (const [field, outcome] of outcomes) {
      // The fields open to anyone (signing in, an invitation) start a new sign-in rather than use this one.
      if (ALLOWED_WHILE_PENDING.has(field) || ["login", "invitationPreview", "acceptInvitation"].includes(field)) {
        expect(outcome, field).not.toBe("SECOND_FACTOR_REQUIRED");
      } else {
        expect(outcome, field).toBe("SECOND_FACTOR_REQUIRED");
      }
    }
    expect(outcomes.get("me")).toBe("ok");
    expect(outcomes.get("logout")).toBe("ok");
    expect(await snapshotB()).toBe(before);
    await expectBUntouched();
  });
});
