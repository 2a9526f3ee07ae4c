import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/auth/role.ts";
import { User } from "../../server/auth/user.entity.ts";
import { DEMO_PASSWORD, seedDemoIfEmpty } from "../../server/demo/seed.ts";
import { DEFAULT_RULES } from "../../server/measures/rules.ts";
import { GraphQLSession } from "../helpers/graphql-client.ts";
import { attackAsSupervisor, differenceOverTime, type AttackFigures } from "../helpers/privacy-attack.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

const NOW = new Date("2026-11-20T17:00:00.000Z");

/**
 * The supervisor as attacker, on the demo clinic: every cohort under every grouping, twice; every overlapping pair
 * subtracted, every total against the sum of its rows; each result checked against the truth the server holds.
 */
describe("the supervisor's figures under a differencing attack", () => {
  let server: TestServer;
  let figures: AttackFigures;
  let supervisor: GraphQLSession;
  let viewer: Parameters<TestServer["services"]["metrics"]["clinicTables"]>[0];

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    await seedDemoIfEmpty(server.dataSource, { seed: 20261126, rules: DEFAULT_RULES, now: NOW });
    supervisor = new GraphQLSession(server.url);
    await supervisor.login("supervisor@demo.local", DEMO_PASSWORD);
    const user = await server.dataSource.getRepository(User).findOneByOrFail({ email: "supervisor@demo.local" });
    viewer = {
      userId: user.id,
      role: Role.SUPERVISOR,
      clinicId: user.clinicId,
      displayName: user.displayName,
      clientId: null,
      sessionTokenHash: "",
    };
    const { tables, labels, clinic } = await server.services.metrics.clinicTables(viewer);
    figures = await attackAsSupervisor(supervisor, { tables, labels, minCellSize: clinic.minCellSize });
    if (process.env.PRIVACY_ATTACK_LOG) console.log(JSON.stringify(figures, null, 2));
  });
  afterAll(() => server.close());

  it("asks for every cohort under every grouping and makes hundreds of subtractions", () => {
    // 2025 and 2026 with their quarters: 2 years × 3 groupings + 8 quarters, each asked twice, and the cohort list.
    expect(figures.requests).toBe(1 + 2 * (2 * 3 + 8));
    // The demo's shape gives about 280 subtractions over about 790 figures; far fewer means the attack broke.
    expect(figures.derivations).toBeGreaterThan(200);
    expect(figures.cellsCompared).toBeGreaterThan(2 * figures.derivations);
  });

  it("gets the same answer for a repeated request and the same value for a count wherever it is shown", () => {
    expect(figures.consistent).toBe(true);
  });

  it("recovers no count from 1 to 10 exactly and singles out no client", () => {
    expect(figures.examples).toEqual([]);
    expect(figures.exactRecoveries).toBe(0);
    expect(figures.singledOut).toBe(0);
    // Not by luck: no subtraction the attacker can make even has a small count as its true value.
    expect(figures.smallTargets).toBe(0);
  });

  it("attacks the what-works tables too, and recovers none of their small counts", () => {
    // Homework bands, planned techniques and flagged courses by revision, in every row of every cohort.
    expect(figures.whatWorks.derivations).toBeGreaterThan(200);
    expect(figures.whatWorks.exactRecoveries).toBe(0);
    expect(figures.whatWorks.smallTargets).toBe(0);
    // Their groups are small enough that subtraction would find small counts without suppression.
    expect(figures.whatWorks.perturbationOnly.smallTargets).toBeGreaterThan(0);
  });

  it("is an attack with teeth: the same subtractions find small counts when figures are not protected", () => {
    expect(figures.unprotected.exactRecoveries).toBeGreaterThan(100);
    // Perturbation alone leaves some of them exact by chance; suppression across cohorts is what removes them.
    expect(figures.perturbationOnly.exactRecoveries).toBeGreaterThan(0);
    expect(figures.perturbationOnly.exactRecoveries).toBeLessThan(figures.perturbationOnly.smallTargets);
  });

  it("leaves a hidden part of a row to an estimate that perturbation keeps uncertain", () => {
    // Within one group's row, total minus the shown parts estimates the hidden ones; the noise of each figure used
    // makes that estimate wrong most of the time, and the attacker cannot tell when it is right.
    expect(figures.withinRow.smallTargets).toBeGreaterThan(0);
    expect(figures.withinRow.exactByChance).toBeLessThan(figures.withinRow.smallTargets / 2);
  });

  it("leaves the ended courses that were not finished, worked out across the two outcome tables, uncertain", () => {
    // Discharged + dropped out − finished courses: a count shown nowhere, estimated from three perturbed figures.
    expect(figures.crossTable.estimates).toBeGreaterThan(0);
    expect(figures.crossTable.exactByChance).toBeLessThanOrEqual(figures.crossTable.smallTargets / 2);
  });

  // Last: it closes a case, so the clinic's figures change.
  it("does not give away a client who finishes a course and moves from one outcome table to the other", async () => {
    // The active client with the most attended treatment sessions and paired PHQ-9 / GAD-7 ratings.
    const [moving] = await server.query(
      `SELECT c.id AS id, c.therapist_id AS therapist FROM client c JOIN therapy_session s ON s.client_id = c.id
       WHERE c.status = 'ACTIVE' AND s.attendance = 'ATTENDED' AND s.kind <> 'INTAKE'
         AND s.phq9_total IS NOT NULL AND s.gad7_total IS NOT NULL
       GROUP BY c.id, c.therapist_id ORDER BY COUNT(*) DESC, c.id LIMIT 1`,
    );
    const therapist = await server.dataSource.getRepository(User).findOneByOrFail({ id: Number(moving.therapist) });
    const session = new GraphQLSession(server.url);
    await session.login(therapist.email, DEMO_PASSWORD);
    const closed = await session.request(
      `mutation ($id: ID!) { closeCase(clientId: $id, outcome: DISCHARGED, date: "2026-11-20") { id } }`,
      { id: String(moving.id) },
    );
    expect(closed.errors).toBeUndefined();

    const { tables, labels, clinic } = await server.services.metrics.clinicTables(viewer);
    const later = await attackAsSupervisor(supervisor, { tables, labels, minCellSize: clinic.minCellSize });
    // The move itself: one more finished course, one fewer client in treatment with paired ratings, in some row.
    const moved = (key: string) => later.published.get(key)!.truth - figures.published.get(key)!.truth;
    const keys = [...figures.published.keys()].filter((key) => later.published.has(key));
    expect(keys.some((key) => key.endsWith("#finished") && moved(key) === 1)).toBe(true);
    expect(keys.some((key) => key.endsWith("#inTreatment.nhs.eligible") && moved(key) === -1)).toBe(true);

    const difference = differenceOverTime(figures, later, clinic.minCellSize);
    if (process.env.PRIVACY_ATTACK_LOG) console.log(JSON.stringify({ difference, crossTable: figures.crossTable }));
    expect(difference.compared).toBeGreaterThan(100);
    // A cell whose clients did not change reads the same: no noise to average away by asking again.
    expect(difference.unchangedShownSame).toBe(true);
    // The cells the client left or entered: later minus earlier is a count from 1 to 10 in truth, and the attacker's
    // difference equals it only by chance (both perturbations are drawn from the same table, independently).
    expect(difference.smallTargets).toBeGreaterThan(10);
    expect(difference.exactByChance).toBeLessThan(difference.smallTargets / 2);
    // And no moment's own tables give a small count away.
    expect(later.exactRecoveries).toBe(0);
  });
});
