import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, getNamedType, isObjectType, type GraphQLObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/auth/role.ts";
import { User } from "../../server/auth/user.entity.ts";
import { Homework } from "../../server/homework/homework.entity.ts";
import { DEMO_PASSWORD, seedDemoIfEmpty } from "../../server/demo/seed.ts";
import { DEFAULT_RULES } from "../../server/measures/rules.ts";
import { parseCohort } from "../../server/supervision/cohorts.ts";
import { MetricsGroup } from "../../server/supervision/metrics.types.ts";
import { createClient, createClinic, createPractice, createUser, TEST_PASSWORD } from "../helpers/factories.ts";
import { GraphQLSession, onlyError } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

const NOW = new Date("2026-11-20T17:00:00.000Z");
const COUNT = `{ value suppressed }`;
const RATE = `{ numerator denominator rate suppressed }`;
const SPREAD = `{ median q1 q3 clients suppressed }`;
const OUTCOMES = `{ measure eligible ${COUNT} reliableImprovement ${RATE} noReliableChange ${RATE} reliableDeterioration ${RATE}
             atCasenessAtStart ${COUNT} recovery ${RATE} reliableRecovery ${RATE} }`;
const GROUP = `{ key label courses ${COUNT} outcomes { measure eligible ${COUNT} reliableImprovement ${RATE} } }`;
const ROW = `{ label clients ${COUNT} active ${COUNT} discharged ${COUNT} droppedOut ${COUNT} finishedCourses ${COUNT}
  sessionsPerClient ${SPREAD} outcomes ${OUTCOMES} inTreatmentOutcomes ${OUTCOMES}
  flagged ${RATE} revisedWithinThreeWeeks ${RATE} homeworkCompletion ${RATE} selfAssignedHomework ${RATE} episodeRateRatio ${SPREAD}
  whatWorks { homeworkBands ${GROUP} plannedTechniques ${GROUP}
    revisionAfterFlag { responseDays flaggedCourses ${COUNT} revisedInTime ${RATE} groups ${GROUP} } } }`;
const METRICS = `query ($groupBy: MetricsGroup!, $cohort: String) { caseloadMetrics(groupBy: $groupBy, cohort: $cohort) {
  cohort { id kind label fromMonth toMonth groupings } groupBy fromMonth toMonth minCellSize suppressionRule perturbationNote
  rows ${ROW} total ${ROW} therapists ${ROW} typicalCourse { monthInTreatment ors ${SPREAD} phq9 ${SPREAD} } } }`;

/** Every count a response carries: Count values, rate numerators and denominators, distribution sizes. */
function countsIn(node: unknown, found: number[] = []): number[] {
  if (Array.isArray(node)) node.forEach((item) => countsIn(item, found));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (["value", "numerator", "denominator", "clients"].includes(key) && typeof value === "number")
        found.push(value);
      else countsIn(value, found);
    }
  }
  return found;
}

