/**
 * What works for this client: coping techniques (docs/clinical.md, "What works: coping techniques, triggers and
 * timing").
 *
 * - `copingComparison`: episodes of one symptom where a coping technique was used against those where none was, by
 *   Welch's t (Welch 1947) on peak intensity and on log duration. Every technique with enough episodes is one
 *   comparison on two outcomes; the intervals are Bonferroni-adjusted over all of them, so the chance of any false
 *   claim for a client stays at or below 5%, and a verdict is read straight off its interval.
 * - `practisedInSession`: the episode rate in the week after sessions that practised a technique against the week
 *   after sessions that did not, as a Poisson rate ratio with the exact conditional interval.
 * - `plannedVsDelivered`: a description of how often planned techniques were used in sessions.
 */
import { Technique } from "../common/technique.ts";
import { Symptom } from "../episodes/episode.enums.ts";
import { MeasureInputError } from "../measures/errors.ts";
import type { EstimateInterval } from "../measures/segmented.ts";
import { poissonRateRatio } from "../measures/statistics.ts";
import { Attendance } from "../sessions/session.enums.ts";
import { requireConfidence, requireList, welchInterval } from "./intervals.ts";

/** An episode as stored: only the fields these analyses read. */
export interface CopingEpisode {
  occurredAt: Date;
  symptom: Symptom;
  peakIntensity: number;
  durationMinutes: number;
  copingTechnique: Technique | null;
}

/** A session as stored: only the fields these analyses read. */
export interface TechniqueSession {
  occurredAt: Date;
  attendance: Attendance;
  techniquesUsed: Technique[];
}

/** A plan revision as stored: only the fields these analyses read. */
export interface PlannedRevision {
  version: number;
  effectiveFrom: Date;
  plannedTechniques: Technique[];
}

export type ComparisonVerdict =
  "CLEAR_DIFFERENCE_LOWER" | "CLEAR_DIFFERENCE_HIGHER" | "NO_CLEAR_DIFFERENCE" | "NOT_ENOUGH_DATA";

/**
 * Episodes needed in each group (with the technique, and with none) before a mean is compared. With fewer, one
 * unusual episode moves the mean by more than the difference being looked for, and the spread of each group (which
 * Welch's t estimates separately) rests on three or four degrees of freedom.
 */
export const MIN_EPISODES_PER_GROUP = 5;

/**
 * Sessions needed on each side (practised the technique, did not) before their following weeks are compared: fewer
 * and one unusual week decides the answer.
 */
export const MIN_SESSIONS_PER_GROUP = 3;

/** Episodes needed in all the weeks after sessions together: below this the exact interval is too wide to read. */
export const MIN_EPISODES_AFTER_SESSIONS = 5;

/** Days after a session whose episodes are set against it (cut short by the next session). */
export const DAYS_AFTER_SESSION = 7;

/** Durations are compared on the log scale; an episode logged as 0 minutes counts as 1 so its logarithm exists. */
const SHORTEST_DURATION_MINUTES = 1;

const DAY_MS = 86_400_000;
const TECHNIQUES = new Set<string>(Object.values(Technique));
const SYMPTOMS = new Set<string>(Object.values(Symptom));
const ATTENDANCES = new Set<string>(Object.values(Attendance));

// ---------------------------------------------------------------------------------------------
// Input checks
// ---------------------------------------------------------------------------------------------

function requireInstant(value: unknown, field: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new MeasureInputError(field, `${field} must be a valid date`);
  }
}

function requireTechnique(value: unknown, field: string): void {
  if (typeof value !== "string" || !TECHNIQUES.has(value)) {
    throw new MeasureInputError(field, `${field} must be a technique, got ${String(value)}`);
  }
}

function checkEpisodes(episodes: readonly CopingEpisode[]): void {
  requireList(episodes, "episodes");
  episodes.forEach((e, i) => {
    requireInstant(e.occurredAt, `episodes[${i}].occurredAt`);
    if (!SYMPTOMS.has(e.symptom)) {
      throw new MeasureInputError(`episodes[${i}].symptom`, `symptom must be a symptom, got ${String(e.symptom)}`);
    }
    if (!Number.isInteger(e.peakIntensity) || e.peakIntensity < 0 || e.peakIntensity > 10) {
      throw new MeasureInputError(
        `episodes[${i}].peakIntensity`,
        `peak intensity must be a whole number 0–10, got ${String(e.peakIntensity)}`,
      );
    }
    if (!Number.isInteger(e.durationMinutes) || e.durationMinutes < 0) {
      throw new MeasureInputError(
        `episodes[${i}].durationMinutes`,
        `duration must be a whole number of minutes ≥ 0, got ${String(e.durationMinutes)}`,
      );
    }
    if (e.copingTechnique !== null) requireTechnique(e.copingTechnique, `episodes[${i}].copingTechnique`);
  });
}

