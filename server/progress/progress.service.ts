import type { DataSource, EntityManager } from "typeorm";
import { AuditAction } from "../audit/audit-event.entity.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Actor } from "../auth/actor.ts";
import { findVisibleClientRevision, type ClientScope } from "../auth/scope.ts";
import { todayIn } from "../clinics/clinic-time.ts";
import type { Clinic } from "../clinics/clinic.entity.ts";
import { Client } from "../clients/client.entity.ts";
import { groupBy } from "../common/collections.ts";
import { badInput } from "../common/errors.ts";
import { addDays, daysBetween, localDateOf, weekStartOf } from "../common/time.ts";
import { onPrimary } from "../db/primary.ts";
import { sqliteDatabase } from "../db/prepared.ts";
import { expectedBand } from "../measures/index.ts";
import type { ClinicalRules } from "../measures/rules.ts";
import { RatingSource } from "../check-ins/check-in.enums.ts";
import { Attendance } from "../sessions/session.enums.ts";
import { bucketCalendar, type BucketSpan } from "./buckets.ts";
import { measureCutoffs } from "./cutoffs.ts";
import { ExpectedCurveCache, judgedSessionDate, type CurveBasis, type ExpectedCurves } from "./expected-curves.ts";
import { comparePlanWindows, comparisonWindows } from "./plan-comparison.ts";
import { DEFAULT_PROGRESS_CACHE_MB, ProgressCache, type KeptProgress } from "./progress-cache.ts";
import { Bucket, OffTrackMethod } from "./progress.enums.ts";
import {
  loadEpisodeBuckets,
  loadEpisodeDays,
  loadHomeworkBuckets,
  loadPlanRevisions,
  loadRecentHomework,
  loadSessions,
  loadUnadoptedCheckIns,
  loadWeeklyEpisodeCounts,
  loadWindowCounts,
  type ClientFilter,
  type HomeworkCounts,
  type SessionData,
  type SourcedSessionData,
} from "./progress.queries.ts";
import type {
  CadencePoint,
  CheckInPoint,
  ClientProgress,
  EpisodeBucket,
  ExpectedBasis,
  ExpectedPoint,
  HomeworkBucket,
  ProgressPlanRevision,
  ProgressSummary,
  SessionPoint,
} from "./progress.types.ts";
import { summarize } from "./summary.ts";

/** Weeks of episode counts loaded for sparklines and the rising-frequency rule. */
export const SPARKLINE_WEEKS = 8;
/** The longest range one request may ask for. */
const MAX_RANGE_DAYS = 366 * 10;
/** Expected-curve points are drawn at least this far ahead. */
const MIN_EXPECTED_SESSIONS = 12;

export interface ClientSummaryData {
  sessions: SourcedSessionData[];
  weeklyEpisodes: Map<string, number>;
  /** The expected curve that judged the client's latest ORS rating, and what it rests on. */
  expected: CurveBasis;
  summary: ProgressSummary;
}

const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** Column sums over a bucket's breakdown rows (by type, by symptom): the bucket's own totals. */
function sumCounts<K extends string>(rows: Record<K, number>[], keys: readonly K[]): Record<K, number> {
  const sums = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const row of rows) for (const key of keys) sums[key] += row[key];
  return sums;
}

