import type { CheckIn } from "../check-ins/check-in.entity.ts";
import { CheckInSchedule, PlanMeasure, RatingSource, RiskAction } from "../check-ins/check-in.enums.ts";
import type { MeasurementPlan } from "../check-ins/measurement-plan.entity.ts";
import type { RiskAlert } from "../check-ins/risk-alert.entity.ts";
import { ClientStatus } from "../clients/client.enums.ts";
import { groupBy } from "../common/collections.ts";
import { addDays, localDateOf, weekStartOf } from "../common/time.ts";
import { scoreGad7, scoreOrs, scorePhq9 } from "../measures/index.ts";
import type { ClinicalRules } from "../measures/rules.ts";
import type { SessionRow } from "../sessions/session-row.ts";
import { Course } from "./courses.ts";
import { clamp, round1, splitTotal } from "./numbers.ts";
import type { Random } from "./random.ts";
import { COMPLAINTS, WEEK_WORDS } from "./texts.ts";

export type DemoPlanRow = Omit<MeasurementPlan, "client">;
export type DemoCheckInRow = Omit<CheckIn, "client" | "ors" | "phq9Items" | "gad7Items">;
export type DemoRiskAlertRow = Omit<RiskAlert, "client" | "acknowledged">;

/** What the check-ins need to know of a generated client and its sessions. */
interface ClientFacts {
  id: number;
  therapistId: number;
  userId: number | null;
  complaint: keyof typeof COMPLAINTS;
  course: Course;
  status: ClientStatus;
}
type DemoSession = SessionRow & { id: number; number: number | null };

export interface CheckInContext {
  rules: ClinicalRules;
  timeZone: string;
  /** The moment the demo is made: nothing lies after it. */
  createdAt: Date;
  nextId: (kind: "checkIn" | "riskAlert") => number;
}

export interface DemoCheckIns {
  measurementPlans: DemoPlanRow[];
  checkIns: DemoCheckInRow[];
  riskAlerts: DemoRiskAlertRow[];
}

const HOUR_MS = 60 * 60 * 1000;
/** Share of active clients who report their own measures before sessions. */
const SELF_REPORTING_SHARE = 0.5;
/** Of those, how many have sent a check-in since their last session that no session has adopted yet. */
const PENDING_CHANCE = 0.35;
/** Of their SRS ratings, how many they gave themselves after the session rather than in it. */
const CLIENT_SRS_CHANCE = 0.4;
const WEEKLY_CHANCE = 0.2;
const WORDS_CHANCE = 0.75;

/**
 * Measurement plans for every active client, and for about half of them the check-ins their sessions' ratings
 * came from: each sent a day or two before the session and adopted by it, as the therapist would in the
 * record-session form. The values are the sessions' own, so every course, status and alert is what it was without
 * check-ins; only where the ratings came from changes. Some have a check-in since their last session that waits to
 * be adopted, and some rated the alliance themselves after the session. One client has a risk alert from a
 * check-in, acknowledged by the therapist; none is left open. Draws from its own random stream, after every
 * client is generated, so nothing else in the demo moves.
 */