describe("anonymised caseload metrics on the demo clinic", () => {
  let server: TestServer;
  let supervisor: GraphQLSession;
  const responses: Record<string, unknown> = {};

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    await seedDemoIfEmpty(server.dataSource, { seed: 20261126, rules: DEFAULT_RULES, now: NOW });
    supervisor = new GraphQLSession(server.url);
    await supervisor.login("supervisor@demo.local", DEMO_PASSWORD);
    for (const groupBy of ["INTAKE_QUARTER", "COMPLAINT", "THERAPIST"]) {
      const response = await supervisor.request(METRICS, { groupBy });
      expect(response.errors).toBeUndefined();
      responses[groupBy] = response.data;
    }
  });
  afterAll(() => server.close());

  it("shows the latest year half gone by first, with real figures, not only suppressed cells", () => {
    const metrics = (responses.COMPLAINT as any).caseloadMetrics;
    expect(metrics.cohort).toEqual({
      id: "2026",
      kind: "YEAR",
      label: "2026",
      fromMonth: "2026-01",
      toMonth: "2026-12",
      groupings: ["COMPLAINT", "INTAKE_QUARTER", "THERAPIST"],
    });
    expect(metrics.total.clients.value).toBeGreaterThan(100);
    expect(metrics.rows.length).toBe(6);
    expect((responses.THERAPIST as any).caseloadMetrics.therapists.length).toBe(8);
    expect((responses.INTAKE_QUARTER as any).caseloadMetrics.rows.map((row: any) => row.label)).toEqual([
      "2026 Q1",
      "2026 Q2",
      "2026 Q3",
      "2026 Q4",
    ]);
    expect(countsIn(responses).filter((n) => n >= 11).length).toBeGreaterThan(50);
    expect(metrics.perturbationNote).toMatch(/may not add up/);
  });

  it("perturbs every count by at most 2, the same way in every response that shows it", async () => {
    const user = await server.dataSource.getRepository(User).findOneByOrFail({ email: "supervisor@demo.local" });
    const viewer = {
      userId: user.id,
      role: Role.SUPERVISOR,
      clinicId: user.clinicId,
      displayName: user.displayName,
      clientId: null,
      sessionTokenHash: "",
    };
    const { tables, labels } = await server.services.metrics.clinicTables(viewer);
    const shown = (responses.COMPLAINT as any).caseloadMetrics;
    const layout = tables.layout(parseCohort("2026"), MetricsGroup.COMPLAINT, labels);
    // The total's client count: its true value comes from the database directly.
    const [{ n }] = await server.query(
      `SELECT COUNT(*) AS n FROM client WHERE intake_date BETWEEN '2026-01-01' AND '2026-12-31'`,
    );
    expect(tables.figure(layout.total, "clients")!.value).toBe(Number(n));
    let moved = 0;
    for (const [row, id] of [
      [shown.total, layout.total],
      ...shown.rows.map((r: any, i: number) => [r, layout.rows[i]!.id]),
    ] as [any, string][]) {
      for (const [field, variable] of [
        ["clients", "clients"],
        ["active", "active"],
        ["discharged", "discharged"],
        ["droppedOut", "droppedOut"],
      ] as const) {
        if (row[field].suppressed) continue;
        const figure = tables.figure(id, variable)!;
        expect(row[field].value).toBe(figure.perturbed);
        expect(Math.abs(figure.perturbed - figure.value)).toBeLessThanOrEqual(2);
        if (figure.perturbed !== figure.value) moved++;
      }
    }
    expect(moved).toBeGreaterThan(0);
    // The year's quarter rows are the quarters' own totals, figure for figure.
    const byQuarter = (responses.INTAKE_QUARTER as any).caseloadMetrics.rows;
    for (const quarter of byQuarter) {
      const own = await supervisor.request<any>(METRICS, {
        groupBy: "COMPLAINT",
        cohort: quarter.label.replace(" ", "-"),
      });
      expect(own.data.caseloadMetrics.total).toEqual({ ...quarter, label: "All clients" });
    }
  });

  it("refuses cohorts off the grid, and groupings a quarter does not offer, naming the argument", async () => {
    for (const [variables, field] of [
      [{ groupBy: "COMPLAINT", cohort: "2026-06" }, "cohort"],
      [{ groupBy: "COMPLAINT", cohort: "1969" }, "cohort"],
      [{ groupBy: "THERAPIST", cohort: "2026-Q3" }, "groupBy"],
    ] as const) {
      const error = onlyError(await supervisor.request(METRICS, variables));
      expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    const ranges = `query ($from: DateTimeISO, $to: DateTimeISO) { caseloadMetrics(groupBy: COMPLAINT, from: $from, to: $to) { cohort { id } } }`;
    const quarter = await supervisor.request<any>(ranges, { from: "2026-07-01T12:00:00Z", to: "2026-09-30T12:00:00Z" });
    expect(quarter.data.caseloadMetrics.cohort.id).toBe("2026-Q3");
    for (const [from, to] of [
      ["2026-06-15T12:00:00Z", "2026-12-31T12:00:00Z"],
      ["0001-01-01T00:00:00Z", "2026-12-31T12:00:00Z"],
    ]) {
      expect(onlyError(await supervisor.request(ranges, { from, to })).extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "from",
      });
    }
    const cohorts = await supervisor.request<any>(`{ metricsCohorts { id groupings } }`);
    expect(cohorts.data.metricsCohorts.map((c: any) => c.id)).toEqual([
      "2026",
      "2026-Q4",
      "2026-Q3",
      "2026-Q2",
      "2026-Q1",
      "2025",
      "2025-Q4",
      "2025-Q3",
      "2025-Q2",
      "2025-Q1",
    ]);
  });

  it("contains no client's name, email, free text, exact date or id, for every grouping", async () => {
    const names = (await server.query(`SELECT display_name AS v FROM client`)).map((r: { v: string }) => r.v);
    const emails = (await server.query(`SELECT email AS v FROM "user" WHERE role = 'CLIENT'`)).map(
      (r: { v: string }) => r.v,
    );
    const texts = (
      await server.query(
        `SELECT situation AS v FROM symptom_episode WHERE situation IS NOT NULL UNION SELECT what_i_did FROM symptom_episode WHERE what_i_did IS NOT NULL
         UNION SELECT priority_issue_text FROM therapy_session WHERE priority_issue_text IS NOT NULL UNION SELECT private_notes FROM therapy_session WHERE private_notes IS NOT NULL
         UNION SELECT description FROM homework UNION SELECT rationale FROM plan_revision`,
      )
    ).map((r: { v: string }) => r.v);
    expect(names.length).toBe(240);
    expect(texts.length).toBeGreaterThan(20);
    for (const groupBy of Object.keys(responses)) {
      const json = JSON.stringify(responses[groupBy]);
      for (const secret of [...names, ...emails, ...texts])
        expect(json, `${groupBy} leaks "${secret}"`).not.toContain(secret);
      expect(json).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
    // No identifier can be asked for: nothing reachable from CaseloadMetrics has an ID field.
    const schema = buildSchema(readFileSync(path.resolve("schema.graphql"), "utf8"));
    const seen = new Set<string>();
    const visit = (type: GraphQLObjectType) => {
      if (seen.has(type.name)) return;
      seen.add(type.name);
      for (const field of Object.values(type.getFields())) {
        expect(getNamedType(field.type).name, `${type.name}.${field.name}`).not.toBe("ID");
        const named = getNamedType(field.type);
        if (isObjectType(named)) visit(named);
      }
    };
    visit(schema.getType("CaseloadMetrics") as GraphQLObjectType);
    expect(seen.size).toBeGreaterThan(4);
  });

  it("shows the what-works tables for the demo's cohort, with figures as well as hidden cells", () => {
    const works = (responses.COMPLAINT as any).caseloadMetrics.total.whatWorks;
    expect(works.homeworkBands.map((band: any) => band.key)).toEqual(["TOO_FEW", "LOW", "MIDDLE", "HIGH"]);
    const groups = [...works.homeworkBands, ...works.plannedTechniques, ...works.revisionAfterFlag.groups];
    expect(
      groups.filter((group: any) => !group.courses.suppressed && group.courses.value >= 11).length,
    ).toBeGreaterThan(5);
    expect(works.plannedTechniques.length).toBeGreaterThan(3);
    // Labels are plain words for the page, never a key.
    for (const group of groups) expect(group.label).not.toMatch(/_|^[A-Z]+$/);
  });

  it("returns no count or denominator from 1 to 10", () => {
    const counts = countsIn(responses);
    expect(counts.length).toBeGreaterThan(500);
    expect(counts.filter((n) => n >= 1 && n < 11)).toEqual([]);
  });

  it("is refused to therapists and clients", async () => {
    for (const email of ["therapist@demo.local", "client@demo.local"]) {
      const session = new GraphQLSession(server.url);
      await session.login(email, DEMO_PASSWORD);
      expect(onlyError(await session.request(METRICS, { groupBy: "COMPLAINT" })).extensions?.code).toBe("FORBIDDEN");
      expect(onlyError(await session.request(`{ auditSummary { count } }`)).extensions?.code).toBe("FORBIDDEN");
    }
  });
});

