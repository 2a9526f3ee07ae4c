/**
 * A simulated clinic for measuring alert accuracy (docs/alert-accuracy.md). It is written from the published shape
 * of change in psychotherapy, not from the demo generator and not from the alert rules:
 *
 * - each client has a true ORS course, intake + change·ln(session)/ln(planned sessions) (log-linear change, Finch,
 *   Lambert & Schaalje 2001; shorter courses change faster per session, Baldwin et al. 2009), with client-level
 *   random intake and change;
 * - some courses hold a sudden gain or a sudden loss that lasts;
 * - ratings add session noise that is autocorrelated within a client (AR(1)), are clipped to 0–40, read to one
 *   decimal, and are sometimes missing;
 * - clients drop out with a hazard that rises when they are doing worse than at intake;
 * - the truth is a second, separately simulated measure (PHQ-9-like) at intake and at the end of the course, whose
 *   true change is only correlated with the ORS change. The alerts never read it.
 *
 * Time runs in days from the clinic's first intake; sessions are weekly.
 */
import { DEFAULT_RULES, type ClinicalRules } from "../../server/measures/rules.ts";
import type { SimulationParameters } from "./parameters.ts";
import type { Random } from "./random.ts";

const ORS_MIN = 0;
const ORS_MAX = 40;
const OUTCOME_MAX = 27;
const DAYS_PER_SESSION = 7;

export interface SimulatedSession {
  sessionNumber: number;
  day: number;
  /** The rating the clinic sees; null when the session has no rating. */
  ors: number | null;
  /** The client's true ORS level at this session (not seen by the clinic). */
  trueOrs: number;
  /** The session noise before clipping and rounding (not seen by the clinic). */
  noise: number;
}

export interface SimulatedOutcome {
  intake: number;
  end: number;
  /** Reliable improvement on the truth measure (intake − end ≥ its reliable-change value). */
  improved: boolean;
  /** Reliable deterioration on the truth measure. */
  deteriorated: boolean;
}

export interface SimulatedClient {
  id: number;
  intakeDay: number;
  plannedSessions: number;
  sessions: SimulatedSession[];
  droppedOut: boolean;
  /** Day of the last attended session: the day the case is closed. */
  closedDay: number;
  suddenGain: boolean;
  suddenLoss: boolean;
  outcome: SimulatedOutcome;
}

const clip = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));
const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

/** Number of failures before the first success, with the given mean (success probability 1 / (mean + 1)). */
function geometric(random: Random, mean: number): number {
  const p = 1 / (mean + 1);
  let count = 0;
  while (!random.chance(p)) count++;
  return count;
}

interface Course {
  client: Omit<SimulatedClient, "outcome">;
  trueChange: number;
  trueIntakeZ: number;
}

