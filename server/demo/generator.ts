import { Role } from "../auth/role.ts";
import { RatingSource } from "../check-ins/check-in.enums.ts";
import type { CrisisResourceValue } from "../clinics/clinic.entity.ts";
import { AgeBand, ClientStatus, ComplaintCategory } from "../clients/client.enums.ts";
import { addDays, daysBetween, weekStartOf } from "../common/time.ts";
import { buildEpisodeRow, type EpisodeRow } from "../episodes/episode-row.ts";
import { LoggedBy, Symptom, EpisodeType, TriggerCategory } from "../episodes/episode.enums.ts";
import { buildHomeworkRow, type HomeworkRow } from "../homework/homework-row.ts";
import { AssignedBy, HomeworkStatus } from "../homework/homework.enums.ts";
import type { ClinicalRules } from "../measures/rules.ts";
import { buildPlanRevisionRow, type PlanRevisionRow } from "../plans/plan-row.ts";
import { buildSessionRow, type SessionRow } from "../sessions/session-row.ts";
import { Attendance, SessionKind } from "../sessions/session.enums.ts";
import { generateCheckIns, type DemoCheckIns } from "./check-ins.ts";
import { Course, COURSE_WEIGHTS, daysToNextSession, planCourse, progressFraction } from "./courses.ts";
import { KEY_SPACE } from "../supervision/perturbation.ts";
import {
  COPING_PEAK_DROP,
  effectSeed,
  HOMEWORK_ORS_GAIN,
  PLANTED_TECHNIQUE,
  PLANTED_TECHNIQUE_SHARE,
  plantedEffectsFor,
  TRIGGER_FADE,
  WORK_TRIGGER_SHARE,
  type PlantedEffects,
} from "./effects.ts";
import { clamp, round1, splitTotal } from "./numbers.ts";
import { Random } from "./random.ts";
import {
  COMPLAINTS,
  EXAMPLE_CRISIS_RESOURCES,
  FIRST_NAMES,
  LAST_NAMES,
  THERAPISTS,
  THOUGHT_RECORDS,
  TRIGGERS,
} from "./texts.ts";

export interface DemoOptions {
  seed: number;
  /** The demo's "today" (local date); the same seed and day give the same data. */
  today: string;
  rules: ClinicalRules;
  clinicName?: string;
  timeZone?: string;
  therapists?: number;
  clientsPerTherapist?: number;
  /** Numbering offset for ids, so several clinics can be generated into one database. */
  idBase?: Partial<Record<IdKind, number>>;
  /** Prefix for demo emails; the first clinic keeps the published sign-ins. */
  emailPrefix?: string;
  /**
   * Load-test volumes (all 1 in the believable demo): multipliers of course length in sessions, of homework set per
   * session and of the episode rate, and how many days back intakes reach.
   */
  volume?: { sessions: number; homework: number; episodes: number; intakeDays: number; maxGapDays: number };
}

export type IdKind =
  "user" | "client" | "session" | "homework" | "episode" | "plan" | "revision" | "checkIn" | "riskAlert";

/** Where ids start when nothing was generated before: every kind at 0, the first row taking 1. */
export const FIRST_IDS: Readonly<Record<IdKind, number>> = {
  user: 0,
  client: 0,
  session: 0,
  homework: 0,
  episode: 0,
  plan: 0,
  revision: 0,
  checkIn: 0,
  riskAlert: 0,
};

const DEMO_VOLUME = { sessions: 1, homework: 1, episodes: 1, intakeDays: 540, maxGapDays: Infinity };

export interface DemoUser {
  id: number;
  email: string;
  displayName: string;
  role: Role;
}

export interface DemoClient {
  id: number;
  displayName: string;
  therapistId: number;
  intakeDate: string;
  complaint: ComplaintCategory;
  ageBand: AgeBand;
  status: ClientStatus;
  /** The last session of a closed course; null while active. */
  closedOn: string | null;
  userId: number | null;
  course: Course;
  /** The record key for perturbing anonymised metrics: drawn from the demo's seed, so the demo's figures repeat. */
  recordKey: number;
  /** Which "what works" effects were planted in this course (not stored: the truth the demo's checks compare with). */
  planted: PlantedEffects;
}

