import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/auth/role.ts";
import { createClient, createPractice, rowCounts, TEST_PASSWORD } from "../helpers/factories.ts";
import { GraphQLSession, onlyError } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

/**
 * What works, served per client over real HTTP. Three courses are written through the API:
 * - PLANTED: a coping technique (grounding) used in episodes that peak lower and end sooner; sessions that practise
 *   exposure followed by quieter weeks; homework completed before the sessions at which the ORS rose; a GAD-7 target
 *   set at a revision and met in some weeks;
 * - FADING: a trigger (work or study) that fades after a plan revision while another (family) stays level;
 * - NULL: the same kinds of data with no effect planted: grounding episodes peak like the others, practised and
 *   unpractised weeks hold as many episodes, the ORS moves the same whether homework was done or not.
 * Every expected figure is computed in this file from the data it writes.
 */

// Friday 20 November 2026, noon in Toronto (EST, UTC−5). Intake Monday 24 August: 12 complete weeks before the
// current week (16 November).
const NOW = new Date("2026-11-20T17:00:00.000Z");
const INTAKE = "2026-08-24";
const DAY = 86_400_000;
/** Sessions on Tuesdays at 15:00 UTC (10 or 11 am in Toronto), from 25 August to 17 November: 13 of them. */
const SESSION_TIMES = Array.from(
  { length: 13 },
  (_, k) => new Date(Date.parse("2026-08-25T15:00:00.000Z") + k * 7 * DAY),
);
const localDay = (instant: Date) => instant.toISOString().slice(0, 10);

const WHAT_WORKS = `query ($clientId: ID!) {
  clientProgress(clientId: $clientId) {
    whatWorks {
      today
      homework { measure completion { method enough reason verdict counts { pairs intervals high low }
        slope { estimate lower upper } points { x change } } helpfulness { verdict } }
      coping { method symptom episodesWithout comparisons intervalConfidence enough reason
        techniques { technique episodes enough meanPeakWith meanPeakWithout typicalMinutesWith typicalMinutesWithout
          peakIntensity { verdict interval { estimate lower upper } } duration { verdict interval { estimate lower upper } } } }
      practised { method comparisons techniques { technique sessionsWith sessionsWithout episodesAfterWith
        episodesAfterWithout enough verdict rateRatio { estimate lower upper } } }
      plannedVsDelivered { currentVersion techniques { technique planned plannedSinceVersion sessions sessionsUsing } }
      triggerTrends { method weeks enough triggers { trigger weeklyCounts total enough verdict
        ratePerWeek { estimate lower upper } } }
      triggerShares { version revisionDate shares { method revisionDate from to episodesBefore episodesAfter enough reason
        triggers { trigger before { episodes share { estimate lower upper } } after { episodes share { estimate lower upper } } } } }
      episodeTimes { total enough cells { day period count } dayTotals periodTotals }
      targetProgress { target { text kind measure comparator value } method weeksMet weeksMeasurable streak
        latest { weekStart state observed } weeks { weekStart state observed } }
      planReview { version since lines { kind direction text rule numbers } evidenceFor { text } evidenceAgainst { text } }
    }
  }
}`;

const RECORD_SESSION = `mutation ($input: RecordSessionInput!) { recordSession(input: $input) { id } }`;
const LOG_EPISODE = `mutation ($input: LogEpisodeInput!) { logEpisode(input: $input) { id } }`;
const REVISE_PLAN = `mutation ($input: RevisePlanInput!) { revisePlan(input: $input) { version targets } }`;

/** ORS items (one decimal each) that add up to `total`: three equal items and the rest in the first. */
const ors = (total: number) => {
  const item = Math.floor((total * 10) / 4) / 10;
  return { individual: Math.round((total - 3 * item) * 10) / 10, interpersonal: item, social: item, overall: item };
};

/** GAD-7 items (0–3 each) that add up to `total`. */
const gad7 = (total: number) => Array.from({ length: 7 }, (_, i) => Math.min(3, Math.max(0, total - 3 * i)));

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

interface SessionPlan {
  ors: number;
  techniques: string[];
  /** Status of the homework set at the previous session, reviewed at this one; null at the first. */
  review: "COMPLETED" | "NOT_DONE" | null;
  gad7?: number;
}