describe("small-cell suppression in a constructed clinic", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
  });
  afterAll(() => server.close());

  it("leaves out a therapist with 3 clients and another group with them, so the total does not give the 3 away", async () => {
    const clinic = await createClinic(server.dataSource);
    const small = await createUser(server.dataSource, clinic, Role.THERAPIST);
    const larger = [
      await createUser(server.dataSource, clinic, Role.THERAPIST),
      await createUser(server.dataSource, clinic, Role.THERAPIST),
    ];
    for (let i = 0; i < 3; i++) await createClient(server.dataSource, small, { intakeDate: "2026-10-05" });
    for (const [index, therapist] of larger.entries()) {
      for (let i = 0; i < 20 + 5 * index; i++)
        await createClient(server.dataSource, therapist, { intakeDate: "2026-10-05" });
    }
    const supervisorUser = await createUser(server.dataSource, clinic, Role.SUPERVISOR);
    const supervisor = new GraphQLSession(server.url);
    await supervisor.login(supervisorUser.email, TEST_PASSWORD);
    const response = await supervisor.request<any>(METRICS, { groupBy: "THERAPIST" });
    expect(response.errors).toBeUndefined();
    const { rows, total } = response.data.caseloadMetrics;
    const labels = rows.map((r: any) => r.label);
    // The small group is not listed at all, so not even its existence shows; nor is the next smallest.
    expect(labels).not.toContain(small.displayName);
    expect(labels).toEqual([larger[1]!.displayName]);
    expect(Math.abs(total.clients.value - 48)).toBeLessThanOrEqual(2);
    // Subtracting what is listed from the total leaves 23 clients in two groups, never the 3 alone.
    const listedTrue = 25;
    expect(48 - listedTrue).toBeGreaterThanOrEqual(11);
    expect(JSON.stringify(response.data)).not.toMatch(/"value":[1-9],|"value":10,/);
  });
});

describe("outcome rates against an independent computation", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
  });
  afterAll(() => server.close());

  // First and last PHQ-9 / GAD-7 totals of each client (items chosen to sum to these totals).
  const COURSES: [number, number, number, number][] = [
    [18, 11, 12, 9], // PHQ-9 reliable improvement, still a case on PHQ-9
    [12, 5, 9, 4], // reliable recovery (docs/clinical.md example)
    [20, 9, 15, 7], // reliable recovery
    [14, 12, 10, 9], // no reliable change, still a case
    [9, 16, 6, 12], // reliable deterioration
    [6, 3, 5, 2], // not at caseness at the start: outside the recovery denominator
    [4, 4, 3, 3], // not at caseness, no change
    [11, 8, 8, 11], // PHQ-9 down 3, GAD-7 up 3: no reliable change; recovered? no (GAD-7 11 ≥ 8)
    [16, 10, 14, 9], // PHQ-9 −6, GAD-7 −5: reliable improvement; recovery no (PHQ-9 10 is a case)
    [10, 4, 7, 6], // case at start (PHQ-9 10), PHQ −6: reliable improvement, recovered → reliable recovery
  ];

  /** Items that add up to a total, 0–3 each. */
  const items = (total: number, count: number) =>
    Array.from({ length: count }, (_, i) => Math.max(0, Math.min(3, total - 3 * i)));

  /** NHS Talking Therapies paired definitions, written out here independently of server/measures. */
  function nhs([phqStart, phqEnd, gadStart, gadEnd]: [number, number, number, number]) {
    const caseStart = phqStart >= 10 || gadStart >= 8;
    const caseEnd = phqEnd >= 10 || gadEnd >= 8;
    const phqDown = phqStart - phqEnd >= 6;
    const phqUp = phqEnd - phqStart >= 6;
    const gadDown = gadStart - gadEnd >= 4;
    const gadUp = gadEnd - gadStart >= 4;
    const improved = (phqDown || gadDown) && !phqUp && !gadUp;
    const deteriorated = (phqUp || gadUp) && !phqDown && !gadDown;
    return {
      caseStart,
      improved,
      deteriorated,
      recovered: caseStart && !caseEnd,
      reliablyRecovered: caseStart && !caseEnd && improved,
    };
  }

  /** Records a client's first and last ratings four weeks apart; `firstKind` INTAKE makes the first an assessment. */
  async function course(
    session: GraphQLSession,
    therapist: User,
    [phqStart, phqEnd, gadStart, gadEnd]: [number, number, number, number],
    firstKind: "INTAKE" | "FOLLOW_UP" = "FOLLOW_UP",
  ) {
    const client = await createClient(server.dataSource, therapist, { intakeDate: "2026-09-01" });
    for (const [week, phq, gad, kind] of [
      [0, phqStart, gadStart, firstKind],
      [4, phqEnd, gadEnd, "FOLLOW_UP"],
    ] as const) {
      const recorded = await session.request(
        `mutation ($input: RecordSessionInput!) { recordSession(input: $input) { id } }`,
        {
          input: {
            clientId: client.id,
            occurredAt: new Date(Date.UTC(2026, 8, 2 + 7 * week, 15)).toISOString(),
            attendance: "ATTENDED",
            kind,
            phq9: items(phq, 9),
            gad7: items(gad, 7),
          },
        },
      );
      expect(recorded.errors).toBeUndefined();
    }
    return client;
  }

  async function close(session: GraphQLSession, clientId: number, outcome: "DISCHARGED" | "DROPPED_OUT") {
    const closed = await session.request(
      `mutation ($id: ID!, $outcome: CaseOutcome!) { closeCase(clientId: $id, outcome: $outcome, date: "2026-10-15") { id } }`,
      { id: String(clientId), outcome },
    );
    expect(closed.errors).toBeUndefined();
  }

  it("counts finished courses only in the NHS rates, and clients still in treatment in their own table", async () => {
    const clinic = await createClinic(server.dataSource, { minCellSize: 1 });
    const therapist = await createUser(server.dataSource, clinic, Role.THERAPIST);
    const session = new GraphQLSession(server.url);
    await session.login(therapist.email, TEST_PASSWORD);
    // Finished courses: ended, with two attended treatment sessions each; every other one dropped out.
    for (const [i, c] of COURSES.entries())
      await close(session, (await course(session, therapist, c)).id, i % 2 ? "DROPPED_OUT" : "DISCHARGED");
    // Still in treatment, and all recovered: counted as finished, they would raise the recovery rate.
    const STILL_IN_TREATMENT: [number, number, number, number][] = [
      [15, 4, 12, 3],
      [12, 3, 10, 2],
      [20, 6, 14, 5],
      [9, 16, 6, 12],
    ];
    for (const c of STILL_IN_TREATMENT) await course(session, therapist, c);
    // Ended after an assessment and a single treatment session: recovered, but not a finished course.
    const short = await course(session, therapist, [16, 4, 13, 3], "INTAKE");
    await close(session, short.id, "DISCHARGED");

    const supervisorUser = await createUser(server.dataSource, clinic, Role.SUPERVISOR);
    const supervisor = new GraphQLSession(server.url);
    await supervisor.login(supervisorUser.email, TEST_PASSWORD);
    const response = await supervisor.request<any>(METRICS, { groupBy: "COMPLAINT" });
    expect(response.errors).toBeUndefined();
    // The published figures are perturbed; the true counts behind them are what the classification decides.
    const viewer = {
      userId: supervisorUser.id,
      role: Role.SUPERVISOR,
      clinicId: clinic.id,
      displayName: "",
      clientId: null,
      sessionTokenHash: "",
    };
    const { tables, labels } = await server.services.metrics.clinicTables(viewer);
    const total = tables.layout(parseCohort("2026"), MetricsGroup.COMPLAINT, labels).total;
    const count = (variable: string) => tables.figure(total, variable)!.value;

    const tally = (courses: [number, number, number, number][]) => {
      const expected = courses.map(nhs);
      return {
        eligible: courses.length,
        caseness: expected.filter((e) => e.caseStart).length,
        improved: expected.filter((e) => e.improved).length,
        deteriorated: expected.filter((e) => e.deteriorated).length,
        recovered: expected.filter((e) => e.recovered).length,
        reliablyRecovered: expected.filter((e) => e.reliablyRecovered).length,
      };
    };
    const finished = tally(COURSES);
    expect(count("finished")).toBe(COURSES.length);
    for (const [variable, value] of Object.entries(finished)) expect(count(`finished.nhs.${variable}`)).toBe(value);
    for (const [variable, value] of Object.entries(tally(STILL_IN_TREATMENT)))
      expect(count(`inTreatment.nhs.${variable}`)).toBe(value);
    expect(finished.caseness).toBeLessThan(COURSES.length);
    // The test can fail: counting the active clients, or the short course, would give another recovery rate.
    const withActive = tally([...COURSES, ...STILL_IN_TREATMENT]);
    const withShort = tally([...COURSES, [16, 4, 13, 3]]);
    expect(withActive.recovered / withActive.caseness).not.toBeCloseTo(finished.recovered / finished.caseness, 5);
    expect(withShort.recovered / withShort.caseness).not.toBeCloseTo(finished.recovered / finished.caseness, 5);

    // What is published is the perturbed count, and the rate comes from the perturbed numerator and denominator.
    const shown = response.data.caseloadMetrics.total;
    const outcome = shown.outcomes.find((o: any) => o.measure === "NHS_PHQ9_GAD7");
    expect(outcome.recovery).toMatchObject({
      numerator: tables.figure(total, "finished.nhs.recovered")!.perturbed,
      denominator: tables.figure(total, "finished.nhs.caseness")!.perturbed,
    });
    expect(outcome.recovery.rate).toBeCloseTo(outcome.recovery.numerator / outcome.recovery.denominator, 10);
    expect(shown.finishedCourses.value).toBe(tables.figure(total, "finished")!.perturbed);
    const current = shown.inTreatmentOutcomes.find((o: any) => o.measure === "NHS_PHQ9_GAD7");
    expect(current.eligible.value).toBe(tables.figure(total, "inTreatment.nhs.eligible")!.perturbed);
    expect(current.recovery).toMatchObject({
      numerator: tables.figure(total, "inTreatment.nhs.recovered")!.perturbed,
      denominator: tables.figure(total, "inTreatment.nhs.caseness")!.perturbed,
    });
  });
});