export interface DemoData extends DemoCheckIns {
  clinic: { name: string; timezone: string; crisisResources: CrisisResourceValue[] };
  users: DemoUser[];
  clients: DemoClient[];
  plans: { id: number; clientId: number; currentVersion: number; createdAt: Date }[];
  revisions: (PlanRevisionRow & { id: number })[];
  sessions: (SessionRow & { id: number; number: number | null })[];
  homework: (HomeworkRow & { id: number })[];
  episodes: (EpisodeRow & { id: number })[];
}

const COMPLAINT_WEIGHTS: readonly (readonly [ComplaintCategory, number])[] = [
  [ComplaintCategory.DEPRESSION, 28],
  [ComplaintCategory.PANIC, 20],
  [ComplaintCategory.GENERALISED_ANXIETY, 18],
  [ComplaintCategory.SOCIAL_ANXIETY, 12],
  [ComplaintCategory.TRAUMA, 12],
  [ComplaintCategory.OTHER, 10],
];

const DURATION_MINUTES: Record<Symptom, readonly [number, number]> = {
  [Symptom.PANIC_ATTACK]: [5, 30],
  [Symptom.LOW_MOOD]: [60, 480],
  [Symptom.INTRUSIVE_MEMORY]: [2, 20],
  [Symptom.WORRY]: [15, 120],
  [Symptom.ANGER]: [5, 45],
  [Symptom.SELF_HARM_URGE]: [10, 60],
  [Symptom.OTHER]: [10, 60],
};

/** The first clients of the first two therapists are fixed, so the published sign-ins show telling courses. */
const SHOWCASE: Record<string, { course: Course; complaint: ComplaintCategory; daysAgo: number; login?: string }> = {
  "0:0": { course: Course.REVISION_HELPED, complaint: ComplaintCategory.PANIC, daysAgo: 125, login: "client" },
  "0:1": { course: Course.CRISIS, complaint: ComplaintCategory.DEPRESSION, daysAgo: 45 },
  "0:2": { course: Course.DETERIORATING, complaint: ComplaintCategory.GENERALISED_ANXIETY, daysAgo: 60 },
  "0:3": { course: Course.NON_RESPONDER, complaint: ComplaintCategory.SOCIAL_ANXIETY, daysAgo: 95 },
  "0:4": { course: Course.QUICK_RESPONDER, complaint: ComplaintCategory.DEPRESSION, daysAgo: 4 },
  "0:5": { course: Course.SLOW_RESPONDER, complaint: ComplaintCategory.TRAUMA, daysAgo: 110 },
  "1:0": { course: Course.QUICK_RESPONDER, complaint: ComplaintCategory.PANIC, daysAgo: 45, login: "client2" },
};

function sessionInstant(localDate: string, random: Random): Date {
  // 14:00–21:00 UTC is daytime in the Americas' clinic timezones, so the local date is the one intended.
  return new Date(
    `${localDate}T${String(random.int(14, 20)).padStart(2, "0")}:${random.pick(["00", "15", "30", "45"])}:00.000Z`,
  );
}

