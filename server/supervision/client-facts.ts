import type { Client } from "../clients/client.entity.ts";
import { ClientStatus } from "../clients/client.enums.ts";
import { addDays, daysBetween } from "../common/time.ts";
import { classifyNhsPaired, classifyOutcome, type ChangeClass } from "../measures/index.ts";
import type { ClinicalRules } from "../measures/rules.ts";
import { judgedSessionDate, type CurveAt } from "../progress/expected-curves.ts";
import { Technique } from "../common/technique.ts";
import { Measure, ProgressStatus } from "../progress/progress.enums.ts";
import type { HomeworkCounts, SessionData } from "../progress/progress.queries.ts";
import { ratingOf, STATUS_RULES, type Rated } from "../progress/status-rules.ts";
import { statusFactsOf } from "../progress/summary.ts";
import { Attendance, SessionKind } from "../sessions/session.enums.ts";

/** A plan revised within this many days of the first flag counts as a timely response. */
export const REVISION_RESPONSE_DAYS = 21;
const DAYS_PER_MONTH = 30.4375;

/**
 * Homework-completion bands of the supervisor's what-works table (docs/clinical.md, "What works, across the
 * caseload"): the share of a course's reviewed homework items that were completed. Partly done items count as not
 * completed, as in the caseload's homework completion rate. Three coarse bands keep each cell large enough to show;
 * a course with fewer than MIN_REVIEWED reviewed items has no meaningful share and is banded on its own.
 */
export const HOMEWORK_BANDS = { MIN_REVIEWED: 3, LOW_BELOW: 0.4, HIGH_FROM: 0.7 } as const;

export enum HomeworkBand {
  TOO_FEW = "TOO_FEW",
  LOW = "LOW",
  MIDDLE = "MIDDLE",
  HIGH = "HIGH",
}

/** The band of a course's homework completion (see HOMEWORK_BANDS). */
export function homeworkBandOf(homework: HomeworkCounts | null): HomeworkBand {
  const reviewed = homework ? homework.completed + homework.partial + homework.notDone : 0;
  if (!homework || reviewed < HOMEWORK_BANDS.MIN_REVIEWED) return HomeworkBand.TOO_FEW;
  const share = homework.completed / reviewed;
  if (share < HOMEWORK_BANDS.LOW_BELOW) return HomeworkBand.LOW;
  return share >= HOMEWORK_BANDS.HIGH_FROM ? HomeworkBand.HIGH : HomeworkBand.MIDDLE;
}

/** What followed a finished course's first off-track flag: a plan revision within REVISION_RESPONSE_DAYS, or not. */
export type FlagResponse = "REVISED" | "NOT_REVISED";

export interface OutcomeFact {
  changeClass: ChangeClass;
  casenessAtStart: boolean;
  recovered: boolean;
  reliablyRecovered: boolean;
}

/** What the metrics need to know about one client; it never leaves the supervision service. */
export interface ClientFacts {
  status: ClientStatus;
  sessionsAttended: number;
  /** Ended with enough attended treatment sessions: the only clients NHS Talking Therapies rates count. */
  finishedCourse: boolean;
  nhs: OutcomeFact | null;
  ors: OutcomeFact | null;
  flagged: boolean;
  revisedWithinThreeWeeks: boolean;
  homework: HomeworkCounts | null;
  homeworkBand: HomeworkBand;
  /** Every technique the client's plan named, in any of its versions. */
  plannedTechniques: Technique[];
  /** For a finished course that was flagged off track at some session: whether the plan was revised in time. */
  flagResponse: FlagResponse | null;
  episodeRateRatio: number | null;
  /** Month in treatment → the client's last ORS / PHQ-9 score in that month. */
  orsByMonth: Map<number, number>;
  phq9ByMonth: Map<number, number>;
}

const FLAGS = new Set([ProgressStatus.AT_RISK, ProgressStatus.NOT_ON_TRACK]);

function outcome(result: {
  changeClass: ChangeClass | null;
  casenessAtBaseline: boolean | null;
  recovered: boolean | null;
  reliablyRecovered: boolean | null;
}): OutcomeFact | null {
  if (!result.changeClass) return null;
  return {
    changeClass: result.changeClass,
    casenessAtStart: result.casenessAtBaseline === true,
    recovered: result.recovered === true,
    reliablyRecovered: result.reliablyRecovered === true,
  };
}

/**
 * The date a client was first flagged, replaying the status rules session by session (ratings only). Each step is
 * judged by the curve of cases closed before its own latest ORS rating's month, as it would have been on the day
 * (docs/clinical.md, "Expected response and off track"). `attended` holds attended sessions only, in time order; the
 * sessions and each measure's ratings so far are kept as the replay goes, not picked out afresh at every step.
 */
function firstFlagDate(
  attended: SessionData[],
  curve: CurveAt,
  currentWeekStart: string,
  rules: ClinicalRules,
): string | null {
  const upToK: SessionData[] = [];
  const rated: Record<Measure, Rated[]> = {
    [Measure.ORS]: [],
    [Measure.SRS]: [],
    [Measure.PHQ9]: [],
    [Measure.GAD7]: [],
  };
  for (const session of attended) {
    upToK.push(session);
    for (const measure of Object.values(Measure)) {
      const score = ratingOf(session, measure);
      if (score != null) rated[measure].push({ session, score });
    }
    if (upToK.length < 2) continue;
    const facts = statusFactsOf(upToK, rated, {
      weeklyEpisodes: new Map(),
      recentHomework: null,
      expected: curve(judgedSessionDate(upToK)),
      currentWeekStart,
      rules,
    });
    // The status is a flag exactly when a rule that fired carries one (deriveStatus); the alerts are not needed.
    if (STATUS_RULES.some((rule) => rule(facts).some((finding) => finding.effect != null))) return session.localDate;
  }
  return null;
}