interface EpisodePlan {
  occurredAt: Date;
  peak: number;
  minutes: number;
  coping: string | null;
  trigger: string;
}

let server: TestServer;
let practice: Awaited<ReturnType<typeof createPractice>>;
let therapist: GraphQLSession;

async function writeSessions(clientId: string, plans: SessionPlan[]) {
  for (const [k, plan] of plans.entries()) {
    const [previous] = await server.query(
      `SELECT id FROM homework WHERE client_id = ? AND status = 'ASSIGNED' ORDER BY id DESC`,
      [Number(clientId)],
    );
    const next = SESSION_TIMES[k + 1];
    const recorded = await therapist.request(RECORD_SESSION, {
      input: {
        clientId,
        occurredAt: SESSION_TIMES[k]!.toISOString(),
        attendance: "ATTENDED",
        ors: ors(plan.ors),
        ...(plan.gad7 !== undefined ? { gad7: gad7(plan.gad7) } : {}),
        techniquesUsed: plan.techniques,
        homeworkReviews: plan.review && previous ? [{ homeworkId: String(previous.id), status: plan.review }] : [],
        // Due the Monday before the next session.
        newHomework: next
          ? [{ type: "EXPOSURE", description: "Practice", dueDate: localDay(new Date(next.getTime() - DAY)) }]
          : [],
      },
    });
    expect(recorded.errors).toBeUndefined();
  }
}

async function writeEpisodes(clientId: string, episodes: EpisodePlan[]) {
  for (const e of episodes) {
    const logged = await therapist.request(LOG_EPISODE, {
      input: {
        clientId,
        occurredAt: e.occurredAt.toISOString(),
        symptom: "PANIC_ATTACK",
        peakIntensity: e.peak,
        durationMinutes: e.minutes,
        episodeType: "UNEXPECTED",
        triggerCategory: e.trigger,
        copingTechnique: e.coping,
      },
    });
    expect(logged.errors).toBeUndefined();
  }
}

async function revise(clientId: string, effectiveFrom: string, targets: string[], plannedTechniques: string[] = []) {
  return therapist.request(REVISE_PLAN, {
    input: { clientId, effectiveFrom, goals: ["Fewer panic attacks"], targets, plannedTechniques, rationale: "Review" },
  });
}

async function whatWorks(session: GraphQLSession, clientId: string) {
  const response = await session.request(WHAT_WORKS, { clientId });
  expect(response.errors).toBeUndefined();
  return (response.data as any).clientProgress.whatWorks;
}

// ------------------------------------------------------------------------------------------------
// The planted course
// ------------------------------------------------------------------------------------------------

/** Homework completed before sessions 1–12 (true) or not; the ORS rises after completed homework. */
const DONE = [true, false, true, true, false, false, true, false, true, true, false, true];
/** ORS change at sessions 1–12: +2 or +1.6 after completed homework, −0.4 or 0 otherwise. */
const PLANTED_CHANGE = DONE.map((done, i) => (done ? (i % 2 ? 1.6 : 2) : i % 2 ? -0.4 : 0));
const PLANTED_ORS = PLANTED_CHANGE.reduce(
  (totals, change) => [...totals, Math.round((totals.at(-1)! + change) * 10) / 10],
  [12],
);
/** GAD-7 at the sessions of 20 Oct, 27 Oct, 3 Nov, 10 Nov (weeks under the revised plan), and 17 Nov. */
const PLANTED_GAD7: Record<number, number> = { 8: 9, 9: 8, 10: 6, 11: 5, 12: 3 };
const REVISION_PLANTED = "2026-10-19T14:00:00.000Z";

/**
 * Sessions 0, 2, …, 12 practise exposure. After each of sessions 0–11, one episode in the week after a session with
 * exposure and five after one without. Every third episode uses grounding: those peak at 3 or 4 and last 10 or 15
 * minutes; the rest peak at 7 or 8 and last 20 or 30.
 */
