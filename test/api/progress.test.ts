import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/auth/role.ts";
import { segmentedCountFit, segmentedLinearFit } from "../../server/measures/segmented.ts";
import { createPractice, TEST_PASSWORD } from "../helpers/factories.ts";
import { GraphQLSession } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

// A fixed "now": Friday 20 November 2026, noon in Toronto (EST, UTC−5).
const NOW = new Date("2026-11-20T17:00:00.000Z");
/** The server's clock; a test may move it and puts it back. */
let now = NOW;

/**
 * Episodes with their local (Toronto) date typed by hand. Two are logged after midnight UTC but before midnight
 * in Toronto, so they belong to the previous local day — and one of them to the previous ISO week.
 */
const EPISODES = [
  {
    occurredAt: "2026-10-28T14:00:00.000Z",
    localDate: "2026-10-28",
    symptom: "PANIC_ATTACK",
    peakIntensity: 8,
    durationMinutes: 10,
  },
  {
    occurredAt: "2026-10-30T20:00:00.000Z",
    localDate: "2026-10-30",
    symptom: "PANIC_ATTACK",
    peakIntensity: 6,
    durationMinutes: 20,
  },
  {
    occurredAt: "2026-11-02T04:30:00.000Z",
    localDate: "2026-11-01",
    symptom: "WORRY",
    peakIntensity: 4,
    durationMinutes: 30,
  },
  {
    occurredAt: "2026-11-05T12:00:00.000Z",
    localDate: "2026-11-05",
    symptom: "PANIC_ATTACK",
    peakIntensity: 5,
    durationMinutes: 15,
  },
  {
    occurredAt: "2026-11-10T02:00:00.000Z",
    localDate: "2026-11-09",
    symptom: "PANIC_ATTACK",
    peakIntensity: 3,
    durationMinutes: 5,
  },
] as const;

