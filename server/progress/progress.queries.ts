import type { EntityManager, ObjectLiteral, SelectQueryBuilder, EntityTarget } from "typeorm";
import type { ClientScope } from "../auth/scope.ts";
import { roundToTenth, type RawBigint, type RawBoolean } from "../db/columns.ts";
import { queryPrepared } from "../db/prepared.ts";
import { Client } from "../clients/client.entity.ts";
import { ClientStatus } from "../clients/client.enums.ts";
import { SymptomEpisode } from "../episodes/episode.entity.ts";
import type { Symptom } from "../episodes/episode.enums.ts";
import { Homework } from "../homework/homework.entity.ts";
import { AssignedBy, HomeworkStatus, type HomeworkType } from "../homework/homework.enums.ts";
import { CheckIn } from "../check-ins/check-in.entity.ts";
import type { RatingSource } from "../check-ins/check-in.enums.ts";
import { TherapySession } from "../sessions/session.entity.ts";
import { PlanRevision } from "../plans/plan-revision.entity.ts";
import { ClientWeekRollup } from "./client-week-rollup.entity.ts";
import { Attendance, type SessionKind } from "../sessions/session.enums.ts";

/**
 * The SQL behind progress views. Every statement joins `client c` and carries a scope predicate from auth/scope.ts, and
 * every aggregate is a GROUP BY on the stored bucket keys read with getRawMany into plain rows.
 * `clientId` narrows to one client; without it a statement covers every client the viewer may see (the caseload).
 */
export interface ClientFilter {
  clientId?: number;
  /** Only these clients (a batch of a cohort; at most a few hundred ids per statement). */
  clientIds?: number[];
  /** Only clients in these statuses (the caseload's default is the active ones). */
  statuses?: ClientStatus[];
  /** Only clients whose intake date is in [from, to] (an intake cohort). */
  intake?: { from: string; to: string };
}

type RawNumber = number | string | null | undefined;
const num = (value: RawNumber): number => (value == null ? 0 : Number(value));
const numOrNull = (value: RawNumber): number | null => (value == null ? null : Number(value));

export function scoped<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  alias: string,
  scope: ClientScope,
  filter: ClientFilter,
): SelectQueryBuilder<T> {
  const query = manager.createQueryBuilder(entity, alias).innerJoin(Client, "c", `c.id = ${alias}.clientId`);
  query.andWhere(scope.sql, scope.parameters);
  if (filter.clientId !== undefined) query.andWhere("c.id = :filterClientId", { filterClientId: filter.clientId });
  if (filter.clientIds)
    query.andWhere("c.id IN (:...filterClientIds)", {
      filterClientIds: filter.clientIds.length ? filter.clientIds : [-1],
    });
  if (filter.statuses) query.andWhere("c.status IN (:...filterStatuses)", { filterStatuses: filter.statuses });
  if (filter.intake) {
    query.andWhere("c.intakeDate BETWEEN :intakeFrom AND :intakeTo", {
      intakeFrom: filter.intake.from,
      intakeTo: filter.intake.to,
    });
  }
  return query;
}

/**
 * One client's statements run prepared (db/prepared.ts) rather than through the query builder, whose work on every
 * call costs more than these small statements. Only for a filter of exactly one client, and never for a PostgreSQL
 * transaction, whose statements must run on its own connection. The statement carries the same scope predicate
 * and returns the same raw rows as the builder's.
 */
type OneClient = (text: string, parameters: Record<string, string | number | null>) => Promise<unknown[]>;

function oneClient(manager: EntityManager, scope: ClientScope, filter: ClientFilter): OneClient | null {
  const { clientId, ...rest } = filter;
  if (clientId === undefined || Object.values(rest).some((value) => value !== undefined)) return null;
  const dataSource = manager.connection;
  if (dataSource.options.type !== "better-sqlite3" && manager.queryRunner?.isTransactionActive) return null;
  const scopeParameters = scope.parameters as Record<string, string | number>;
  return (text, parameters) =>
    queryPrepared(dataSource, `${text.replace("/*scope*/", `(${scope.sql}) AND c.id = :filterClientId`)}`, {
      ...scopeParameters,
      ...parameters,
      filterClientId: clientId,
    });
}

export interface SessionData {
  clientId: number;
  sessionId: number;
  number: number | null;
  occurredAt: Date;
  localDate: string;
  attendance: Attendance;
  kind: SessionKind;
  ors: number | null;
  srs: number | null;
  phq9: number | null;
  phq9Item9: number | null;
  gad7: number | null;
  weekRating: number | null;
  crisis: boolean;
}