/**
 * A finished course of treatment as NHS Talking Therapies counts it (docs/clinical.md, "Anonymised figures for
 * supervisors"): the referral has ended, discharged or dropped out with a closing date, after at least
 * NHS_FINISHED_COURSE_MIN_SESSIONS attended treatment sessions. The intake session is an assessment, not treatment.
 */
export function isFinishedCourse(
  client: Pick<Client, "status" | "closedOn">,
  sessions: Pick<SessionData, "attendance" | "kind">[],
  rules: ClinicalRules,
): boolean {
  if (client.status !== ClientStatus.DISCHARGED && client.status !== ClientStatus.DROPPED_OUT) return false;
  if (client.closedOn == null) return false;
  const treatment = sessions.filter((s) => s.attendance === Attendance.ATTENDED && s.kind !== SessionKind.INTAKE);
  return treatment.length >= rules.NHS_FINISHED_COURSE_MIN_SESSIONS;
}

export function clientFacts(input: {
  client: Pick<Client, "status" | "intakeDate" | "closedOn">;
  sessions: SessionData[];
  currentStatus: ProgressStatus;
  revisionDates: string[];
  /** The techniques of every version of the client's plan. */
  plannedTechniques: Technique[];
  homework: HomeworkCounts | null;
  episodesByMonth: Map<string, number>;
  curve: CurveAt;
  currentWeekStart: string;
  rules: ClinicalRules;
}): ClientFacts {
  const { client, rules } = input;
  const attended = input.sessions.filter((s) => s.attendance === Attendance.ATTENDED);

  const paired = attended.filter((s) => s.phq9 != null && s.gad7 != null);
  const nhs =
    paired.length >= 2
      ? outcome(
          classifyNhsPaired(
            { phq9: [paired[0]!.phq9!, paired.at(-1)!.phq9!], gad7: [paired[0]!.gad7!, paired.at(-1)!.gad7!] },
            rules,
          ),
        )
      : null;
  const orsRated = attended.filter((s) => s.ors != null);
  const ors =
    orsRated.length >= 2 ? outcome(classifyOutcome("ORS", orsRated[0]!.ors!, orsRated.at(-1)!.ors!, rules)) : null;

  const flagged = client.status === ClientStatus.ACTIVE && FLAGS.has(input.currentStatus);
  const finishedCourse = isFinishedCourse(client, input.sessions, rules);
  // The first flag of a client flagged now, and of a finished course (flagged at any session of it).
  const flaggedOn =
    flagged || finishedCourse ? firstFlagDate(attended, input.curve, input.currentWeekStart, rules) : null;
  const revisedInTime =
    flaggedOn != null &&
    input.revisionDates.some((date) => date >= flaggedOn && date <= addDays(flaggedOn, REVISION_RESPONSE_DAYS));
  const revisedWithinThreeWeeks = flagged && revisedInTime;
  const flagResponse: FlagResponse | null =
    finishedCourse && flaggedOn != null ? (revisedInTime ? "REVISED" : "NOT_REVISED") : null;

  // Episode rate in the last month of care against the first, each per day of care in that month.
  let episodeRateRatio: number | null = null;
  const lastSession = attended.at(-1)?.localDate;
  const firstMonth = client.intakeDate.slice(0, 7);
  if (lastSession && lastSession.slice(0, 7) !== firstMonth) {
    const firstCount = input.episodesByMonth.get(`${firstMonth}-01`) ?? 0;
    const lastCount = input.episodesByMonth.get(`${lastSession.slice(0, 7)}-01`) ?? 0;
    const nextMonth = (month: string) => {
      const [year, m] = month.split("-").map(Number) as [number, number];
      return m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, "0")}-01`;
    };
    const exposureFirst = daysBetween(client.intakeDate, nextMonth(firstMonth));
    const exposureLast = daysBetween(`${lastSession.slice(0, 7)}-01`, lastSession) + 1;
    if (firstCount > 0) episodeRateRatio = lastCount / exposureLast / (firstCount / exposureFirst);
  }

  const orsByMonth = new Map<number, number>();
  const phq9ByMonth = new Map<number, number>();
  for (const session of attended) {
    const month = Math.floor(daysBetween(client.intakeDate, session.localDate) / DAYS_PER_MONTH);
    if (month < 0) continue;
    if (session.ors != null) orsByMonth.set(month, session.ors);
    if (session.phq9 != null) phq9ByMonth.set(month, session.phq9);
  }

  return {
    status: client.status,
    sessionsAttended: attended.length,
    finishedCourse,
    nhs,
    ors,
    flagged,
    revisedWithinThreeWeeks,
    homework: input.homework,
    homeworkBand: homeworkBandOf(input.homework),
    plannedTechniques: [...new Set(input.plannedTechniques)],
    flagResponse,
    episodeRateRatio,
    orsByMonth,
    phq9ByMonth,
  };
}