function plantedEpisodes(): EpisodePlan[] {
  const episodes: EpisodePlan[] = [];
  for (let k = 0; k < 12; k++) {
    const count = k % 2 === 0 ? 1 : 5;
    for (let j = 0; j < count; j++) {
      const n = episodes.length;
      const grounding = n % 3 === 0;
      episodes.push({
        occurredAt: new Date(SESSION_TIMES[k]!.getTime() + (1 + j) * DAY - 3600_000),
        peak: grounding ? 3 + (n % 2) : 7 + (n % 2),
        minutes: grounding ? (n % 2 ? 15 : 10) : n % 2 ? 30 : 20,
        coping: grounding ? "GROUNDING" : null,
        trigger: "NONE_IDENTIFIED",
      });
    }
  }
  return episodes;
}

// ------------------------------------------------------------------------------------------------
// The null course
// ------------------------------------------------------------------------------------------------

/** Homework done every other interval; the ORS goes +1, +1, −1, −1, … whatever was done. */
const NULL_DONE = DONE.map((_, i) => i % 2 === 0);
const NULL_CHANGE = NULL_DONE.map((_, i) => (Math.floor(i / 2) % 2 === 0 ? 1 : -1));
const NULL_ORS = NULL_CHANGE.reduce((totals, change) => [...totals, totals.at(-1)! + change], [20]);

/** Two episodes a week after every session; grounding in every other one, peaks and durations cycling alike. */
function nullEpisodes(): EpisodePlan[] {
  const episodes: EpisodePlan[] = [];
  for (let k = 0; k < 12; k++) {
    for (let j = 0; j < 2; j++) {
      const n = episodes.length;
      const cycle = Math.floor(n / 2) % 3;
      episodes.push({
        occurredAt: new Date(SESSION_TIMES[k]!.getTime() + (1 + 2 * j) * DAY),
        peak: [5, 6, 7][cycle]!,
        minutes: [10, 20, 30][cycle]!,
        coping: n % 2 === 0 ? "GROUNDING" : null,
        trigger: "FAMILY",
      });
    }
  }
  return episodes;
}

// ------------------------------------------------------------------------------------------------
// The fading trigger
// ------------------------------------------------------------------------------------------------

const REVISION_FADING = "2026-10-05T14:00:00.000Z";
/** Work-or-study episodes in each of the 12 complete weeks: four a week before the revision (week 6), few after. */
const WORK_WEEKLY = [4, 4, 4, 4, 4, 4, 1, 0, 1, 0, 0, 0];
/** One family episode every week. */
const FAMILY_WEEKLY = WORK_WEEKLY.map(() => 1);

function fadingEpisodes(): EpisodePlan[] {
  const episodes: EpisodePlan[] = [];
  const monday = Date.parse(`${INTAKE}T16:00:00.000Z`);
  WORK_WEEKLY.forEach((work, week) => {
    const base = monday + week * 7 * DAY;
    for (let j = 0; j < work; j++) {
      episodes.push({
        occurredAt: new Date(base + j * DAY),
        peak: 6,
        minutes: 15,
        coping: null,
        trigger: "WORK_OR_STUDY",
      });
    }
    for (let j = 0; j < FAMILY_WEEKLY[week]!; j++) {
      episodes.push({ occurredAt: new Date(base + 5 * DAY), peak: 5, minutes: 20, coping: null, trigger: "FAMILY" });
    }
  });
  return episodes;
}

