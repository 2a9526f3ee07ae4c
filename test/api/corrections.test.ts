import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, createPractice, TEST_PASSWORD } from "../helpers/factories.ts";
import { GraphQLSession, onlyError } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

const NOW = new Date("2026-11-20T17:00:00.000Z");

const RECORD_SESSION = `mutation ($i: RecordSessionInput!) { recordSession(input: $i) { id } }`;
const LOG_EPISODE = `mutation ($i: LogEpisodeInput!) { logEpisode(input: $i) { id } }`;
const CHANGES = `corrections { correctedAt correctedBy reason changes { field before after } }`;
const CORRECT_SESSION = `mutation ($id: ID!, $reason: String!, $i: RecordSessionInput!) {
  correctSession(sessionId: $id, reason: $reason, input: $i) { id number weekRating orsTotal privateNotes ${CHANGES} }
}`;
const CORRECT_EPISODE = `mutation ($id: ID!, $reason: String!, $i: LogEpisodeInput!) {
  correctEpisode(episodeId: $id, reason: $reason, input: $i) { id peakIntensity loggedBy thoughtsDuring ${CHANGES} }
}`;

interface Change {
  field: string;
  before: string | null;
  after: string | null;
}
interface Correction {
  correctedAt: string;
  correctedBy: string;
  reason: string;
  changes: Change[];
}
interface CorrectedSession {
  id: string;
  number: number | null;
  weekRating: number | null;
  orsTotal: number | null;
  privateNotes: string | null;
  corrections: Correction[];
}
interface CorrectedEpisode {
  id: string;
  peakIntensity: number;
  loggedBy: string;
  thoughtsDuring: string | null;
  corrections: Correction[];
}

const ORS = { individual: 5, interpersonal: 6, social: 4.5, overall: 5 };
const NEW_HOMEWORK = { type: "READING", description: "Read the leaflet.", dueDate: "2026-11-24" };