function checkSessions(sessions: readonly TechniqueSession[]): void {
  requireList(sessions, "sessions");
  sessions.forEach((s, i) => {
    requireInstant(s.occurredAt, `sessions[${i}].occurredAt`);
    if (!ATTENDANCES.has(s.attendance)) {
      throw new MeasureInputError(`sessions[${i}].attendance`, `attendance must be an attendance, got ${s.attendance}`);
    }
    requireList(s.techniquesUsed, `sessions[${i}].techniquesUsed`);
    s.techniquesUsed.forEach((t, j) => requireTechnique(t, `sessions[${i}].techniquesUsed[${j}]`));
  });
}

// ---------------------------------------------------------------------------------------------
// Welch's t
// ---------------------------------------------------------------------------------------------

/** The interval alone: the degrees of freedom are not part of a coping result. */
function withoutDf(interval: (EstimateInterval & { df: number }) | null): EstimateInterval | null {
  return interval && { estimate: interval.estimate, lower: interval.lower, upper: interval.upper };
}

/** LOWER or HIGHER only when the interval excludes `none` (0 for a difference, 1 for a ratio). */
function verdictOf(interval: EstimateInterval, none: number): ComparisonVerdict {
  if (interval.upper < none) return "CLEAR_DIFFERENCE_LOWER";
  if (interval.lower > none) return "CLEAR_DIFFERENCE_HIGHER";
  return "NO_CLEAR_DIFFERENCE";
}

// ---------------------------------------------------------------------------------------------
// Episodes with a coping technique against episodes with none
// ---------------------------------------------------------------------------------------------

export interface CopingOutcome {
  /** Intensity: mean with − mean without, in points. Duration: geometric mean with ÷ geometric mean without. */
  interval: EstimateInterval | null;
  verdict: ComparisonVerdict;
}

export interface CopingTechniqueResult {
  technique: Technique;
  episodes: number;
  enough: boolean;
  /** Plain reason when not enough, with the counts; null otherwise. */
  reason: string | null;
  meanPeakWith: number;
  meanPeakWithout: number | null;
  /** Geometric mean durations in minutes. */
  typicalMinutesWith: number;
  typicalMinutesWithout: number | null;
  peakIntensity: CopingOutcome;
  duration: CopingOutcome;
}

export interface CopingComparison {
  method: "WELCH_T";
  symptom: Symptom | null;
  /** Episodes of that symptom with no technique used. */
  episodesWithout: number;
  /** Number of tests in the family: two outcomes for each technique with enough episodes. */
  comparisons: number;
  adjustment: "BONFERRONI";
  /** Level of each interval after adjustment: 1 − (1 − confidence) ÷ comparisons. */
  intervalConfidence: number;
  enough: boolean;
  reason: string | null;
  techniques: CopingTechniqueResult[];
}

function mostFrequentSymptom(episodes: readonly CopingEpisode[]): Symptom | null {
  const counts = new Map<Symptom, number>();
  for (const e of episodes) counts.set(e.symptom, (counts.get(e.symptom) ?? 0) + 1);
  // Ties go to the symptom that comes first in the list, so the choice does not depend on row order.
  const order = (s: Symptom) => Object.values(Symptom).indexOf(s);
  let best: Symptom | null = null;
  for (const [symptom, count] of counts) {
    const bestCount = best === null ? -1 : counts.get(best)!;
    if (count > bestCount || (count === bestCount && order(symptom) < order(best!))) best = symptom;
  }
  return best;
}

const logMinutes = (e: CopingEpisode) => Math.log(Math.max(e.durationMinutes, SHORTEST_DURATION_MINUTES));

