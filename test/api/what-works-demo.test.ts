import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copingComparison, type CopingEpisode } from "../../server/analytics/coping.ts";
import {
  homeworkChange,
  type HomeworkChangeItem,
  type HomeworkChangeSession,
} from "../../server/analytics/homework-change.ts";
import { triggerShares, type TriggerEpisode } from "../../server/analytics/triggers.ts";
import { localDateOf } from "../../server/common/time.ts";
import {
  COPING_PEAK_DROP,
  HOMEWORK_ORS_GAIN,
  PLANTED_TECHNIQUE,
  TRIGGER_FADE,
  WORK_TRIGGER_SHARE,
  type PlantedEffects,
} from "../../server/demo/effects.ts";
import { generateDemo, type DemoData } from "../../server/demo/generator.ts";
import { DEMO_TIMEZONE, seedDemoIfEmpty } from "../../server/demo/seed.ts";
import { SymptomEpisode } from "../../server/episodes/episode.entity.ts";
import { TriggerCategory } from "../../server/episodes/episode.enums.ts";
import { Homework } from "../../server/homework/homework.entity.ts";
import { DEFAULT_RULES } from "../../server/measures/rules.ts";
import { PlanRevision } from "../../server/plans/plan-revision.entity.ts";
import { Attendance } from "../../server/sessions/session.enums.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

const NOW = new Date("2026-11-20T17:00:00.000Z");
const SEED = 20261126;

/** Weeks either side of the second plan version over which trigger shares are compared. */
const SHARE_WEEKS = 12;

/** Work's share after version 2 where the fade is planted: the kept work episodes over all kept episodes. */
const FADED_SHARE =
  (WORK_TRIGGER_SHARE * (1 - TRIGGER_FADE)) / (WORK_TRIGGER_SHARE * (1 - TRIGGER_FADE) + (1 - WORK_TRIGGER_SHARE));

/** One client's rows, in the shapes the analyses take, and what the generator planted in their course. */
interface ClientRows {
  planted: PlantedEffects;
  episodes: (CopingEpisode & TriggerEpisode)[];
  sessions: HomeworkChangeSession[];
  homework: HomeworkChangeItem[];
  /** Local date of the plan's second version; null when the plan was never revised. */
  revised: string | null;
}

interface Arm {
  /** Clients with enough data for the analysis to answer. */
  enough: number;
  /** Planted arm: the effect found (interval excludes no effect, in the planted direction). Null arm: any claim. */
  claims: number;
  /** Planted arm: the interval holds the planted value. */
  holds: number;
}

type Tally = Record<"coping" | "homework" | "trigger", Record<"planted" | "null", Arm>>;

const within = (value: number, interval: { lower: number; upper: number }) =>
  interval.lower <= value && value <= interval.upper;

/** Runs the three analyses on every client and counts, per arm, answers, claims and intervals holding the truth. */
function tally(clients: readonly ClientRows[]): Tally {
  const arm = (): Arm => ({ enough: 0, claims: 0, holds: 0 });
  const result: Tally = {
    coping: { planted: arm(), null: arm() },
    homework: { planted: arm(), null: arm() },
    trigger: { planted: arm(), null: arm() },
  };
  for (const client of clients) {
    // Coping: the planted technique's episodes peak COPING_PEAK_DROP lower; in null clients nothing differs.
    const coping = copingComparison(client.episodes);
    if (client.planted.coping === "PLANTED") {
      const grounding = coping.techniques.find((t) => t.technique === PLANTED_TECHNIQUE);
      const interval = grounding?.peakIntensity.interval;
      if (interval) {
        result.coping.planted.enough++;
        if (grounding.peakIntensity.verdict === "CLEAR_DIFFERENCE_LOWER") result.coping.planted.claims++;
        if (within(-COPING_PEAK_DROP, interval)) result.coping.planted.holds++;
      }
    } else if (coping.enough) {
      result.coping.null.enough++;
      const claimed = coping.techniques.some(
        (t) => t.peakIntensity.verdict.startsWith("CLEAR") || t.duration.verdict.startsWith("CLEAR"),
      );
      if (claimed) result.coping.null.claims++;
    }

    // Homework: completion against the ORS change at the next session.
    const completion = homeworkChange({
      sessions: client.sessions,
      homework: client.homework,
      measure: "ORS",
    }).completion;
    const homework = result.homework[client.planted.homework === "PLANTED" ? "planted" : "null"];
    if (completion.enough) {
      homework.enough++;
      const wanted =
        client.planted.homework === "PLANTED"
          ? ["CLEAR_DIFFERENCE_BETTER"]
          : ["CLEAR_DIFFERENCE_BETTER", "CLEAR_DIFFERENCE_WORSE"];
      if (wanted.includes(completion.verdict)) homework.claims++;
      if (within(HOMEWORK_ORS_GAIN, completion.slope!)) homework.holds++;
    }

    // Triggers: work's share after version 2 against the share the generator set before it (the same in the null arm).
    if (client.planted.trigger && client.revised) {
      const shares = triggerShares(client.episodes, client.revised, SHARE_WEEKS);
      const work = shares.triggers.find((t) => t.trigger === TriggerCategory.WORK_OR_STUDY)?.after.share;
      const trigger = result.trigger[client.planted.trigger === "PLANTED" ? "planted" : "null"];
      if (shares.enough && work) {
        trigger.enough++;
        const claimed =
          client.planted.trigger === "PLANTED" ? work.upper < WORK_TRIGGER_SHARE : !within(WORK_TRIGGER_SHARE, work);
        if (claimed) trigger.claims++;
        if (within(FADED_SHARE, work)) trigger.holds++;
      }
    }
  }
  return result;
}