describe("what works for one client, over the API", () => {
  let planted: string;
  let nullClient: string;
  let fading: string;
  let plantedResult: any;
  let nullResult: any;
  let fadingResult: any;
  let refusal: { error: ReturnType<typeof onlyError>; before: unknown; after: unknown };

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    practice = await createPractice(server.dataSource);
    await server.query(`UPDATE client SET intake_date = ? WHERE id = ?`, [INTAKE, practice.clientA.id]);
    planted = String(practice.clientA.id);
    nullClient = String((await createClient(server.dataSource, practice.therapistA, { intakeDate: INTAKE })).id);
    fading = String((await createClient(server.dataSource, practice.therapistA, { intakeDate: INTAKE })).id);
    therapist = new GraphQLSession(server.url);
    expect((await therapist.login(practice.therapistA.email, TEST_PASSWORD)).data?.login.role).toBe(Role.THERAPIST);

    await writeSessions(
      planted,
      PLANTED_ORS.map((total, k) => ({
        ors: total,
        techniques: k % 2 === 0 ? ["EXPOSURE"] : ["PSYCHOEDUCATION"],
        review: k === 0 ? null : DONE[k - 1] ? "COMPLETED" : "NOT_DONE",
        ...(PLANTED_GAD7[k] !== undefined ? { gad7: PLANTED_GAD7[k] } : {}),
      })),
    );
    await writeEpisodes(planted, plantedEpisodes());
    expect((await revise(planted, `${INTAKE}T14:00:00.000Z`, [])).errors).toBeUndefined();
    const before = await rowCounts(server.dataSource);
    const refused = await revise(planted, REVISION_PLANTED, ["GAD-7 ≤ 40"], ["EXPOSURE"]);
    refusal = { error: onlyError(refused), before, after: await rowCounts(server.dataSource) };
    const saved = await revise(planted, REVISION_PLANTED, ["GAD-7 ≤ 7", "Back on the subway"], ["EXPOSURE"]);
    expect(saved.errors).toBeUndefined();

    await writeSessions(
      nullClient,
      NULL_ORS.map((total, k) => ({
        ors: total,
        techniques: k % 2 === 0 ? ["BREATHING"] : ["PSYCHOEDUCATION"],
        review: k === 0 ? null : NULL_DONE[k - 1] ? "COMPLETED" : "NOT_DONE",
      })),
    );
    await writeEpisodes(nullClient, nullEpisodes());

    await writeEpisodes(fading, fadingEpisodes());
    expect((await revise(fading, `${INTAKE}T14:00:00.000Z`, [])).errors).toBeUndefined();
    expect(
      (await revise(fading, REVISION_FADING, ["Work stress at most once a week is not a check"])).errors,
    ).toBeUndefined();

    plantedResult = await whatWorks(therapist, planted);
    nullResult = await whatWorks(therapist, nullClient);
    fadingResult = await whatWorks(therapist, fading);
  }, 120_000);

  afterAll(() => server.close());

  describe("homework and change", () => {
    it("finds that the ORS rose more after completed homework in the planted course", () => {
      const ors = plantedResult.homework.find((h: any) => h.measure === "ORS").completion;
      expect(ors.method).toBe("LEAST_SQUARES_SLOPE_T");
      expect(ors.counts).toEqual({ pairs: 12, intervals: 12, high: 7, low: 5 });
      // With x only 0 or 1, the least-squares slope is the difference of the two groups' mean changes.
      const slope = mean(PLANTED_CHANGE.filter((_, i) => DONE[i])) - mean(PLANTED_CHANGE.filter((_, i) => !DONE[i]));
      expect(ors.slope.estimate).toBeCloseTo(slope, 6);
      expect(ors.slope.lower).toBeGreaterThan(0);
      expect(ors.verdict).toBe("CLEAR_DIFFERENCE_BETTER");
    });

    it("finds no clear association in the null course, and says when there are too few sessions", () => {
      const ors = nullResult.homework.find((h: any) => h.measure === "ORS").completion;
      expect(ors.slope.estimate).toBeCloseTo(
        mean(NULL_CHANGE.filter((_, i) => NULL_DONE[i])) - mean(NULL_CHANGE.filter((_, i) => !NULL_DONE[i])),
        6,
      );
      expect(ors.verdict).toBe("NO_CLEAR_DIFFERENCE");
      // GAD-7 was rated at five sessions only: four pairs, below the minimum.
      const gad = plantedResult.homework.find((h: any) => h.measure === "GAD7").completion;
      expect(gad).toMatchObject({ enough: false, verdict: "NOT_ENOUGH_DATA", slope: null });
      expect(gad.counts.pairs).toBe(Object.keys(PLANTED_GAD7).length - 1);
      expect(gad.reason).toMatch(/not enough sessions/i);
    });
  });

  describe("coping techniques", () => {
    it("finds grounding episodes peaking lower and ending sooner in the planted course", () => {
      const episodes = plantedEpisodes();
      const withG = episodes.filter((e) => e.coping);
      const without = episodes.filter((e) => !e.coping);
      const { coping } = plantedResult;
      expect(coping).toMatchObject({ method: "WELCH_T", symptom: "PANIC_ATTACK", episodesWithout: without.length });
      const grounding = coping.techniques.find((t: any) => t.technique === "GROUNDING");
      expect(grounding.episodes).toBe(withG.length);
      expect(grounding.meanPeakWith).toBeCloseTo(mean(withG.map((e) => e.peak)), 9);
      expect(grounding.meanPeakWithout).toBeCloseTo(mean(without.map((e) => e.peak)), 9);
      expect(grounding.peakIntensity.interval.estimate).toBeCloseTo(
        mean(withG.map((e) => e.peak)) - mean(without.map((e) => e.peak)),
        9,
      );
      expect(grounding.peakIntensity.verdict).toBe("CLEAR_DIFFERENCE_LOWER");
      expect(grounding.duration.verdict).toBe("CLEAR_DIFFERENCE_LOWER");
    });

    it("finds no clear difference in the null course", () => {
      const grounding = nullResult.coping.techniques.find((t: any) => t.technique === "GROUNDING");
      expect(grounding.enough).toBe(true);
      expect(grounding.peakIntensity.verdict).toBe("NO_CLEAR_DIFFERENCE");
      expect(grounding.duration.verdict).toBe("NO_CLEAR_DIFFERENCE");
    });

    it("finds quieter weeks after sessions that practised exposure, and none after breathing in the null course", () => {
      const exposure = plantedResult.practised.techniques.find((t: any) => t.technique === "EXPOSURE");
      // Sessions 0–12: seven practised exposure; the weeks after sessions 0, 2, …, 10 hold one episode each.
      expect(exposure).toMatchObject({
        sessionsWith: 7,
        sessionsWithout: 6,
        episodesAfterWith: 6,
        episodesAfterWithout: 30,
      });
      expect(exposure.verdict).toBe("CLEAR_DIFFERENCE_LOWER");
      expect(exposure.rateRatio.upper).toBeLessThan(1);
      const breathing = nullResult.practised.techniques.find((t: any) => t.technique === "BREATHING");
      expect(breathing.episodesAfterWith).toBe(12);
      expect(breathing.episodesAfterWithout).toBe(12);
      expect(breathing.verdict).toBe("NO_CLEAR_DIFFERENCE");
    });

    it("sets planned techniques against the sessions that used them", () => {
      const { plannedVsDelivered } = plantedResult;
      expect(plannedVsDelivered.currentVersion).toBe(2);
      const exposure = plannedVsDelivered.techniques.find((t: any) => t.technique === "EXPOSURE");
      // From 19 October: sessions of 20 Oct, 27 Oct, 3 Nov, 10 Nov, 17 Nov (k = 8…12); k even used exposure.
      expect(exposure).toMatchObject({ planned: true, plannedSinceVersion: 2, sessions: 5, sessionsUsing: 3 });
    });
  });

  describe("triggers", () => {
    it("finds the work trigger falling and family flat in the fading course", () => {
      const trends = fadingResult.triggerTrends;
      expect(trends.weeks).toHaveLength(12);
      expect(trends.weeks[0]).toBe(INTAKE);
      const work = trends.triggers.find((t: any) => t.trigger === "WORK_OR_STUDY");
      expect(work.weeklyCounts).toEqual(WORK_WEEKLY);
      expect(work.verdict).toBe("FALLING");
      expect(work.ratePerWeek.upper).toBeLessThan(1);
      const family = trends.triggers.find((t: any) => t.trigger === "FAMILY");
      expect(family.weeklyCounts).toEqual(FAMILY_WEEKLY);
      expect(family.verdict).toBe("FLAT");
    });

    it("finds the steady family trigger flat in the null course", () => {
      const family = nullResult.triggerTrends.triggers.find((t: any) => t.trigger === "FAMILY");
      expect(family.total).toBe(24);
      expect(family.verdict).toBe("FLAT");
    });

    it("gives each trigger's share before and after every revision, each cut at its neighbours", () => {
      const [first, second] = fadingResult.triggerShares;
      expect(fadingResult.triggerShares).toHaveLength(2);
      expect([first.version, first.revisionDate, second.version, second.revisionDate]).toEqual([
        1,
        INTAKE,
        2,
        "2026-10-05",
      ]);
      // Version 1 starts at intake: nothing before it. Its after side stops at version 2 (end of week 5), where an
      // uncut eight weeks would also count weeks 6 and 7 (1 + 0 work, 2 family: 33 episodes).
      const weeksZeroToFive = (weekly: number[]) => weekly.slice(0, 6).reduce((a, b) => a + b, 0);
      const firstAfter = weeksZeroToFive(WORK_WEEKLY) + weeksZeroToFive(FAMILY_WEEKLY);
      expect(first.shares).toMatchObject({ from: INTAKE, to: "2026-10-05", episodesBefore: 0, enough: false });
      expect(first.shares.episodesAfter).toBe(firstAfter);
      expect(first.shares.reason).toContain("Not enough episodes");
      const shares = second.shares;
      expect(shares).toMatchObject({ method: "WILSON_SHARES", revisionDate: "2026-10-05", enough: true });
      // Eight weeks before 5 October reach back past intake, so the window starts at intake: weeks 0–5 count. After,
      // it stops at the day after today (20 November): weeks 6–11.
      expect([shares.from, shares.to]).toEqual([INTAKE, "2026-11-21"]);
      const before = { work: 24, family: 6 };
      const after = { work: 2, family: 6 };
      expect([shares.episodesBefore, shares.episodesAfter]).toEqual([30, 8]);
      const work = shares.triggers.find((t: any) => t.trigger === "WORK_OR_STUDY");
      expect(work.before.share.estimate).toBeCloseTo(before.work / (before.work + before.family), 9);
      expect(work.after.share.estimate).toBeCloseTo(after.work / (after.work + after.family), 9);
      expect(work.after.share.upper).toBeLessThan(work.before.share.lower);
      expect(nullResult.triggerShares).toEqual([]);
    });
  });

  it("counts episodes by day and time of day on the clinic's clock", () => {
    const times = plantedResult.episodeTimes;
    const episodes = plantedEpisodes();
    expect(times.total).toBe(episodes.length);
    // Every planted episode is at 14:00 UTC: 10 am in Toronto in summer time, 9 am after 1 November — morning.
    expect(times.periodTotals).toEqual([0, episodes.length, 0, 0]);
    expect(times.cells.reduce((sum: number, c: any) => sum + c.count, 0)).toBe(episodes.length);
    // Day of the week in Toronto, computed here: UTC 14:00 falls on the same calendar day there.
    const byDay = [0, 0, 0, 0, 0, 0, 0];
    for (const e of episodes) byDay[(e.occurredAt.getUTCDay() + 6) % 7]!++;
    expect(times.dayTotals).toEqual(byDay);
  });

  describe("targets", () => {
    it("refuses a target that can never fail, naming it, in words, and writes nothing", () => {
      expect(refusal.error.extensions?.code).toBe("BAD_USER_INPUT");
      expect(refusal.error.extensions?.field).toBe("targets[0]");
      expect(refusal.error.message).toMatch(/GAD-7 totals run from 0 to 21/);
      expect(refusal.error.message).not.toMatch(/targets\[0\]|\{|Error:/);
      expect(refusal.after).toEqual(refusal.before);
    });

    it("checks a saved target each complete week since the revision", () => {
      const [gad, prose] = plantedResult.targetProgress;
      expect(gad.target).toMatchObject({
        text: "GAD-7 ≤ 7",
        kind: "MEASURE",
        measure: "GAD7",
        comparator: "LE",
        value: 7,
      });
      // Weeks of 19 Oct to 9 Nov, with the GAD-7 of their Tuesday sessions; the week of 16 Nov is not complete.
      const expected = [
        ["2026-10-19", PLANTED_GAD7[8]],
        ["2026-10-26", PLANTED_GAD7[9]],
        ["2026-11-02", PLANTED_GAD7[10]],
        ["2026-11-09", PLANTED_GAD7[11]],
      ] as const;
      expect(gad.weeks).toEqual(
        expected.map(([weekStart, observed]) => ({ weekStart, observed, state: observed! <= 7 ? "MET" : "NOT_MET" })),
      );
      expect(gad).toMatchObject({ method: "WEEKLY_TARGET_CHECK", weeksMet: 2, weeksMeasurable: 4, streak: 2 });
      expect(gad.latest).toMatchObject({ weekStart: "2026-11-09", state: "MET" });
      expect(prose.target.kind).toBe("UNCHECKABLE");
      expect(prose.weeksMeasurable).toBe(0);
    });
  });

  describe("plan review", () => {
    it("names its rules and numbers, and ends with evidence each way rather than a verdict", () => {
      const review = plantedResult.planReview;
      expect(review).toMatchObject({ version: 2, since: "2026-10-19" });
      const target = review.lines.find((l: any) => l.rule.startsWith("WEEKLY_TARGET_CHECK"));
      expect(target).toMatchObject({
        kind: "MOVED",
        direction: "AGAINST_REWORKING",
        numbers: expect.stringMatching(/met 2 of 4/),
      });
      const coping = review.lines.find((l: any) => l.rule.startsWith("WELCH_T"));
      expect(coping).toMatchObject({ kind: "MOVED", direction: "AGAINST_REWORKING" });
      expect(coping.text).toMatch(/grounding/);
      const homework = review.lines.find((l: any) => l.rule.includes("change in ORS"));
      expect(homework.direction).toBe("AGAINST_REWORKING");
      for (const line of review.lines) {
        expect(line.rule.length).toBeGreaterThan(0);
        expect(line.text).not.toMatch(/[A-Z]{2,}_[A-Z]/);
      }
      expect(review.evidenceFor).toEqual(
        review.lines.filter((l: any) => l.direction === "FOR_REWORKING").map((l: any) => ({ text: l.text })),
      );
      expect(review.evidenceAgainst).toEqual(
        review.lines.filter((l: any) => l.direction === "AGAINST_REWORKING").map((l: any) => ({ text: l.text })),
      );
      expect(Object.keys(review)).not.toContain("verdict");
    });

    it("finds nothing that moved in the null course beyond its status", () => {
      const [status, ...analyses] = nullResult.planReview.lines;
      expect(status.rule).toMatch(/OFF_TRACK|closed cases|Off-track/);
      expect(analyses.length).toBeGreaterThanOrEqual(3);
      for (const line of analyses) {
        expect(line.kind).not.toBe("MOVED");
        expect(line.direction).toBe("NEUTRAL");
      }
    });

    it("weighs the fading trigger against reworking", () => {
      const line = fadingResult.planReview.lines.find((l: any) => l.text.includes("work or study"));
      expect(line).toMatchObject({ kind: "MOVED", direction: "AGAINST_REWORKING" });
      expect(line.numbers).toMatch(/rate ratio a week/);
    });
  });

  describe("scope", () => {
    it("refuses another therapist's client with NOT_FOUND and returns nothing", async () => {
      const other = new GraphQLSession(server.url);
      await other.login(practice.therapistB.email, TEST_PASSWORD);
      const response = await other.request(WHAT_WORKS, { clientId: planted });
      expect(onlyError(response).extensions?.code).toBe("NOT_FOUND");
      expect(response.data).toBeNull();
    });

    it("lets the client read their own", async () => {
      const own = new GraphQLSession(server.url);
      await own.login(practice.clientUserA.email, TEST_PASSWORD);
      const result = await whatWorks(own, planted);
      expect(result.coping.techniques.map((t: any) => t.technique)).toEqual(
        plantedResult.coping.techniques.map((t: any) => t.technique),
      );
    });

    it("refuses a supervisor", async () => {
      const supervisor = new GraphQLSession(server.url);
      await supervisor.login(practice.supervisor.email, TEST_PASSWORD);
      const response = await supervisor.request(WHAT_WORKS, { clientId: planted });
      expect(onlyError(response).extensions?.code).toBe("FORBIDDEN");
      expect(response.data).toBeNull();
    });
  });
});