/** A session with where its ratings came from: what charts and the caseload's sparkline mark. */
export interface SourcedSessionData extends SessionData {
  /** Of the ORS, week rating, PHQ-9 and GAD-7: CLIENT when the session adopted the client's check-in. */
  source: RatingSource;
  /** Of the SRS; null without one. */
  srsSource: RatingSource | null;
  /** The client's own words about the week, from the adopted check-in; null otherwise. */
  weekWords: string | null;
}

/** A session as its statement reads it: the instant as its stored text, `crisis` as each engine gives a boolean. */
interface SessionRow {
  clientId: number;
  sessionId: number;
  number: number | null;
  occurredAt: string;
  localDate: string;
  attendance: Attendance;
  kind: SessionKind;
  ors: number | null;
  srs: number | null;
  phq9: number | null;
  phq9Item9: number | null;
  gad7: number | null;
  weekRating: number | null;
  crisis: RawBoolean;
  source: RatingSource;
  srsSource: RatingSource;
  weekWords: string | null;
}

/**
 * Per-session ratings, in time order. Not an aggregate: these few rows per client are the series itself. The
 * adopted check-in is joined for the client's own words, so sources cost no statement of their own.
 */
export async function loadSessions(
  manager: EntityManager,
  scope: ClientScope,
  filter: ClientFilter,
): Promise<SourcedSessionData[]> {
  const prepared = oneClient(manager, scope, filter);
  const rows = prepared
    ? ((await prepared(
        `SELECT s.client_id AS "clientId", s.id AS "sessionId", s.number AS "number", s.occurred_at AS "occurredAt",
                s.local_date AS "localDate", s.attendance AS "attendance", s.kind AS "kind", s.ors_total AS "ors",
                s.srs_total AS "srs", s.phq9_total AS "phq9", s.phq9_q9 AS "phq9Item9", s.gad7_total AS "gad7",
                s.week_rating AS "weekRating", s.crisis AS "crisis", s.ratings_source AS "source",
                s.srs_source AS "srsSource", ci.week_words AS "weekWords"
         FROM therapy_session s INNER JOIN client c ON c.id = s.client_id
         LEFT JOIN check_in ci ON ci.id = s.check_in_id AND ci.client_id = s.client_id
         WHERE /*scope*/
         ORDER BY s.client_id ASC, s.occurred_at ASC, s.id ASC`,
        {},
      )) as SessionRow[])
    : await scoped(manager, TherapySession, "s", scope, filter)
        .leftJoin(CheckIn, "ci", "ci.id = s.checkInId AND ci.clientId = s.clientId")
        .select("s.clientId", "clientId")
        .addSelect("s.id", "sessionId")
        .addSelect("s.number", "number")
        .addSelect("s.occurredAt", "occurredAt")
        .addSelect("s.localDate", "localDate")
        .addSelect("s.attendance", "attendance")
        .addSelect("s.kind", "kind")
        .addSelect("s.orsTotal", "ors")
        .addSelect("s.srsTotal", "srs")
        .addSelect("s.phq9Total", "phq9")
        .addSelect("s.phq9Q9", "phq9Item9")
        .addSelect("s.gad7Total", "gad7")
        .addSelect("s.weekRating", "weekRating")
        .addSelect("s.crisis", "crisis")
        .addSelect("s.ratingsSource", "source")
        .addSelect("s.srsSourceColumn", "srsSource")
        .addSelect("ci.weekWords", "weekWords")
        .orderBy("s.clientId", "ASC")
        .addOrderBy("s.occurredAt", "ASC")
        .addOrderBy("s.id", "ASC")
        .getRawMany<SessionRow>();
  return rows.map((row) => ({
    clientId: num(row.clientId),
    sessionId: num(row.sessionId),
    number: numOrNull(row.number),
    occurredAt: new Date(row.occurredAt),
    localDate: row.localDate,
    attendance: row.attendance,
    kind: row.kind,
    ors: roundToTenth(numOrNull(row.ors)),
    srs: roundToTenth(numOrNull(row.srs)),
    phq9: numOrNull(row.phq9),
    phq9Item9: numOrNull(row.phq9Item9),
    gad7: numOrNull(row.gad7),
    weekRating: numOrNull(row.weekRating),
    crisis: Boolean(row.crisis),
    source: row.source,
    srsSource: row.srs == null ? null : row.srsSource,
    weekWords: row.weekWords ?? null,
  }));
}