export class ProgressService {
  private readonly curveCache: ExpectedCurveCache;
  /** Serialised progress documents by revision key (progress-cache.ts). */
  readonly documents: ProgressCache;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly rules: ClinicalRules,
    private readonly clock: () => Date,
    options: { cacheBytes?: number } = {},
  ) {
    this.curveCache = new ExpectedCurveCache(rules);
    this.documents = new ProgressCache(options.cacheBytes ?? DEFAULT_PROGRESS_CACHE_MB * 1024 * 1024);
  }

  /** The clinic's expected-response curves (cached per clinic while its closed cases are unchanged; see ExpectedCurves). */
  curves(clinic: Pick<Clinic, "id" | "curveRevision">): Promise<ExpectedCurves> {
    return this.curveCache.forClinic(this.dataSource, clinic);
  }

  /**
   * Status, alerts and series for every client the filter selects (one client, or the viewer's whole caseload),
   * in a fixed number of statements: sessions, weekly episodes, recent homework, the clinic's expected curves.
   */
  async summaries(
    manager: EntityManager,
    scope: ClientScope,
    filter: ClientFilter,
    clients: Pick<Client, "id" | "baselineOrs">[],
    curves: ExpectedCurves,
    today: string,
  ): Promise<Map<number, ClientSummaryData>> {
    const currentWeekStart = weekStartOf(today);
    const weeksBack = Math.max(SPARKLINE_WEEKS, this.rules.EPISODES_RISING_BUCKETS + 1);
    const sessions = await loadSessions(manager, scope, filter);
    const weekly = await loadWeeklyEpisodeCounts(manager, scope, filter, addDays(currentWeekStart, -7 * weeksBack));
    const homeworkFrom = addDays(currentWeekStart, -7 * this.rules.HOMEWORK_ALERT_WEEKS);
    const homework = await loadRecentHomework(manager, scope, filter, homeworkFrom, currentWeekStart);
    const sessionsByClient = groupBy(sessions, (session) => session.clientId);
    const weeklyByClient = new Map<number, Map<string, number>>();
    for (const row of weekly) {
      if (!weeklyByClient.has(row.clientId)) weeklyByClient.set(row.clientId, new Map());
      weeklyByClient.get(row.clientId)!.set(row.weekStart, row.count);
    }
    const homeworkByClient = new Map<number, HomeworkCounts>(homework.map((row) => [row.clientId, row]));
    const result = new Map<number, ClientSummaryData>();
    for (const client of clients) {
      const clientSessions = sessionsByClient.get(client.id) ?? [];
      const weeklyEpisodes = weeklyByClient.get(client.id) ?? new Map<string, number>();
      // No look-ahead: the latest ORS rating is judged by a curve of cases closed before its month.
      const expected = curves.forClient(client.baselineOrs, judgedSessionDate(clientSessions));
      const summary = summarize({
        sessions: clientSessions,
        weeklyEpisodes,
        recentHomework: homeworkByClient.get(client.id) ?? null,
        expected,
        currentWeekStart,
        rules: this.rules,
      });
      result.set(client.id, { sessions: clientSessions, weeklyEpisodes, expected, summary });
    }
    return result;
  }

  /**
   * One client's progress over a range. The scope check comes first, in the prepared statement that reads the
   * client with its revision and its clinic's; then the document kept for exactly those revisions, the clinic's
   * today and the range, if there is one; else it is worked out, every statement carrying the actor's one scope
   * predicate, and kept. Either way the read is audited before anything is returned. Check-ins no session adopted
   * are listed for the charts; the summary, curves and alerts come from the sessions alone.
   */
  async clientProgress(
    actor: Actor,
    args: { clientId: number; from?: Date | null; to?: Date | null; bucket: Bucket },
  ): Promise<ClientProgress> {
    const { clientId } = args;
    const now = this.clock();
    const { client, clinic, uncommitted } = await findVisibleClientRevision(this.dataSource, actor, clientId);
    const timeZone = clinic.timezone;
    const today = todayIn(timeZone, now);
    const to = args.to ? localDateOf(args.to, timeZone) : today;
    const from = args.from ? localDateOf(args.from, timeZone) : client.intakeDate < to ? client.intakeDate : to;
    if (from > to) throw badInput("from", "from must not be after to.");
    if (daysBetween(from, to) > MAX_RANGE_DAYS) throw badInput("from", "The range may cover at most ten years.");
    const key = ProgressCache.key({ client, clinic, today, from, to, bucket: args.bucket });
    let document = this.documents.get(key);
    if (!document) {
      // From the primary, so what is kept is at least as new as the revisions of its key.
      document = await onPrimary(this.dataSource, (manager) =>
        this.progressDocument(manager, actor.scope, client, clinic, today, { from, to, bucket: args.bucket }),
      );
      // On SQLite a transaction open on the one connection shows its writes before they commit (or roll back).
      if (!uncommitted && !sqliteDatabase(this.dataSource)?.inTransaction) this.documents.set(key, document);
    }
    await this.audit.recordReads(
      { actorUserId: actor.viewer.userId, action: AuditAction.READ_PROGRESS, sourceAddress: actor.sourceAddress },
      [clientId],
    );
    return { client, ...document };
  }

  /** The progress document of a visible client over a resolved range: everything but the client's row. */
  private async progressDocument(
    manager: EntityManager,
    scope: ClientScope,
    client: Client,
    clinic: Pick<Clinic, "id" | "curveRevision">,
    today: string,
    args: { from: string; to: string; bucket: Bucket },
  ): Promise<KeptProgress> {
    const { from, to } = args;
    const clientId = client.id;
    // Buckets start at intake: a week or month before it would read as a baseline of no episodes and no homework.
    const bucketsFrom = from < client.intakeDate ? (client.intakeDate < to ? client.intakeDate : to) : from;
    const range = { from: bucketsFrom, to };
    const filter = { clientId };
    const bucketColumn = args.bucket === Bucket.WEEK ? "week" : "month";

    const curves = await this.curves(clinic);
    const { sessions, summary, expected } = (await this.summaries(manager, scope, filter, [client], curves, today)).get(
      clientId,
    )!;
    const calendar = bucketCalendar(args.bucket, range.from, range.to);
    const homework = await this.homeworkBuckets(manager, scope, filter, bucketColumn, calendar, range);
    const episodes = await this.episodeBuckets(manager, scope, filter, bucketColumn, calendar, range);
    const planRevisions = await this.planRevisions(manager, scope, client, sessions, today);
    const checkIns = await loadUnadoptedCheckIns(manager, scope, filter, { range: { from, to } });

    const inRange = sessions.filter((session) => session.localDate >= from && session.localDate <= to);
    return {
      from,
      to,
      bucket: args.bucket,
      sessions: inRange.map(({ clientId: _clientId, ...point }): SessionPoint => point),
      checkIns: checkIns.map(({ clientId: _clientId, ...point }): CheckInPoint => ({
        ...point,
        source: RatingSource.CLIENT,
      })),
      cutoffs: measureCutoffs(this.rules),
      expected: this.expectedPoints(expected, client.baselineOrs, sessions),
      expectedBasis: this.expectedBasis(expected),
      homework,
      episodes,
      cadence: cadence(sessions).filter((point) => point.localDate >= from && point.localDate <= to),
      planRevisions,
      summary,
    };
  }

  /**
   * The expected course for the client's intake score, from session 2 (the first session the model has outcomes for)
   * to the later of session MIN_EXPECTED_SESSIONS and the client's last session; drawn from the same curve that judged
   * the latest ORS rating.
   */
  private expectedPoints(basis: CurveBasis, baselineOrs: number | null, sessions: SessionData[]): ExpectedPoint[] {
    const { curve, closedCases } = basis;
    if (!curve || baselineOrs == null || closedCases < this.rules.OFF_TRACK_MIN_CLOSED_CASES) return [];
    const lastNumber = Math.max(MIN_EXPECTED_SESSIONS, ...sessions.map((session) => session.number ?? 0));
    return Array.from({ length: lastNumber - 1 }, (_, i) => {
      const band = expectedBand(curve, baselineOrs, i + 2, this.rules);
      return { sessionNumber: i + 2, expected: band.expected, lower: band.lower };
    });
  }

  /** Which method judges the client and what the expected course rests on; null before a first ORS rating. */
  private expectedBasis(basis: CurveBasis): ExpectedBasis | null {
    if (basis.closedBefore == null) return null;
    const byCurve = basis.curve != null && basis.closedCases >= this.rules.OFF_TRACK_MIN_CLOSED_CASES;
    return {
      method: byCurve ? OffTrackMethod.EXPECTED_CURVE : OffTrackMethod.FALLBACK_RULE,
      closedCases: basis.closedCases,
      closedBefore: basis.closedBefore,
      withinClientSd: byCurve ? basis.curve!.residualSd : null,
    };
  }

  private async homeworkBuckets(
    manager: EntityManager,
    scope: ClientScope,
    filter: ClientFilter,
    column: "week" | "month",
    calendar: BucketSpan[],
    range: { from: string; to: string },
  ): Promise<HomeworkBucket[]> {
    const rows = await loadHomeworkBuckets(manager, scope, filter, column, range);
    const byType = groupBy(rows, (r) => r.start);
    return calendar.map(({ start }) => {
      const types = byType.get(start) ?? [];
      const counts = sumCounts(types, ["assigned", "completed", "partial", "notDone", "open", "selfAssigned"]);
      return {
        start,
        ...counts,
        completionRate: rate(counts.completed, counts.completed + counts.partial + counts.notDone),
        selfAssignedShare: rate(counts.selfAssigned, counts.assigned),
        byType: types.map((row) => ({
          type: row.type,
          assigned: row.assigned,
          completed: row.completed,
          partial: row.partial,
          notDone: row.notDone,
          completionRate: rate(row.completed, row.completed + row.partial + row.notDone),
        })),
      };
    });
  }

  private async episodeBuckets(
    manager: EntityManager,
    scope: ClientScope,
    filter: ClientFilter,
    column: "week" | "month",
    calendar: BucketSpan[],
    range: { from: string; to: string },
  ): Promise<EpisodeBucket[]> {
    const rows = await loadEpisodeBuckets(manager, scope, filter, column, range);
    const bySymptom = groupBy(rows, (r) => r.start);
    const maxOf = (values: (number | null)[]) =>
      values.reduce<number | null>((max, v) => (v != null && (max == null || v > max) ? v : max), null);
    return calendar.map(({ start, days }) => {
      const symptoms = bySymptom.get(start) ?? [];
      const { count, intensitySum, totalMinutes } = sumCounts(symptoms, ["count", "intensitySum", "totalMinutes"]);
      return {
        start,
        days,
        count,
        perWeek: days > 0 ? (count / days) * 7 : 0,
        meanIntensity: count > 0 ? intensitySum / count : null,
        maxIntensity: maxOf(symptoms.map((row) => row.maxIntensity)),
        totalMinutes,
        bySymptom: symptoms.map((row) => ({
          symptom: row.symptom,
          count: row.count,
          meanIntensity: row.count > 0 ? row.intensitySum / row.count : null,
          maxIntensity: row.maxIntensity,
          totalMinutes: row.totalMinutes,
        })),
      };
    });
  }

  /** The client's plan revisions, each with its before/after comparison. */
  private async planRevisions(
    manager: EntityManager,
    scope: ClientScope,
    client: Client,
    sessions: SessionData[],
    today: string,
  ): Promise<ProgressPlanRevision[]> {
    const revisions = await loadPlanRevisions(manager, scope, client.id);
    const windows = comparisonWindows(revisions, client.intakeDate, today, this.rules);
    const flat = windows.flatMap((window) => (window.before ? [window.before, window.after] : [window.after]));
    const counts = await loadWindowCounts(manager, scope, client.id, flat);
    // One read of the episodes by day covers every window; each revision takes its weeks from it.
    const episodeDays =
      flat.length === 0
        ? []
        : await loadEpisodeDays(manager, scope, client.id, {
            from: flat.reduce((min, w) => (w.from < min ? w.from : min), flat[0]!.from),
            to: flat.reduce((max, w) => (w.to > max ? w.to : max), flat[0]!.to),
          });
    let next = 0;
    return revisions.map((revision, i) => {
      const window = windows[i]!;
      const before = window.before ? counts[next++]! : null;
      const after = counts[next++]!;
      return {
        ...revision,
        comparison: comparePlanWindows(window, { before, after }, sessions, episodeDays, this.rules),
      };
    });
  }
}

/** Days between consecutive attended sessions. */
export function cadence(sessions: SessionData[]): CadencePoint[] {
  const attended = sessions.filter((session) => session.attendance === Attendance.ATTENDED);
  return attended.map((session, i) => ({
    number: session.number ?? i + 1,
    localDate: session.localDate,
    daysSincePrevious: i === 0 ? null : daysBetween(attended[i - 1]!.localDate, session.localDate),
  }));
}
