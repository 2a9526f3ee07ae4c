import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "../../server/auth/actor.ts";
import { Role } from "../../server/auth/role.ts";
import { User } from "../../server/auth/user.entity.ts";
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

  it("shows every status on the first therapist's active caseload, the one the demo sign-in opens", async () => {
    const active = await server.services.caseload.caseload(actorFor(viewerOf(therapists[0]!), null), false);
    expect(new Set(active.map((entry) => entry.status))).toEqual(
      new Set(["AT_RISK", "NOT_ON_TRACK", "INSUFFICIENT_DATA", "ON_TRACK"]),
    );
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
});