/** A check-in no session adopted: drawn after the sessions, and the caseload's pending value. */
export interface CheckInData {
  clientId: number;
  checkInId: number;
  submittedAt: Date;
  localDate: string;
  ors: number | null;
  phq9: number | null;
  phq9Item9: number | null;
  gad7: number | null;
  weekRating: number | null;
  weekWords: string | null;
}

interface CheckInRow extends Omit<CheckInData, "submittedAt"> {
  submittedAt: string;
}

/**
 * Check-ins no session adopted, per client oldest first, under the same scope predicate as the sessions. Either
 * those sent on local dates in `range` (a client's progress), or `pending`: those sent after the client's latest
 * attended session, the ratings the next session may still adopt (the caseload).
 */
export async function loadUnadoptedCheckIns(
  manager: EntityManager,
  scope: ClientScope,
  filter: ClientFilter,
  which: { range: { from: string; to: string } } | { pending: true },
): Promise<CheckInData[]> {
  const prepared = "range" in which ? oneClient(manager, scope, filter) : null;
  if (prepared && "range" in which) {
    const rows = (await prepared(
      `SELECT ci.client_id AS "clientId", ci.id AS "checkInId", ci.submitted_at AS "submittedAt",
              ci.local_date AS "localDate", ci.ors_total AS "ors", ci.phq9_total AS "phq9", ci.phq9_q9 AS "phq9Item9",
              ci.gad7_total AS "gad7", ci.week_rating AS "weekRating", ci.week_words AS "weekWords"
       FROM check_in ci INNER JOIN client c ON c.id = ci.client_id
       WHERE /*scope*/ AND ci.session_id IS NULL AND ci.local_date BETWEEN :checkInFrom AND :checkInTo
       ORDER BY ci.client_id ASC, ci.submitted_at ASC, ci.id ASC`,
      { checkInFrom: which.range.from, checkInTo: which.range.to },
    )) as CheckInRow[];
    return rows.map(toCheckInData);
  }
  const query = scoped(manager, CheckIn, "ci", scope, filter)
    .select("ci.clientId", "clientId")
    .addSelect("ci.id", "checkInId")
    .addSelect("ci.submittedAt", "submittedAt")
    .addSelect("ci.localDate", "localDate")
    .addSelect("ci.orsTotal", "ors")
    .addSelect("ci.phq9Total", "phq9")
    .addSelect("ci.phq9Q9", "phq9Item9")
    .addSelect("ci.gad7Total", "gad7")
    .addSelect("ci.weekRating", "weekRating")
    .addSelect("ci.weekWords", "weekWords")
    .andWhere("ci.sessionId IS NULL");
  if ("range" in which) {
    query.andWhere("ci.localDate BETWEEN :checkInFrom AND :checkInTo", {
      checkInFrom: which.range.from,
      checkInTo: which.range.to,
    });
  } else {
    // Instants are stored as ISO text of one length, so they compare as strings on both engines.
    query.andWhere(
      `NOT EXISTS (SELECT 1 FROM therapy_session ls WHERE ls.client_id = ci.client_id
         AND ls.attendance = :pendingAttended AND ls.occurred_at >= ci.submitted_at)`,
      { pendingAttended: Attendance.ATTENDED },
    );
  }
  const rows = await query
    .orderBy("ci.clientId", "ASC")
    .addOrderBy("ci.submittedAt", "ASC")
    .addOrderBy("ci.id", "ASC")
    .getRawMany<CheckInRow>();
  return rows.map(toCheckInData);
}

const toCheckInData = (row: CheckInRow): CheckInData => ({
  clientId: num(row.clientId),
  checkInId: num(row.checkInId),
  submittedAt: new Date(row.submittedAt),
  localDate: row.localDate,
  ors: roundToTenth(numOrNull(row.ors)),
  phq9: numOrNull(row.phq9),
  phq9Item9: numOrNull(row.phq9Item9),
  gad7: numOrNull(row.gad7),
  weekRating: numOrNull(row.weekRating),
  weekWords: row.weekWords ?? null,
});

export interface HomeworkCounts {
  assigned: number;
  completed: number;
  partial: number;
  notDone: number;
  open: number;
  selfAssigned: number;
}