export function generateDemo(options: DemoOptions): DemoData {
  const random = new Random(options.seed);
  const rules = options.rules;
  const timeZone = options.timeZone ?? "America/Toronto";
  const therapistCount = options.therapists ?? 8;
  const perTherapist = options.clientsPerTherapist ?? 30;
  const emailPrefix = options.emailPrefix ?? "";
  const volume = options.volume ?? DEMO_VOLUME;
  const base = { ...FIRST_IDS, ...options.idBase };
  const ids = { ...base };
  const nextId = (kind: keyof typeof ids) => ++ids[kind];
  const today = options.today;
  // Local midnight in the Americas: nothing generated lies after the start of "today".
  const createdAt = new Date(`${today}T05:00:00.000Z`);

  const data: DemoData = {
    clinic: {
      name: options.clinicName ?? "Harbourview Psychotherapy (demo)",
      timezone: timeZone,
      crisisResources: EXAMPLE_CRISIS_RESOURCES.map((resource) => ({ ...resource })),
    },
    users: [],
    clients: [],
    plans: [],
    revisions: [],
    sessions: [],
    homework: [],
    episodes: [],
    measurementPlans: [],
    checkIns: [],
    riskAlerts: [],
  };
  // Record keys come from a stream of their own, so adding them left every generated course as it was.
  const keys = new Random(options.seed ^ 0x5bd1e995);
  const therapistIds: number[] = [];
  for (let t = 0; t < therapistCount; t++) {
    const id = nextId("user");
    therapistIds.push(id);
    data.users.push({
      id,
      email: `${emailPrefix}therapist${t === 0 ? "" : t + 1}@demo.local`,
      displayName:
        THERAPISTS[t % THERAPISTS.length]! +
        (t >= THERAPISTS.length ? ` ${Math.floor(t / THERAPISTS.length) + 1}` : ""),
      role: Role.THERAPIST,
    });
  }
  data.users.push({
    id: nextId("user"),
    email: `${emailPrefix}supervisor@demo.local`,
    displayName: "Dr. Morgan Ellis",
    role: Role.SUPERVISOR,
  });

  // Names are unique within a clinic, so a therapist never has to tell two "Maya Fontaine"s apart.
  const usedNames = new Set<string>();
  for (let t = 0; t < therapistCount; t++) {
    for (let k = 0; k < perTherapist; k++) {
      const showcase = SHOWCASE[`${t}:${k}`];
      const course = showcase?.course ?? random.weighted(COURSE_WEIGHTS);
      const complaint = showcase?.complaint ?? random.weighted(COMPLAINT_WEIGHTS);
      // Intakes over the last 18 months, more of them recent (a growing clinic), a few in the last days.
      const daysAgo =
        showcase?.daysAgo ??
        (random.chance(0.05) ? random.int(0, 9) : Math.round(10 + (volume.intakeDays - 10) * random.next() ** 1.5));
      const clientId = nextId("client");
      let userId: number | null = null;
      let displayName = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
      while (usedNames.has(displayName)) displayName = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
      usedNames.add(displayName);
      if (showcase?.login && !emailPrefix) {
        userId = nextId("user");
        data.users.push({ id: userId, email: `${showcase.login}@demo.local`, displayName, role: Role.CLIENT });
      }
      generateClient(data, random, rules, {
        clientId,
        therapistId: therapistIds[t]!,
        userId,
        displayName,
        complaint,
        course,
        intakeDate: addDays(today, -daysAgo),
        today,
        timeZone,
        createdAt,
        nextId,
        volume,
        recordKey: keys.int(0, KEY_SPACE - 1),
        planted: plantedEffectsFor(options.seed, t * perTherapist + k, { course, complaint, showcase: !!showcase }),
        effects: new Random(effectSeed(options.seed, t * perTherapist + k)),
      });
    }
  }
  // Check-ins draw from a stream of their own, after every client, so they change nothing generated above.
  Object.assign(
    data,
    generateCheckIns(data.clients, data.sessions, new Random(options.seed ^ 0x27d4eb2f), {
      rules,
      timeZone,
      createdAt,
      nextId,
    }),
  );
  // Last, so the ids of every account and client before it are what they were before the demo had an admin.
  data.users.push({
    id: nextId("user"),
    email: `${emailPrefix}admin@demo.local`,
    displayName: "Sam Okafor",
    role: Role.ADMIN,
  });
  return data;
}

interface ClientSpec {
  recordKey: number;
  clientId: number;
  therapistId: number;
  userId: number | null;
  displayName: string;
  complaint: ComplaintCategory;
  course: Course;
  intakeDate: string;
  today: string;
  timeZone: string;
  createdAt: Date;
  nextId: (kind: "session" | "homework" | "episode" | "plan" | "revision") => number;
  volume: typeof DEMO_VOLUME;
  planted: PlantedEffects;
  /**
   * The client's own stream for what the planted effects decide (homework done, coping used, triggers), so that
   * planting them left every draw of the shared stream, and so every other figure of the demo, as it was.
   */
  effects: Random;
}