/**
 * For each coping technique used in episodes of one symptom (the given one, or the client's most frequent), its
 * episodes against those where no technique was used: the difference in mean peak intensity and the ratio of
 * typical (geometric mean) durations, each with a Bonferroni-adjusted Welch interval. Episodes of different symptoms
 * are not compared: a panic attack and a spell of low mood differ in intensity and length whatever was done.
 */
export function copingComparison(
  episodes: readonly CopingEpisode[],
  { symptom, confidence = 0.95 }: { symptom?: Symptom; confidence?: number } = {},
): CopingComparison {
  checkEpisodes(episodes);
  requireConfidence(confidence);
  if (symptom !== undefined && !SYMPTOMS.has(symptom)) {
    throw new MeasureInputError("symptom", `symptom must be a symptom, got ${String(symptom)}`);
  }
  const chosen = symptom ?? mostFrequentSymptom(episodes);
  const ofSymptom = episodes.filter((e) => e.symptom === chosen);
  const without = ofSymptom.filter((e) => e.copingTechnique === null);
  const byTechnique = new Map<Technique, CopingEpisode[]>();
  for (const e of ofSymptom) {
    if (e.copingTechnique !== null)
      byTechnique.set(e.copingTechnique, [...(byTechnique.get(e.copingTechnique) ?? []), e]);
  }
  const techniques = [...byTechnique.keys()].sort();
  const enoughWithout = without.length >= MIN_EPISODES_PER_GROUP;
  const compared = techniques.filter((t) => enoughWithout && byTechnique.get(t)!.length >= MIN_EPISODES_PER_GROUP);
  const comparisons = 2 * compared.length;
  const intervalConfidence = comparisons > 0 ? 1 - (1 - confidence) / comparisons : confidence;
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const notEnough: CopingOutcome = { interval: null, verdict: "NOT_ENOUGH_DATA" };

  const results = techniques.map((technique): CopingTechniqueResult => {
    const used = byTechnique.get(technique)!;
    const base = {
      technique,
      episodes: used.length,
      meanPeakWith: mean(used.map((e) => e.peakIntensity)),
      meanPeakWithout: without.length > 0 ? mean(without.map((e) => e.peakIntensity)) : null,
      typicalMinutesWith: Math.exp(mean(used.map(logMinutes))),
      typicalMinutesWithout: without.length > 0 ? Math.exp(mean(without.map(logMinutes))) : null,
    };
    if (!compared.includes(technique)) {
      return {
        ...base,
        enough: false,
        reason: `Not enough episodes to tell: ${used.length} with this technique and ${without.length} with none; each needs at least ${MIN_EPISODES_PER_GROUP}.`,
        peakIntensity: notEnough,
        duration: notEnough,
      };
    }
    const peak = withoutDf(
      welchInterval(
        used.map((e) => e.peakIntensity),
        without.map((e) => e.peakIntensity),
        intervalConfidence,
      ),
    );
    const logRatio = welchInterval(used.map(logMinutes), without.map(logMinutes), intervalConfidence);
    const duration = logRatio && {
      estimate: Math.exp(logRatio.estimate),
      lower: Math.exp(logRatio.lower),
      upper: Math.exp(logRatio.upper),
    };
    const noSpread = "Every episode in both groups has the same value, so there is no spread to judge a difference by.";
    return {
      ...base,
      enough: true,
      reason: peak && duration ? null : noSpread,
      peakIntensity: peak ? { interval: peak, verdict: verdictOf(peak, 0) } : notEnough,
      duration: duration ? { interval: duration, verdict: verdictOf(duration, 1) } : notEnough,
    };
  });

  const reason =
    compared.length > 0
      ? null
      : `Not enough episodes to compare: a technique needs at least ${MIN_EPISODES_PER_GROUP} episodes with it and ${MIN_EPISODES_PER_GROUP} with none (${without.length} with none).`;
  return {
    method: "WELCH_T",
    symptom: chosen,
    episodesWithout: without.length,
    comparisons,
    adjustment: "BONFERRONI",
    intervalConfidence,
    enough: compared.length > 0,
    reason,
    techniques: results,
  };
}

// ---------------------------------------------------------------------------------------------
// Techniques practised in session against the following week's episodes
// ---------------------------------------------------------------------------------------------