const homeworkStatusParameters = {
  hwCompleted: HomeworkStatus.COMPLETED,
  hwPartial: HomeworkStatus.PARTIAL,
  hwNotDone: HomeworkStatus.NOT_DONE,
  hwOpen: HomeworkStatus.ASSIGNED,
  hwSelf: AssignedBy.SELF,
};

function selectHomeworkCounts<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return query
    .addSelect("COUNT(*)", "assigned")
    .addSelect("SUM(CASE WHEN h.status = :hwCompleted THEN 1 ELSE 0 END)", "completed")
    .addSelect("SUM(CASE WHEN h.status = :hwPartial THEN 1 ELSE 0 END)", "partial")
    .addSelect("SUM(CASE WHEN h.status = :hwNotDone THEN 1 ELSE 0 END)", "notDone")
    .addSelect("SUM(CASE WHEN h.status = :hwOpen THEN 1 ELSE 0 END)", "open")
    .addSelect("SUM(CASE WHEN h.assignedBy = :hwSelf THEN 1 ELSE 0 END)", "selfAssigned")
    .setParameters(homeworkStatusParameters);
}

/** The columns `selectHomeworkCounts` and `selectRollupHomework` add. */
interface HomeworkCountsRow {
  assigned: RawBigint;
  completed: RawBigint;
  partial: RawBigint;
  notDone: RawBigint;
  open: RawBigint;
  selfAssigned: RawBigint;
}

const toHomeworkCounts = (row: HomeworkCountsRow): HomeworkCounts => ({
  assigned: num(row.assigned),
  completed: num(row.completed),
  partial: num(row.partial),
  notDone: num(row.notDone),
  open: num(row.open),
  selfAssigned: num(row.selfAssigned),
});

export type BucketColumn = "week" | "month";

/** Homework due in [from, to], grouped by due bucket and type (bucket totals are the sums over types). */
export async function loadHomeworkBuckets(
  manager: EntityManager,
  scope: ClientScope,
  filter: ClientFilter,
  bucket: BucketColumn,
  range: { from: string; to: string },
): Promise<(HomeworkCounts & { start: string; type: HomeworkType })[]> {
  const prepared = oneClient(manager, scope, filter);
  if (prepared) {
    const stored = bucket === "week" ? "h.due_week_start" : "h.due_month_start";
    const rows = (await prepared(
      `SELECT ${stored} AS "start", h.type AS "type", COUNT(*) AS "assigned",
              SUM(CASE WHEN h.status = :hwCompleted THEN 1 ELSE 0 END) AS "completed",
              SUM(CASE WHEN h.status = :hwPartial THEN 1 ELSE 0 END) AS "partial",
              SUM(CASE WHEN h.status = :hwNotDone THEN 1 ELSE 0 END) AS "notDone",
              SUM(CASE WHEN h.status = :hwOpen THEN 1 ELSE 0 END) AS "open",
              SUM(CASE WHEN h.assigned_by = :hwSelf THEN 1 ELSE 0 END) AS "selfAssigned"
       FROM homework h INNER JOIN client c ON c.id = h.client_id
       WHERE /*scope*/ AND h.due_date BETWEEN :rangeFrom AND :rangeTo
       GROUP BY ${stored}, h.type
       ORDER BY ${stored} ASC, h.type ASC`,
      { ...homeworkStatusParameters, rangeFrom: range.from, rangeTo: range.to },
    )) as (HomeworkCountsRow & { start: string; type: HomeworkType })[];
    return rows.map((row) => ({ start: row.start, type: row.type, ...toHomeworkCounts(row) }));
  }
  const column = bucket === "week" ? "h.dueWeekStart" : "h.dueMonthStart";
  const query = scoped(manager, Homework, "h", scope, filter)
    .select(column, "start")
    .addSelect("h.type", "type")
    .andWhere("h.dueDate BETWEEN :rangeFrom AND :rangeTo", { rangeFrom: range.from, rangeTo: range.to })
    .groupBy(column)
    .addGroupBy("h.type")
    .orderBy(column, "ASC")
    .addOrderBy("h.type", "ASC");
  const rows = await selectHomeworkCounts(query).getRawMany<
    HomeworkCountsRow & { start: string; type: HomeworkType }
  >();
  return rows.map((row) => ({ start: row.start, type: row.type, ...toHomeworkCounts(row) }));
}

export interface EpisodeCounts {
  count: number;
  intensitySum: number;
  maxIntensity: number | null;
  totalMinutes: number;
}

