import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "../../server/auth/actor.ts";
import { Role } from "../../server/auth/role.ts";
import { User } from "../../server/auth/user.entity.ts";
import { ClientStatus } from "../../server/clients/client.enums.ts";
import type { Viewer } from "../../server/auth/viewer.ts";
import type { CaseloadEntry } from "../../server/caseload/caseload.types.ts";
import { generateDemo } from "../../server/demo/generator.ts";
import { seedDemoIfEmpty } from "../../server/demo/seed.ts";
import { DEFAULT_RULES } from "../../server/measures/rules.ts";
import { Bucket } from "../../server/progress/progress.enums.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

const NOW = new Date("2026-11-20T17:00:00.000Z");
const SEED = 20261126;

const viewerOf = (user: User): Viewer => ({
  userId: user.id,
  role: user.role,
  clinicId: user.clinicId,
  displayName: user.displayName,
  clientId: null,
  sessionTokenHash: "",
});

describe("the demo clinic", () => {
  let server: TestServer;
  let therapists: User[];
  const entries: CaseloadEntry[] = [];

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    const seeded = await seedDemoIfEmpty(server.dataSource, { seed: SEED, rules: DEFAULT_RULES, now: NOW });
    expect(seeded?.clients).toBe(240);
    therapists = await server.dataSource
      .getRepository(User)
      .find({ where: { role: Role.THERAPIST }, order: { id: "ASC" } });
    for (const therapist of therapists) {
      entries.push(...(await server.services.caseload.caseload(actorFor(viewerOf(therapist), null), true)));
    }
  });
  afterAll(() => server.close());

  it("is the same for the same seed and day, and differs for another seed", () => {
    const options = { seed: SEED, today: "2026-11-20", rules: DEFAULT_RULES };
    const first = generateDemo(options);
    expect(generateDemo(options)).toEqual(first);
    expect(generateDemo({ ...options, seed: SEED + 1 }).sessions).not.toEqual(first.sessions);
  });

  it("dates nothing before a client's intake, and nothing after the moment it was made", async () => {
    const count = async (sql: string) => Number((await server.query(sql, [NOW.toISOString()]))[0].n);
    // Each table's stored local date (or due date) against the client's intake, and its instant against the seeding time.
    const beforeIntake = {
      sessions: `SELECT COUNT(*) AS n FROM therapy_session s JOIN client c ON c.id = s.client_id WHERE s.local_date < c.intake_date OR s.occurred_at > ?`,
      episodes: `SELECT COUNT(*) AS n FROM symptom_episode e JOIN client c ON c.id = e.client_id WHERE e.local_date < c.intake_date OR e.occurred_at > ?`,
      homework: `SELECT COUNT(*) AS n FROM homework h JOIN client c ON c.id = h.client_id WHERE h.due_date < c.intake_date OR h.assigned_at > ?`,
      revisions: `SELECT COUNT(*) AS n FROM plan_revision r JOIN client c ON c.id = r.client_id WHERE r.local_date < c.intake_date OR r.effective_from > ?`,
    };
    const found = Object.fromEntries(
      await Promise.all(Object.entries(beforeIntake).map(async ([table, sql]) => [table, await count(sql)])),
    );
    expect(found).toEqual({ sessions: 0, episodes: 0, homework: 0, revisions: 0 });
    // The checks see rows: every table was filled.
    for (const table of ["therapy_session", "symptom_episode", "homework", "plan_revision"]) {
      expect(Number((await server.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n)).toBeGreaterThan(100);
    }
  });

  it("keeps to its clients' intakes for other seeds too", () => {
    for (let seed = 1; seed <= 8; seed++) {
      const demo = generateDemo({ seed, today: "2026-11-20", rules: DEFAULT_RULES });
      const intake = new Map(demo.clients.map((client) => [client.id, client.intakeDate]));
      const early = [
        ...demo.sessions.filter((row) => row.localDate < intake.get(row.clientId)!),
        ...demo.episodes.filter((row) => row.localDate < intake.get(row.clientId)!),
        ...demo.homework.filter((row) => row.dueDate < intake.get(row.clientId)!),
        ...demo.revisions.filter((row) => row.localDate < intake.get(row.clientId)!),
      ];
      expect(early, `seed ${seed}`).toEqual([]);
    }
  });

  it("has 8 therapists, a supervisor and about 240 clients", async () => {
    expect(therapists).toHaveLength(8);
    expect(await server.dataSource.getRepository(User).countBy({ role: Role.SUPERVISOR })).toBe(1);
    expect(entries).toHaveLength(240);
    expect(await seedDemoIfEmpty(server.dataSource, { seed: SEED, rules: DEFAULT_RULES, now: NOW })).toBeNull();
  });

  it("shows every status, several times, across the clinic", () => {
    const byStatus = new Map<string, number>();
    for (const entry of entries) byStatus.set(entry.status, (byStatus.get(entry.status) ?? 0) + 1);
    for (const status of ["AT_RISK", "NOT_ON_TRACK", "INSUFFICIENT_DATA", "ON_TRACK"]) {
      expect(byStatus.get(status) ?? 0).toBeGreaterThanOrEqual(3);
    }
  });

  it("shows every status on the active caseloads, and a flagged client on the one the demo sign-in opens", async () => {
    const active = entries.filter((entry) => entry.client.status === ClientStatus.ACTIVE);
    expect(new Set(active.map((entry) => entry.summary.status))).toEqual(
      new Set(["AT_RISK", "NOT_ON_TRACK", "INSUFFICIENT_DATA", "ON_TRACK"]),
    );
    const first = await server.services.caseload.caseload(actorFor(viewerOf(therapists[0]!), null), false);
    const statuses = new Set<string>(first.map((entry) => entry.status));
    expect(statuses).toContain("ON_TRACK");
    expect(statuses.has("AT_RISK") || statuses.has("NOT_ON_TRACK")).toBe(true);
  });

  it("has active, discharged and dropped-out clients, with both off-track methods in use", () => {
    const statuses = new Set(entries.map((entry) => entry.client.status));
    expect(statuses).toEqual(new Set(["ACTIVE", "DISCHARGED", "DROPPED_OUT"]));
    const methods = new Set(entries.map((entry) => entry.summary.offTrackMethod).filter(Boolean));
    expect(methods).toEqual(new Set(["EXPECTED_CURVE", "FALLBACK_RULE"]));
  });

  it("has plan revisions followed by a clearly lower episode rate, and some that were not", async () => {
    const revised = await server.query<{ id: number; therapist: number }>(
      `SELECT client_id AS id, therapist_id AS therapist FROM plan_revision r JOIN client c ON c.id = r.client_id WHERE r.version = 2`,
    );
    let helped = 0;
    let notHelped = 0;
    for (const { id, therapist } of revised) {
      const actor = actorFor(viewerOf(therapists.find((t) => t.id === therapist)!), null);
      const progress = await server.services.progress.clientProgress(actor, { clientId: id, bucket: Bucket.MONTH });
      const rate = progress.planRevisions.find((revision) => revision.version === 2)!.comparison.episodeRateRatio;
      if (rate?.upper != null && rate.upper < 1) helped++;
      else notHelped++;
    }
    expect(helped).toBeGreaterThanOrEqual(3);
    expect(notHelped).toBeGreaterThanOrEqual(1);
  });

  it("has a measurement plan for every active client, most before each session, some weekly", async () => {
    const rows = await server.query<{ status: string; schedule: string | null; measures: string | null }>(
      `SELECT c.status, p.schedule, p.measures FROM client c LEFT JOIN measurement_plan p ON p.client_id = c.id`,
    );
    const active = rows.filter((row) => row.status === "ACTIVE");
    expect(active.length).toBeGreaterThan(50);
    expect(active.filter((row) => row.schedule == null)).toEqual([]);
    const weekly = active.filter((row) => row.schedule === "WEEKLY").length;
    expect(weekly).toBeGreaterThan(0);
    expect(weekly).toBeLessThan(active.length / 2);
    for (const row of active) expect(JSON.parse(row.measures!)).toEqual(expect.arrayContaining(["ORS", "SRS"]));
  });

  it("has about half of the active clients reporting their own measures before sessions", async () => {
    const [{ active }] = await server.query(`SELECT COUNT(*) AS active FROM client WHERE status = 'ACTIVE'`);
    const [{ reporting }] = await server.query(
      `SELECT COUNT(DISTINCT c.id) AS reporting FROM client c
         JOIN check_in ci ON ci.client_id = c.id
         JOIN therapy_session s ON s.id = ci.session_id AND s.check_in_id = ci.id AND s.ratings_source = 'CLIENT'
       WHERE c.status = 'ACTIVE'`,
    );
    const share = Number(reporting) / Number(active);
    expect(share).toBeGreaterThanOrEqual(0.4);
    expect(share).toBeLessThanOrEqual(0.6);
    // An adopted check-in holds the session's ratings, was sent 1–2 days before it, in the window its predecessor opened.
    const adopted = await server.query<Record<string, unknown>>(
      `SELECT ci.window_key AS "windowKey", ci.submitted_at AS "submittedAt", s.occurred_at AS "occurredAt",
              ci.ors_total AS "checkInOrs", s.ors_total AS "sessionOrs", ci.week_rating AS "checkInWeek",
              s.week_rating AS "sessionWeek", ci.phq9_total AS "checkInPhq9", s.phq9_total AS "sessionPhq9",
              ci.gad7_total AS "checkInGad7", s.gad7_total AS "sessionGad7", p.schedule,
              (SELECT MAX(prev.id) FROM therapy_session prev WHERE prev.client_id = s.client_id
                 AND prev.attendance = 'ATTENDED' AND prev.occurred_at < s.occurred_at) AS "previousId"
         FROM check_in ci JOIN therapy_session s ON s.id = ci.session_id
         JOIN measurement_plan p ON p.client_id = ci.client_id`,
    );
    expect(adopted.length).toBeGreaterThan(100);
    for (const row of adopted) {
      expect(row.checkInOrs).toBe(row.sessionOrs);
      expect(row.checkInWeek).toBe(row.sessionWeek);
      expect(row.checkInPhq9).toBe(row.sessionPhq9);
      expect(row.checkInGad7).toBe(row.sessionGad7);
      const hoursBefore =
        (new Date(row.occurredAt as string).getTime() - new Date(row.submittedAt as string).getTime()) / 3_600_000;
      expect(hoursBefore).toBeGreaterThan(1);
      expect(hoursBefore).toBeLessThan(3 * 24);
      if (row.schedule === "BEFORE_EACH_SESSION") expect(row.windowKey).toBe(`S:${String(row.previousId)}`);
      else expect(row.windowKey).toMatch(/^W:\d{4}-\d{2}-\d{2}$/);
    }
    const words = await server.query<{ words: string }>(
      `SELECT DISTINCT week_words AS words FROM check_in WHERE week_words IS NOT NULL`,
    );
    expect(words.length).toBeGreaterThanOrEqual(10);
    const [{ clientSrs }] = await server.query(
      `SELECT COUNT(*) AS "clientSrs" FROM therapy_session WHERE srs_source = 'CLIENT' AND srs_total IS NOT NULL`,
    );
    expect(Number(clientSrs)).toBeGreaterThan(0);
  });

  it("shows both sources on the caseload, with some check-ins pending", () => {
    const sources = entries.flatMap((entry) => entry.orsSparklineSources);
    expect(sources).toContain("CLIENT");
    expect(sources).toContain("SESSION");
    for (const entry of entries) expect(entry.orsSparklineSources).toHaveLength(entry.orsSparkline.length);
  });

  it("has check-ins sent since a client's last session that wait to be adopted, last on the sparkline", async () => {
    const pending = await server.query<{ clientId: number; ors: number }>(
      `SELECT ci.client_id AS "clientId", ci.ors_total AS ors FROM check_in ci
        WHERE ci.session_id IS NULL AND ci.submitted_at > ? AND NOT EXISTS (
          SELECT 1 FROM therapy_session s WHERE s.client_id = ci.client_id AND s.attendance = 'ATTENDED'
             AND s.occurred_at >= ci.submitted_at)`,
      [new Date(NOW.getTime() - 3 * 24 * 3_600_000).toISOString()],
    );
    expect(pending.length).toBeGreaterThanOrEqual(3);
    for (const { clientId, ors } of pending) {
      const entry = entries.find((candidate) => candidate.client.id === Number(clientId))!;
      expect(entry.orsSparklineSources.at(-1)).toBe("CLIENT");
      expect(entry.latestOrs).toBeCloseTo(Number(ors), 5);
    }
    // Nothing is dated before the client's intake, or after the demo was made.
    const [{ misdated }] = await server.query(
      `SELECT COUNT(*) AS misdated FROM check_in ci JOIN client c ON c.id = ci.client_id
        WHERE ci.local_date < c.intake_date OR ci.submitted_at > ?`,
      [NOW.toISOString()],
    );
    expect(Number(misdated)).toBe(0);
  });

  it("has example crisis resources, labelled as examples, and one acknowledged risk alert and none open", async () => {
    const [clinic] = await server.query<{ resources: string }>(`SELECT crisis_resources AS resources FROM clinic`);
    const resources = JSON.parse(clinic!.resources) as { name: string; phone: string | null; example: boolean }[];
    expect(resources.length).toBeGreaterThan(0);
    for (const resource of resources) {
      expect(resource.example).toBe(true);
      expect(resource.name).toMatch(/example/i);
      if (resource.phone) expect(resource.phone).toMatch(/^555-/);
    }
    const alerts = await server.query<Record<string, unknown>>(
      `SELECT ra.acknowledged_at AS "acknowledgedAt", ra.action, ra.note, ci.phq9_q9 AS "item9", ci.submitted_at AS "submittedAt"
         FROM risk_alert ra JOIN check_in ci ON ci.id = ra.check_in_id`,
    );
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ action: "SAFETY_PLAN_REVIEWED" });
    expect(alerts[0]!.acknowledgedAt).not.toBeNull();
    expect(String(alerts[0]!.note).length).toBeGreaterThan(10);
    expect(Number(alerts[0]!.item9)).toBeGreaterThan(DEFAULT_RULES.PHQ9_ITEM9_RISK_ABOVE);
    // Every other check-in is below the safety rules: nothing would have raised another alert.
    const [{ unsafe }] = await server.query(
      `SELECT COUNT(*) AS unsafe FROM check_in WHERE phq9_q9 > ? OR not_safe = ?`,
      [DEFAULT_RULES.PHQ9_ITEM9_RISK_ABOVE, true],
    );
    expect(Number(unsafe)).toBe(1);
  });
});
