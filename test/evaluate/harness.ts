/**
 * Judging simulated clinics with both off-track methods, and the accuracy figures of docs/alert-accuracy.md.
 *
 * Time split: the clinic runs over calendar days. A judgement on day D uses the curve fitted on the cases closed
 * before the start of D's refit period (periods of `refitDays` days), so never a case that closes on or after D —
 * in particular never the judged client's own case, which is still open. Clients whose intake falls in the warm-up
 * only build up closed cases; they are not judged.
 *
 * A client is "flagged by session k" when a judgement at a rated session up to k (with at least two ORS ratings so
 * far, as the dashboard requires) says off track. The truth is "not improved": no reliable improvement on the
 * separately simulated truth measure at the end of the course.
 */
import type { ClinicalRules } from "../../server/measures/rules.ts";
import { median } from "../../server/measures/statistics.ts";
import { accuracy, areaUnderCurve, bootstrapInterval, confusion, wilsonInterval, type Interval } from "./metrics.ts";
import {
  fitCurveModel,
  judgeWithCurve,
  judgeWithFallback,
  type ClosedCase,
  type CurveModel,
  type Judgement,
} from "./methods.ts";
import type { SimulationParameters } from "./parameters.ts";
import { createRandom, mixSeed } from "./random.ts";
import { simulateCohort, type SimulatedClient } from "./simulator.ts";

export const JUDGED_SESSIONS = [3, 4, 6] as const;
export const METHODS = ["curve", "fallback"] as const;
export type MethodName = (typeof METHODS)[number];

/** Score given to a client with no judgement yet (fewer than two ratings): below every real score. */
const NO_JUDGEMENT_SCORE = -1e6;

export interface MethodRecord {
  firstFlagSession: number | null;
  firstFlagDay: number | null;
  /** Highest score over the judgements up to each of JUDGED_SESSIONS (same order). */
  scoreBy: number[];
}

export interface JudgedSessionLog {
  sessionNumber: number;
  day: number;
  /** Start of the refit period whose curve judged this session. */
  periodStart: number;
  curveMethod: Judgement["method"];
}

export interface ClientRecord {
  clientId: number;
  /** Truth: no reliable improvement on the truth measure. */
  positive: boolean;
  deteriorated: boolean;
  lastSession: number;
  closedDay: number;
  /** ORS fall from the first to the last rating of the whole course (a reference, known only at the end). */
  endFall: number;
  methods: Record<MethodName, MethodRecord>;
  judged: JudgedSessionLog[];
}

export interface JudgedCohort {
  records: ClientRecord[];
  /** Ids of the closed cases each refit period's curve was fitted on. */
  fittingSets: Map<number, number[]>;
}

export function periodStart(day: number, refitDays: number): number {
  return Math.floor(day / refitDays) * refitDays;
}

/** The cases closed strictly before `day`: the only ones a curve used on or after `day` may learn from. */
export function casesClosedBefore(clients: readonly SimulatedClient[], day: number): SimulatedClient[] {
  return clients.filter((c) => c.closedDay < day);
}

function asClosedCase(client: SimulatedClient): ClosedCase {
  const scores = client.sessions.flatMap((s) =>
    s.ors === null ? [] : [{ sessionNumber: s.sessionNumber, ors: s.ors }],
  );
  return { intakeOrs: scores[0]!.ors, scores };
}