interface EpisodeBucketRow {
  start: string;
  symptom: Symptom;
  count: RawBigint;
  intensitySum: RawBigint;
  maxIntensity: number;
  totalMinutes: RawBigint;
}

/** Episodes on local dates in [from, to], grouped by bucket and symptom (bucket totals are the sums over symptoms). */
export async function loadEpisodeBuckets(
  manager: EntityManager,
  scope: ClientScope,
  filter: ClientFilter,
  bucket: BucketColumn,
  range: { from: string; to: string },
): Promise<(EpisodeCounts & { start: string; symptom: Symptom })[]> {
  const prepared = oneClient(manager, scope, filter);
  const stored = bucket === "week" ? "e.week_start" : "e.month_start";
  const column = bucket === "week" ? "e.weekStart" : "e.monthStart";
  const rows = prepared
    ? ((await prepared(
        `SELECT ${stored} AS "start", e.symptom AS "symptom", COUNT(*) AS "count",
                SUM(e.peak_intensity) AS "intensitySum", MAX(e.peak_intensity) AS "maxIntensity",
                SUM(e.duration_minutes) AS "totalMinutes"
         FROM symptom_episode e INNER JOIN client c ON c.id = e.client_id
         WHERE /*scope*/ AND e.local_date BETWEEN :rangeFrom AND :rangeTo
         GROUP BY ${stored}, e.symptom
         ORDER BY ${stored} ASC, e.symptom ASC`,
        { rangeFrom: range.from, rangeTo: range.to },
      )) as EpisodeBucketRow[])
    : await scoped(manager, SymptomEpisode, "e", scope, filter)
        .select(column, "start")
        .addSelect("e.symptom", "symptom")
        .addSelect("COUNT(*)", "count")
        .addSelect("SUM(e.peakIntensity)", "intensitySum")
        .addSelect("MAX(e.peakIntensity)", "maxIntensity")
        .addSelect("SUM(e.durationMinutes)", "totalMinutes")
        .andWhere("e.localDate BETWEEN :rangeFrom AND :rangeTo", { rangeFrom: range.from, rangeTo: range.to })
        .groupBy(column)
        .addGroupBy("e.symptom")
        .orderBy(column, "ASC")
        .addOrderBy("e.symptom", "ASC")
        .getRawMany<EpisodeBucketRow>();
  return rows.map((row) => ({
    start: row.start,
    symptom: row.symptom,
    count: num(row.count),
    intensitySum: num(row.intensitySum),
    maxIntensity: numOrNull(row.maxIntensity),
    totalMinutes: num(row.totalMinutes),
  }));
}

/** Episodes per client per week from `sinceWeek` on: sparklines and the rising-frequency rule (from the rollup). */
export async function loadWeeklyEpisodeCounts(
  manager: EntityManager,
  scope: ClientScope,
  filter: ClientFilter,
  sinceWeek: string,
): Promise<{ clientId: number; weekStart: string; count: number }[]> {
  const prepared = oneClient(manager, scope, filter);
  const rows = prepared
    ? ((await prepared(
        `SELECT r.client_id AS "clientId", r.week_start AS "weekStart", SUM(r.episodes) AS "count"
         FROM client_week_rollup r INNER JOIN client c ON c.id = r.client_id
         WHERE /*scope*/ AND r.week_start >= :sinceWeek AND r.episodes > 0
         GROUP BY r.client_id, r.week_start`,
        { sinceWeek },
      )) as { clientId: number; weekStart: string; count: RawBigint }[])
    : await scoped(manager, ClientWeekRollup, "r", scope, filter)
        .select("r.clientId", "clientId")
        .addSelect("r.weekStart", "weekStart")
        .addSelect("SUM(r.episodes)", "count")
        .andWhere("r.weekStart >= :sinceWeek AND r.episodes > 0", { sinceWeek })
        .groupBy("r.clientId")
        .addGroupBy("r.weekStart")
        .getRawMany<{ clientId: number; weekStart: string; count: RawBigint }>();
  return rows.map((row) => ({ clientId: num(row.clientId), weekStart: row.weekStart, count: num(row.count) }));
}

