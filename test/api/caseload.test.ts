import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { User } from "../../server/auth/user.entity.ts";
import { Role } from "../../server/auth/role.ts";
import type { Clinic } from "../../server/clinics/clinic.entity.ts";
import { createClient, createClinic, createUser, TEST_PASSWORD } from "../helpers/factories.ts";
import { GraphQLSession } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

const NOW = new Date("2026-11-20T17:00:00.000Z");
const CASELOAD = `{ caseload { client { id displayName } status alertCount sessionsAttended lastSessionDate latestOrs orsSparkline episodesPerWeek
  summary { alerts { code rule } } } }`;

describe("caseload", () => {
  let server: TestServer;
  let clinic: Clinic;
  const therapists: { user: User; session: GraphQLSession; clients: number }[] = [];

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    clinic = await createClinic(server.dataSource);
    for (const clients of [5, 50]) {
      const user = await createUser(server.dataSource, clinic, Role.THERAPIST);
      const session = new GraphQLSession(server.url);
      await session.login(user.email, TEST_PASSWORD);
      for (let i = 0; i < clients; i++) {
        const client = await createClient(server.dataSource, user, { intakeDate: "2026-10-01" });
        for (const [week, ors] of [
          [0, 18],
          [1, 20 + (i % 5)],
          [2, 19 + (i % 6)],
        ] as const) {
          const recorded = await session.request(
            `mutation ($input: RecordSessionInput!) { recordSession(input: $input) { id } }`,
            {
              input: {
                clientId: client.id,
                occurredAt: new Date(Date.UTC(2026, 9, 6 + 7 * week, 15)).toISOString(),
                attendance: "ATTENDED",
                ors: { individual: 5, interpersonal: 5, social: 5, overall: ors - 15 },
                srs: { relationship: 9, goalsAndTopics: 9, approachOrMethod: 9, overall: 9 - (i % 2) },
                phq9: i % 7 === 0 ? [1, 1, 1, 1, 1, 1, 1, 1, 1] : null,
                newHomework: [{ type: "READING", description: "Handout", dueDate: "2026-11-12" }],
              },
            },
          );
          expect(recorded.errors).toBeUndefined();
        }
        const logged = await session.request(
          `mutation ($input: LogEpisodeInput!) { logEpisode(input: $input) { id } }`,
          {
            input: {
              clientId: client.id,
              occurredAt: "2026-11-11T15:00:00.000Z",
              symptom: "WORRY",
              peakIntensity: 5,
              durationMinutes: 20,
              episodeType: "ANTICIPATED",
            },
          },
        );
        expect(logged.errors).toBeUndefined();
      }
      therapists.push({ user, session, clients });
    }
  });
  afterAll(() => server.close());

  it("costs the same number of SQL statements for 5 clients as for 50, cold, warm and after one client's write", async () => {
    const counts: { cold: number; warm: number; afterWrite: number }[] = [];
    const lastWeekEpisodes = new Map<string, number>();
    const read = async (session: GraphQLSession, clients: number) => {
      server.statements.reset();
      const response = await session.request<{ caseload: { client: { id: string }; episodesPerWeek: number[] }[] }>(
        CASELOAD,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.caseload).toHaveLength(clients);
      for (const entry of response.data!.caseload) lastWeekEpisodes.set(entry.client.id, entry.episodesPerWeek.at(-1)!);
      return server.statements.count;
    };
    for (const { session, clients, user } of therapists) {
      const cold = await read(session, clients);
      const warm = await read(session, clients);
      // One client's new episode moves that client's revision: only that summary is worked out again.
      const [{ id }] = await server.query(`SELECT id FROM client WHERE therapist_id = ? ORDER BY id LIMIT 1`, [
        user.id,
      ]);
      const logged = await session.request(`mutation ($input: LogEpisodeInput!) { logEpisode(input: $input) { id } }`, {
        input: {
          clientId: id,
          occurredAt: "2026-11-12T15:00:00.000Z",
          symptom: "WORRY",
          peakIntensity: 4,
          durationMinutes: 10,
          episodeType: "ANTICIPATED",
        },
      });
      expect(logged.errors).toBeUndefined();
      const before = lastWeekEpisodes.get(String(id))!;
      counts.push({ cold, warm, afterWrite: await read(session, clients) });
      // The first read after the write shows it: the kept summary was not served.
      expect(lastWeekEpisodes.get(String(id))).toBe(before + 1);
      // The other tests see the caseload as it was built.
      await server.query(`DELETE FROM symptom_episode WHERE id = ?`, [
        (logged.data as { logEpisode: { id: string } }).logEpisode.id,
      ]);
    }
    const [five, fifty] = counts as [(typeof counts)[0], (typeof counts)[0]];
    expect(five.warm).toBeGreaterThan(0);
    expect(fifty.warm).toBe(five.warm);
    expect(fifty.afterWrite).toBe(five.afterWrite);
    // Kept summaries spare the summary statements; a miss costs them once, for however many clients are missing.
    expect(five.afterWrite).toBeGreaterThan(five.warm);
    expect(fifty.cold).toBe(five.afterWrite);
    // The clinic's first read also reads the closed cases' ORS ratings once for its curves (fits are made in memory).
    expect(five.cold - fifty.cold).toBe(1);
  });

  it("lists only the therapist's own clients, most concerning first, with sparkline series", async () => {
    const { session, user } = therapists[0]!;
    const response = await session.request<{ caseload: any[] }>(CASELOAD);
    const entries = response.data!.caseload;
    const ids = (await server.query(`SELECT id FROM client WHERE therapist_id = ?`, [user.id])).map(
      (r: { id: number }) => String(r.id),
    );
    expect(entries.map((entry) => entry.client.id).sort()).toEqual(ids.sort());
    const order = ["AT_RISK", "NOT_ON_TRACK", "INSUFFICIENT_DATA", "ON_TRACK"];
    const ranks = entries.map((entry) => order.indexOf(entry.status));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // i = 0 has PHQ-9 item 9 answered 1 in every session: a risk alert.
    const risky = entries.find((entry) => entry.summary.alerts.some((alert: any) => alert.code === "PHQ9_ITEM9"));
    expect(risky?.status).toBe("AT_RISK");
    for (const entry of entries) {
      expect(entry.sessionsAttended).toBe(3);
      expect(entry.orsSparkline).toHaveLength(3);
      expect(entry.latestOrs).toBe(entry.orsSparkline.at(-1));
      // The episode on 11 November is in the week of 9 November, the last complete week before Friday 20 November.
      expect(entry.episodesPerWeek).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
      expect(entry.alertCount).toBe(entry.summary.alerts.length);
    }
  });

  it("puts a client whose one alert is a risk above a client with five lesser alerts", async () => {
    const user = await createUser(server.dataSource, clinic, Role.THERAPIST);
    const session = new GraphQLSession(server.url);
    await session.login(user.email, TEST_PASSWORD);
    const record = async (input: Record<string, unknown>) => {
      const recorded = await session.request(
        `mutation ($input: RecordSessionInput!) { recordSession(input: $input) { id } }`,
        { input: { attendance: "ATTENDED", ...input } },
      );
      expect(recorded.errors).toBeUndefined();
    };
    const ors = (each: number) => ({ individual: each, interpersonal: each, social: each, overall: each });
    const srs = (each: number) => ({ relationship: each, goalsAndTopics: each, approachOrMethod: each, overall: each });

    // PHQ-9 item 9 answered 1, weeks ago: a single alert.
    const risk = await createClient(server.dataSource, user, {
      displayName: "Zoe Item-Nine",
      intakeDate: "2026-10-01",
    });
    await record({ clientId: risk.id, occurredAt: "2026-10-13T15:00:00.000Z", phq9: [0, 0, 0, 0, 0, 0, 0, 0, 1] });

    // This week: ORS reliably worse (30 → 28 → 18: at the latest session only, so a warning), the alliance low and
    // dropping, homework not done, episodes rising.
    const many = await createClient(server.dataSource, user, { displayName: "Adam Many", intakeDate: "2026-10-01" });
    await record({
      clientId: many.id,
      occurredAt: "2026-10-27T15:00:00.000Z",
      ors: ors(7.5),
      srs: srs(9),
      newHomework: [
        { type: "READING", description: "Handout", dueDate: "2026-11-03" },
        { type: "BEHAVIOURAL_EXPERIMENT", description: "Stay in the queue", dueDate: "2026-11-03" },
      ],
    });
    const homework = await server.query(`SELECT id FROM homework WHERE client_id = ?`, [many.id]);
    expect(homework).toHaveLength(2);
    await record({
      clientId: many.id,
      occurredAt: "2026-11-03T15:00:00.000Z",
      ors: ors(7),
      srs: srs(9),
      homeworkReviews: homework.map((row: { id: number }) => ({ homeworkId: String(row.id), status: "NOT_DONE" })),
    });
    await record({ clientId: many.id, occurredAt: "2026-11-17T15:00:00.000Z", ors: ors(4.5), srs: srs(8) });
    // 0, 1, 2 and 3 episodes in the weeks of 19 October to 9 November.
    for (const [day, count] of [
      ["2026-10-27", 1],
      ["2026-11-03", 2],
      ["2026-11-10", 3],
    ] as const) {
      for (let i = 0; i < count; i++) {
        const logged = await session.request(
          `mutation ($input: LogEpisodeInput!) { logEpisode(input: $input) { id } }`,
          {
            input: {
              clientId: many.id,
              occurredAt: `${day}T1${i}:00:00.000Z`,
              symptom: "WORRY",
              peakIntensity: 5,
              durationMinutes: 20,
              episodeType: "ANTICIPATED",
            },
          },
        );
        expect(logged.errors).toBeUndefined();
      }
    }

    const response = await session.request<{ caseload: any[] }>(CASELOAD);
    expect(response.errors).toBeUndefined();
    const entries = response.data!.caseload;
    const codes = (entry: any) => entry.summary.alerts.map((alert: any) => alert.code).sort();
    expect(entries.map((entry) => entry.client.displayName)).toEqual(["Zoe Item-Nine", "Adam Many"]);
    expect(codes(entries[0])).toEqual(["PHQ9_ITEM9"]);
    expect(codes(entries[1])).toEqual([
      "EPISODES_RISING",
      "HOMEWORK_COMPLETION_LOW",
      "RELIABLE_DETERIORATION_ORS",
      "SRS_BELOW_CUTOFF",
      "SRS_DROP",
    ]);
    expect(entries.map((entry) => entry.status)).toEqual(["AT_RISK", "NOT_ON_TRACK"]);
    expect(entries.map((entry) => entry.lastSessionDate)).toEqual(["2026-10-13", "2026-11-17"]);
  });

  it("adds one audit event per client shown", async () => {
    const { session, clients, user } = therapists[1]!;
    const [before] = await server.query(
      `SELECT COUNT(*) AS n FROM audit_event WHERE action = 'READ_CASELOAD' AND actor_user_id = ?`,
      [user.id],
    );
    await session.request(CASELOAD);
    const [after] = await server.query(
      `SELECT COUNT(*) AS n FROM audit_event WHERE action = 'READ_CASELOAD' AND actor_user_id = ?`,
      [user.id],
    );
    expect(after.n - before.n).toBe(clients);
  });
});
