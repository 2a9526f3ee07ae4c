import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, seedDemoIfEmpty } from "../../server/demo/seed.ts";
import { actorFor } from "../../server/auth/actor.ts";
import { DEFAULT_SESSION_POLICY } from "../../server/auth/auth.service.ts";
import { Role } from "../../server/auth/role.ts";
import type { Viewer } from "../../server/auth/viewer.ts";
import { DEFAULT_RULES } from "../../server/measures/rules.ts";
import { createServices } from "../../server/services.ts";
import { MetricsGroup } from "../../server/supervision/metrics.types.ts";
import { Bucket } from "../../server/progress/progress.enums.ts";
import { GraphQLSession } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

const NOW = new Date("2026-11-20T17:00:00.000Z");

/** The rollup recomputed from the raw rows, independently of the triggers. */
const FROM_RAW = `
  SELECT client_id, week_start, month_start, SUM(episodes) AS episodes, SUM(intensity) AS intensity, SUM(minutes) AS minutes,
         SUM(assigned) AS assigned, SUM(completed) AS completed, SUM(partial) AS partial, SUM(not_done) AS not_done, SUM(open) AS open, SUM(self) AS self
  FROM (
    SELECT client_id, week_start, month_start, 1 AS episodes, peak_intensity AS intensity, duration_minutes AS minutes,
           0 AS assigned, 0 AS completed, 0 AS partial, 0 AS not_done, 0 AS open, 0 AS self FROM symptom_episode
    UNION ALL
    SELECT client_id, due_week_start, due_month_start, 0, 0, 0, 1,
           CASE WHEN status = 'COMPLETED' THEN 1 ELSE 0 END, CASE WHEN status = 'PARTIAL' THEN 1 ELSE 0 END,
           CASE WHEN status = 'NOT_DONE' THEN 1 ELSE 0 END, CASE WHEN status = 'ASSIGNED' THEN 1 ELSE 0 END,
           CASE WHEN assigned_by = 'SELF' THEN 1 ELSE 0 END FROM homework
  ) raw GROUP BY client_id, week_start, month_start ORDER BY client_id, week_start, month_start`;
const FROM_ROLLUP = `
  SELECT client_id, week_start, month_start, episodes, episode_intensity_sum AS intensity, episode_minutes AS minutes,
         homework_assigned AS assigned, homework_completed AS completed, homework_partial AS partial, homework_not_done AS not_done,
         homework_open AS open, homework_self_assigned AS self
  FROM client_week_rollup WHERE episodes <> 0 OR homework_assigned <> 0 ORDER BY client_id, week_start, month_start`;
const numeric = (rows: Record<string, unknown>[]) =>
  rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [
        k,
        typeof v === "string" && !k.endsWith("start") ? Number(v) : typeof v === "bigint" ? Number(v) : v,
      ]),
    ),
  );