const selectRollupHomework = <T extends ObjectLiteral>(query: SelectQueryBuilder<T>) =>
  query
    .addSelect("SUM(r.homeworkAssigned)", "assigned")
    .addSelect("SUM(r.homeworkCompleted)", "completed")
    .addSelect("SUM(r.homeworkPartial)", "partial")
    .addSelect("SUM(r.homeworkNotDone)", "notDone")
    .addSelect("SUM(r.homeworkOpen)", "open")
    .addSelect("SUM(r.homeworkSelfAssigned)", "selfAssigned")
    .andWhere("r.homeworkAssigned > 0");

/** Homework due in weeks [fromWeek, beforeWeek) per client: the homework-completion rule (from the rollup). */
export async function loadRecentHomework(
  manager: EntityManager,
  scope: ClientScope,
  filter: ClientFilter,
  fromWeek: string,
  beforeWeek: string,
): Promise<(HomeworkCounts & { clientId: number })[]> {
  const prepared = oneClient(manager, scope, filter);
  if (prepared) {
    const rows = (await prepared(
      `SELECT r.client_id AS "clientId", SUM(r.homework_assigned) AS "assigned",
              SUM(r.homework_completed) AS "completed", SUM(r.homework_partial) AS "partial",
              SUM(r.homework_not_done) AS "notDone", SUM(r.homework_open) AS "open",
              SUM(r.homework_self_assigned) AS "selfAssigned"
       FROM client_week_rollup r INNER JOIN client c ON c.id = r.client_id
       WHERE /*scope*/ AND r.week_start >= :fromWeek AND r.week_start < :beforeWeek AND r.homework_assigned > 0
       GROUP BY r.client_id`,
      { fromWeek, beforeWeek },
    )) as (HomeworkCountsRow & { clientId: number })[];
    return rows.map((row) => ({ clientId: num(row.clientId), ...toHomeworkCounts(row) }));
  }
  const query = scoped(manager, ClientWeekRollup, "r", scope, filter)
    .select("r.clientId", "clientId")
    .andWhere("r.weekStart >= :fromWeek AND r.weekStart < :beforeWeek", { fromWeek, beforeWeek })
    .groupBy("r.clientId");
  const rows = await selectRollupHomework(query).getRawMany<HomeworkCountsRow & { clientId: number }>();
  return rows.map((row) => ({ clientId: num(row.clientId), ...toHomeworkCounts(row) }));
}

/** All-time homework counts per client (from the rollup). */
export async function loadHomeworkTotals(
  manager: EntityManager,
  scope: ClientScope,
  filter: ClientFilter,
): Promise<(HomeworkCounts & { clientId: number })[]> {
  const query = scoped(manager, ClientWeekRollup, "r", scope, filter)
    .select("r.clientId", "clientId")
    .groupBy("r.clientId");
  const rows = await selectRollupHomework(query).getRawMany<HomeworkCountsRow & { clientId: number }>();
  return rows.map((row) => ({ clientId: num(row.clientId), ...toHomeworkCounts(row) }));
}

/** Episodes per client per calendar month (from the rollup: clinic-wide metrics never scan raw episodes). */
export async function loadMonthlyEpisodeCounts(
  manager: EntityManager,
  scope: ClientScope,
  filter: ClientFilter,
): Promise<{ clientId: number; monthStart: string; count: number }[]> {
  const rows = await scoped(manager, ClientWeekRollup, "r", scope, filter)
    .select("r.clientId", "clientId")
    .addSelect("r.monthStart", "monthStart")
    .addSelect("SUM(r.episodes)", "count")
    .andWhere("r.episodes > 0")
    .groupBy("r.clientId")
    .addGroupBy("r.monthStart")
    .getRawMany<{ clientId: number; monthStart: string; count: RawBigint }>();
  return rows.map((row) => ({ clientId: num(row.clientId), monthStart: row.monthStart, count: num(row.count) }));
}

/** One closed case of the clinic as the expected-response curve reads it. */
export interface CurveCaseData {
  closedOn: string;
  intakeOrs: number;
  /** ORS ratings from session 2 on, by session number. */
  scores: { sessionNumber: number; ors: number }[];
}

interface CurveRow {
  clientId: number;
  closedOn: string;
  baselineOrs: RawNumber;
  sessionNumber: RawNumber;
  ors: RawNumber;
}

/**
 * The ORS ratings from session 2 on of the clinic's closed cases, with each case's intake score and closing date, for
 * the expected-response curve (one statement). The rows stay on the server: only fitted curves, aggregated over
 * other people's cases, are used, and no individual's data reaches the viewer.
 */