export function generateCheckIns(
  clients: ClientFacts[],
  sessions: DemoSession[],
  random: Random,
  context: CheckInContext,
): DemoCheckIns {
  const { rules, timeZone, createdAt } = context;
  const result: DemoCheckIns = { measurementPlans: [], checkIns: [], riskAlerts: [] };
  const sessionsByClient = groupBy(sessions, (session) => session.clientId);
  const active = clients.filter((client) => client.status === ClientStatus.ACTIVE);

  const plans = new Map<number, DemoPlanRow>();
  for (const client of active) {
    const profile = COMPLAINTS[client.complaint];
    // Sessions give PHQ-9 when the complaint's profile asks for it (and always in a crisis course); the plan matches.
    const measures = [
      PlanMeasure.ORS,
      PlanMeasure.WEEK_RATING,
      ...(profile.phq9 || client.course === Course.CRISIS ? [PlanMeasure.PHQ9] : []),
      ...(profile.gad7 ? [PlanMeasure.GAD7] : []),
      PlanMeasure.SRS,
    ];
    // Clients with a sign-in check in before each session, so the demo always has one due for them.
    const schedule =
      client.userId == null && random.chance(WEEKLY_CHANCE)
        ? CheckInSchedule.WEEKLY
        : CheckInSchedule.BEFORE_EACH_SESSION;
    const first = sessionsByClient.get(client.id)?.find((session) => session.number != null);
    const plan = {
      clientId: client.id,
      measures,
      schedule,
      updatedBy: client.therapistId,
      updatedAt: first?.occurredAt ?? createdAt,
    };
    plans.set(client.id, plan);
    result.measurementPlans.push(plan);
  }

  // The one risk alert: the first active crisis course with a session (not the first) whose PHQ-9 item 9 is above
  // the rule, so its check-in would have raised one.
  const riskAbove = (session: DemoSession) => (session.phq9Q9 ?? 0) > rules.PHQ9_ITEM9_RISK_ABOVE;
  const alertClient = active.find(
    (client) =>
      client.course === Course.CRISIS &&
      (sessionsByClient.get(client.id) ?? []).some(
        (session) => session.number != null && session.number >= 2 && !session.crisis && riskAbove(session),
      ),
  );

  // About half report their own measures: those with a sign-in and the alert's client, then others drawn at random
  // until half of the active clients have sessions rated from their check-ins.
  const first = active.filter((client) => client.userId != null || client === alertClient);
  const others = active.filter((client) => !first.includes(client));
  for (let i = others.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [others[i], others[j]] = [others[j]!, others[i]!];
  }
  const wanted = Math.round(active.length * SELF_REPORTING_SHARE);
  let reporting = 0;
  for (const client of [...first, ...others]) {
    if (reporting >= wanted && !first.includes(client)) break;
    const adopted = reportFor(client);
    if (adopted) reporting++;
  }
  return result;

  /** The client's check-ins; true when a session adopted one. */
  function reportFor(client: ClientFacts): boolean {
    const plan = plans.get(client.id)!;
    const inPlan = (measure: PlanMeasure) => plan.measures.includes(measure);
    const usedKeys = new Set<string>();
    const keyFor = (submittedAt: Date, previous: DemoSession | null) =>
      plan.schedule === CheckInSchedule.WEEKLY
        ? `W:${weekStartOf(localDateOf(submittedAt, timeZone))}`
        : `S:${previous?.id ?? 0}`;
    let alertRaised = false;
    let adopted = false;
    let previous: DemoSession | null = null;
    for (const session of sessionsByClient.get(client.id) ?? []) {
      if (session.number == null) continue;
      const last = previous;
      previous = session;
      // From the second session: the plan is agreed at intake.
      if (session.number < 2 || !last || session.crisis) continue;
      // Adopting copies every measure of the check-in, so the session must hold exactly the plan's.
      const matches =
        inPlan(PlanMeasure.ORS) === (session.orsTotal != null) &&
        inPlan(PlanMeasure.WEEK_RATING) === (session.weekRating != null) &&
        inPlan(PlanMeasure.PHQ9) === (session.phq9Total != null) &&
        inPlan(PlanMeasure.GAD7) === (session.gad7Total != null);
      if (!matches) continue;
      const raisesAlert = riskAbove(session);
      if (raisesAlert && (client !== alertClient || alertRaised)) continue;
      // A day or two before, in the daytime (12:00–23:59 UTC is daytime in the Americas' clinic timezones).
      const submittedAt = new Date(
        `${addDays(session.localDate, -random.int(1, 2))}T${String(random.int(12, 23)).padStart(2, "0")}:${String(random.int(0, 59)).padStart(2, "0")}:00.000Z`,
      );
      if (submittedAt.getTime() <= last.occurredAt.getTime() + HOUR_MS) continue;
      if (submittedAt.getTime() >= session.occurredAt.getTime() - HOUR_MS) continue;
      const windowKey = keyFor(submittedAt, last);
      if (usedKeys.has(windowKey)) continue;
      usedKeys.add(windowKey);
      const checkIn: DemoCheckInRow = {
        id: context.nextId("checkIn"),
        clientId: client.id,
        windowKey,
        submittedAt,
        localDate: localDateOf(submittedAt, timeZone),
        weekRating: session.weekRating,
        weekWords: wordsFor(random, session.weekRating),
        orsIndividual: session.orsIndividual,
        orsInterpersonal: session.orsInterpersonal,
        orsSocial: session.orsSocial,
        orsOverall: session.orsOverall,
        orsTotal: session.orsTotal,
        phq9Q1: session.phq9Q1,
        phq9Q2: session.phq9Q2,
        phq9Q3: session.phq9Q3,
        phq9Q4: session.phq9Q4,
        phq9Q5: session.phq9Q5,
        phq9Q6: session.phq9Q6,
        phq9Q7: session.phq9Q7,
        phq9Q8: session.phq9Q8,
        phq9Q9: session.phq9Q9,
        phq9Total: session.phq9Total,
        gad7Q1: session.gad7Q1,
        gad7Q2: session.gad7Q2,
        gad7Q3: session.gad7Q3,
        gad7Q4: session.gad7Q4,
        gad7Q5: session.gad7Q5,
        gad7Q6: session.gad7Q6,
        gad7Q7: session.gad7Q7,
        gad7Total: session.gad7Total,
        notSafe: false,
        sessionId: session.id,
      };
      result.checkIns.push(checkIn);
      adopted = true;
      session.ratingsSource = RatingSource.CLIENT;
      session.checkInId = checkIn.id;
      if (raisesAlert) {
        alertRaised = true;
        result.riskAlerts.push(acknowledgedAlert(random, client, checkIn, session, context));
      }
    }
    for (const session of sessionsByClient.get(client.id) ?? []) {
      if (inPlan(PlanMeasure.SRS) && session.srsTotal != null && random.chance(CLIENT_SRS_CHANCE)) {
        session.srsSourceColumn = RatingSource.CLIENT;
      }
    }
    // Clients with a sign-in keep their check-in due, for whoever tries the demo as them.
    if (client.userId == null && previous && random.chance(PENDING_CHANCE)) {
      const pending = pendingCheckIn(random, client, plan, previous, context, keyFor);
      if (pending && !usedKeys.has(pending.windowKey)) result.checkIns.push(pending);
    }
    return adopted;
  }
}