/** Rows straight from the generator, for seeds other than the one in the database. */
function rowsOf(data: DemoData): ClientRows[] {
  return data.clients.map((client) => {
    const mine = <T extends { clientId: number }>(rows: T[]) => rows.filter((row) => row.clientId === client.id);
    return {
      planted: client.planted,
      episodes: mine(data.episodes),
      sessions: mine(data.sessions)
        .filter((s) => s.attendance === Attendance.ATTENDED)
        .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())
        .map((s) => ({
          localDate: s.localDate,
          number: s.number,
          ors: s.orsTotal,
          phq9: s.phq9Total,
          gad7: s.gad7Total,
        })),
      homework: mine(data.homework),
      revised: mine(data.revisions).find((r) => r.version === 2)?.localDate ?? null,
    };
  });
}

describe("the demo's planted effects, seen through the what-works analyses", () => {
  let server: TestServer;
  let found: Tally;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    await seedDemoIfEmpty(server.dataSource, { seed: SEED, rules: DEFAULT_RULES, now: NOW });
    // The truth comes from the generator; the rows the analyses read come from the database.
    const demo = generateDemo({ seed: SEED, today: localDateOf(NOW, DEMO_TIMEZONE), rules: DEFAULT_RULES });
    const episodes = await server.dataSource
      .getRepository(SymptomEpisode)
      .find({ order: { occurredAt: "ASC", id: "ASC" } });
    const homework = await server.dataSource.getRepository(Homework).find({ order: { id: "ASC" } });
    const revisions = await server.dataSource.getRepository(PlanRevision).find({ where: { version: 2 } });
    const sessions = await server.query<{
      clientId: number;
      localDate: string;
      ors: number | null;
      phq9: number | null;
      gad7: number | null;
    }>(
      `SELECT client_id AS "clientId", local_date AS "localDate", ors_total AS ors, phq9_total AS phq9, gad7_total AS gad7
       FROM therapy_session WHERE attendance = 'ATTENDED' ORDER BY client_id, occurred_at, id`,
    );
    const rows = demo.clients.map((client): ClientRows => {
      const mine = <T extends { clientId: number }>(list: T[]) =>
        list.filter((row) => Number(row.clientId) === client.id);
      return {
        planted: client.planted,
        episodes: mine(episodes),
        sessions: mine(sessions).map((s, i) => ({
          localDate: s.localDate,
          number: i + 1,
          ors: s.ors == null ? null : Number(s.ors),
          phq9: s.phq9 == null ? null : Number(s.phq9),
          gad7: s.gad7 == null ? null : Number(s.gad7),
        })),
        homework: mine(homework),
        revised: mine(revisions)[0]?.localDate ?? null,
      };
    });
    found = tally(rows);
  }, 120_000);
  afterAll(() => server.close());

  it("finds grounding lowering the peak where it was planted, within its interval", () => {
    // Observed on the demo: found in 10 of 13 planted clients with enough episodes; every interval holds −2.
    const { planted } = found.coping;
    expect(planted.enough).toBeGreaterThanOrEqual(10);
    expect(planted.claims / planted.enough).toBeGreaterThan(0.5);
    expect(planted.holds / planted.enough).toBeGreaterThanOrEqual(0.9);
  });

  it("finds homework leading ORS gains where it was planted, within its interval", () => {
    // Observed on the demo: found in 28 of 36 planted clients with enough sessions; 34 intervals hold the planted 4.
    const { planted } = found.homework;
    expect(planted.enough).toBeGreaterThanOrEqual(20);
    expect(planted.claims / planted.enough).toBeGreaterThan(0.5);
    expect(planted.holds / planted.enough).toBeGreaterThanOrEqual(0.85);
  });

  it("finds work-triggered episodes fading after the revision where it was planted, within its interval", () => {
    // Observed on the demo: work's share after the revision lies below its share before in 6 of 7 planted clients
    // with enough episodes; all 7 intervals hold the planted share after.
    const { planted } = found.trigger;
    expect(planted.enough).toBeGreaterThanOrEqual(5);
    expect(planted.claims / planted.enough).toBeGreaterThan(0.5);
    expect(planted.holds / planted.enough).toBeGreaterThanOrEqual(0.8);
  });

  it("claims an effect in the null clients about as often as the nominal 5%", () => {
    // Observed on the demo: 3 of 58 coping (5.2%), 5 of 68 homework (7.4%), 2 of 17 trigger clients. Bounds: the
    // nominal 5% plus about two binomial standard errors at these counts (coping and homework; the demo has too few
    // trigger clients for a rate, so the pooled test below holds that one to a rate).
    const { coping, homework, trigger } = found;
    expect(coping.null.enough).toBeGreaterThanOrEqual(40);
    expect(homework.null.enough).toBeGreaterThanOrEqual(40);
    expect(trigger.null.enough).toBeGreaterThanOrEqual(10);
    expect(coping.null.claims / coping.null.enough).toBeLessThanOrEqual(0.1);
    expect(homework.null.claims / homework.null.enough).toBeLessThanOrEqual(0.12);
    expect(trigger.null.claims).toBeLessThanOrEqual(3);
  });

  it("keeps the claim rate near 5% over more demo clinics", () => {
    // Four more seeds, straight from the generator: enough null clients for a rate, not just a count.
    const pooled = [1, 2, 3, 4].map((seed) =>
      tally(rowsOf(generateDemo({ seed, today: "2026-11-20", rules: DEFAULT_RULES }))),
    );
    const sum = (pick: (t: Tally) => Arm) =>
      pooled.reduce((total, t) => ({ enough: total.enough + pick(t).enough, claims: total.claims + pick(t).claims }), {
        enough: 0,
        claims: 0,
      });
    const rates = {
      coping: sum((t) => t.coping.null),
      homework: sum((t) => t.homework.null),
      trigger: sum((t) => t.trigger.null),
      copingFound: sum((t) => t.coping.planted),
      homeworkFound: sum((t) => t.homework.planted),
      triggerFound: sum((t) => t.trigger.planted),
    };
    // Observed over seeds 1–4: claims in 15 of 227 null coping clients (6.6%), 22 of 332 homework (6.6%) and 2 of 63
    // trigger (3.2%); planted effects found in 62 of 95, 109 of 159 and 36 of 49.
    expect(rates.coping.enough).toBeGreaterThanOrEqual(150);
    expect(rates.coping.claims / rates.coping.enough).toBeLessThanOrEqual(0.09);
    expect(rates.homework.claims / rates.homework.enough).toBeLessThanOrEqual(0.12);
    expect(rates.trigger.claims / rates.trigger.enough).toBeLessThanOrEqual(0.12);
    expect(rates.copingFound.claims / rates.copingFound.enough).toBeGreaterThan(0.5);
    expect(rates.homeworkFound.claims / rates.homeworkFound.enough).toBeGreaterThan(0.5);
    expect(rates.triggerFound.claims / rates.triggerFound.enough).toBeGreaterThan(0.5);
  });
});
