import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { User } from "../../server/auth/user.entity.ts";
import { CheckIn } from "../../server/check-ins/check-in.entity.ts";
import { RatingSource, RiskAction } from "../../server/check-ins/check-in.enums.ts";
import { RiskAlert } from "../../server/check-ins/risk-alert.entity.ts";
import type { Client } from "../../server/clients/client.entity.ts";
import { TherapySession } from "../../server/sessions/session.entity.ts";
import { createClient, createPractice, TEST_PASSWORD } from "../helpers/factories.ts";
import { GraphQLSession } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

// Friday 20 November 2026, noon in Toronto.
const NOW = new Date("2026-11-20T17:00:00.000Z");
const HOUR = 3_600_000;

const PROGRESS = `query ($clientId: ID!, $from: DateTimeISO) { clientProgress(clientId: $clientId, from: $from) {
  sessions { sessionId ors srs weekRating source srsSource weekWords }
  checkIns { checkInId submittedAt localDate ors phq9 phq9Item9 gad7 weekRating weekWords source }
  summary { outcomes { measure latest ratedSessions } } } }`;
const CASELOAD = `{ caseload { client { id displayName } latestOrs orsSparkline orsSparklineSources
  riskAlerts { id rules raisedAt acknowledged action } summary { alerts { code } } } }`;

const ors = (each: number) => ({ individual: each, interpersonal: each, social: each, overall: each });
const srs = (each: number) => ({ relationship: each, goalsAndTopics: each, approachOrMethod: each, overall: each });

/** A check-in row as the submitCheckIn mutation would store it: ORS items of one value, PHQ-9 items as given. */
function checkInRow(
  clientId: number,
  fields: { windowKey: string; submittedAt: string; ors: number; phq9: number[]; weekRating: number; words: string },
): Partial<CheckIn> {
  const phq9 = Object.fromEntries(fields.phq9.map((value, i) => [`phq9Q${i + 1}`, value]));
  return {
    clientId,
    windowKey: fields.windowKey,
    submittedAt: new Date(fields.submittedAt),
    localDate: fields.submittedAt.slice(0, 10),
    weekRating: fields.weekRating,
    weekWords: fields.words,
    orsIndividual: fields.ors,
    orsInterpersonal: fields.ors,
    orsSocial: fields.ors,
    orsOverall: fields.ors,
    orsTotal: fields.ors * 4,
    ...phq9,
    phq9Total: fields.phq9.reduce((sum, value) => sum + value, 0),
    notSafe: false,
    sessionId: null,
  };
}