/** One client's course on the ORS, up to the planned end or drop-out. */
function simulateCourse(id: number, p: SimulationParameters, random: Random): Course {
  const trueSd = p.intakeSd * Math.sqrt(p.retestReliability);
  const noiseSd = p.intakeSd * Math.sqrt(1 - p.retestReliability);
  const intakeDay = Math.floor(random.next() * p.intakeDays);
  const trueIntakeZ = random.normal();
  const trueIntake = p.intakeMean + trueSd * trueIntakeZ;
  const plannedSessions = Math.min(p.maxSessions, p.minSessions + geometric(random, p.meanExtraSessions));
  const change = p.meanChange + p.changePerPointBelowMean * (p.intakeMean - trueIntake) + p.changeSd * random.normal();
  const shiftSize = () => p.suddenShiftLow + (p.suddenShiftHigh - p.suddenShiftLow) * random.next();
  const gainAt = random.chance(p.suddenGainProbability) ? random.integer(2, plannedSessions) : null;
  const gainSize = gainAt === null ? 0 : shiftSize();
  const lossAt = random.chance(p.suddenLossProbability) ? random.integer(2, plannedSessions) : null;
  const lossSize = lossAt === null ? 0 : shiftSize();

  const sessions: SimulatedSession[] = [];
  let noise = noiseSd * random.normal();
  let droppedOut = false;
  for (let s = 1; s <= plannedSessions; s++) {
    if (s > 1)
      noise = p.noiseAutocorrelation * noise + noiseSd * Math.sqrt(1 - p.noiseAutocorrelation ** 2) * random.normal();
    const shifts = (gainAt !== null && s >= gainAt ? gainSize : 0) - (lossAt !== null && s >= lossAt ? lossSize : 0);
    const trueOrs = clip(trueIntake + (change * Math.log(s)) / Math.log(plannedSessions) + shifts, ORS_MIN, ORS_MAX);
    const missing = s > 1 && random.chance(p.missingRatingProbability);
    const ors = missing ? null : Math.round(clip(trueOrs + noise, ORS_MIN, ORS_MAX) * 10) / 10;
    sessions.push({ sessionNumber: s, day: intakeDay + DAYS_PER_SESSION * (s - 1), ors, trueOrs, noise });
    if (s < plannedSessions) {
      const worsening = (sessions[0]!.trueOrs - trueOrs) / 5;
      if (random.chance(logistic(p.dropOutLogitIntercept + p.dropOutLogitPerFivePointsWorse * worsening))) {
        droppedOut = true;
        break;
      }
    }
  }
  const last = sessions.at(-1)!;
  return {
    client: {
      id,
      intakeDay,
      plannedSessions,
      sessions,
      droppedOut,
      closedDay: last.day,
      suddenGain: gainAt !== null && gainAt <= last.sessionNumber,
      suddenLoss: lossAt !== null && lossAt <= last.sessionNumber,
    },
    trueChange: last.trueOrs - sessions[0]!.trueOrs,
    trueIntakeZ,
  };
}

function meanAndSd(values: readonly number[]): { mean: number; sd: number } {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / Math.max(1, values.length - 1);
  return { mean, sd: Math.sqrt(variance) };
}

/**
 * One clinic: `p.clients` courses, then the truth measure for each. The truth measure's true change, in its own
 * intake-SD units, has the same mean and spread as the cohort's true ORS change in ORS intake-SD units, and
 * correlates `outcomeChangeCorrelation` with it; its intake level correlates as strongly (negatively: lower is
 * better there) with the true ORS intake. Observed values add measurement error from its reliability and are
 * whole numbers from 0 to 27.
 */
export function simulateCohort(
  p: SimulationParameters,
  random: Random,
  rules: ClinicalRules = DEFAULT_RULES,
): SimulatedClient[] {
  if (!Number.isInteger(p.clients) || p.clients < 2) throw new RangeError("clients must be a whole number ≥ 2");
  const courses = Array.from({ length: p.clients }, (_, id) => simulateCourse(id, p, random));
  const { mean, sd } = meanAndSd(courses.map((c) => c.trueChange));
  const rho = p.outcomeChangeCorrelation;
  const rest = Math.sqrt(1 - rho * rho);
  const trueSd = p.outcomeIntakeSd * Math.sqrt(p.outcomeReliability);
  const errorSd = p.outcomeIntakeSd * Math.sqrt(1 - p.outcomeReliability);
  const observe = (value: number) => Math.round(clip(value + errorSd * random.normal(), 0, OUTCOME_MAX));
  return courses.map(({ client, trueChange, trueIntakeZ }) => {
    const z = sd > 0 ? (trueChange - mean) / sd : 0;
    const standardisedChange = rho * z + rest * random.normal();
    const improvement = p.outcomeIntakeSd * ((mean + sd * standardisedChange) / p.intakeSd);
    const trueIntake = clip(
      p.outcomeIntakeMean + trueSd * (-rho * trueIntakeZ + rest * random.normal()),
      0,
      OUTCOME_MAX,
    );
    const trueEnd = clip(trueIntake - improvement, 0, OUTCOME_MAX);
    const intake = observe(trueIntake);
    const end = observe(trueEnd);
    return {
      ...client,
      outcome: {
        intake,
        end,
        improved: intake - end >= rules.PHQ9_RELIABLE_CHANGE,
        deteriorated: end - intake >= rules.PHQ9_RELIABLE_CHANGE,
      },
    };
  });
}
