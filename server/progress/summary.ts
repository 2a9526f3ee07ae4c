import {
  assessOffTrack,
  classifyNhsPaired,
  classifyOutcome,
  gad7Band,
  orsIsClinical,
  phq9Band,
  type ExpectedCurve,
} from "../measures/index.ts";
import type { ClinicalRules } from "../measures/rules.ts";
import { Attendance } from "../sessions/session.enums.ts";
import type { HomeworkCounts, SessionData } from "./progress.queries.ts";
import { AlertSeverity, ChangeClassification, Measure } from "./progress.enums.ts";
import type { MeasureOutcome, PairedOutcome, ProgressSummary } from "./progress.types.ts";
import {
  deriveStatus,
  hasEnoughData,
  MEASURE_OF,
  offTrackMethodOf,
  ratedSessions,
  ruleText,
  STATUS_RULES,
  type Rated,
  type StatusFacts,
} from "./status-rules.ts";

/** Everything the status and alerts of one client are decided from; loaded by a fixed number of statements. */
export interface SummaryInputs {
  /** All of the client's sessions, in time order. */
  sessions: SessionData[];
  /** Episode count per week (week start → count); weeks without episodes may be absent. */
  weeklyEpisodes: Map<string, number>;
  /** Homework due in the last HOMEWORK_ALERT_WEEKS complete weeks. */
  recentHomework: HomeworkCounts | null;
  /**
   * The clinic's expected ORS curve for the session judged, how many closed cases it rests on, and the date they all
   * closed before (docs/clinical.md, "Expected response and off track").
   */
  expected: { curve: ExpectedCurve | null; closedCases: number; closedBefore?: string | null };
  /** Monday of the current week in the clinic's timezone; it is incomplete, so the rules use the weeks before it. */
  currentWeekStart: string;
  rules: ClinicalRules;
}

function latestBand(measure: Measure, score: number, rules: ClinicalRules): string | null {
  switch (measure) {
    case Measure.ORS:
      return orsIsClinical(score, rules) ? "CLINICAL_RANGE" : "NON_CLINICAL_RANGE";
    case Measure.PHQ9:
      return phq9Band(score, rules);
    case Measure.GAD7:
      return gad7Band(score, rules);
    case Measure.SRS:
      return null;
  }
}

export function measureOutcome(measure: Measure, rated: Rated[], rules: ClinicalRules): MeasureOutcome {
  const empty: MeasureOutcome = {
    measure,
    ratedSessions: rated.length,
    baseline: rated[0]?.score ?? null,
    latest: rated.at(-1)?.score ?? null,
    change: null,
    classification: null,
    rule: null,
    latestBand: rated.length ? latestBand(measure, rated.at(-1)!.score, rules) : null,
    casenessAtBaseline: null,
    casenessAtLatest: null,
    recovered: null,
    reliablyRecovered: null,
    response: null,
    remission: null,
  };
  if (rated.length < 2) return empty;
  const outcome = classifyOutcome(MEASURE_OF[measure], rated[0]!.score, rated.at(-1)!.score, rules);
  return {
    ...empty,
    change: outcome.change,
    classification: outcome.changeClass ? ChangeClassification[outcome.changeClass] : null,
    rule: outcome.rule ? ruleText(rules, outcome.rule) : null,
    casenessAtBaseline: outcome.casenessAtBaseline,
    casenessAtLatest: outcome.casenessAtLatest,
    recovered: outcome.recovered,
    reliablyRecovered: outcome.reliablyRecovered,
    response: outcome.response,
    remission: outcome.remission,
  };
}

/**
 * NHS Talking Therapies' paired outcome on PHQ-9 and GAD-7 together (docs/clinical.md, "Outcome per client"), from
 * the first and the last attended sessions rated on both; null before two such sessions.
 */
export function pairedOutcome(attended: SessionData[], rules: ClinicalRules): PairedOutcome | null {
  const both = attended.filter((session) => session.phq9 != null && session.gad7 != null);
  if (both.length < 2) return null;
  const first = both[0]!;
  const last = both.at(-1)!;
  const paired = classifyNhsPaired({ phq9: [first.phq9!, last.phq9!], gad7: [first.gad7!, last.gad7!] }, rules);
  return {
    ratedSessions: both.length,
    classification: ChangeClassification[paired.changeClass],
    rule: ruleText(rules, ...paired.rules),
    casenessAtBaseline: paired.casenessAtBaseline,
    casenessAtLatest: paired.casenessAtLatest,
    recovered: paired.recovered,
    reliablyRecovered: paired.reliablyRecovered,
  };
}

/** What the status rules read, from the inputs (docs/clinical.md, "Status and alerts"). */
export function statusFacts(inputs: SummaryInputs): StatusFacts {
  const attended = inputs.sessions.filter((session) => session.attendance === Attendance.ATTENDED);
  return statusFactsOf(
    attended,
    {
      [Measure.ORS]: ratedSessions(attended, Measure.ORS),
      [Measure.SRS]: ratedSessions(attended, Measure.SRS),
      [Measure.PHQ9]: ratedSessions(attended, Measure.PHQ9),
      [Measure.GAD7]: ratedSessions(attended, Measure.GAD7),
    },
    inputs,
  );
}

/**
 * `statusFacts` from the attended sessions and each measure's rated sessions already picked out of them (in time
 * order), for a caller that keeps them as it goes through a course session by session.
 */
export function statusFactsOf(
  attended: SessionData[],
  rated: Record<Measure, Rated[]>,
  inputs: Omit<SummaryInputs, "sessions">,
): StatusFacts {
  const { rules } = inputs;
  const ors = rated[Measure.ORS];
  const orsOffTrack =
    ors.length >= 2
      ? assessOffTrack(
          {
            baselineOrs: ors[0]!.score,
            latestOrs: ors.at(-1)!.score,
            sessionNumber: ors.at(-1)!.session.number ?? ors.length,
            curve: inputs.expected.curve,
            closedCases: inputs.expected.closedCases,
          },
          rules,
        )
      : null;
  return {
    rules,
    attended,
    rated,
    outcomes: Object.values(Measure).map((measure) => measureOutcome(measure, rated[measure], rules)),
    orsOffTrack,
    closedCases: inputs.expected.closedCases,
    closedBefore: inputs.expected.closedBefore ?? null,
    recentHomework: inputs.recentHomework,
    weeklyEpisodes: inputs.weeklyEpisodes,
    currentWeekStart: inputs.currentWeekStart,
  };
}

const SEVERITY_ORDER = [AlertSeverity.CRITICAL, AlertSeverity.WARNING, AlertSeverity.INFO];

/**
 * Status and alerts for one client: every rule of STATUS_RULES is applied to the client's facts, and the status is
 * derived from what fired (docs/clinical.md, "Status and alerts"). Each alert names its rule with the configured value.
 */
export function summarize(inputs: SummaryInputs): ProgressSummary {
  const facts = statusFacts(inputs);
  const findings = STATUS_RULES.flatMap((rule) => rule(facts));
  const alerts = findings
    .map((finding) => finding.alert)
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  return {
    status: deriveStatus(findings, hasEnoughData(facts)),
    alerts,
    outcomes: facts.outcomes,
    pairedOutcome: pairedOutcome(facts.attended, inputs.rules),
    offTrackMethod: offTrackMethodOf(facts),
    sessionsAttended: facts.attended.length,
    lastSessionDate: facts.attended.at(-1)?.localDate ?? null,
  };
}