export interface PractisedTechniqueResult {
  technique: Technique;
  sessionsWith: number;
  sessionsWithout: number;
  episodesAfterWith: number;
  episodesAfterWithout: number;
  /** Days of follow-up after sessions with and without the technique. */
  daysAfterWith: number;
  daysAfterWithout: number;
  enough: boolean;
  reason: string | null;
  /** Episode rate after sessions with ÷ after sessions without; null when not enough or unbounded. */
  rateRatio: { estimate: number | null; lower: number | null; upper: number | null } | null;
  verdict: ComparisonVerdict;
}

export interface PractisedInSession {
  method: "POISSON_RATE_RATIO_EXACT";
  comparisons: number;
  adjustment: "BONFERRONI";
  intervalConfidence: number;
  techniques: PractisedTechniqueResult[];
}

/**
 * Episodes in the days after each attended session (up to DAYS_AFTER_SESSION, cut short by the next attended
 * session so no episode is counted twice), pooled over sessions that practised a technique and over those that did
 * not, and compared as a Poisson rate ratio with the exact conditional interval, Bonferroni-adjusted over the
 * techniques with enough data. The last session's window is cut short at `until` (e.g. today) when given.
 */
export function practisedInSession(
  sessions: readonly TechniqueSession[],
  episodes: readonly Pick<CopingEpisode, "occurredAt">[],
  { confidence = 0.95, until }: { confidence?: number; until?: Date } = {},
): PractisedInSession {
  checkSessions(sessions);
  requireList(episodes, "episodes");
  episodes.forEach((e, i) => requireInstant(e.occurredAt, `episodes[${i}].occurredAt`));
  requireConfidence(confidence);
  if (until !== undefined) requireInstant(until, "until");

  const attended = sessions
    .filter((s) => s.attendance === Attendance.ATTENDED)
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const times = episodes.map((e) => e.occurredAt.getTime());
  const windows = attended.map((s, i) => {
    const start = s.occurredAt.getTime();
    const next = attended[i + 1]?.occurredAt.getTime() ?? Infinity;
    const end = Math.min(start + DAYS_AFTER_SESSION * DAY_MS, next, until?.getTime() ?? Infinity);
    return {
      techniques: new Set(s.techniquesUsed),
      days: Math.max(0, end - start) / DAY_MS,
      count: times.filter((t) => t >= start && t < end).length,
    };
  });
  const usable = windows.filter((w) => w.days > 0);
  const techniques = [...new Set(usable.flatMap((w) => [...w.techniques]))].sort();
  const groups = techniques.map((technique) => {
    const withT = usable.filter((w) => w.techniques.has(technique));
    const withoutT = usable.filter((w) => !w.techniques.has(technique));
    const sum = (ws: typeof usable, key: "days" | "count") => ws.reduce((total, w) => total + w[key], 0);
    const counts = {
      technique,
      sessionsWith: withT.length,
      sessionsWithout: withoutT.length,
      episodesAfterWith: sum(withT, "count"),
      episodesAfterWithout: sum(withoutT, "count"),
      daysAfterWith: sum(withT, "days"),
      daysAfterWithout: sum(withoutT, "days"),
    };
    const enough =
      counts.sessionsWith >= MIN_SESSIONS_PER_GROUP &&
      counts.sessionsWithout >= MIN_SESSIONS_PER_GROUP &&
      counts.episodesAfterWith + counts.episodesAfterWithout >= MIN_EPISODES_AFTER_SESSIONS;
    return { counts, enough };
  });
  const comparisons = groups.filter((g) => g.enough).length;
  const intervalConfidence = comparisons > 0 ? 1 - (1 - confidence) / comparisons : confidence;
  return {
    method: "POISSON_RATE_RATIO_EXACT",
    comparisons,
    adjustment: "BONFERRONI",
    intervalConfidence,
    techniques: groups.map(({ counts, enough }): PractisedTechniqueResult => {
      if (!enough) {
        return {
          ...counts,
          enough,
          reason: `Not enough sessions to tell: ${counts.sessionsWith} practised it and ${counts.sessionsWithout} did not (each needs ${MIN_SESSIONS_PER_GROUP}), with ${counts.episodesAfterWith + counts.episodesAfterWithout} episodes in the weeks after (needs ${MIN_EPISODES_AFTER_SESSIONS}).`,
          rateRatio: null,
          verdict: "NOT_ENOUGH_DATA",
        };
      }
      const rr = poissonRateRatio(
        {
          countAfter: counts.episodesAfterWith,
          exposureAfter: counts.daysAfterWith,
          countBefore: counts.episodesAfterWithout,
          exposureBefore: counts.daysAfterWithout,
        },
        intervalConfidence,
      );
      const verdict: ComparisonVerdict =
        rr.upper !== null && rr.upper < 1
          ? "CLEAR_DIFFERENCE_LOWER"
          : rr.lower !== null && rr.lower > 1
            ? "CLEAR_DIFFERENCE_HIGHER"
            : "NO_CLEAR_DIFFERENCE";
      return {
        ...counts,
        enough,
        reason: null,
        rateRatio: { estimate: rr.ratio, lower: rr.lower, upper: rr.upper },
        verdict,
      };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Planned against delivered
// ---------------------------------------------------------------------------------------------

export interface PlannedTechniqueUse {
  technique: Technique;
  /** True when the current plan names it; false when it was used in sessions without being planned. */
  planned: boolean;
  /** Version of the earliest revision from which the plan has named it without a break; null when not planned. */
  plannedSinceVersion: number | null;
  plannedSince: Date | null;
  /** Attended sessions since then (since the current revision for unplanned techniques), and those that used it. */
  sessions: number;
  sessionsUsing: number;
  /** sessionsUsing ÷ sessions; null with no sessions. */
  share: number | null;
}

export interface PlannedVsDelivered {
  method: "DESCRIPTION";
  /** The current revision's version; null with no plan. */
  currentVersion: number | null;
  techniques: PlannedTechniqueUse[];
}

/**
 * For each technique in the current plan: since when it has been planned, and how many attended sessions since then
 * used it. Techniques used since the current revision without being planned are listed too. A description: no test.
 */
export function plannedVsDelivered(
  revisions: readonly PlannedRevision[],
  sessions: readonly TechniqueSession[],
): PlannedVsDelivered {
  requireList(revisions, "revisions");
  revisions.forEach((r, i) => {
    if (!Number.isInteger(r.version) || r.version < 1) {
      throw new MeasureInputError(`revisions[${i}].version`, `version must be a whole number ≥ 1, got ${r.version}`);
    }
    requireInstant(r.effectiveFrom, `revisions[${i}].effectiveFrom`);
    requireList(r.plannedTechniques, `revisions[${i}].plannedTechniques`);
    r.plannedTechniques.forEach((t, j) => requireTechnique(t, `revisions[${i}].plannedTechniques[${j}]`));
  });
  checkSessions(sessions);
  const ordered = [...revisions].sort((a, b) => a.version - b.version);
  const current = ordered.at(-1);
  if (!current) return { method: "DESCRIPTION", currentVersion: null, techniques: [] };
  const attended = sessions.filter((s) => s.attendance === Attendance.ATTENDED);
  const since = (from: Date) => attended.filter((s) => s.occurredAt.getTime() >= from.getTime());
  const use = (technique: Technique, from: Date) => {
    const inWindow = since(from);
    const using = inWindow.filter((s) => s.techniquesUsed.includes(technique)).length;
    return {
      sessions: inWindow.length,
      sessionsUsing: using,
      share: inWindow.length > 0 ? using / inWindow.length : null,
    };
  };
  const planned = [...new Set(current.plannedTechniques)].sort().map((technique): PlannedTechniqueUse => {
    let first = ordered.length - 1;
    while (first > 0 && ordered[first - 1]!.plannedTechniques.includes(technique)) first--;
    const from = ordered[first]!;
    return {
      technique,
      planned: true,
      plannedSinceVersion: from.version,
      plannedSince: from.effectiveFrom,
      ...use(technique, from.effectiveFrom),
    };
  });
  const unplanned = [...new Set(since(current.effectiveFrom).flatMap((s) => s.techniquesUsed))]
    .filter((t) => !current.plannedTechniques.includes(t))
    .sort()
    .map((technique): PlannedTechniqueUse => ({
      technique,
      planned: false,
      plannedSinceVersion: null,
      plannedSince: null,
      ...use(technique, current.effectiveFrom),
    }));
  return { method: "DESCRIPTION", currentVersion: current.version, techniques: [...planned, ...unplanned] };
}