function wordsFor(random: Random, weekRating: number | null): string | null {
  if (weekRating == null || !random.chance(WORDS_CHANCE)) return null;
  return random.pick(WEEK_WORDS[weekRating >= 7 ? "good" : weekRating >= 4 ? "mixed" : "hard"]);
}

/** The risk alert the check-in raised, acknowledged by the therapist within hours, before the session. */
function acknowledgedAlert(
  random: Random,
  client: ClientFacts,
  checkIn: DemoCheckInRow,
  session: DemoSession,
  context: CheckInContext,
): DemoRiskAlertRow {
  const raisedAt = checkIn.submittedAt;
  const latest = Math.min(session.occurredAt.getTime(), context.createdAt.getTime());
  const acknowledgedAt = new Date(
    Math.min(Math.round(raisedAt.getTime() / 60_000 + random.int(90, 300)) * 60_000, latest),
  );
  return {
    id: context.nextId("riskAlert"),
    clientId: client.id,
    checkInId: checkIn.id,
    rules: [`PHQ9_ITEM9_RISK_ABOVE = ${context.rules.PHQ9_ITEM9_RISK_ABOVE}`],
    raisedAt,
    acknowledgedAt,
    acknowledgedById: client.therapistId,
    action: RiskAction.SAFETY_PLAN_REVIEWED,
    note: "Phoned the client the same afternoon and went through the safety plan together. Follow up in session.",
  };
}