/** Judge every client of one clinic whose intake is after the warm-up, by both methods, up to the last judged session. */
export function judgeCohort(
  clients: readonly SimulatedClient[],
  p: SimulationParameters,
  rules: ClinicalRules,
): JudgedCohort {
  const models = new Map<number, CurveModel>();
  const fittingSets = new Map<number, number[]>();
  const modelFor = (start: number): CurveModel => {
    let model = models.get(start);
    if (model === undefined) {
      const fitting = casesClosedBefore(clients, start);
      fittingSets.set(
        start,
        fitting.map((c) => c.id),
      );
      model = fitCurveModel(fitting.map(asClosedCase), rules);
      models.set(start, model);
    }
    return model;
  };
  const lastJudged = JUDGED_SESSIONS.at(-1)!;
  const records = clients
    .filter((c) => c.intakeDay >= p.warmUpDays)
    .map((client): ClientRecord => {
      const methods = Object.fromEntries(
        METHODS.map((m) => [
          m,
          { firstFlagSession: null, firstFlagDay: null, scoreBy: JUDGED_SESSIONS.map(() => NO_JUDGEMENT_SCORE) },
        ]),
      ) as Record<MethodName, MethodRecord>;
      const judged: JudgedSessionLog[] = [];
      const rated = client.sessions.filter((s) => s.ors !== null);
      const baselineOrs = rated[0]!.ors!;
      for (const session of rated.slice(1)) {
        if (session.sessionNumber > lastJudged) break;
        const point = { baselineOrs, latestOrs: session.ors!, sessionNumber: session.sessionNumber };
        const start = periodStart(session.day, p.refitDays);
        const results: Record<MethodName, Judgement> = {
          curve: judgeWithCurve(modelFor(start), point, rules),
          fallback: judgeWithFallback(point, rules),
        };
        judged.push({
          sessionNumber: session.sessionNumber,
          day: session.day,
          periodStart: start,
          curveMethod: results.curve.method,
        });
        for (const m of METHODS) {
          const record = methods[m];
          if (results[m].offTrack && record.firstFlagSession === null) {
            record.firstFlagSession = session.sessionNumber;
            record.firstFlagDay = session.day;
          }
          JUDGED_SESSIONS.forEach((k, i) => {
            if (session.sessionNumber <= k) record.scoreBy[i] = Math.max(record.scoreBy[i]!, results[m].score);
          });
        }
      }
      return {
        clientId: client.id,
        positive: !client.outcome.improved,
        deteriorated: client.outcome.deteriorated,
        lastSession: client.sessions.at(-1)!.sessionNumber,
        closedDay: client.closedDay,
        endFall: baselineOrs - rated.at(-1)!.ors!,
        methods,
        judged,
      };
    });
  return { records, fittingSets };
}

export interface CohortChecks {
  clients: number;
  intakeMean: number;
  intakeSd: number;
  droppedOut: number;
  suddenGain: number;
  suddenLoss: number;
  missingRatings: number;
  ratedSessions: number;
  notImproved: number;
  deteriorated: number;
  /** ORS fell by at least its reliable-change value from the first to the last rating. */
  orsDeteriorated: number;
  meanSessions: number;
}

/** Counts that let the report compare the simulated clinic with its sources. */
export function cohortChecks(clients: readonly SimulatedClient[], rules: ClinicalRules): CohortChecks {
  const intakes = clients.map((c) => c.sessions[0]!.ors!);
  const mean = intakes.reduce((a, b) => a + b, 0) / intakes.length;
  const sd = Math.sqrt(intakes.reduce((a, v) => a + (v - mean) ** 2, 0) / (intakes.length - 1));
  const later = clients.flatMap((c) => c.sessions.slice(1));
  return {
    clients: clients.length,
    intakeMean: mean,
    intakeSd: sd,
    droppedOut: clients.filter((c) => c.droppedOut).length,
    suddenGain: clients.filter((c) => c.suddenGain).length,
    suddenLoss: clients.filter((c) => c.suddenLoss).length,
    missingRatings: later.filter((s) => s.ors === null).length,
    ratedSessions: later.length,
    notImproved: clients.filter((c) => !c.outcome.improved).length,
    deteriorated: clients.filter((c) => c.outcome.deteriorated).length,
    orsDeteriorated: clients.filter((c) => {
      const rated = c.sessions.filter((s) => s.ors !== null);
      return rated[0]!.ors! - rated.at(-1)!.ors! >= rules.ORS_RELIABLE_CHANGE;
    }).length,
    meanSessions: clients.reduce((a, c) => a + c.sessions.length, 0) / clients.length,
  };
}

export interface ScenarioRun {
  records: ClientRecord[];
  perCohort: ClientRecord[][];
  checks: CohortChecks[];
}

/** `replications` clinics from one seed: replication r uses the stream mixSeed(seed, r). */
export function runScenario(
  p: SimulationParameters,
  seed: number,
  replications: number,
  rules: ClinicalRules,
): ScenarioRun {
  const perCohort: ClientRecord[][] = [];
  const checks: CohortChecks[] = [];
  for (let r = 0; r < replications; r++) {
    const clients = simulateCohort(p, createRandom(mixSeed(seed, r)), rules);
    checks.push(cohortChecks(clients, rules));
    perCohort.push(judgeCohort(clients, p, rules).records);
  }
  return { records: perCohort.flat(), perCohort, checks };
}