describe("where ratings came from, on progress and the caseload", () => {
  let server: TestServer;
  let therapist: GraphQLSession;
  let otherTherapist: GraphQLSession;
  let clientSession: GraphQLSession;
  let otherClientSession: GraphQLSession;
  let clientA: Client;
  let clientB: Client;
  let risky: Client;
  let acknowledgedOnly: Client;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    const practice = await createPractice(server.dataSource);
    ({ clientA, clientB } = practice);
    const login = async (user: User) => {
      const session = new GraphQLSession(server.url);
      expect((await session.login(user.email, TEST_PASSWORD)).errors).toBeUndefined();
      return session;
    };
    therapist = await login(practice.therapistA);
    otherTherapist = await login(practice.therapistB);
    clientSession = await login(practice.clientUserA);
    otherClientSession = await login(practice.clientUserB);
    const record = async (session: GraphQLSession, input: Record<string, unknown>) => {
      const recorded = await session.request<{ recordSession: { id: string } }>(
        `mutation ($input: RecordSessionInput!) { recordSession(input: $input) { id } }`,
        { input: { attendance: "ATTENDED", ...input } },
      );
      expect(recorded.errors).toBeUndefined();
      return Number(recorded.data!.recordSession.id);
    };
    const checkIns = server.dataSource.getRepository(CheckIn);
    const alerts = server.dataSource.getRepository(RiskAlert);
    const sessions = server.dataSource.getRepository(TherapySession);
    const phq9 = [1, 1, 1, 1, 1, 1, 1, 1, 0];
    const saveCheckIn = async (clientId: number, fields: Parameters<typeof checkInRow>[1]) =>
      (await checkIns.save(checkInRow(clientId, fields))).id;
    /** An item 9 alert raised when the check-in was sent; acknowledged when `acknowledged` is given. */
    const saveAlert = async (
      clientId: number,
      checkInId: number,
      raisedAt: string,
      acknowledged?: { at: Date; action: RiskAction; note: string },
    ) =>
      (
        await alerts.save({
          clientId,
          checkInId,
          rules: ["PHQ9_ITEM9_RISK_ABOVE = 0"],
          raisedAt: new Date(raisedAt),
          acknowledgedAt: acknowledged?.at ?? null,
          acknowledgedById: acknowledged ? practice.therapistA.id : null,
          action: acknowledged?.action ?? null,
          note: acknowledged?.note ?? null,
        })
      ).id;

    // A check-in before the first session that no session took (passed over), with an alert acknowledged long ago.
    ids.passedOver = await saveCheckIn(clientA.id, {
      windowKey: "S:0",
      submittedAt: "2026-10-04T15:00:00.000Z",
      ors: 4.5,
      phq9: [1, 1, 1, 1, 1, 1, 1, 1, 1],
      weekRating: 4,
      words: "A hard start to the month.",
    });
    ids.oldAlert = await saveAlert(clientA.id, ids.passedOver, "2026-10-04T15:00:00.000Z", {
      at: new Date("2026-10-04T18:00:00.000Z"),
      action: RiskAction.CONTACTED_CLIENT,
      note: "Called; safe, and coming on Tuesday.",
    });
    ids.first = await record(therapist, {
      clientId: clientA.id,
      occurredAt: "2026-10-06T15:00:00.000Z",
      ors: ors(5),
      srs: srs(9),
      weekRating: 5,
      phq9,
    });

    // The second session took the client's check-in as its ratings; the client rated the session afterwards.
    ids.adopted = await saveCheckIn(clientA.id, {
      windowKey: `S:${ids.first}`,
      submittedAt: "2026-10-12T15:00:00.000Z",
      ors: 6,
      phq9,
      weekRating: 7,
      words: "A calmer week, I slept better.",
    });
    ids.second = await record(therapist, {
      clientId: clientA.id,
      occurredAt: "2026-10-13T15:00:00.000Z",
      ors: ors(6),
      srs: srs(9.5),
      weekRating: 7,
      phq9,
    });
    await sessions.update(ids.second, {
      ratingsSource: RatingSource.CLIENT,
      srsSourceColumn: RatingSource.CLIENT,
      checkInId: ids.adopted,
    });
    await checkIns.update(ids.adopted, { sessionId: ids.second });

    // Sent yesterday, after the last session: pending. Its item 9 raised an alert nobody has acknowledged yet.
    ids.pending = await saveCheckIn(clientA.id, {
      windowKey: `S:${ids.second}`,
      submittedAt: "2026-11-19T16:00:00.000Z",
      ors: 7.5,
      phq9: [0, 0, 1, 0, 0, 0, 0, 0, 1],
      weekRating: 8,
      words: "Good week overall.",
    });
    ids.openAlert = await saveAlert(clientA.id, ids.pending, "2026-11-19T16:00:00.000Z");

    // Another of the therapist's clients: a PHQ-9 item 9 answer in a session this week (a risk concern), and a name
    // first in the alphabet. And one whose only alert was acknowledged two days ago.
    risky = await createClient(server.dataSource, practice.therapistA, { displayName: "Aaron Item-Nine" });
    await record(therapist, {
      clientId: risky.id,
      occurredAt: "2026-11-18T15:00:00.000Z",
      ors: ors(4),
      phq9: [2, 2, 2, 2, 2, 2, 2, 2, 2],
    });
    acknowledgedOnly = await createClient(server.dataSource, practice.therapistA, { displayName: "Bea Acknowledged" });
    ids.acknowledgedCheckIn = await saveCheckIn(acknowledgedOnly.id, {
      windowKey: "S:0",
      submittedAt: "2026-11-17T14:00:00.000Z",
      ors: 5,
      phq9: [0, 0, 0, 0, 0, 0, 0, 0, 2],
      weekRating: 5,
      words: "Up and down.",
    });
    ids.recentAlert = await saveAlert(acknowledgedOnly.id, ids.acknowledgedCheckIn, "2026-11-17T14:00:00.000Z", {
      at: new Date(NOW.getTime() - 2 * 24 * HOUR),
      action: RiskAction.SAFETY_PLAN_REVIEWED,
      note: "Reviewed the safety plan together.",
    });

    // The other client has a check-in of their own.
    ids.otherClients = await saveCheckIn(clientB.id, {
      windowKey: "S:0",
      submittedAt: "2026-11-18T15:00:00.000Z",
      ors: 8,
      phq9: [0, 0, 0, 0, 0, 0, 0, 0, 0],
      weekRating: 9,
      words: "Saw friends on Saturday.",
    });
  });
  afterAll(() => server.close());

  it("marks a session adopted from a check-in CLIENT, with the client's words, and others SESSION", async () => {
    const response = await therapist.request<{ clientProgress: any }>(PROGRESS, { clientId: clientA.id });
    expect(response.errors).toBeUndefined();
    expect(response.data!.clientProgress.sessions).toEqual([
      {
        sessionId: String(ids.first),
        ors: 20,
        srs: 36,
        weekRating: 5,
        source: "SESSION",
        srsSource: "SESSION",
        weekWords: null,
      },
      {
        sessionId: String(ids.second),
        ors: 24,
        srs: 38,
        weekRating: 7,
        source: "CLIENT",
        srsSource: "CLIENT",
        weekWords: "A calmer week, I slept better.",
      },
    ]);
  });

  it("lists the check-ins no session adopted, oldest first, and leaves them out of the summary", async () => {
    const response = await therapist.request<{ clientProgress: any }>(PROGRESS, { clientId: clientA.id });
    expect(response.errors).toBeUndefined();
    const progress = response.data!.clientProgress;
    expect(progress.checkIns).toEqual([
      {
        checkInId: String(ids.passedOver),
        submittedAt: "2026-10-04T15:00:00.000Z",
        localDate: "2026-10-04",
        ors: 18,
        phq9: 9,
        phq9Item9: 1,
        gad7: null,
        weekRating: 4,
        weekWords: "A hard start to the month.",
        source: "CLIENT",
      },
      {
        checkInId: String(ids.pending),
        submittedAt: "2026-11-19T16:00:00.000Z",
        localDate: "2026-11-19",
        ors: 30,
        phq9: 2,
        phq9Item9: 1,
        gad7: null,
        weekRating: 8,
        weekWords: "Good week overall.",
        source: "CLIENT",
      },
    ]);
    // The summary reads sessions only: the latest ORS is the second session's 24, not the pending 30.
    const orsOutcome = progress.summary.outcomes.find((outcome: any) => outcome.measure === "ORS");
    expect(orsOutcome).toMatchObject({ latest: 24, ratedSessions: 2 });

    const later = await therapist.request<{ clientProgress: any }>(PROGRESS, {
      clientId: clientA.id,
      from: "2026-10-10T12:00:00.000Z",
    });
    expect(later.errors).toBeUndefined();
    expect(later.data!.clientProgress.checkIns.map((point: any) => point.checkInId)).toEqual([String(ids.pending)]);
  });

  it("ends the caseload sparkline with the pending check-in, and puts the open risk alert first", async () => {
    const response = await therapist.request<{ caseload: any[] }>(CASELOAD);
    expect(response.errors).toBeUndefined();
    const entries = response.data!.caseload;
    expect(entries.map((entry) => entry.client.id)).toEqual([
      String(clientA.id),
      String(risky.id),
      String(acknowledgedOnly.id),
    ]);
    const [first, second, third] = entries;
    expect(first.orsSparkline).toEqual([20, 24, 30]);
    expect(first.orsSparklineSources).toEqual(["SESSION", "CLIENT", "CLIENT"]);
    expect(first.latestOrs).toBe(30);
    // The open alert; the one acknowledged in October has left the caseload.
    expect(first.riskAlerts).toEqual([
      {
        id: String(ids.openAlert),
        rules: ["PHQ9_ITEM9_RISK_ABOVE = 0"],
        raisedAt: "2026-11-19T16:00:00.000Z",
        acknowledged: false,
        action: null,
      },
    ]);
    // The session's own PHQ-9 item 9 alert puts this client second, however recent; no check-in, no sources but SESSION.
    expect(second.summary.alerts.map((alert: any) => alert.code)).toContain("PHQ9_ITEM9");
    expect(second.riskAlerts).toEqual([]);
    expect(second.orsSparklineSources).toEqual(["SESSION"]);
    // Acknowledged two days ago: still shown, but no longer a concern. Its check-in is pending (no session yet).
    expect(third.riskAlerts).toEqual([
      {
        id: String(ids.recentAlert),
        rules: ["PHQ9_ITEM9_RISK_ABOVE = 0"],
        raisedAt: "2026-11-17T14:00:00.000Z",
        acknowledged: true,
        action: "SAFETY_PLAN_REVIEWED",
      },
    ]);
    expect(third.orsSparkline).toEqual([20]);
    expect(third.orsSparklineSources).toEqual(["CLIENT"]);
  });

  it("shows a client their own check-ins and not another client's", async () => {
    const own = await clientSession.request<{ clientProgress: any }>(PROGRESS, { clientId: clientA.id });
    expect(own.errors).toBeUndefined();
    expect(own.data!.clientProgress.checkIns.map((point: any) => point.checkInId)).toEqual([
      String(ids.passedOver),
      String(ids.pending),
    ]);
    const others = await clientSession.request<{ clientProgress: any }>(PROGRESS, { clientId: clientB.id });
    expect(others.data?.clientProgress ?? null).toBeNull();
    expect(others.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const theirs = await otherClientSession.request<{ clientProgress: any }>(PROGRESS, { clientId: clientB.id });
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.clientProgress.checkIns.map((point: any) => point.checkInId)).toEqual([
      String(ids.otherClients),
    ]);
  });

  it("shows another therapist only their own client's check-in, and none of these risk alerts", async () => {
    const response = await otherTherapist.request<{ caseload: any[] }>(CASELOAD);
    expect(response.errors).toBeUndefined();
    expect(response.data!.caseload).toEqual([
      expect.objectContaining({
        client: expect.objectContaining({ id: String(clientB.id) }),
        orsSparkline: [32],
        orsSparklineSources: ["CLIENT"],
        riskAlerts: [],
      }),
    ]);
  });
});