/**
 * A check-in sent since the client's last attended session, in the last two days, that no session has adopted yet:
 * about as the last session was, a little better. None when the last session was only hours ago.
 */
function pendingCheckIn(
  random: Random,
  client: ClientFacts,
  plan: DemoPlanRow,
  last: DemoSession,
  context: CheckInContext,
  keyFor: (submittedAt: Date, previous: DemoSession) => string,
): DemoCheckInRow | null {
  const { rules, createdAt, timeZone } = context;
  const from = Math.max(last.occurredAt.getTime() + 3 * HOUR_MS, createdAt.getTime() - 48 * HOUR_MS);
  const to = createdAt.getTime() - HOUR_MS;
  if (from >= to) return null;
  const submittedAt = new Date(Math.round(random.uniform(from, to) / 60_000) * 60_000);
  const inPlan = (measure: PlanMeasure) => plan.measures.includes(measure);
  const ors = round1(clamp((last.orsTotal ?? 20) + random.normal(0.5, 1.5), 0, 40));
  const [individual, interpersonal, social, overall] = splitTotal(random, ors, 4, 10, 1) as [
    number,
    number,
    number,
    number,
  ];
  const weekRating = inPlan(PlanMeasure.WEEK_RATING) ? Math.round(clamp(ors / 4 + random.normal(0, 1.2), 0, 10)) : null;
  // Item 9 stays 0: a pending check-in over the rule would have raised an alert, and the demo leaves none open.
  const phq9 = inPlan(PlanMeasure.PHQ9)
    ? [...splitTotal(random, Math.round(clamp(27 - 0.72 * ors + random.normal(0, 1.8), 0, 24)), 8, 3, 0), 0]
    : null;
  const gad7 = inPlan(PlanMeasure.GAD7)
    ? splitTotal(random, Math.round(clamp(21 - 0.55 * ors + random.normal(0, 1.5), 0, 21)), 7, 3, 0)
    : null;
  const hasOrs = inPlan(PlanMeasure.ORS);
  const item = (values: number[] | null, i: number) => (values ? values[i]! : null);
  return {
    id: context.nextId("checkIn"),
    clientId: client.id,
    windowKey: keyFor(submittedAt, last),
    submittedAt,
    localDate: localDateOf(submittedAt, timeZone),
    weekRating,
    weekWords: wordsFor(random, weekRating),
    orsIndividual: hasOrs ? individual : null,
    orsInterpersonal: hasOrs ? interpersonal : null,
    orsSocial: hasOrs ? social : null,
    orsOverall: hasOrs ? overall : null,
    orsTotal: hasOrs ? scoreOrs({ individual, interpersonal, social, overall }, rules).total : null,
    phq9Q1: item(phq9, 0),
    phq9Q2: item(phq9, 1),
    phq9Q3: item(phq9, 2),
    phq9Q4: item(phq9, 3),
    phq9Q5: item(phq9, 4),
    phq9Q6: item(phq9, 5),
    phq9Q7: item(phq9, 6),
    phq9Q8: item(phq9, 7),
    phq9Q9: item(phq9, 8),
    phq9Total: phq9 ? scorePhq9(phq9, rules).total : null,
    gad7Q1: item(gad7, 0),
    gad7Q2: item(gad7, 1),
    gad7Q3: item(gad7, 2),
    gad7Q4: item(gad7, 3),
    gad7Q5: item(gad7, 4),
    gad7Q6: item(gad7, 5),
    gad7Q7: item(gad7, 6),
    gad7Total: gad7 ? scoreGad7(gad7, rules).total : null,
    notSafe: false,
    sessionId: null,
  };
}