const flaggedBy = (record: ClientRecord, method: MethodName, k: number): boolean => {
  const first = record.methods[method].firstFlagSession;
  return first !== null && first <= k;
};

export interface AccuracyRow {
  method: MethodName;
  session: number;
  clients: number;
  positives: number;
  recall: Interval;
  falseAlarm: Interval;
  ppv: Interval;
  /** Recall among clients who end reliably worse on the truth measure. */
  deterioratedRecall: Interval;
  /** Sessions from the first flag to the last attended session, true positives: median and bootstrap interval. */
  leadSessions: Interval;
  leadWeeks: Interval;
  auc: Interval;
  /** Lowest and highest recall and false-alarm rate over the simulated clinics. */
  recallRange: [number, number];
  falseAlarmRange: [number, number];
}

function range(values: readonly number[]): [number, number] {
  return [Math.min(...values), Math.max(...values)];
}

/** Accuracy of one method by session k, pooled over all judged clients of a scenario. */
export function accuracyRow(
  run: ScenarioRun,
  method: MethodName,
  k: number,
  bootstrapSeed: number,
  resamples: number,
): AccuracyRow {
  const index = JUDGED_SESSIONS.indexOf(k as (typeof JUDGED_SESSIONS)[number]);
  if (index < 0) throw new RangeError(`session ${k} is not one of ${JUDGED_SESSIONS.join(", ")}`);
  const { records } = run;
  const flags = records.map((r) => flaggedBy(r, method, k));
  const truth = records.map((r) => r.positive);
  const { recall, falseAlarm, ppv } = accuracy(confusion(flags, truth));
  const deteriorated = records.filter((r) => r.deteriorated);
  const caught = deteriorated.filter((r) => flaggedBy(r, method, k)).length;
  const truePositives = records.filter((r) => r.positive && flaggedBy(r, method, k));
  const random = createRandom(mixSeed(bootstrapSeed, k, METHODS.indexOf(method)));
  const leadSessions = bootstrapInterval(
    truePositives,
    (sample) => median(sample.map((r) => r.lastSession - r.methods[method].firstFlagSession!)),
    random,
    resamples,
  );
  const leadWeeks = bootstrapInterval(
    truePositives,
    (sample) => median(sample.map((r) => (r.closedDay - r.methods[method].firstFlagDay!) / 7)),
    random,
    resamples,
  );
  const auc = bootstrapInterval(
    records,
    (sample) =>
      areaUnderCurve(
        sample.map((r) => r.methods[method].scoreBy[index]!),
        sample.map((r) => r.positive),
      ),
    random,
    resamples,
  );
  const perCohort = run.perCohort.map((cohort) =>
    accuracy(
      confusion(
        cohort.map((r) => flaggedBy(r, method, k)),
        cohort.map((r) => r.positive),
      ),
    ),
  );
  return {
    method,
    session: k,
    clients: records.length,
    positives: truth.filter(Boolean).length,
    recall,
    falseAlarm,
    ppv,
    deterioratedRecall: wilsonInterval(caught, deteriorated.length),
    leadSessions,
    leadWeeks,
    auc,
    recallRange: range(perCohort.map((a) => a.recall.estimate ?? 0)),
    falseAlarmRange: range(perCohort.map((a) => a.falseAlarm.estimate ?? 0)),
  };
}

/** Share of the curve method's judgements (up to the last judged session) that the expected curve made. */
export function curveShare(run: ScenarioRun): { curve: number; all: number } {
  const logs = run.records.flatMap((r) => r.judged);
  return { curve: logs.filter((l) => l.curveMethod === "EXPECTED_CURVE").length, all: logs.length };
}

/** AUC of the whole course's ORS fall against the truth: how well even the last rating predicts the truth measure. */
export function endOfCourseAuc(run: ScenarioRun, bootstrapSeed: number, resamples: number): Interval {
  return bootstrapInterval(
    run.records,
    (sample) =>
      areaUnderCurve(
        sample.map((r) => r.endFall),
        sample.map((r) => r.positive),
      ),
    createRandom(mixSeed(bootstrapSeed, 99)),
    resamples,
  );
}