describe("the audit log", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
  });
  afterAll(() => server.close());

  it("adds exactly one event per read of clientProgress, and no API operation changes or deletes one", async () => {
    const practice = await createPractice(server.dataSource);
    const therapist = new GraphQLSession(server.url);
    await therapist.login(practice.therapistA.email, TEST_PASSWORD);
    const reads = async () =>
      Number(
        (
          await server.query(`SELECT COUNT(*) AS n FROM audit_event WHERE action = 'READ_PROGRESS' AND client_id = ?`, [
            practice.clientA.id,
          ])
        )[0].n,
      );
    for (let i = 1; i <= 3; i++) {
      const before = await reads();
      await therapist.request(`query ($id: ID!) { clientProgress(clientId: $id) { summary { status } } }`, {
        id: practice.clientA.id,
      });
      expect(await reads()).toBe(before + 1);
    }

    const snapshot = await server.query(`SELECT * FROM audit_event ORDER BY id`);
    const client = new GraphQLSession(server.url);
    await client.login(practice.clientUserA.email, TEST_PASSWORD);
    const supervisor = new GraphQLSession(server.url);
    await supervisor.login(practice.supervisor.email, TEST_PASSWORD);
    const schema = buildSchema(readFileSync(path.resolve("schema.graphql"), "utf8"));
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    expect(mutations.filter((name) => /audit/i.test(name))).toEqual([]);
    const attempts: Record<string, [GraphQLSession, string, Record<string, unknown>]> = {
      recordSession: [
        therapist,
        `mutation ($i: RecordSessionInput!) { recordSession(input: $i) { id } }`,
        { i: { clientId: practice.clientA.id, occurredAt: "2026-11-19T15:00:00Z", attendance: "ATTENDED" } },
      ],
      logEpisode: [
        client,
        `mutation ($i: LogEpisodeInput!) { logEpisode(input: $i) { id } }`,
        {
          i: {
            occurredAt: "2026-11-19T15:00:00Z",
            symptom: "WORRY",
            peakIntensity: 4,
            durationMinutes: 5,
            episodeType: "ANTICIPATED",
          },
        },
      ],
      assignHomework: [
        client,
        `mutation ($i: AssignHomeworkInput!) { assignHomework(input: $i) { id } }`,
        { i: { type: "READING", description: "Handout", dueDate: "2026-11-25" } },
      ],
      updateHomework: [
        client,
        `mutation ($i: UpdateHomeworkInput!) { updateHomework(input: $i) { id } }`,
        { i: { homeworkId: "1", status: "COMPLETED" } },
      ],
      revisePlan: [
        therapist,
        `mutation ($i: RevisePlanInput!) { revisePlan(input: $i) { id } }`,
        { i: { clientId: practice.clientA.id, goals: ["x"], rationale: "y" } },
      ],
      createAccessToken: [therapist, `mutation { createAccessToken(name: "audit", expiresInDays: 1) { token } }`, {}],
      revokeAccessToken: [therapist, `mutation { revokeAccessToken(id: "1") { id } }`, {}],
      endSession: [client, `mutation { endSession(id: "0000000000000000") }`, {}],
      beginTotpEnrollment: [client, `mutation { beginTotpEnrollment { secret } }`, {}],
      confirmTotpEnrollment: [client, `mutation { confirmTotpEnrollment(code: "000000") }`, {}],
      verifySecondFactor: [client, `mutation { verifySecondFactor(code: "000000") { id } }`, {}],
      inviteStaff: [
        supervisor,
        `mutation ($i: InviteStaffInput!) { inviteStaff(input: $i) { url } }`,
        { i: { email: "someone.new@example.org", displayName: "Someone", role: "THERAPIST" } },
      ],
      inviteClient: [
        therapist,
        `mutation ($id: ID!) { inviteClient(clientId: $id) { url } }`,
        { id: practice.clientA.id },
      ],
      acceptInvitation: [
        client,
        `mutation { acceptInvitation(token: "not-a-token", password: "violet harbour lantern 93") { id } }`,
        {},
      ],
      deactivateStaff: [
        supervisor,
        `mutation ($id: ID!) { deactivateStaff(userId: $id) { id } }`,
        { id: practice.therapistB.id },
      ],
      changePassword: [
        client,
        `mutation { changePassword(currentPassword: "not it", newPassword: "violet harbour lantern 93") }`,
        {},
      ],
      resetPassword: [
        supervisor,
        `mutation ($id: ID!) { resetPassword(userId: $id) { url } }`,
        { id: practice.therapistB.id },
      ],
      admitClient: [
        therapist,
        `mutation ($i: AdmitClientInput!) { admitClient(input: $i) { id } }`,
        { i: { displayName: "New", complaint: "PANIC", intakeDate: "2026-11-01", ageBand: "AGE_25_34" } },
      ],
      updateClient: [
        therapist,
        `mutation ($i: UpdateClientInput!) { updateClient(input: $i) { id } }`,
        { i: { clientId: practice.clientA.id, displayName: "Renamed" } },
      ],
      closeCase: [
        therapist,
        `mutation ($id: ID!) { closeCase(clientId: $id, outcome: DISCHARGED, date: "2026-11-20") { id } }`,
        { id: practice.clientA.id },
      ],
      reopenCase: [therapist, `mutation ($id: ID!) { reopenCase(clientId: $id) { id } }`, { id: practice.clientA.id }],
      transferClient: [
        therapist,
        `mutation ($id: ID!, $to: ID!) { transferClient(clientId: $id, toTherapistId: $to) { id } }`,
        { id: practice.clientA.id, to: practice.therapistB.id },
      ],
      transferCaseload: [
        therapist,
        `mutation ($from: ID!, $to: ID!) { transferCaseload(fromTherapistId: $from, toTherapistId: $to) }`,
        { from: practice.therapistA.id, to: practice.therapistB.id },
      ],
      correctSession: [
        therapist,
        `mutation ($i: RecordSessionInput!) { correctSession(sessionId: "1", reason: "Typed the wrong week.", input: $i) { id } }`,
        {
          i: {
            clientId: practice.clientA.id,
            occurredAt: "2026-11-10T15:00:00.000Z",
            attendance: "ATTENDED",
            weekRating: 6,
          },
        },
      ],
      correctEpisode: [
        therapist,
        `mutation ($i: LogEpisodeInput!) { correctEpisode(episodeId: "1", reason: "Re-rated together.", input: $i) { id } }`,
        {
          i: {
            clientId: practice.clientA.id,
            occurredAt: "2026-11-10T15:00:00.000Z",
            symptom: "WORRY",
            peakIntensity: 4,
            durationMinutes: 10,
            episodeType: "ANTICIPATED",
          },
        },
      ],
      login: [
        supervisor,
        `mutation { login(email: "${practice.supervisor.email}", password: "${TEST_PASSWORD}") { id } }`,
        {},
      ],
      setMeasurementPlan: [
        therapist,
        `mutation ($id: ID!) { setMeasurementPlan(clientId: $id, input: { measures: [ORS, SRS], schedule: BEFORE_EACH_SESSION }) { schedule } }`,
        { id: practice.clientA.id },
      ],
      submitCheckIn: [
        client,
        `mutation { submitCheckIn(input: { due: "S:0", ors: { individual: 5, interpersonal: 5, social: 5, overall: 5 } }) { id } }`,
        {},
      ],
      submitSessionFeedback: [
        client,
        `mutation { submitSessionFeedback(sessionId: "1", srs: { relationship: 9, goalsAndTopics: 9, approachOrMethod: 9, overall: 9 }) { srsTotal } }`,
        {},
      ],
      acknowledgeRiskAlert: [
        therapist,
        `mutation { acknowledgeRiskAlert(id: "1", input: { action: CONTACTED_CLIENT }) { id } }`,
        {},
      ],
      setCrisisResources: [supervisor, `mutation { setCrisisResources(resources: [{ name: "A line" }]) { name } }`, {}],
      logoutEverywhere: [supervisor, `mutation { logoutEverywhere }`, {}],
      logout: [therapist, `mutation { logout }`, {}],
    };
    expect(Object.keys(attempts).sort()).toEqual([...mutations].sort());
    for (const [session, query, variables] of Object.values(attempts)) await session.request(query, variables);
    const after = await server.query(`SELECT * FROM audit_event ORDER BY id`);
    expect(after.slice(0, snapshot.length)).toEqual(snapshot);
    expect(after.length).toBeGreaterThan(snapshot.length);
  });

  it("counts all client accounts' reads together, and shows the count once the minimum cell size of clients stand behind it", async () => {
    const clinic = await createClinic(server.dataSource);
    const therapist = await createUser(server.dataSource, clinic, Role.THERAPIST);
    const supervisorUser = await createUser(server.dataSource, clinic, Role.SUPERVISOR);
    const supervisor = new GraphQLSession(server.url);
    await supervisor.login(supervisorUser.email, TEST_PASSWORD);
    const clientRow = async () => {
      const rows = (await supervisor.request<any>(`{ auditSummary { actor actorRole action month count suppressed } }`))
        .data.auditSummary;
      return rows.filter((row: any) => row.actorRole === "CLIENT" && row.action === "READ_PROGRESS");
    };
    const readers: GraphQLSession[] = [];
    for (let i = 0; i < clinic.minCellSize; i++) {
      const user = await createUser(server.dataSource, clinic, Role.CLIENT);
      const client = await createClient(server.dataSource, therapist, { userId: user.id });
      const session = new GraphQLSession(server.url);
      await session.login(user.email, TEST_PASSWORD);
      // Ten people read twice each before the eleventh reads: 20 events, still only 10 clients.
      const times = i < clinic.minCellSize - 1 ? 2 : 1;
      for (let t = 0; t < times; t++)
        await session.request(`query ($id: ID!) { clientProgress(clientId: $id) { summary { status } } }`, {
          id: client.id,
        });
      readers.push(session);
      if (i === clinic.minCellSize - 2)
        expect(await clientRow()).toEqual([
          {
            actor: "Clients (their own records)",
            actorRole: "CLIENT",
            action: "READ_PROGRESS",
            month: "2026-11",
            count: null,
            suppressed: true,
          },
        ]);
    }
    expect(await clientRow()).toEqual([
      {
        actor: "Clients (their own records)",
        actorRole: "CLIENT",
        action: "READ_PROGRESS",
        month: "2026-11",
        count: 2 * (clinic.minCellSize - 1) + 1,
        suppressed: false,
      },
    ]);
    expect(readers.length).toBe(11);
  });

  it("shows a supervisor the clinic's log by actor and month without naming clients, and a therapist who read their client", async () => {
    const practice = await createPractice(server.dataSource);
    const client = new GraphQLSession(server.url);
    await client.login(practice.clientUserA.email, TEST_PASSWORD);
    await client.request(`query ($id: ID!) { clientProgress(clientId: $id) { summary { status } } }`, {
      id: practice.clientA.id,
    });
    const supervisor = new GraphQLSession(server.url);
    await supervisor.login(practice.supervisor.email, TEST_PASSWORD);
    const summary = await supervisor.request<any>(`{ auditSummary { actor actorRole action month count } }`);
    // Sign-in and read, each merged with all clients' and hidden while one person stands behind it.
    expect(
      summary.data.auditSummary
        .filter((row: any) => row.actorRole === "CLIENT")
        .map((row: any) => [row.action, row.count]),
    ).toEqual([
      ["READ_PROGRESS", null],
      ["SIGN_IN", null],
    ]);
    expect(summary.errors).toBeUndefined();
    // One client's reads are one person's activity: merged with all clients and hidden below the cell size.
    expect(summary.data.auditSummary).toEqual(
      expect.arrayContaining([
        {
          actor: "Clients (their own records)",
          actorRole: "CLIENT",
          action: "READ_PROGRESS",
          month: "2026-11",
          count: null,
        },
      ]),
    );
    expect(JSON.stringify(summary.data)).not.toContain(practice.clientUserA.displayName);

    const therapist = new GraphQLSession(server.url);
    await therapist.login(practice.therapistA.email, TEST_PASSWORD);
    const log = await therapist.request<any>(
      `query ($id: ID!) { clientAccessLog(clientId: $id) { edges { node { actor actorRole action at } } } }`,
      { id: practice.clientA.id },
    );
    expect(log.data.clientAccessLog.edges.map((edge: { node: unknown }) => edge.node)).toEqual(
      expect.arrayContaining([expect.objectContaining({ actorRole: "CLIENT", action: "READ_PROGRESS" })]),
    );
    const other = await therapist.request(`query ($id: ID!) { clientAccessLog(clientId: $id) { totalCount } }`, {
      id: practice.clientB.id,
    });
    expect(onlyError(other).extensions?.code).toBe("NOT_FOUND");
  });
});