export async function loadExpectedCurveData(manager: EntityManager, clinicId: number): Promise<CurveCaseData[]> {
  const rows = await manager
    .createQueryBuilder(TherapySession, "s")
    .innerJoin(Client, "c", "c.id = s.clientId")
    .select("c.id", "clientId")
    .addSelect("c.closedOn", "closedOn")
    .addSelect("c.baselineOrs", "baselineOrs")
    .addSelect("s.number", "sessionNumber")
    .addSelect("s.orsTotal", "ors")
    .where("c.clinicId = :curveClinicId AND c.status IN (:...closed)", {
      curveClinicId: clinicId,
      closed: [ClientStatus.DISCHARGED, ClientStatus.DROPPED_OUT],
    })
    .andWhere("c.baselineOrs IS NOT NULL AND c.closedOn IS NOT NULL")
    .andWhere("s.orsTotal IS NOT NULL AND s.number >= 2 AND s.attendance = :curveAttended", {
      curveAttended: Attendance.ATTENDED,
    })
    .orderBy("c.id", "ASC")
    .addOrderBy("s.number", "ASC")
    .getRawMany<CurveRow>();
  const byCase = new Map<number, CurveCaseData>();
  for (const row of rows) {
    const id = num(row.clientId);
    let item = byCase.get(id);
    if (!item) {
      item = { closedOn: row.closedOn, intakeOrs: roundToTenth(num(row.baselineOrs))!, scores: [] };
      byCase.set(id, item);
    }
    item.scores.push({ sessionNumber: num(row.sessionNumber), ors: roundToTenth(num(row.ors))! });
  }
  return [...byCase.values()];
}

export interface WindowBounds {
  from: string;
  to: string;
}

/** One bigint per window and column (`w0`, `r0`, `c0`, …); a SUM over no rows is null. */
type WindowCountsRow = Record<string, RawBigint | null>;

/** Episodes and homework inside each [from, to) window, one statement each whatever the number of windows. */
export async function loadWindowCounts(
  manager: EntityManager,
  scope: ClientScope,
  clientId: number,
  windows: WindowBounds[],
): Promise<{ episodes: number; homeworkReviewed: number; homeworkCompleted: number }[]> {
  if (windows.length === 0) return [];
  const parameters: Record<string, string> = {};
  windows.forEach((window, i) => {
    parameters[`w${i}from`] = window.from;
    parameters[`w${i}to`] = window.to;
  });
  const inWindow = (column: string, i: number) => `${column} >= :w${i}from AND ${column} < :w${i}to`;
  const prepared = oneClient(manager, scope, { clientId });
  let episodeRow: WindowCountsRow;
  let homeworkRow: WindowCountsRow;
  if (prepared) {
    const sums = (column: string, extra: string, name: string) =>
      windows.map((_, i) => `SUM(CASE WHEN ${inWindow(column, i)}${extra} THEN 1 ELSE 0 END) AS "${name}${i}"`);
    [episodeRow = {}] = (await prepared(
      `SELECT COUNT(*) AS "total", ${sums("e.local_date", "", "w").join(", ")}
       FROM symptom_episode e INNER JOIN client c ON c.id = e.client_id WHERE /*scope*/`,
      parameters,
    )) as WindowCountsRow[];
    const reviewed = sums("h.due_date", " AND h.status <> :hwOpen", "r");
    const completed = sums("h.due_date", " AND h.status = :hwCompleted", "c");
    [homeworkRow = {}] = (await prepared(
      `SELECT COUNT(*) AS "total", ${reviewed.flatMap((r, i) => [r, completed[i]!]).join(", ")}
       FROM homework h INNER JOIN client c ON c.id = h.client_id WHERE /*scope*/`,
      { ...parameters, hwOpen: HomeworkStatus.ASSIGNED, hwCompleted: HomeworkStatus.COMPLETED },
    )) as WindowCountsRow[];
  } else {
    const episodeQuery = scoped(manager, SymptomEpisode, "e", scope, { clientId }).select("COUNT(*)", "total");
    windows.forEach((_, i) =>
      episodeQuery.addSelect(`SUM(CASE WHEN ${inWindow("e.localDate", i)} THEN 1 ELSE 0 END)`, `w${i}`),
    );
    const homeworkQuery = scoped(manager, Homework, "h", scope, { clientId })
      .select("COUNT(*)", "total")
      .setParameters(homeworkStatusParameters);
    windows.forEach((_, i) => {
      homeworkQuery.addSelect(
        `SUM(CASE WHEN ${inWindow("h.dueDate", i)} AND h.status <> :hwOpen THEN 1 ELSE 0 END)`,
        `r${i}`,
      );
      homeworkQuery.addSelect(
        `SUM(CASE WHEN ${inWindow("h.dueDate", i)} AND h.status = :hwCompleted THEN 1 ELSE 0 END)`,
        `c${i}`,
      );
    });
    episodeRow = (await episodeQuery.setParameters(parameters).getRawOne<WindowCountsRow>()) ?? {};
    homeworkRow = (await homeworkQuery.setParameters(parameters).getRawOne<WindowCountsRow>()) ?? {};
  }
  return windows.map((_, i) => ({
    episodes: num(episodeRow[`w${i}`]),
    homeworkReviewed: num(homeworkRow[`r${i}`]),
    homeworkCompleted: num(homeworkRow[`c${i}`]),
  }));
}