describe("correcting a recorded session or episode", () => {
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

  const count = async (sql: string, parameters: unknown[]) => Number((await server.query(sql, parameters))[0].n);

  /** A new client of therapist A with one session as recorded, and its input to correct from. */
  async function recordedSession() {
    const client = await createClient(server.dataSource, practice.therapistA);
    const input = {
      clientId: String(client.id),
      occurredAt: "2026-11-10T15:00:00.000Z",
      attendance: "ATTENDED",
      weekRating: 5,
      ors: ORS,
      techniquesUsed: ["BREATHING", "GROUNDING"],
      privateNotes: "Talked about the move.",
    };
    const response = await therapistA.request<{ recordSession: { id: string } }>(RECORD_SESSION, { i: input });
    expect(response.errors).toBeUndefined();
    return { client, id: response.data!.recordSession.id, input };
  }

  /** Everything a refused correction must leave as it was. */
  async function state(clientId: number) {
    return JSON.stringify({
      sessions: await server.query(`SELECT * FROM therapy_session WHERE client_id = ? ORDER BY id`, [clientId]),
      episodes: await server.query(`SELECT * FROM symptom_episode WHERE client_id = ? ORDER BY id`, [clientId]),
      rollups: await server.query(`SELECT * FROM client_week_rollup WHERE client_id = ? ORDER BY week_start`, [
        clientId,
      ]),
      client: await server.query(`SELECT data_revision, baseline_ors FROM client WHERE id = ?`, [clientId]),
      corrections: await count(`SELECT COUNT(*) AS n FROM record_correction WHERE client_id = ?`, [clientId]),
      audit: await count(`SELECT COUNT(*) AS n FROM audit_event WHERE client_id = ? AND action LIKE '%CORRECTED'`, [
        clientId,
      ]),
    });
  }

  const revision = async (clientId: number) =>
    Number((await server.query(`SELECT data_revision AS r FROM client WHERE id = ?`, [clientId]))[0].r);

  it("changes the session in place, keeps what it said before, audits it, and moves the data revision", async () => {
    const { client, id, input } = await recordedSession();
    const revisionBefore = await revision(client.id);
    const corrected = {
      ...input,
      weekRating: 8,
      ors: { ...ORS, social: 7 },
      privateNotes: "Talked about the new job.",
    };
    const response = await therapistA.request<{ correctSession: CorrectedSession }>(CORRECT_SESSION, {
      id,
      reason: "  Entered the wrong week rating and ORS social score.  ",
      i: corrected,
    });
    expect(response.errors).toBeUndefined();
    const session = response.data!.correctSession;
    expect(session.id).toBe(id);
    expect(session.weekRating).toBe(8);
    expect(session.orsTotal).toBe(ORS.individual + ORS.interpersonal + 7 + ORS.overall);
    expect(session.privateNotes).toBe("Talked about the new job.");
    expect(session.number).toBe(1);
    expect(session.corrections).toEqual([
      {
        correctedAt: NOW.toISOString(),
        correctedBy: practice.therapistA.displayName,
        reason: "Entered the wrong week rating and ORS social score.",
        changes: [
          { field: "weekRating", before: "5", after: "8" },
          { field: "ors.social", before: "4.5", after: "7" },
          {
            field: "ors.total",
            before: String(ORS.individual + ORS.interpersonal + ORS.social + ORS.overall),
            after: String(ORS.individual + ORS.interpersonal + 7 + ORS.overall),
          },
          { field: "privateNotes", before: "Talked about the move.", after: "Talked about the new job." },
        ],
      },
    ]);

    const [row] = await server.query(
      `SELECT week_rating, ors_social, private_notes FROM therapy_session WHERE id = ?`,
      [Number(id)],
    );
    expect([Number(row.week_rating), Number(row.ors_social), row.private_notes]).toEqual([
      8,
      7,
      "Talked about the new job.",
    ]);
    const kept = await server.query(
      `SELECT record_type, record_id, corrected_by, corrected_at, reason, "before", "after" FROM record_correction WHERE client_id = ?`,
      [client.id],
    );
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({
      record_type: "SESSION",
      corrected_by: practice.therapistA.id,
      corrected_at: NOW.toISOString(),
      reason: "Entered the wrong week rating and ORS social score.",
    });
    expect(Number(kept[0].record_id)).toBe(Number(id));
    const before = JSON.parse(kept[0].before as string) as Record<string, string | null>;
    const after = JSON.parse(kept[0].after as string) as Record<string, string | null>;
    expect([before.weekRating, before["ors.social"], before.privateNotes, before.techniquesUsed]).toEqual([
      "5",
      "4.5",
      "Talked about the move.",
      "BREATHING,GROUNDING",
    ]);
    expect([after.weekRating, after["ors.social"], after.privateNotes]).toEqual([
      "8",
      "7",
      "Talked about the new job.",
    ]);

    const audit = await server.query(
      `SELECT actor_user_id, action FROM audit_event WHERE client_id = ? AND action = ?`,
      [client.id, "SESSION_CORRECTED"],
    );
    expect(audit.map((event) => Number(event.actor_user_id))).toEqual([practice.therapistA.id]);
    expect(await revision(client.id)).toBeGreaterThan(revisionBefore);
  });

  it("renumbers the sessions when a correction moves one before another", async () => {
    const { client, id, input } = await recordedSession();
    const later = await therapistA.request<{ recordSession: { id: string } }>(RECORD_SESSION, {
      i: { ...input, occurredAt: "2026-11-17T15:00:00.000Z", privateNotes: null },
    });
    const moved = await therapistA.request<{ correctSession: CorrectedSession }>(CORRECT_SESSION, {
      id,
      reason: "It took place the week after.",
      i: { ...input, occurredAt: "2026-11-18T15:00:00.000Z" },
    });
    expect(moved.errors).toBeUndefined();
    const numbers = await server.query(`SELECT id, number FROM therapy_session WHERE client_id = ? ORDER BY id`, [
      client.id,
    ]);
    expect(numbers.map((row) => [String(row.id), Number(row.number)])).toEqual([
      [id, 2],
      [later.data!.recordSession.id, 1],
    ]);
  });

  it("shows a corrected episode's intensity in the weekly figures and moves the data revision", async () => {
    const client = await createClient(server.dataSource, practice.therapistA);
    const episode = (peakIntensity: number, occurredAt: string) => ({
      clientId: String(client.id),
      occurredAt,
      symptom: "PANIC_ATTACK",
      peakIntensity,
      durationMinutes: 12,
      episodeType: "SITUATIONAL",
      thoughtsDuring: "I will faint.",
    });
    // Two episodes in the week of Monday 9 November (Toronto).
    const first = episode(4, "2026-11-11T15:00:00.000Z");
    const second = episode(6, "2026-11-13T15:00:00.000Z");
    const logged = await therapistA.request<{ logEpisode: { id: string } }>(LOG_EPISODE, { i: first });
    expect((await therapistA.request(LOG_EPISODE, { i: second })).errors).toBeUndefined();
    const week = async () => {
      const response = await therapistA.request<{
        clientProgress: { episodes: { start: string; count: number; meanIntensity: number; maxIntensity: number }[] };
      }>(
        `query ($id: ID!) { clientProgress(clientId: $id, from: "2026-11-02T12:00:00Z", to: "2026-11-20T12:00:00Z") { episodes { start count meanIntensity maxIntensity } } }`,
        { id: client.id },
      );
      expect(response.errors).toBeUndefined();
      return response.data!.clientProgress.episodes.find((bucket) => bucket.start === "2026-11-09");
    };
    const rollup = async () =>
      Number(
        (
          await server.query(
            `SELECT episode_intensity_sum AS s FROM client_week_rollup WHERE client_id = ? AND week_start = '2026-11-09'`,
            [client.id],
          )
        )[0].s,
      );
    expect(await week()).toMatchObject({ count: 2, meanIntensity: (4 + 6) / 2, maxIntensity: 6 });
    expect(await rollup()).toBe(4 + 6);
    const revisionBefore = await revision(client.id);

    const response = await therapistA.request<{ correctEpisode: CorrectedEpisode }>(CORRECT_EPISODE, {
      id: logged.data!.logEpisode.id,
      reason: "The client rated it 9, not 4.",
      i: { ...first, peakIntensity: 9 },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.correctEpisode).toMatchObject({
      peakIntensity: 9,
      loggedBy: "THERAPIST",
      thoughtsDuring: "I will faint.",
      corrections: [
        { reason: "The client rated it 9, not 4.", changes: [{ field: "peakIntensity", before: "4", after: "9" }] },
      ],
    });
    expect(await week()).toMatchObject({ count: 2, meanIntensity: (9 + 6) / 2, maxIntensity: 9 });
    expect(await rollup()).toBe(9 + 6);
    expect(await revision(client.id)).toBeGreaterThan(revisionBefore);
    expect(
      await count(`SELECT COUNT(*) AS n FROM audit_event WHERE client_id = ? AND action = 'EPISODE_CORRECTED'`, [
        client.id,
      ]),
    ).toBe(1);
  });

  it("keeps who logged an episode the client logged, and shows its corrections to the therapist only", async () => {
    const logged = await ownerA.request<{ logEpisode: { id: string } }>(LOG_EPISODE, {
      i: {
        occurredAt: "2026-11-14T10:00:00.000Z",
        symptom: "WORRY",
        peakIntensity: 3,
        durationMinutes: 30,
        episodeType: "ANTICIPATED",
      },
    });
    const response = await therapistA.request<{ correctEpisode: CorrectedEpisode }>(CORRECT_EPISODE, {
      id: logged.data!.logEpisode.id,
      reason: "It lasted an hour, as we went over in session.",
      i: {
        clientId: String(practice.clientA.id),
        occurredAt: "2026-11-14T10:00:00.000Z",
        symptom: "WORRY",
        peakIntensity: 3,
        durationMinutes: 60,
        episodeType: "ANTICIPATED",
      },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.correctEpisode.loggedBy).toBe("CLIENT");
    const own = await ownerA.request<{ clientEpisodes: { edges: { node: { id: string; corrections: unknown[] } }[] } }>(
      `query ($id: ID!) { clientEpisodes(clientId: $id) { edges { node { id durationMinutes corrections { reason } } } } }`,
      { id: practice.clientA.id },
    );
    expect(own.errors).toBeUndefined();
    const node = own.data!.clientEpisodes.edges.find((edge) => edge.node.id === logged.data!.logEpisode.id)!.node;
    expect(node).toEqual({ id: logged.data!.logEpisode.id, durationMinutes: 60, corrections: [] });
  });

  it("corrects a closed case's session: fixing a record is not adding to it", async () => {
    const { client, id, input } = await recordedSession();
    const closed = await therapistA.request(
      `mutation ($id: ID!) { closeCase(clientId: $id, outcome: DISCHARGED, date: "2026-11-19") { id } }`,
      { id: client.id },
    );
    expect(closed.errors).toBeUndefined();
    const response = await therapistA.request<{ correctSession: CorrectedSession }>(CORRECT_SESSION, {
      id,
      reason: "Closing review: the week rating was 6.",
      i: { ...input, weekRating: 6 },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.correctSession.weekRating).toBe(6);
  });

  describe("refuses, naming the field and writing nothing", () => {
    it.each([
      ["an empty reason", { reason: "   " }, "reason"],
      ["a two-letter reason", { reason: " ab " }, "reason"],
      ["a reason over 500 characters", { reason: "x".repeat(501) }, "reason"],
      ["a week rating of 11", { input: { weekRating: 11 } }, "weekRating"],
      ["an ORS item of 10.5", { input: { ors: { ...ORS, overall: 10.5 } } }, "ors.overall"],
      ["a date in the future", { input: { occurredAt: "2026-11-21T12:00:00.000Z" } }, "occurredAt"],
      ["ratings for a missed session", { input: { attendance: "NO_SHOW" } }, "weekRating"],
      ["homework set in a correction", { input: { newHomework: [NEW_HOMEWORK] } }, "newHomework"],
      ["nothing changed", { input: {} }, "input"],
      ["a reordering of the same techniques", { input: { techniquesUsed: ["GROUNDING", "BREATHING"] } }, "input"],
    ] as const)("%s", async (_, change, field) => {
      const { client, id, input } = await recordedSession();
      const before = await state(client.id);
      const response = await therapistA.request(CORRECT_SESSION, {
        id,
        reason: "reason" in change ? change.reason : "A real reason.",
        i: { ...input, ...("input" in change ? change.input : {}) },
      });
      const error = onlyError(response);
      expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(JSON.stringify(response)).not.toMatch(/input\.|Variable "\$|stacktrace/);
      expect(await state(client.id)).toBe(before);
    });

    it("a client id other than the session's own", async () => {
      const { client, id, input } = await recordedSession();
      const other = await createClient(server.dataSource, practice.therapistA);
      const before = [await state(client.id), await state(other.id)];
      const error = onlyError(
        await therapistA.request(CORRECT_SESSION, {
          id,
          reason: "Moving it to the other client.",
          i: { ...input, clientId: String(other.id), weekRating: 9 },
        }),
      );
      expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "clientId" });
      expect([await state(client.id), await state(other.id)]).toEqual(before);
    });

    it("an episode out of range or with another client's id", async () => {
      const client = await createClient(server.dataSource, practice.therapistA);
      const input = {
        clientId: String(client.id),
        occurredAt: "2026-11-11T15:00:00.000Z",
        symptom: "LOW_MOOD",
        peakIntensity: 4,
        durationMinutes: 40,
        episodeType: "UNEXPECTED",
      };
      const logged = await therapistA.request<{ logEpisode: { id: string } }>(LOG_EPISODE, { i: input });
      const before = await state(client.id);
      for (const [i, field] of [
        [{ ...input, peakIntensity: 11 }, "peakIntensity"],
        [{ ...input, durationMinutes: -1 }, "durationMinutes"],
        [{ ...input, clientId: String(practice.clientA.id), peakIntensity: 5 }, "clientId"],
        [input, "input"],
      ] as const) {
        const error = onlyError(
          await therapistA.request(CORRECT_EPISODE, { id: logged.data!.logEpisode.id, reason: "Fixing it.", i }),
        );
        expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      }
      expect(await state(client.id)).toBe(before);
    });
  });

  it("answers another therapist's session and episode as it answers an unknown id, and changes nothing", async () => {
    const { client, id, input } = await recordedSession();
    const logged = await therapistA.request<{ logEpisode: { id: string } }>(LOG_EPISODE, {
      i: {
        clientId: String(client.id),
        occurredAt: "2026-11-11T15:00:00.000Z",
        symptom: "WORRY",
        peakIntensity: 4,
        durationMinutes: 5,
        episodeType: "ANTICIPATED",
      },
    });
    const before = await state(client.id);
    const attempt = (session: GraphQLSession, sessionId: string) =>
      session.request(CORRECT_SESSION, { id: sessionId, reason: "Not mine.", i: { ...input, weekRating: 0 } });
    const foreign = onlyError(await attempt(therapistB, id));
    const unknown = onlyError(await attempt(therapistA, "987654"));
    expect(foreign.extensions).toEqual(unknown.extensions);
    expect(foreign.message).toBe(unknown.message);
    expect(foreign.extensions).toMatchObject({ code: "NOT_FOUND", field: "sessionId" });
    const episodeAttempt = (session: GraphQLSession, episodeId: string) =>
      session.request(CORRECT_EPISODE, {
        id: episodeId,
        reason: "Not mine.",
        i: {
          clientId: String(client.id),
          occurredAt: "2026-11-11T15:00:00.000Z",
          symptom: "WORRY",
          peakIntensity: 9,
          durationMinutes: 5,
          episodeType: "ANTICIPATED",
        },
      });
    const foreignEpisode = onlyError(await episodeAttempt(therapistB, logged.data!.logEpisode.id));
    const unknownEpisode = onlyError(await episodeAttempt(therapistA, "987654"));
    expect(foreignEpisode.extensions).toEqual(unknownEpisode.extensions);
    expect(foreignEpisode.extensions).toMatchObject({ code: "NOT_FOUND", field: "episodeId" });
    // The client may read their records but not correct them.
    expect(onlyError(await attempt(ownerA, id)).extensions?.code).toBe("FORBIDDEN");
    expect(await state(client.id)).toBe(before);
  });

  it("keeps every correction when several are made at once, each starting from the one before", async () => {
    const { client, id, input } = await recordedSession();
    const ratings = [0, 1, 2, 3, 4, 6, 7, 8];
    const responses = await Promise.all(
      ratings.map((weekRating) =>
        therapistA.request(CORRECT_SESSION, {
          id,
          reason: `The rating was ${weekRating}.`,
          i: { ...input, weekRating },
        }),
      ),
    );
    for (const response of responses) expect(response.errors).toBeUndefined();
    const rows = await server.query(
      `SELECT reason, "before", "after" FROM record_correction WHERE client_id = ? ORDER BY id`,
      [client.id],
    );
    expect(rows).toHaveLength(ratings.length);
    const chain = rows.map((row) => ({
      before: (JSON.parse(row.before as string) as Record<string, string>).weekRating,
      after: (JSON.parse(row.after as string) as Record<string, string>).weekRating,
    }));
    // Each correction's "before" is the previous one's "after": no step of the history is lost.
    expect(chain[0]!.before).toBe(String(input.weekRating));
    for (let i = 1; i < chain.length; i++) expect(chain[i]!.before).toBe(chain[i - 1]!.after);
    expect(chain.map((step) => Number(step.after)).sort((a, b) => a - b)).toEqual(ratings);
    const [row] = await server.query(`SELECT week_rating FROM therapy_session WHERE id = ?`, [Number(id)]);
    expect(String(row.week_rating)).toBe(chain.at(-1)!.after);
  });

  it("refuses to change or delete a kept correction", async () => {
    const { client, id, input } = await recordedSession();
    const response = await therapistA.request(CORRECT_SESSION, {
      id,
      reason: "A correction to keep.",
      i: { ...input, weekRating: 2 },
    });
    expect(response.errors).toBeUndefined();
    await expect(
      server.query(`UPDATE record_correction SET reason = 'rewritten' WHERE client_id = ?`, [client.id]),
    ).rejects.toThrow(/append-only/);
    await expect(server.query(`DELETE FROM record_correction WHERE client_id = ?`, [client.id])).rejects.toThrow(
      /append-only/,
    );
    expect(
      (await server.query(`SELECT reason FROM record_correction WHERE client_id = ?`, [client.id])).map(
        (row: { reason: string }) => row.reason,
      ),
    ).toEqual(["A correction to keep."]);
  });
});