function generateClient(data: DemoData, random: Random, rules: ClinicalRules, spec: ClientSpec): void {
  const profile = COMPLAINTS[spec.complaint];
  const plan = planCourse(spec.course, random);
  if (spec.volume.sessions !== 1)
    plan.plannedSessions = Math.max(1, Math.round(plan.plannedSessions * spec.volume.sessions));
  const { clientId, therapistId, today, timeZone, planted, effects } = spec;
  const yesterday = addDays(today, -1);

  // Appointments: attended sessions taper; some are cancelled or missed and rebooked a week later.
  type Visit = { localDate: string; attendance: Attendance; number: number | null };
  const visits: Visit[] = [];
  let date = spec.intakeDate;
  let attended = 0;
  while (attended < plan.plannedSessions && date <= yesterday) {
    const roll = random.next();
    const attendance =
      attended > 0 && roll < 0.05
        ? Attendance.CANCELLED
        : attended > 0 && roll < 0.08
          ? Attendance.NO_SHOW
          : Attendance.ATTENDED;
    if (attendance === Attendance.ATTENDED) attended++;
    visits.push({ localDate: date, attendance, number: attendance === Attendance.ATTENDED ? attended : null });
    date = addDays(
      date,
      attendance === Attendance.ATTENDED ? Math.min(spec.volume.maxGapDays, daysToNextSession(attended, random)) : 7,
    );
  }
  const finished = attended >= plan.plannedSessions;
  if (plan.course === Course.DROP_OUT && finished) {
    for (let i = 0; i < 2 && date <= yesterday; i++, date = addDays(date, 7)) {
      visits.push({ localDate: date, attendance: Attendance.NO_SHOW, number: null });
    }
  }
  const status =
    plan.course === Course.DROP_OUT && finished
      ? ClientStatus.DROPPED_OUT
      : finished
        ? ClientStatus.DISCHARGED
        : ClientStatus.ACTIVE;
  const careEnds = finished ? visits.at(-1)!.localDate : today;

  data.clients.push({
    id: clientId,
    displayName: spec.displayName,
    therapistId,
    intakeDate: spec.intakeDate,
    complaint: spec.complaint,
    ageBand: random.pick(Object.values(AgeBand)),
    status,
    closedOn: status === ClientStatus.ACTIVE ? null : careEnds,
    userId: spec.userId,
    course: plan.course,
    recordKey: spec.recordKey,
    planted,
  });

  // Homework done each week, drawn ahead so that, where the homework effect is planted, later sessions can follow it.
  // The client's usual completion is unrelated to how their course goes; only the planted effect links the two.
  const usualCompletion = effects.uniform(0.35, 0.8);
  const weekStatus = Array.from({ length: plan.plannedSessions + 1 }, () => {
    const roll = effects.next();
    return roll < usualCompletion
      ? HomeworkStatus.COMPLETED
      : roll < usualCompletion + (1 - usualCompletion) * 0.4
        ? HomeworkStatus.PARTIAL
        : HomeworkStatus.NOT_DONE;
  });
  const credit = (status: HomeworkStatus) =>
    status === HomeworkStatus.COMPLETED ? 1 : status === HomeworkStatus.PARTIAL ? 0.5 : 0;
  const usualCredit = usualCompletion + 0.5 * 0.4 * (1 - usualCompletion);
  /** ORS added at session n for the homework of the weeks before it, beyond the client's usual. */
  const homeworkGain = (n: number) =>
    planted.homework !== "PLANTED"
      ? 0
      : HOMEWORK_ORS_GAIN * weekStatus.slice(1, n).reduce((sum, status) => sum + credit(status) - usualCredit, 0);
  // Coping techniques are used at a steady rate over the course, so their episodes are no milder for coming later.
  const copingRate = effects.uniform(0.35, 0.65);

  const attendedVisits = visits.filter((visit) => visit.attendance === Attendance.ATTENDED);
  const lastNumber = attendedVisits.length;
  const sessionIds = new Map<number, number>();
  const sessionDates = new Map<number, string>();
  let previousSrs = 38;
  // A crisis at the latest session of an active client; mid-course for one who has since finished.
  const crisisAt =
    plan.course !== Course.CRISIS ? -1 : finished ? Math.max(2, Math.floor(lastNumber / 2)) : Math.max(2, lastNumber);

  for (const visit of visits) {
    const n = visit.number;
    const occurredAt = sessionInstant(visit.localDate, random);
    let draft: Parameters<typeof buildSessionRow>[0];
    if (n == null) {
      draft = {
        occurredAt,
        attendance: visit.attendance,
        kind: SessionKind.FOLLOW_UP,
        techniquesUsed: [],
        crisis: false,
      };
    } else {
      const ors = round1(
        clamp(plan.orsAt(n) + (n === 1 ? random.normal(0, 0.8) : random.normal(0, 1.6)) + homeworkGain(n), 0, 40),
      );
      const [individual, interpersonal, social, overall] = splitTotal(random, ors, 4, 10, 1) as [
        number,
        number,
        number,
        number,
      ];
      const allianceDip =
        (plan.course === Course.NON_RESPONDER || plan.course === Course.DETERIORATING) && random.chance(0.35);
      const srs = round1(
        clamp(allianceDip ? random.uniform(31, 35.5) : Math.min(40, previousSrs + random.normal(0.2, 0.8)), 28, 40),
      );
      previousSrs = allianceDip ? 37 : srs;
      const [relationship, goalsAndTopics, approachOrMethod, srsOverall] = splitTotal(random, srs, 4, 10, 1) as [
        number,
        number,
        number,
        number,
      ];
      const crisisNow = n === crisisAt;
      const askPhq9 = profile.phq9 || n === 1 || plan.course === Course.CRISIS;
      const askGad7 = profile.gad7 || n === 1;
      let phq9: number[] | null = null;
      if (askPhq9) {
        const total = Math.round(clamp(27 - 0.72 * ors + random.normal(0, 1.8), 0, 27));
        const item9 = crisisNow || n === crisisAt - 1 ? random.int(1, 2) : 0;
        phq9 = [...splitTotal(random, total - item9, 8, 3, 0), item9];
      }
      const gad7 = askGad7
        ? splitTotal(random, Math.round(clamp(21 - 0.55 * ors + random.normal(0, 1.5), 0, 21)), 7, 3, 0)
        : null;
      const discharge = finished && n === lastNumber && plan.course !== Course.DROP_OUT;
      draft = {
        occurredAt,
        attendance: Attendance.ATTENDED,
        kind:
          n === 1
            ? SessionKind.INTAKE
            : crisisNow
              ? SessionKind.CRISIS
              : discharge
                ? SessionKind.DISCHARGE
                : SessionKind.FOLLOW_UP,
        weekRating: Math.round(clamp(ors / 4 + random.normal(0, 1.2), 0, 10)),
        ors: { individual, interpersonal, social, overall },
        srs: { relationship, goalsAndTopics, approachOrMethod, overall: srsOverall },
        phq9,
        gad7,
        priorityIssue: { category: random.pick(profile.issues), text: random.pick(profile.issueTexts) },
        techniquesUsed: [random.pick(profile.techniques), random.pick(profile.techniques)],
        crisis: crisisNow,
        privateNotes: crisisNow ? "Safety plan reviewed; agreed to call the crisis line if urges return." : null,
      };
    }
    const id = spec.nextId("session");
    const row = buildSessionRow(draft, { clientId, therapistId }, timeZone, rules, spec.createdAt, spec.intakeDate);
    // Every row names its sources (check-ins change some later), so bulk inserts see the columns in the first row.
    data.sessions.push({
      ...row,
      id,
      number: n,
      ratingsSource: RatingSource.SESSION,
      srsSourceColumn: RatingSource.SESSION,
      checkInId: null,
    });
    if (n != null) {
      sessionIds.set(n, id);
      sessionDates.set(n, visit.localDate);
    }
  }

  // Homework: set at each attended session but the last, due before the next; reviewed at the next one.
  // Completion tracks progress; later in therapy clients add homework of their own.
  for (let n = 1; n <= lastNumber; n++) {
    const setOn = sessionDates.get(n)!;
    const nextDate = sessionDates.get(n + 1);
    if (finished && n === lastNumber) break;
    const dueDate = addDays(nextDate ?? addDays(setOn, 7), -1);
    const reviewed = nextDate != null && nextDate <= today;
    // Kept only to take the shared stream's draws as before: what was done comes from the week's status.
    const revisedBoost =
      plan.revisionAfterSession && n > plan.revisionAfterSession && plan.course === Course.REVISION_HELPED ? 0.15 : 0;
    const pComplete = clamp(0.3 + 0.55 * progressFraction(plan, n) + revisedBoost, 0.05, 0.95);
    const items: { assignedBy: AssignedBy; index: number }[] = [
      { assignedBy: AssignedBy.THERAPIST, index: random.int(0, 9) },
    ];
    const fraction = spec.volume.homework % 1;
    const setCount = Math.floor(spec.volume.homework) + (fraction > 0 && random.chance(fraction) ? 1 : 0);
    for (let extra = 1; extra < setCount; extra++)
      items.push({ assignedBy: AssignedBy.THERAPIST, index: random.int(0, 9) });
    if (n >= 8 && random.chance(0.4)) items.push({ assignedBy: AssignedBy.SELF, index: random.int(0, 9) });
    for (const item of items) {
      const [type, description] = profile.homework[item.index % profile.homework.length]!;
      let status = HomeworkStatus.ASSIGNED;
      let helpfulness: number | null = null;
      if (reviewed) {
        // The shared stream's draws for this item, taken as before so every later client is generated as it was.
        const roll = random.next();
        if (roll < pComplete + (1 - pComplete) * 0.4) random.normal();
        status = weekStatus[n]!;
        if (status !== HomeworkStatus.NOT_DONE)
          helpfulness = Math.round(clamp(effects.normal(5 + 3 * progressFraction(plan, n), 1.5), 0, 10));
      }
      const row = buildHomeworkRow(
        {
          type,
          description,
          dueDate,
          assignedBy: item.assignedBy,
          assignedAt: sessionInstant(setOn, random),
          assignedInSessionId: item.assignedBy === AssignedBy.THERAPIST ? sessionIds.get(n)! : null,
          status,
          helpfulness,
          reviewedInSessionId: reviewed ? sessionIds.get(n + 1)! : null,
        },
        clientId,
        today,
        { intakeDate: spec.intakeDate },
      );
      data.homework.push({ ...row, id: spec.nextId("homework") });
    }
  }

  // Plans: the first at intake; some are revised — after a stall, or to taper once goals are met.
  if (attendedVisits.length > 0) {
    const planId = spec.nextId("plan");
    const revisionDates: { localDate: string; rationale: string; techniques: typeof profile.techniques }[] = [
      {
        localDate: spec.intakeDate,
        rationale: "Initial formulation and plan agreed at intake.",
        techniques: profile.techniques.slice(0, 3),
      },
    ];
    const revisionAt =
      plan.revisionAfterSession ?? (plan.course === Course.QUICK_RESPONDER && random.chance(0.4) ? 7 : null);
    const revisionDate = revisionAt ? sessionDates.get(revisionAt) : undefined;
    if (revisionAt && revisionDate) {
      const rationale =
        plan.course === Course.QUICK_RESPONDER
          ? "Goals largely met: tapering to fortnightly sessions and planning relapse prevention."
          : plan.course === Course.REVISION_HELPED
            ? `No reliable improvement by session ${revisionAt}: adding graded exposure and daily practice between sessions.`
            : `Little change by session ${revisionAt}: shifting focus to behavioural activation and reviewing goals.`;
      revisionDates.push({ localDate: revisionDate, rationale, techniques: profile.techniques.slice(1) });
    }
    data.plans.push({ id: planId, clientId, currentVersion: revisionDates.length, createdAt: spec.createdAt });
    revisionDates.forEach((revision, i) => {
      const row = buildPlanRevisionRow(
        {
          effectiveFrom: new Date(`${revision.localDate}T22:00:00.000Z`),
          goals: [...profile.goals],
          targets: [...profile.targets],
          plannedTechniques: [...revision.techniques],
          rationale: revision.rationale,
        },
        { planId, clientId, authorId: therapistId, version: i + 1 },
        timeZone,
        spec.createdAt,
        spec.intakeDate,
      );
      data.revisions.push({ ...row, id: spec.nextId("revision") });
    });
  }

  // Symptom episodes between sessions: their rate falls as the client improves (rises if they worsen).
  const [low, high] = profile.baselineEpisodesPerWeek;
  const baseRate = random.uniform(low, high) * spec.volume.episodes;
  const weeks = Math.floor(daysBetween(spec.intakeDate, careEnds) / 7);
  const numberOn = (localDate: string) => {
    let latest = 1;
    for (const [n, sessionDate] of sessionDates) if (sessionDate <= localDate) latest = Math.max(latest, n);
    return latest;
  };
  // An active, worsening client: episodes rise over the last four complete calendar weeks.
  const risingWeeks = plan.course === Course.DETERIORATING && !finished ? [1, 2, 4, 5] : null;
  const risingFrom = addDays(weekStartOf(today), -7 * 4);
  // Where the trigger effect is planted, work- or study-triggered episodes mostly stop from the second plan version.
  const fadeFrom =
    planted.trigger === "PLANTED" && plan.revisionAfterSession != null
      ? sessionDates.get(plan.revisionAfterSession)
      : undefined;
  for (let week = 0; week <= weeks; week++) {
    const weekStartDate = addDays(spec.intakeDate, week * 7);
    const n = numberOn(weekStartDate);
    const progress = progressFraction(plan, n);
    const worsening = clamp((plan.baselineOrs - plan.orsAt(n)) / 8, 0, 1);
    // A revision that helped targeted the episodes directly (exposure, a coping plan): they fall at once.
    const revisedAway =
      plan.course === Course.REVISION_HELPED && plan.revisionAfterSession != null && n >= plan.revisionAfterSession
        ? 0.45
        : 1;
    const count = random.poisson(baseRate * revisedAway * (1 - 0.8 * progress) * (1 + 0.8 * worsening));
    const days = Array.from({ length: count }, () => addDays(weekStartDate, random.int(0, 6)));
    addEpisodes(
      days.filter((day) => !risingWeeks || day < risingFrom),
      progress,
      worsening,
    );
  }
  // Only as far back as the client has been in care: a recent intake has fewer weeks to rise over.
  risingWeeks?.forEach((count, j) => {
    const weekStart = addDays(risingFrom, 7 * j);
    const days = Array.from({ length: count }, (_, e) => addDays(weekStart, e % 7));
    addEpisodes(
      days.filter((day) => day >= spec.intakeDate),
      0,
      1,
    );
  });

  function addEpisodes(localDates: string[], progress: number, worsening: number): void {
    for (const localDate of localDates) {
      const symptom =
        plan.course === Course.CRISIS && random.chance(0.2)
          ? Symptom.SELF_HARM_URGE
          : random.weighted(profile.symptoms);
      // 12:00–23:59 UTC falls on the same calendar day in the Americas' timezones.
      const occurredAt = new Date(
        `${localDate}T${String(random.int(12, 23)).padStart(2, "0")}:${String(random.int(0, 59)).padStart(2, "0")}:00.000Z`,
      );
      if (occurredAt.getTime() > spec.createdAt.getTime()) continue;
      const record = random.pick(THOUGHT_RECORDS[symptom]);
      const [minMinutes, maxMinutes] = DURATION_MINUTES[symptom];
      // The shared stream's draws in their old order; coping and (in the trigger arms) the trigger come from the
      // client's own stream.
      const peakNoise = random.normal(0, 1.3);
      const durationMinutes = random.int(minMinutes, maxMinutes);
      const episodeType = random.pick(Object.values(EpisodeType));
      const drawnTrigger = random.pick(TRIGGERS[symptom]);
      if (random.chance(0.3 + 0.5 * progress)) random.pick(profile.techniques);
      const copingTechnique = !effects.chance(copingRate)
        ? null
        : planted.coping === "PLANTED" && effects.chance(PLANTED_TECHNIQUE_SHARE)
          ? PLANTED_TECHNIQUE
          : effects.pick(profile.techniques);
      // In the trigger arms work or study sets off a fixed share of episodes, whatever the symptom.
      const triggerCategory = !planted.trigger
        ? drawnTrigger
        : effects.chance(WORK_TRIGGER_SHARE)
          ? TriggerCategory.WORK_OR_STUDY
          : drawnTrigger === TriggerCategory.WORK_OR_STUDY
            ? effects.pick(TRIGGERS[symptom].filter((trigger) => trigger !== TriggerCategory.WORK_OR_STUDY))
            : drawnTrigger;
      if (
        fadeFrom &&
        localDate >= fadeFrom &&
        triggerCategory === TriggerCategory.WORK_OR_STUDY &&
        effects.chance(TRIGGER_FADE)
      )
        continue;
      const peakDrop = planted.coping === "PLANTED" && copingTechnique === PLANTED_TECHNIQUE ? COPING_PEAK_DROP : 0;
      const row = buildEpisodeRow(
        {
          occurredAt,
          symptom,
          peakIntensity: Math.round(clamp(7 - 3 * progress + 2 * worsening + peakNoise - peakDrop, 1, 10)),
          durationMinutes,
          episodeType,
          triggerCategory,
          ...record,
          copingTechnique,
        },
        {
          clientId,
          loggedBy: spec.userId ? LoggedBy.CLIENT : LoggedBy.THERAPIST,
          loggedByUserId: spec.userId ?? therapistId,
        },
        timeZone,
        spec.createdAt,
        spec.intakeDate,
      );
      data.episodes.push({ ...row, id: spec.nextId("episode") });
    }
  }
}