describe("what works across the caseload, against an independent computation", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
  });
  afterAll(() => server.close());

  const WHAT_WORKS_GROUP = `{ key label courses ${COUNT} outcomes { measure eligible ${COUNT} reliableImprovement ${RATE} } }`;
  const WHAT_WORKS = `query { caseloadMetrics(cohort: "2026", groupBy: COMPLAINT) { total { finishedCourses ${COUNT}
    whatWorks { homeworkBands ${WHAT_WORKS_GROUP} plannedTechniques ${WHAT_WORKS_GROUP}
      revisionAfterFlag { responseDays flaggedCourses ${COUNT} revisedInTime ${RATE} groups ${WHAT_WORKS_GROUP} } } } } }`;

  /**
   * A course: weekly ORS totals from 2026-09-02 (a session each), homework set at the first session and reviewed at
   * the second, plan versions by day after the 2026-09-01 intake, and how the case ended (null: still in treatment).
   */
  interface Course {
    ors: number[];
    homework: [completed: number, partial: number, notDone: number];
    plans: [day: number, techniques: string[]][];
    ended: "DISCHARGED" | "DROPPED_OUT" | null;
    firstKind?: "INTAKE" | "FOLLOW_UP";
  }
  const COURSES: Course[] = [
    { ors: [18, 22, 24, 25], homework: [5, 0, 0], plans: [[0, ["GROUNDING", "BREATHING"]]], ended: "DISCHARGED" },
    { ors: [18, 20, 21, 23], homework: [4, 1, 0], plans: [[0, ["GROUNDING"]]], ended: "DISCHARGED" },
    { ors: [20, 21, 22, 22], homework: [3, 1, 0], plans: [[0, ["EXPOSURE"]]], ended: "DISCHARGED" },
    {
      ors: [15, 17, 19, 21],
      homework: [2, 1, 1],
      plans: [
        [0, ["EXPOSURE"]],
        [10, ["EXPOSURE", "THOUGHT_RECORD"]],
      ],
      ended: "DROPPED_OUT",
    },
    { ors: [22, 22, 23, 21], homework: [1, 1, 3], plans: [[0, ["THOUGHT_RECORD"]]], ended: "DISCHARGED" },
    // Off track at the second session (ORS down 6 on 2026-09-09), revised 7 days later, then reliably improved.
    {
      ors: [20, 14, 15, 27],
      homework: [3, 0, 2],
      plans: [
        [0, ["BREATHING"]],
        [15, ["EXPOSURE"]],
      ],
      ended: "DISCHARGED",
    },
    // Off track on 2026-09-09; its only revision came before the flag, so it is no response to it.
    {
      ors: [21, 15, 16, 17],
      homework: [0, 0, 2],
      plans: [
        [0, ["GROUNDING"]],
        [3, ["MINDFULNESS"]],
      ],
      ended: "DROPPED_OUT",
    },
    // Off track on 2026-09-09, revised 22 days later: one day too late.
    {
      ors: [19, 13, 12, 14],
      homework: [1, 0, 4],
      plans: [
        [0, ["RELAXATION"]],
        [30, ["EXPOSURE"]],
      ],
      ended: "DISCHARGED",
    },
    // Off track on 2026-09-09, revised 21 days later: the last day that counts.
    {
      ors: [20, 15, 20, 26],
      homework: [0, 0, 0],
      plans: [
        [0, ["GROUNDING"]],
        [29, ["BEHAVIOURAL_EXPERIMENT"]],
      ],
      ended: "DISCHARGED",
    },
    { ors: [16, 18, 20, 22], homework: [3, 0, 0], plans: [], ended: "DISCHARGED" },
    // On the bands' edges: 2 of 5 completed (40%) and 7 of 10 (70%).
    { ors: [18, 19, 20, 19], homework: [2, 1, 2], plans: [[0, ["PROBLEM_SOLVING"]]], ended: "DISCHARGED" },
    { ors: [17, 19, 21, 23], homework: [7, 2, 1], plans: [[0, ["ACTIVITY_SCHEDULING"]]], ended: "DROPPED_OUT" },
    // Not finished courses: one still in treatment (off track, revised in time), one ended after one treatment session.
    {
      ors: [20, 14, 26, 27],
      homework: [5, 0, 0],
      plans: [
        [0, ["GROUNDING"]],
        [10, ["EXPOSURE"]],
      ],
      ended: null,
    },
    { ors: [20, 27], homework: [5, 0, 0], plans: [[0, ["GROUNDING"]]], ended: "DISCHARGED", firstKind: "INTAKE" },
  ];

  /** Four whole-number ORS items that add up to a total. */
  const orsItems = (total: number) => {
    const [individual, interpersonal, social, overall] = [0, 1, 2, 3].map(
      (i) => Math.floor(total / 4) + (i < total % 4 ? 1 : 0),
    );
    return { individual, interpersonal, social, overall };
  };
  const day = (offset: number) => new Date(Date.UTC(2026, 8, 1 + offset, 12)).toISOString();
  const sessionDay = (index: number) => 1 + 7 * index;

  /** The rules of docs/clinical.md, written out here: bands of completed ÷ reviewed, ORS change of 5 points. */
  const bandOf = ([completed, partial, notDone]: Course["homework"]) => {
    const reviewed = completed + partial + notDone;
    if (reviewed < 3) return "TOO_FEW";
    const share = completed / reviewed;
    return share < 0.4 ? "LOW" : share >= 0.7 ? "HIGH" : "MIDDLE";
  };
  const improved = (course: Course) => course.ors.at(-1)! - course.ors[0]! >= 5;
  /** Without 30 closed cases, off track is reliable deterioration: the first session 5 or more points below the first. */
  const flagDay = (course: Course) => {
    const k = course.ors.findIndex((ors, i) => i > 0 && course.ors[0]! - ors >= 5);
    return k === -1 ? null : sessionDay(k);
  };
  const revisedInTime = (course: Course) => {
    const flagged = flagDay(course)!;
    return course.plans.slice(1).some(([d]) => d >= flagged && d <= flagged + 21);
  };
  const finished = (course: Course) => course.ended != null && course.firstKind !== "INTAKE";

  async function record(session: GraphQLSession, therapist: User, course: Course) {
    const client = await createClient(server.dataSource, therapist, { intakeDate: "2026-09-01" });
    for (const [version, [offset, techniques]] of course.plans.entries()) {
      const planned = await session.request(
        `mutation ($input: RevisePlanInput!) { revisePlan(input: $input) { version } }`,
        {
          input: {
            clientId: client.id,
            effectiveFrom: day(offset),
            goals: ["Feel calmer"],
            plannedTechniques: techniques,
            rationale: version === 0 ? "First plan" : "Revised",
          },
        },
      );
      expect(planned.errors).toBeUndefined();
    }
    const assigned = course.homework.reduce((a, b) => a + b, 0);
    const statuses = [
      ...Array<string>(course.homework[0]).fill("COMPLETED"),
      ...Array<string>(course.homework[1]).fill("PARTIAL"),
      ...Array<string>(course.homework[2]).fill("NOT_DONE"),
    ];
    for (const [index, ors] of course.ors.entries()) {
      const homework =
        index === 1
          ? await server.dataSource
              .getRepository(Homework)
              .find({ where: { clientId: client.id }, order: { id: "ASC" } })
          : [];
      const recorded = await session.request(
        `mutation ($input: RecordSessionInput!) { recordSession(input: $input) { id } }`,
        {
          input: {
            clientId: client.id,
            occurredAt: new Date(Date.UTC(2026, 8, 1 + sessionDay(index), 15)).toISOString(),
            attendance: "ATTENDED",
            kind: index === 0 ? (course.firstKind ?? "FOLLOW_UP") : "FOLLOW_UP",
            ors: orsItems(ors),
            newHomework:
              index === 0
                ? Array.from({ length: assigned }, (_, i) => ({
                    description: `Practice ${i + 1}`,
                    dueDate: "2026-09-08",
                    type: "GROUNDING",
                  }))
                : [],
            homeworkReviews: homework.map((item, i) => ({ homeworkId: String(item.id), status: statuses[i] })),
          },
        },
      );
      expect(recorded.errors).toBeUndefined();
    }
    if (course.ended) {
      const closed = await session.request(
        `mutation ($id: ID!, $outcome: CaseOutcome!) { closeCase(clientId: $id, outcome: $outcome, date: "2026-10-15") { id } }`,
        { id: String(client.id), outcome: course.ended },
      );
      expect(closed.errors).toBeUndefined();
    }
  }

  it("counts finished courses by homework band, planned technique and timely revision, and publishes them perturbed", async () => {
    const clinic = await createClinic(server.dataSource, { minCellSize: 1 });
    const therapist = await createUser(server.dataSource, clinic, Role.THERAPIST);
    const session = new GraphQLSession(server.url);
    await session.login(therapist.email, TEST_PASSWORD);
    for (const course of COURSES) await record(session, therapist, course);

    const supervisorUser = await createUser(server.dataSource, clinic, Role.SUPERVISOR);
    const supervisor = new GraphQLSession(server.url);
    await supervisor.login(supervisorUser.email, TEST_PASSWORD);
    const response = await supervisor.request<any>(WHAT_WORKS);
    expect(response.errors).toBeUndefined();
    const viewer = {
      userId: supervisorUser.id,
      role: Role.SUPERVISOR,
      clinicId: clinic.id,
      displayName: "",
      clientId: null,
      sessionTokenHash: "",
    };
    const { tables, labels } = await server.services.metrics.clinicTables(viewer);
    const total = tables.layout(parseCohort("2026"), MetricsGroup.COMPLAINT, labels).total;
    const count = (variable: string) => tables.figure(total, variable)!.value;

    // The expected tallies, from the courses as written above.
    const done = COURSES.filter(finished);
    expect(count("finished")).toBe(done.length);
    const tally = (courses: Course[]) => ({
      courses: courses.length,
      eligible: courses.length,
      improved: courses.filter(improved).length,
    });
    const expected: Record<string, ReturnType<typeof tally>> = {};
    for (const band of ["TOO_FEW", "LOW", "MIDDLE", "HIGH"])
      expected[`ww.hw.${band}`] = tally(done.filter((c) => bandOf(c.homework) === band));
    const techniques = new Set(COURSES.flatMap((c) => c.plans.flatMap(([, t]) => t)));
    for (const technique of techniques)
      expected[`ww.tech.${technique}`] = tally(done.filter((c) => c.plans.some(([, t]) => t.includes(technique))));
    const flagged = done.filter((c) => flagDay(c) != null);
    expected["ww.flag.REVISED"] = tally(flagged.filter(revisedInTime));
    expected["ww.flag.NOT_REVISED"] = tally(flagged.filter((c) => !revisedInTime(c)));
    for (const [group, figures] of Object.entries(expected)) {
      expect({
        group,
        courses: count(`${group}.courses`),
        eligible: count(`${group}.ors.eligible`),
        improved: count(`${group}.ors.improved`),
      }).toEqual({ group, ...figures });
      // No PHQ-9 or GAD-7 was given, so no course is rated on the NHS rules.
      expect(count(`${group}.nhs.eligible`)).toBe(0);
    }
    expect(count("ww.flag.courses")).toBe(flagged.length);
    // The cases the test is about are there: both sides of the 21-day edge, a revision before the flag, each band.
    expect(expected["ww.flag.REVISED"]).toEqual({ courses: 2, eligible: 2, improved: 2 });
    expect(expected["ww.flag.NOT_REVISED"]).toEqual({ courses: 2, eligible: 2, improved: 0 });
    for (const band of ["TOO_FEW", "LOW", "MIDDLE", "HIGH"])
      expect(expected[`ww.hw.${band}`]!.courses).toBeGreaterThan(0);
    // A course counts under every technique its plan named, in any version: the rows add up to more than the courses.
    const techniqueCourses = [...techniques].reduce((sum, t) => sum + count(`ww.tech.${t}.courses`), 0);
    expect(techniqueCourses).toBeGreaterThan(done.length);

    // Published: each shown count is the perturbed figure, and a rate is the perturbed numerator over denominator.
    const shown = response.data.caseloadMetrics.total.whatWorks;
    let compared = 0;
    const check = (group: string, published: any) => {
      if (!published.courses.suppressed) {
        expect(published.courses.value).toBe(tables.figure(total, `${group}.courses`)!.perturbed);
        compared++;
      }
      const ors = published.outcomes.find((o: any) => o.measure === "ORS").reliableImprovement;
      if (!ors.suppressed) {
        expect(ors.numerator).toBe(tables.figure(total, `${group}.ors.improved`)!.perturbed);
        expect(ors.denominator).toBe(tables.figure(total, `${group}.ors.eligible`)!.perturbed);
        compared++;
      }
    };
    for (const band of shown.homeworkBands) check(`ww.hw.${band.key}`, band);
    for (const technique of shown.plannedTechniques) check(`ww.tech.${technique.key}`, technique);
    for (const group of shown.revisionAfterFlag.groups) check(`ww.flag.${group.key}`, group);
    expect(compared).toBeGreaterThan(5);
    expect(shown.homeworkBands.map((b: any) => b.key)).toEqual(["TOO_FEW", "LOW", "MIDDLE", "HIGH"]);
    // Only techniques some finished course planned are listed.
    expect(new Set(shown.plannedTechniques.map((t: any) => t.key))).toEqual(
      new Set([...techniques].filter((t) => done.some((c) => c.plans.some(([, named]) => named.includes(t))))),
    );
    expect(shown.revisionAfterFlag.responseDays).toBe(21);
  });
});