describe("per-client-per-week rollups, kept by the database in the writing transaction", () => {
  let server: TestServer;
  let therapist: GraphQLSession;
  let clientId: string;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    await seedDemoIfEmpty(server.dataSource, { seed: 11, rules: DEFAULT_RULES, now: NOW });
    therapist = new GraphQLSession(server.url);
    await therapist.login("therapist@demo.local", DEMO_PASSWORD);
    const caseload = await therapist.request<{ caseload: { client: { id: string } }[] }>(
      `{ caseload { client { id } } }`,
    );
    clientId = caseload.data!.caseload[0]!.client.id;
  }, 120_000);
  afterAll(() => server.close());

  it("equals a GROUP BY over the raw episodes and homework after the demo's bulk writes", async () => {
    const rollup = numeric(await server.query(FROM_ROLLUP));
    expect(rollup.length).toBeGreaterThan(1000);
    expect(rollup).toEqual(numeric(await server.query(FROM_RAW)));
  });

  it("follows API writes and a homework status change, ignores a refused write, and bumps the client's revision", async () => {
    const [before] = await server.query(`SELECT data_revision AS revision FROM client WHERE id = ?`, [clientId]);
    const logged = await therapist.request(`mutation ($i: LogEpisodeInput!) { logEpisode(input: $i) { id } }`, {
      i: {
        clientId,
        occurredAt: "2026-11-16T03:30:00Z",
        symptom: "PANIC_ATTACK",
        peakIntensity: 7,
        durationMinutes: 12,
        episodeType: "UNEXPECTED",
      },
    });
    expect(logged.errors).toBeUndefined();
    const assigned = await therapist.request<{ assignHomework: { id: string } }>(
      `mutation ($i: AssignHomeworkInput!) { assignHomework(input: $i) { id } }`,
      {
        i: { clientId, type: "GROUNDING", description: "Five senses, twice a day", dueDate: "2026-11-19" },
      },
    );
    expect(assigned.errors).toBeUndefined();
    const updated = await therapist.request(
      `mutation ($i: UpdateHomeworkInput!) { updateHomework(input: $i) { id } }`,
      {
        i: { homeworkId: assigned.data!.assignHomework.id, status: "PARTIAL", helpfulness: 6 },
      },
    );
    expect(updated.errors).toBeUndefined();
    // A refused write changes nothing, rollup included (rollback of trigger effects mid-transaction: csv.test.ts).
    const refused = await therapist.request(
      `mutation ($i: AssignHomeworkInput!) { assignHomework(input: $i) { id } }`,
      {
        i: { clientId, type: "GROUNDING", description: "", dueDate: "2026-11-19" },
      },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    expect(numeric(await server.query(FROM_ROLLUP))).toEqual(numeric(await server.query(FROM_RAW)));
    const [after] = await server.query(`SELECT data_revision AS revision FROM client WHERE id = ?`, [clientId]);
    expect(Number(after.revision) - Number(before.revision)).toBe(3);
  });

  it("moves the clinic's curve revision when a client closes, and not for an active client's episode", async () => {
    const [{ clinic }] = await server.query(`SELECT clinic_id AS clinic FROM client WHERE id = ?`, [clientId]);
    const revision = async () =>
      Number((await server.query(`SELECT curve_revision AS r FROM clinic WHERE id = ?`, [clinic]))[0].r);
    const start = await revision();
    await therapist.request(`mutation ($i: LogEpisodeInput!) { logEpisode(input: $i) { id } }`, {
      i: {
        clientId,
        occurredAt: "2026-11-17T03:30:00Z",
        symptom: "WORRY",
        peakIntensity: 3,
        durationMinutes: 5,
        episodeType: "ANTICIPATED",
      },
    });
    expect(await revision()).toBe(start);
    await server.query(`UPDATE client SET status = 'DISCHARGED' WHERE id = ?`, [clientId]);
    expect(await revision()).toBe(start + 1);
  });

  it("keeps clinic metrics cached per client only while the client's rows stand still", async () => {
    const [supervisor] = await server.query(
      `SELECT id, clinic_id AS clinic FROM "user" WHERE email = 'supervisor@demo.local'`,
    );
    const viewer: Viewer = {
      userId: Number(supervisor.id),
      role: Role.SUPERVISOR,
      clinicId: Number(supervisor.clinic),
      displayName: "S",
      clientId: null,
      sessionTokenHash: "",
    };
    const args = { groupBy: MetricsGroup.THERAPIST };
    const cold = () =>
      createServices(server.dataSource, {
        rules: DEFAULT_RULES,
        sessionPolicy: DEFAULT_SESSION_POLICY,
        clock: () => NOW,
      }).metrics.caseloadMetrics(viewer, args);
    const warm = () => server.services.metrics.caseloadMetrics(viewer, args);
    const before = await warm();
    expect(before).toEqual(await cold());

    // Writes that move facts: a recorded session, episodes in a new month, a homework status, a discharge.
    const caseload = await therapist.request<{ caseload: { client: { id: string } }[] }>(
      `{ caseload { client { id } } }`,
    );
    const [first, second, third] = caseload.data!.caseload.map((entry) => entry.client.id);
    const recorded = await therapist.request(`mutation ($i: RecordSessionInput!) { recordSession(input: $i) { id } }`, {
      i: {
        clientId: first,
        occurredAt: "2026-11-19T15:00:00.000Z",
        attendance: "ATTENDED",
        kind: "FOLLOW_UP",
        ors: { individual: 9, interpersonal: 9, social: 9, overall: 9 },
        phq9: [0, 0, 0, 0, 0, 0, 0, 0, 0],
        gad7: [0, 0, 0, 0, 0, 0, 0],
      },
    });
    expect(recorded.errors).toBeUndefined();
    for (let i = 0; i < 4; i++) {
      const logged = await therapist.request(`mutation ($i: LogEpisodeInput!) { logEpisode(input: $i) { id } }`, {
        i: {
          clientId: second,
          occurredAt: `2026-11-1${i}T15:00:00Z`,
          symptom: "PANIC_ATTACK",
          peakIntensity: 8,
          durationMinutes: 15,
          episodeType: "UNEXPECTED",
        },
      });
      expect(logged.errors).toBeUndefined();
    }
    await server.query(`UPDATE homework SET status = 'COMPLETED' WHERE client_id = ?`, [third]);
    await server.query(`UPDATE client SET status = 'DISCHARGED' WHERE id = ?`, [third]);

    const after = await warm();
    expect(after).toEqual(await cold());
    // The figures did move, so the cache had something to notice.
    expect(after).not.toEqual(before);
  });

  it("refits the cached expected curve when a case closes, to what fresh services compute", async () => {
    const [therapistRow] = await server.query(
      `SELECT id, clinic_id AS clinic FROM "user" WHERE email = 'therapist@demo.local'`,
    );
    const viewer: Viewer = {
      userId: Number(therapistRow.id),
      role: Role.THERAPIST,
      clinicId: Number(therapistRow.clinic),
      displayName: "T",
      clientId: null,
      sessionTokenHash: "",
    };
    const [reader] = await server.query(
      `SELECT c.id, c.baseline_ors AS baseline FROM client c WHERE c.therapist_id = ? AND c.status = 'ACTIVE' AND c.baseline_ors IS NOT NULL ORDER BY c.id LIMIT 1`,
      [viewer.userId],
    );
    const expectedOf = async (services: { progress: typeof server.services.progress }) =>
      (await services.progress.clientProgress(actorFor(viewer, null), { clientId: reader.id, bucket: Bucket.WEEK }))
        .expected;
    const fresh = () =>
      createServices(server.dataSource, {
        rules: DEFAULT_RULES,
        sessionPolicy: DEFAULT_SESSION_POLICY,
        clock: () => NOW,
      });
    const before = await expectedOf(server.services);
    expect(before.length).toBeGreaterThan(0);
    // Another active client with rated sessions closes, on the day of their last session: a day before the month of
    // the reader's judged (latest rated) session, so the curve that judges it may use the case.
    const [judged] = await server.query(
      `SELECT MAX(local_date) AS day FROM therapy_session WHERE client_id = ? AND ors_total IS NOT NULL AND attendance = 'ATTENDED'`,
      [reader.id],
    );
    const monthStart = `${String(judged.day).slice(0, 7)}-01`;
    const [closing] = await server.query(
      `SELECT c.id, (SELECT MAX(s.local_date) FROM therapy_session s WHERE s.client_id = c.id) AS last
       FROM client c WHERE c.clinic_id = ? AND c.status = 'ACTIVE' AND c.id <> ? AND c.baseline_ors IS NOT NULL
       AND (SELECT COUNT(*) FROM therapy_session s WHERE s.client_id = c.id AND s.ors_total IS NOT NULL) >= 3
       AND (SELECT MAX(s.local_date) FROM therapy_session s WHERE s.client_id = c.id) < ?
       ORDER BY ABS(c.baseline_ors - ?), c.id LIMIT 1`,
      [therapistRow.clinic, reader.id, monthStart, reader.baseline],
    );
    expect(closing).toBeDefined();
    await server.query(`UPDATE client SET status = 'DROPPED_OUT', closed_on = ? WHERE id = ?`, [
      closing.last,
      closing.id,
    ]);
    const after = await expectedOf(server.services);
    expect(after).toEqual(await expectedOf(fresh()));
    expect(after).not.toEqual(before);
  });
});