export interface EpisodeDay {
  localDate: string;
  count: number;
}

/** A client's episodes per local date in [from, to): the weekly series around plan revisions. */
export async function loadEpisodeDays(
  manager: EntityManager,
  scope: ClientScope,
  clientId: number,
  range: WindowBounds,
): Promise<EpisodeDay[]> {
  const prepared = oneClient(manager, scope, { clientId });
  const rows = prepared
    ? ((await prepared(
        `SELECT e.local_date AS "localDate", COUNT(*) AS "count"
         FROM symptom_episode e INNER JOIN client c ON c.id = e.client_id
         WHERE /*scope*/ AND e.local_date >= :daysFrom AND e.local_date < :daysTo
         GROUP BY e.local_date ORDER BY e.local_date ASC`,
        { daysFrom: range.from, daysTo: range.to },
      )) as { localDate: string; count: RawBigint }[])
    : await scoped(manager, SymptomEpisode, "e", scope, { clientId })
        .select("e.localDate", "localDate")
        .addSelect("COUNT(*)", "count")
        .andWhere("e.localDate >= :daysFrom AND e.localDate < :daysTo", { daysFrom: range.from, daysTo: range.to })
        .groupBy("e.localDate")
        .orderBy("e.localDate", "ASC")
        .getRawMany<{ localDate: string; count: RawBigint }>();
  return rows.map((row) => ({ localDate: row.localDate, count: num(row.count) }));
}

interface PlanRevisionRow {
  id: number;
  planId: number;
  clientId: number;
  version: number;
  effectiveFrom: string;
  localDate: string;
  weekStart: string;
  goals: string;
  targets: string;
  plannedTechniques: string;
  rationale: string;
  authorId: number;
  createdAt: string;
}

/** A client's plan revisions, oldest version first. */
export async function loadPlanRevisions(
  manager: EntityManager,
  scope: ClientScope,
  clientId: number,
): Promise<PlanRevision[]> {
  const prepared = oneClient(manager, scope, { clientId });
  if (!prepared) {
    const query = scoped(manager, PlanRevision, "r", scope, { clientId }).orderBy("r.version", "ASC");
    return query.getMany();
  }
  const rows = (await prepared(
    `SELECT r.id AS "id", r.plan_id AS "planId", r.client_id AS "clientId", r.version AS "version",
            r.effective_from AS "effectiveFrom", r.local_date AS "localDate", r.week_start AS "weekStart",
            r.goals AS "goals", r.targets AS "targets", r.planned_techniques AS "plannedTechniques",
            r.rationale AS "rationale", r.author_id AS "authorId", r.created_at AS "createdAt"
     FROM plan_revision r INNER JOIN client c ON c.id = r.client_id
     WHERE /*scope*/
     ORDER BY r.version ASC`,
    {},
  )) as PlanRevisionRow[];
  return rows.map((row) =>
    Object.assign(new PlanRevision(), {
      id: num(row.id),
      planId: num(row.planId),
      clientId: num(row.clientId),
      version: num(row.version),
      effectiveFrom: new Date(row.effectiveFrom),
      localDate: row.localDate,
      weekStart: row.weekStart,
      goals: JSON.parse(row.goals) as string[],
      targets: JSON.parse(row.targets) as string[],
      plannedTechniques: JSON.parse(row.plannedTechniques) as PlanRevision["plannedTechniques"],
      rationale: row.rationale,
      authorId: num(row.authorId),
      createdAt: new Date(row.createdAt),
    }),
  );
}