/** Monday of a date's week, computed here without the server's helpers. */
function mondayOf(localDate: string): string {
  const date = new Date(`${localDate}T12:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

function expectedEpisodeBuckets(keyOf: (localDate: string) => string) {
  const buckets = new Map<
    string,
    { count: number; intensities: number[]; minutes: number; symptoms: Record<string, number> }
  >();
  for (const episode of EPISODES) {
    const key = keyOf(episode.localDate);
    const bucket = buckets.get(key) ?? { count: 0, intensities: [], minutes: 0, symptoms: {} };
    bucket.count++;
    bucket.intensities.push(episode.peakIntensity);
    bucket.minutes += episode.durationMinutes;
    bucket.symptoms[episode.symptom] = (bucket.symptoms[episode.symptom] ?? 0) + 1;
    buckets.set(key, bucket);
  }
  return buckets;
}

const EFFECT = `{ enough shortfall model weeksBefore weeksAfter pointsBefore pointsAfter minimumRule confidence dispersion
  trendBefore { estimate lower upper } levelChange { estimate lower upper } slopeChange { estimate lower upper } }`;

const PLAN_COMPARISON = `query ($clientId: ID!) {
  clientProgress(clientId: $clientId) {
    planRevisions { comparison { tooEarly comparableFrom minimumRule before { episodes } after { from days episodes }
      episodeEffect ${EFFECT} orsEffect ${EFFECT} } }
  }
}`;

const PROGRESS = `query ($clientId: ID!, $from: DateTimeISO, $bucket: Bucket) {
  clientProgress(clientId: $clientId, from: $from, bucket: $bucket) {
    from to bucket
    sessions { number localDate ors srs phq9 gad7 weekRating attendance }
    cadence { number localDate daysSincePrevious }
    homework { start assigned completed partial notDone open completionRate selfAssigned selfAssignedShare
               byType { type assigned completed } }
    episodes { start days count perWeek meanIntensity maxIntensity totalMinutes bySymptom { symptom count } }
    cutoffs { measure rule value }
    planRevisions { version localDate rationale
      comparison { before { from to days episodes } after { from to days episodes } episodeEffect { enough } } }
    summary { status alerts { code } outcomes { measure baseline latest change classification } sessionsAttended
      pairedOutcome { ratedSessions recovered } }
  }
}`;

const RECORD_SESSION = `mutation ($input: RecordSessionInput!) { recordSession(input: $input) { id number localDate orsTotal } }`;

describe("recording a course of therapy and reading it back through clientProgress", () => {
  let server: TestServer;
  let therapist: GraphQLSession;
  let client: GraphQLSession;
  let clientId: string;
  let therapistEmail: string;
  let progress: Record<string, any>;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => now });
    const practice = await createPractice(server.dataSource);
    clientId = String(practice.clientA.id);
    therapistEmail = practice.therapistA.email;
    await server.query(`UPDATE client SET intake_date = '2026-10-26' WHERE id = ?`, [practice.clientA.id]);
    therapist = new GraphQLSession(server.url);
    client = new GraphQLSession(server.url);
    expect((await therapist.login(practice.therapistA.email, TEST_PASSWORD)).data?.login.role).toBe(Role.THERAPIST);
    expect((await client.login(practice.clientUserA.email, TEST_PASSWORD)).data?.login.role).toBe(Role.CLIENT);

    const first = await therapist.request(RECORD_SESSION, {
      input: {
        clientId,
        occurredAt: "2026-10-27T15:00:00.000Z",
        attendance: "ATTENDED",
        kind: "INTAKE",
        weekRating: 4,
        ors: { individual: 5, interpersonal: 5, social: 5, overall: 5 },
        srs: { relationship: 9, goalsAndTopics: 9, approachOrMethod: 9, overall: 9 },
        phq9: [2, 2, 2, 2, 2, 1, 1, 1, 0],
        gad7: [2, 2, 2, 1, 1, 1, 1],
        priorityIssue: { category: "PANIC", text: "Panic on the subway" },
        techniquesUsed: ["PSYCHOEDUCATION", "BREATHING"],
        newHomework: [
          { type: "THOUGHT_RECORD", description: "Thought record for the next attack", dueDate: "2026-11-02" },
          { type: "EXPOSURE", description: "Two subway stops", dueDate: "2026-11-02" },
        ],
      },
    });
    expect(first.errors).toBeUndefined();
    const homeworkIds = (await server.query(`SELECT id FROM homework ORDER BY id`)).map((row: { id: number }) =>
      String(row.id),
    );
    const second = await therapist.request(RECORD_SESSION, {
      input: {
        clientId,
        occurredAt: "2026-11-03T15:00:00.000Z",
        attendance: "ATTENDED",
        ors: { individual: 6, interpersonal: 6, social: 6, overall: 6 },
        homeworkReviews: [
          { homeworkId: homeworkIds[0], status: "COMPLETED", helpfulness: 7 },
          { homeworkId: homeworkIds[1], status: "PARTIAL" },
        ],
        newHomework: [{ type: "EXPOSURE", description: "Three subway stops", dueDate: "2026-11-09" }],
      },
    });
    expect(second.errors).toBeUndefined();
    const selfSet = await client.request<{ assignHomework: { id: string; assignedBy: string } }>(
      `mutation ($input: AssignHomeworkInput!) { assignHomework(input: $input) { id assignedBy } }`,
      { input: { type: "GROUNDING", description: "Grounding before work", dueDate: "2026-11-12" } },
    );
    expect(selfSet.data?.assignHomework.assignedBy).toBe("SELF");
    const updated = await client.request(
      `mutation ($input: UpdateHomeworkInput!) { updateHomework(input: $input) { status } }`,
      {
        input: { homeworkId: selfSet.data!.assignHomework.id, status: "NOT_DONE" },
      },
    );
    expect(updated.errors).toBeUndefined();
    const [threeStops] = await server.query(`SELECT id FROM homework WHERE description = 'Three subway stops'`);
    const third = await therapist.request(RECORD_SESSION, {
      input: {
        clientId,
        occurredAt: "2026-11-17T16:00:00.000Z",
        attendance: "ATTENDED",
        ors: { individual: 7, interpersonal: 7, social: 7, overall: 7 },
        homeworkReviews: [{ homeworkId: String(threeStops.id), status: "COMPLETED" }],
      },
    });
    expect(third.errors).toBeUndefined();
    const cancelled = await therapist.request(RECORD_SESSION, {
      input: { clientId, occurredAt: "2026-11-10T16:00:00.000Z", attendance: "CANCELLED" },
    });
    expect(cancelled.errors).toBeUndefined();

    for (const [index, episode] of EPISODES.entries()) {
      const { localDate: _localDate, ...input } = episode;
      // The client logs most of their own episodes; the therapist logs one from the paper diary.
      const author = index === 3 ? therapist : client;
      const logged = await author.request(
        `mutation ($input: LogEpisodeInput!) { logEpisode(input: $input) { id localDate loggedBy } }`,
        {
          input: {
            ...input,
            ...(author === therapist ? { clientId } : {}),
            episodeType: "UNEXPECTED",
            situation: "On the way to work",
          },
        },
      );
      expect(logged.errors).toBeUndefined();
      expect((logged.data as any).logEpisode.localDate).toBe(episode.localDate);
    }

    for (const [effectiveFrom, rationale] of [
      ["2026-10-27T16:00:00.000Z", "Initial plan"],
      ["2026-11-10T16:00:00.000Z", "Adding interoceptive exposure"],
    ]) {
      const revised = await therapist.request(
        `mutation ($input: RevisePlanInput!) { revisePlan(input: $input) { version } }`,
        {
          input: {
            clientId,
            effectiveFrom,
            goals: ["Ride the subway again"],
            targets: ["Panic at most once a week"],
            rationale,
          },
        },
      );
      expect(revised.errors).toBeUndefined();
    }

    const response = await therapist.request(PROGRESS, { clientId, from: "2026-10-26T05:00:00.000Z", bucket: "WEEK" });
    expect(response.errors).toBeUndefined();
    progress = (response.data as any).clientProgress;
  });

  afterAll(() => server.close());

  it("numbers attended sessions in order and keeps cancelled ones unnumbered", () => {
    expect(progress.sessions.map((s: any) => [s.number, s.localDate, s.attendance, s.ors])).toEqual([
      [1, "2026-10-27", "ATTENDED", 20],
      [2, "2026-11-03", "ATTENDED", 24],
      [null, "2026-11-10", "CANCELLED", null],
      [3, "2026-11-17", "ATTENDED", 28],
    ]);
    expect(progress.sessions[0]).toMatchObject({ srs: 36, phq9: 13, gad7: 10, weekRating: 4 });
    expect(progress.cadence).toEqual([
      { number: 1, localDate: "2026-10-27", daysSincePrevious: null },
      { number: 2, localDate: "2026-11-03", daysSincePrevious: 7 },
      { number: 3, localDate: "2026-11-17", daysSincePrevious: 14 },
    ]);
  });

  it("buckets episodes by local ISO week, matching counts computed here", () => {
    const expected = expectedEpisodeBuckets(mondayOf);
    expect(progress.episodes.map((bucket: any) => bucket.start)).toEqual([
      "2026-10-26",
      "2026-11-02",
      "2026-11-09",
      "2026-11-16",
    ]);
    for (const bucket of progress.episodes) {
      const want = expected.get(bucket.start) ?? { count: 0, intensities: [], minutes: 0, symptoms: {} };
      expect(bucket.count).toBe(want.count);
      expect(bucket.totalMinutes).toBe(want.minutes);
      expect(bucket.maxIntensity).toBe(want.intensities.length ? Math.max(...want.intensities) : null);
      expect(bucket.meanIntensity).toBe(
        want.intensities.length ? want.intensities.reduce((a, b) => a + b, 0) / want.intensities.length : null,
      );
      expect(Object.fromEntries(bucket.bySymptom.map((s: any) => [s.symptom, s.count]))).toEqual(want.symptoms);
    }
    // The last week is partial: Monday 16 to Friday 20 November.
    expect(progress.episodes.at(-1).days).toBe(5);
  });

  it("buckets by calendar month when asked, with the Sunday-night episode in November", async () => {
    const response = await therapist.request(PROGRESS, { clientId, from: "2026-10-26T05:00:00.000Z", bucket: "MONTH" });
    const months = (response.data as any).clientProgress.episodes;
    const expected = expectedEpisodeBuckets((localDate) => `${localDate.slice(0, 7)}-01`);
    expect(months.map((m: any) => [m.start, m.count, m.days])).toEqual([
      ["2026-10-01", expected.get("2026-10-01")!.count, 6],
      ["2026-11-01", expected.get("2026-11-01")!.count, 20],
    ]);
  });

  it("counts homework by due week: completion over reviewed items and the self-assigned share", () => {
    const byStart = Object.fromEntries(progress.homework.map((bucket: any) => [bucket.start, bucket]));
    expect(byStart["2026-11-02"]).toMatchObject({
      assigned: 2,
      completed: 1,
      partial: 1,
      notDone: 0,
      open: 0,
      completionRate: 0.5,
      selfAssigned: 0,
    });
    expect(byStart["2026-11-09"]).toMatchObject({
      assigned: 2,
      completed: 1,
      partial: 0,
      notDone: 1,
      completionRate: 0.5,
      selfAssigned: 1,
      selfAssignedShare: 0.5,
    });
    expect(byStart["2026-10-26"]).toMatchObject({ assigned: 0, completionRate: null });
    expect(byStart["2026-11-02"].byType).toEqual(
      expect.arrayContaining([
        { type: "THOUGHT_RECORD", assigned: 1, completed: 1 },
        { type: "EXPOSURE", assigned: 1, completed: 0 },
      ]),
    );
  });

  it("compares the windows either side of a plan revision", () => {
    const [initial, revised] = progress.planRevisions;
    expect(initial.version).toBe(1);
    expect(revised).toMatchObject({ version: 2, localDate: "2026-11-10", rationale: "Adding interoceptive exposure" });
    const before = EPISODES.filter((e) => e.localDate >= "2026-10-27" && e.localDate < "2026-11-10").length;
    const after = EPISODES.filter((e) => e.localDate >= "2026-11-10" && e.localDate < "2026-11-21").length;
    expect(revised.comparison.before).toMatchObject({
      from: "2026-10-27",
      to: "2026-11-10",
      days: 14,
      episodes: before,
    });
    expect(revised.comparison.after).toMatchObject({ from: "2026-11-10", to: "2026-11-21", days: 11, episodes: after });
  });

  it("says it is too early to compare until the window after a revision holds 14 days, then too few weeks to tell", async () => {
    const comparison = async (today: string) => {
      now = new Date(`${today}T17:00:00.000Z`);
      try {
        // Sessions expire as the clock moves on days, so the therapist signs in on the day.
        const onTheDay = new GraphQLSession(server.url);
        expect((await onTheDay.login(therapistEmail, TEST_PASSWORD)).errors).toBeUndefined();
        const response = await onTheDay.request(PLAN_COMPARISON, { clientId });
        expect(response.errors).toBeUndefined();
        return (response.data as any).clientProgress.planRevisions[1].comparison;
      } finally {
        now = NOW;
      }
    };
    // The revision took effect on 10 Nov: its 13th day is 22 Nov, its 14th 23 Nov.
    const dayThirteen = await comparison("2026-11-22");
    expect(dayThirteen).toMatchObject({
      tooEarly: true,
      comparableFrom: "2026-11-23",
      minimumRule: "PLAN_COMPARISON_MIN_AFTER_DAYS = 14",
      episodeEffect: null,
      orsEffect: null,
      after: { from: "2026-11-10", days: 13 },
    });
    const dayFourteen = await comparison("2026-11-23");
    expect(dayFourteen).toMatchObject({ tooEarly: false, comparableFrom: "2026-11-23", after: { days: 14 } });
    const before = EPISODES.filter((e) => e.localDate >= "2026-10-27" && e.localDate < "2026-11-10").length;
    const after = EPISODES.filter((e) => e.localDate >= "2026-11-10" && e.localDate < "2026-11-24").length;
    expect(dayFourteen.before.episodes).toBe(before);
    expect(dayFourteen.after.episodes).toBe(after);
    // Two complete weeks each side, under the minimum of four: no estimate, and the numbers to say so.
    expect(dayFourteen.episodeEffect).toEqual({
      enough: false,
      shortfall: "TOO_FEW_WEEKS",
      model: null,
      weeksBefore: 2,
      weeksAfter: 2,
      pointsBefore: 2,
      pointsAfter: 2,
      minimumRule: "PLAN_EFFECT_MIN_WEEKS = 4",
      confidence: 0.95,
      dispersion: null,
      trendBefore: null,
      levelChange: null,
      slopeChange: null,
    });
    // ORS on 27 Oct and 3 Nov before, 17 Nov after: under three ratings a side.
    expect(dayFourteen.orsEffect).toMatchObject({
      enough: false,
      shortfall: "TOO_FEW_RATINGS",
      pointsBefore: 2,
      pointsAfter: 1,
      minimumRule: "PLAN_EFFECT_MIN_ORS_POINTS = 3",
      levelChange: null,
    });
  });

  it("starts weeks and months at intake, not at an earlier `from`", async () => {
    const weeks = await therapist.request(PROGRESS, { clientId, from: "2026-09-01T12:00:00.000Z", bucket: "WEEK" });
    expect(weeks.errors).toBeUndefined();
    const weekly = (weeks.data as any).clientProgress;
    expect(weekly.from).toBe("2026-09-01");
    // Intake was on Monday 26 Oct, so the first week is that one.
    expect(weekly.episodes[0].start).toBe("2026-10-26");
    expect(weekly.homework[0].start).toBe("2026-10-26");
    const months = await therapist.request(PROGRESS, { clientId, from: "2026-08-15T12:00:00.000Z", bucket: "MONTH" });
    expect(months.errors).toBeUndefined();
    const monthly = (months.data as any).clientProgress;
    expect(monthly.episodes.map((m: any) => [m.start, m.days])).toEqual([
      ["2026-10-01", 6],
      ["2026-11-01", 20],
    ]);
  });

  it("summarises the ORS change against its reliable-change rule", () => {
    const ors = progress.summary.outcomes.find((o: any) => o.measure === "ORS");
    expect(ors).toMatchObject({ baseline: 20, latest: 28, change: 8, classification: "RELIABLE_IMPROVEMENT" });
    expect(progress.summary.sessionsAttended).toBe(3);
    expect(progress.summary.status).toBe("ON_TRACK");
    // Only the intake rated both PHQ-9 and GAD-7: too few to judge them together.
    expect(progress.summary.pairedOutcome).toBeNull();
    expect(progress.cutoffs).toEqual(
      expect.arrayContaining([{ measure: "ORS", rule: "ORS_CLINICAL_CUTOFF_ADULT", value: 25 }]),
    );
  });

  it("shows the client the same figures as their therapist", async () => {
    const response = await client.request(PROGRESS, { clientId, from: "2026-10-26T05:00:00.000Z", bucket: "WEEK" });
    expect(response.errors).toBeUndefined();
    const own = (response.data as any).clientProgress;
    expect(own.episodes).toEqual(progress.episodes);
    expect(own.homework).toEqual(progress.homework);
  });
});

describe("plan-revision effects judged against the trend before the revision", () => {
  let server: TestServer;
  let comparison: Record<string, any>;
  // Revision on Thursday 1 Oct 2026; episodes a week in the 8 complete weeks before it and the 7 after it (today is
  // 20 Nov, so the window after ends on 21 Nov, 51 days: 7 complete weeks).
  const REVISION = "2026-10-01";
  const COUNTS_BEFORE = [4, 4, 3, 3, 3, 2, 2, 2];
  const COUNTS_AFTER = [2, 1, 2, 1, 1, 1, 1];
  const ORS = [
    ["2026-08-20", 4],
    ["2026-09-03", 4.5],
    ["2026-09-17", 4.5],
    ["2026-09-24", 5],
    ["2026-10-08", 6],
    ["2026-10-22", 6.2],
    ["2026-11-05", 6.5],
    ["2026-11-12", 7],
  ] as const;
  const shift = (date: string, days: number) =>
    new Date(Date.parse(`${date}T16:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    const practice = await createPractice(server.dataSource);
    const clientId = String(practice.clientA.id);
    await server.query(`UPDATE client SET intake_date = '2026-08-03' WHERE id = ?`, [practice.clientA.id]);
    const therapist = new GraphQLSession(server.url);
    expect((await therapist.login(practice.therapistA.email, TEST_PASSWORD)).errors).toBeUndefined();
    for (const [i, [date, item]] of ORS.entries()) {
      const recorded = await therapist.request(RECORD_SESSION, {
        input: {
          clientId,
          occurredAt: `${date}T16:00:00.000Z`,
          attendance: "ATTENDED",
          ...(i === 0 ? { kind: "INTAKE" } : {}),
          ors: { individual: item, interpersonal: item, social: item, overall: item },
        },
      });
      expect(recorded.errors).toBeUndefined();
    }
    // Week k before the revision starts 7k days before it; each week's episodes fall on its second day.
    const days = [
      ...COUNTS_BEFORE.flatMap((count, i) =>
        Array.from({ length: count }, () => shift(REVISION, -7 * (COUNTS_BEFORE.length - i) + 1)),
      ),
      ...COUNTS_AFTER.flatMap((count, i) => Array.from({ length: count }, () => shift(REVISION, 7 * i + 1))),
    ];
    for (const day of days) {
      const logged = await therapist.request(
        `mutation ($input: LogEpisodeInput!) { logEpisode(input: $input) { id } }`,
        {
          input: {
            clientId,
            occurredAt: `${day}T16:00:00.000Z`,
            symptom: "PANIC_ATTACK",
            peakIntensity: 5,
            durationMinutes: 10,
            episodeType: "UNEXPECTED",
            situation: "At home",
          },
        },
      );
      expect(logged.errors).toBeUndefined();
    }
    for (const [effectiveFrom, rationale] of [
      ["2026-08-04T16:00:00.000Z", "Initial plan"],
      [`${REVISION}T16:00:00.000Z`, "Fewer sessions"],
    ]) {
      const revised = await therapist.request(
        `mutation ($input: RevisePlanInput!) { revisePlan(input: $input) { version } }`,
        { input: { clientId, effectiveFrom, goals: ["Ride the subway again"], targets: [], rationale } },
      );
      expect(revised.errors).toBeUndefined();
    }
    const response = await therapist.request(PLAN_COMPARISON, { clientId });
    expect(response.errors).toBeUndefined();
    comparison = (response.data as any).clientProgress.planRevisions[1].comparison;
  });

  afterAll(() => server.close());

  it("fits the weekly episodes on each side of the revision and reports the model and its dispersion", () => {
    const series = [
      ...COUNTS_BEFORE.map((count, i) => ({ time: i - COUNTS_BEFORE.length + 0.5, count })),
      ...COUNTS_AFTER.map((count, i) => ({ time: i + 0.5, count })),
    ];
    const fit = segmentedCountFit(series)!;
    const effect = comparison.episodeEffect;
    expect(effect).toMatchObject({
      enough: true,
      shortfall: null,
      model: fit.model,
      weeksBefore: 8,
      weeksAfter: 7,
      minimumRule: "PLAN_EFFECT_MIN_WEEKS = 4",
      confidence: 0.95,
    });
    expect(effect.dispersion).toBeCloseTo(fit.dispersion!, 8);
    for (const key of ["trendBefore", "levelChange", "slopeChange"] as const) {
      expect(effect[key].estimate).toBeCloseTo(fit[key].estimate, 8);
      expect(effect[key].lower).toBeLessThan(effect[key].estimate);
      expect(effect[key].upper).toBeGreaterThan(effect[key].estimate);
    }
    // The counts were already falling and the revision changes little: its interval covers no change.
    expect(effect.levelChange.lower).toBeLessThan(1);
    expect(effect.levelChange.upper).toBeGreaterThan(1);
  });

  it("fits the ORS ratings on each side of the revision, in points", () => {
    const points = ORS.map(([date, item]) => ({
      time: (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${REVISION}T00:00:00Z`)) / (7 * 86_400_000),
      value: 4 * item,
    }));
    const fit = segmentedLinearFit(points)!;
    expect(comparison.orsEffect).toMatchObject({
      enough: true,
      model: "LINEAR",
      pointsBefore: 4,
      pointsAfter: 4,
      dispersion: null,
      minimumRule: "PLAN_EFFECT_MIN_ORS_POINTS = 3",
    });
    expect(comparison.orsEffect.levelChange.estimate).toBeCloseTo(fit.levelChange.estimate, 8);
    expect(comparison.orsEffect.slopeChange.upper).toBeCloseTo(fit.slopeChange.upper, 8);
  });
});
