import {
  classifyOutcome,
  phq9Item9Risk,
  srsAllianceConcern,
  type MeasureId,
  type OffTrackAssessment,
} from "../measures/index.ts";
import type { ClinicalRules, RuleName } from "../measures/rules.ts";
import { addDays } from "../common/time.ts";
import type { HomeworkCounts, SessionData } from "./progress.queries.ts";
import { AlertSeverity, ChangeClassification, Measure, OffTrackMethod, ProgressStatus } from "./progress.enums.ts";
import type { Alert, MeasureOutcome } from "./progress.types.ts";

/**
 * The status rules as a table (docs/clinical.md, "Status and alerts"). Each rule is a small function that reads the
 * client's facts and returns what it found: an alert naming the rule with its configured value, and what that does to
 * the status. One function, `deriveStatus`, then turns the findings into the status. A rule never looks at what
 * another rule found, so each can be tested on its own.
 */

export interface Rated {
  session: SessionData;
  score: number;
}

/** Everything the rules read about one client. */
export interface StatusFacts {
  rules: ClinicalRules;
  /** Attended sessions, in time order. */
  attended: SessionData[];
  /** The attended sessions rated on each measure, in time order. */
  rated: Record<Measure, Rated[]>;
  /** Baseline against latest on each measure. */
  outcomes: MeasureOutcome[];
  /** The ORS off-track assessment; null before two ORS ratings. */
  orsOffTrack: OffTrackAssessment | null;
  /** Closed cases behind the expected curve that judged the latest ORS rating … */
  closedCases: number;
  /** … all closed before this date (the first day of the judged session's month); null when none is known. */
  closedBefore: string | null;
  recentHomework: HomeworkCounts | null;
  weeklyEpisodes: Map<string, number>;
  currentWeekStart: string;
}

/** What a fired rule does to the status; null for signals to discuss that leave it alone. */
export type StatusEffect = ProgressStatus.AT_RISK | ProgressStatus.NOT_ON_TRACK | null;

export interface Finding {
  alert: Alert;
  effect: StatusEffect;
}

export type StatusRule = (facts: StatusFacts) => Finding[];

/** The measures whose change is judged against a reliable-change value; the SRS rates the session, not the client. */
export const OUTCOME_MEASURES: readonly Measure[] = [Measure.ORS, Measure.PHQ9, Measure.GAD7];

export const MEASURE_OF: Record<Measure, MeasureId> = {
  [Measure.ORS]: "ORS",
  [Measure.SRS]: "SRS",
  [Measure.PHQ9]: "PHQ9",
  [Measure.GAD7]: "GAD7",
};

export const MEASURE_LABEL: Record<Measure, string> = {
  [Measure.ORS]: "ORS",
  [Measure.SRS]: "SRS",
  [Measure.PHQ9]: "PHQ-9",
  [Measure.GAD7]: "GAD-7",
};

export const ratingOf = (session: SessionData, measure: Measure): number | null => {
  switch (measure) {
    case Measure.ORS:
      return session.ors;
    case Measure.SRS:
      return session.srs;
    case Measure.PHQ9:
      return session.phq9;
    case Measure.GAD7:
      return session.gad7;
  }
};

export function ratedSessions(sessions: SessionData[], measure: Measure): Rated[] {
  return sessions.flatMap((session) => {
    const score = ratingOf(session, measure);
    return score == null ? [] : [{ session, score }];
  });
}

export const ruleText = (rules: ClinicalRules, ...names: RuleName[]) =>
  names.map((name) => `${name} = ${rules[name]}`).join(", ");

const alert = (fields: Omit<Alert, "sessionNumber"> & { sessionNumber?: number | null }): Alert => ({
  sessionNumber: null,
  ...fields,
});

const outcomeOf = (facts: StatusFacts, measure: Measure) =>
  facts.outcomes.find((candidate) => candidate.measure === measure)!;

/** PHQ-9 item 9 above the rule at the latest administration raises a risk alert at once. */
export const item9Risk: StatusRule = ({ rated, rules }) => {
  const last = rated[Measure.PHQ9].at(-1)?.session;
  if (last?.phq9Item9 == null || !phq9Item9Risk(last.phq9Item9, rules)) return [];
  return [
    {
      effect: ProgressStatus.AT_RISK,
      alert: alert({
        code: "PHQ9_ITEM9",
        severity: AlertSeverity.CRITICAL,
        rule: ruleText(rules, "PHQ9_ITEM9_RISK_ABOVE"),
        message: `PHQ-9 item 9 (thoughts of being better off dead or of self-harm) was answered ${last.phq9Item9} at session ${last.number}.`,
        suggestion: "Assess risk now and review the safety plan.",
        sessionNumber: last.number,
      }),
    },
  ];
};

/** The latest attended session addressed a crisis. */
export const crisisSession: StatusRule = ({ attended }) => {
  const last = attended.at(-1);
  if (!last?.crisis) return [];
  return [
    {
      effect: ProgressStatus.AT_RISK,
      alert: alert({
        code: "CRISIS_SESSION",
        severity: AlertSeverity.CRITICAL,
        rule: "CRISIS_FLAG: the latest attended session addressed a crisis",
        message: `Session ${last.number} addressed a crisis.`,
        suggestion: "Check in before the next scheduled session and keep the safety plan current.",
        sessionNumber: last.number,
      }),
    },
  ];
};

/**
 * The latest rated sessions on a measure that are each a reliable deterioration from the first rated session, counted
 * back from the latest and stopping at the first that is not (Jacobson & Truax 1991). The first rated session is the
 * baseline and never counts.
 */
export function deterioratedRun(series: readonly Rated[], measure: Measure, rules: ClinicalRules): Rated[] {
  const baseline = series[0];
  if (!baseline) return [];
  const run: Rated[] = [];
  for (let i = series.length - 1; i >= 1; i--) {
    const { changeClass } = classifyOutcome(MEASURE_OF[measure], baseline.score, series[i]!.score, rules);
    if (changeClass !== "RELIABLE_DETERIORATION") break;
    run.unshift(series[i]!);
  }
  return run;
}

/** Measures reliably worse at their latest rating, grouped by the session of that rating. */
function deterioratedBySession(facts: StatusFacts): Map<number, Measure[]> {
  const bySession = new Map<number, Measure[]>();
  for (const measure of OUTCOME_MEASURES) {
    const run = deterioratedRun(facts.rated[measure], measure, facts.rules);
    const latest = run.at(-1);
    if (!latest) continue;
    bySession.set(latest.session.sessionId, [...(bySession.get(latest.session.sessionId) ?? []), measure]);
  }
  return bySession;
}

/** Measures in a paired deterioration: two or more outcome measures reliably worse at the same latest session. */
function pairedMeasures(facts: StatusFacts): Set<Measure> {
  return new Set([...deterioratedBySession(facts).values()].filter((group) => group.length >= 2).flat());
}

const isSustained = (facts: StatusFacts, measure: Measure) =>
  deterioratedRun(facts.rated[measure], measure, facts.rules).length >= facts.rules.DETERIORATION_SUSTAINED_SESSIONS;

const reliableChangeRule = (facts: StatusFacts, measure: Measure) => outcomeOf(facts, measure).rule!;

/**
 * Paired deterioration: two outcome measures reliably worse at the same session, the latest rated on each. Two
 * instruments agreeing is less likely to be the noise of one (docs/clinical.md, "Status and alerts").
 */
export const pairedDeterioration: StatusRule = (facts) =>
  [...deterioratedBySession(facts).values()]
    .filter((group) => group.length >= 2)
    .map((group) => {
      const session = facts.rated[group[0]!].at(-1)!.session;
      const scores = group.map((measure) => {
        const outcome = outcomeOf(facts, measure);
        return `${MEASURE_LABEL[measure]} ${outcome.baseline} → ${outcome.latest}`;
      });
      return {
        effect: ProgressStatus.AT_RISK,
        alert: alert({
          code: "RELIABLE_DETERIORATION_PAIRED",
          severity: AlertSeverity.CRITICAL,
          rule: group.map((measure) => reliableChangeRule(facts, measure)).join(", "),
          message: `${group.map((measure) => MEASURE_LABEL[measure]).join(" and ")} have both reliably worsened at session ${session.number}: ${scores.join("; ")}.`,
          suggestion: "Review risk and the plan with the client now; consider consultation or a change of approach.",
          sessionNumber: session.number,
        }),
      };
    });

/** Sustained deterioration: one measure reliably worse at DETERIORATION_SUSTAINED_SESSIONS rated sessions in a row. */
export const sustainedDeterioration: StatusRule = (facts) =>
  OUTCOME_MEASURES.filter((measure) => isSustained(facts, measure)).map((measure) => {
    const run = deterioratedRun(facts.rated[measure], measure, facts.rules);
    const baseline = facts.rated[measure][0]!.score;
    const latest = run.at(-1)!.session;
    return {
      effect: ProgressStatus.AT_RISK,
      alert: alert({
        code: `RELIABLE_DETERIORATION_SUSTAINED_${measure}`,
        severity: AlertSeverity.CRITICAL,
        rule: `${reliableChangeRule(facts, measure)}, ${ruleText(facts.rules, "DETERIORATION_SUSTAINED_SESSIONS")}`,
        message: `${MEASURE_LABEL[measure]} has been reliably worse than at the start at ${run.length} rated sessions in a row: ${baseline} at the first rated session, then ${run.map((rated) => rated.score).join(", ")}.`,
        suggestion: "Review risk and the plan with the client now; consider consultation or a change of approach.",
        sessionNumber: latest.number,
      }),
    };
  });

/**
 * One measure reliably worse at its latest rating, not yet sustained and not paired with another measure: a warning
 * that makes the client NOT_ON_TRACK. A single reading can be the scale's noise; the two rules above escalate it.
 */
export const singleDeterioration: StatusRule = (facts) => {
  const paired = pairedMeasures(facts);
  return OUTCOME_MEASURES.filter(
    (measure) =>
      deterioratedRun(facts.rated[measure], measure, facts.rules).length > 0 &&
      !isSustained(facts, measure) &&
      !paired.has(measure),
  ).map((measure) => {
    const outcome = outcomeOf(facts, measure);
    const latest = facts.rated[measure].at(-1)!.session;
    return {
      effect: ProgressStatus.NOT_ON_TRACK,
      alert: alert({
        code: `RELIABLE_DETERIORATION_${measure}`,
        severity: AlertSeverity.WARNING,
        rule: outcome.rule!,
        message: `${MEASURE_LABEL[measure]} has reliably worsened: ${outcome.baseline} at the first rated session, ${outcome.latest} at session ${latest.number}.`,
        suggestion: `Talk it through with the client and review the plan; if it is still this much worse at the next rating, or another measure worsens too, review risk.`,
        sessionNumber: latest.number,
      }),
    };
  });
};

/**
 * Off track on the ORS (docs/clinical.md, "Expected response and off track"): below the expected curve, or no
 * reliable improvement by the fallback session. The fallback's "reliable deterioration" is left to the deterioration
 * rules above, which read the same change.
 */
export const orsOffTrack: StatusRule = ({ orsOffTrack: assessment, rated, rules, closedCases, closedBefore }) => {
  if (!assessment) return [];
  const series = rated[Measure.ORS];
  const latest = series.at(-1)!;
  if (assessment.rule === "EXPECTED_CURVE_BELOW_PERCENTILE") {
    return [
      {
        effect: ProgressStatus.NOT_ON_TRACK,
        alert: alert({
          code: "OFF_TRACK",
          severity: AlertSeverity.WARNING,
          rule: `${ruleText(rules, "OFF_TRACK_PERCENTILE")} of the expected ORS curve for the client's intake score (${closedCases} of the clinic's cases${closedBefore ? ` closed before ${closedBefore}` : ""}; ${ruleText(rules, "OFF_TRACK_MIN_CLOSED_CASES")})`,
          message: `ORS ${latest.score} at session ${latest.session.number} is below the expected range (${assessment.lower!.toFixed(1)} or more; expected ${assessment.expected!.toFixed(1)}).`,
          suggestion:
            "Progress is slower than for similar clients: review the plan with the client and consider reworking it.",
          sessionNumber: latest.session.number,
        }),
      },
    ];
  }
  if (assessment.rule === "FALLBACK_NO_RELIABLE_IMPROVEMENT_BY_SESSION") {
    return [
      {
        effect: ProgressStatus.NOT_ON_TRACK,
        alert: alert({
          code: "OFF_TRACK",
          severity: AlertSeverity.WARNING,
          rule: `No reliable improvement by session ${rules.OFF_TRACK_FALLBACK_SESSION} (${ruleText(rules, "OFF_TRACK_FALLBACK_SESSION", "ORS_RELIABLE_CHANGE")}; fewer than ${rules.OFF_TRACK_MIN_CLOSED_CASES} closed cases for an expected curve)`,
          message: `No reliable improvement by session ${rules.OFF_TRACK_FALLBACK_SESSION}: ORS ${series[0]!.score} at the start, ${latest.score} at session ${latest.session.number}.`,
          suggestion: `No reliable improvement by session ${rules.OFF_TRACK_FALLBACK_SESSION} — consider reworking the plan.`,
          sessionNumber: latest.session.number,
        }),
      },
    ];
  }
  return [];
};

/** Without two ORS ratings, the fallback rule applies to PHQ-9, else to GAD-7: the first with two ratings. */
const fallbackMeasure = ({ rated }: StatusFacts): Measure | null =>
  rated[Measure.ORS].length >= 2
    ? null
    : ([Measure.PHQ9, Measure.GAD7].find((measure) => rated[measure].length >= 2) ?? null);

/** Off track without the ORS: no reliable improvement on PHQ-9 (else GAD-7) by the fallback session. */
export const symptomOffTrack: StatusRule = (facts) => {
  const measure = fallbackMeasure(facts);
  if (measure === null) return [];
  const { rules } = facts;
  const series = facts.rated[measure];
  const outcome = outcomeOf(facts, measure);
  const number = series.at(-1)!.session.number ?? series.length;
  if (number < rules.OFF_TRACK_FALLBACK_SESSION || outcome.classification !== ChangeClassification.NO_RELIABLE_CHANGE)
    return [];
  return [
    {
      effect: ProgressStatus.NOT_ON_TRACK,
      alert: alert({
        code: "OFF_TRACK",
        severity: AlertSeverity.WARNING,
        rule: `No reliable improvement by session ${rules.OFF_TRACK_FALLBACK_SESSION} (${ruleText(rules, "OFF_TRACK_FALLBACK_SESSION")}, ${outcome.rule})`,
        message: `No reliable improvement on ${MEASURE_LABEL[measure]} by session ${rules.OFF_TRACK_FALLBACK_SESSION}: ${outcome.baseline} at the start, ${outcome.latest} at session ${number}.`,
        suggestion: `No reliable improvement by session ${rules.OFF_TRACK_FALLBACK_SESSION} — consider reworking the plan.`,
        sessionNumber: number,
      }),
    },
  ];
};

/** Alliance (OpenFIT alert rules): the latest SRS below the cut-off. A signal to discuss. */
export const allianceBelowCutoff: StatusRule = ({ rated, rules }) => {
  const latest = rated[Measure.SRS].at(-1);
  if (!latest || !srsAllianceConcern(latest.score, null, rules).belowCutoff) return [];
  return [
    {
      effect: null,
      alert: alert({
        code: "SRS_BELOW_CUTOFF",
        severity: AlertSeverity.WARNING,
        rule: ruleText(rules, "SRS_ALLIANCE_CUTOFF"),
        message: `SRS ${latest.score} at session ${latest.session.number} is below ${rules.SRS_ALLIANCE_CUTOFF}.`,
        suggestion: "Ask what did not fit in the session (goals, approach, relationship) and adjust.",
        sessionNumber: latest.session.number,
      }),
    },
  ];
};

/** Alliance (OpenFIT alert rules): the latest SRS dropped from the one before. A signal to discuss. */
export const allianceDrop: StatusRule = ({ rated, rules }) => {
  const latest = rated[Measure.SRS].at(-1);
  const previous = rated[Measure.SRS].at(-2)?.score ?? null;
  if (!latest || !srsAllianceConcern(latest.score, previous, rules).dropped) return [];
  return [
    {
      effect: null,
      alert: alert({
        code: "SRS_DROP",
        severity: AlertSeverity.WARNING,
        rule: ruleText(rules, "SRS_ALLIANCE_DROP"),
        message: `SRS dropped from ${previous} to ${latest.score} at session ${latest.session.number}.`,
        suggestion: "Talk about the change in the working relationship early in the next session.",
        sessionNumber: latest.session.number,
      }),
    },
  ];
};

/** Homework completion over the last complete weeks (project rule). A signal to discuss. */
export const homeworkCompletionLow: StatusRule = ({ recentHomework: homework, rules }) => {
  if (!homework) return [];
  const reviewed = homework.completed + homework.partial + homework.notDone;
  if (
    reviewed < rules.HOMEWORK_ALERT_MIN_REVIEWED ||
    homework.completed / reviewed >= rules.HOMEWORK_COMPLETION_ALERT_BELOW
  )
    return [];
  return [
    {
      effect: null,
      alert: alert({
        code: "HOMEWORK_COMPLETION_LOW",
        severity: AlertSeverity.WARNING,
        rule: ruleText(rules, "HOMEWORK_COMPLETION_ALERT_BELOW", "HOMEWORK_ALERT_WEEKS", "HOMEWORK_ALERT_MIN_REVIEWED"),
        message: `${homework.completed} of ${reviewed} homework items completed over the last ${rules.HOMEWORK_ALERT_WEEKS} weeks.`,
        suggestion: "Explore what got in the way; make the next homework smaller or more relevant.",
      }),
    },
  ];
};

/** Episodes rising across consecutive complete weeks; the current week is incomplete and left out (project rule). */
export const episodesRising: StatusRule = ({ weeklyEpisodes, currentWeekStart, rules }) => {
  const rises = rules.EPISODES_RISING_BUCKETS;
  const weeks = Array.from({ length: rises + 1 }, (_, i) => addDays(currentWeekStart, -7 * (rises + 1 - i)));
  const counts = weeks.map((week) => weeklyEpisodes.get(week) ?? 0);
  if (!counts.every((count, i) => i === 0 || count > counts[i - 1]!)) return [];
  return [
    {
      effect: null,
      alert: alert({
        code: "EPISODES_RISING",
        severity: AlertSeverity.WARNING,
        rule: ruleText(rules, "EPISODES_RISING_BUCKETS"),
        message: `Episodes rose ${rises} weeks in a row: ${counts.join(" → ")} a week.`,
        suggestion: "Review recent episodes together and look for a new trigger or a lapse in coping.",
      }),
    },
  ];
};

/** Every rule, in the order their alerts are listed within a severity. */
export const STATUS_RULES: readonly StatusRule[] = [
  item9Risk,
  crisisSession,
  pairedDeterioration,
  sustainedDeterioration,
  singleDeterioration,
  orsOffTrack,
  symptomOffTrack,
  allianceBelowCutoff,
  allianceDrop,
  homeworkCompletionLow,
  episodesRising,
];

/** How off track was judged: the ORS assessment's method, the fallback on PHQ-9 or GAD-7, or null before two ratings. */
export function offTrackMethodOf(facts: StatusFacts): OffTrackMethod | null {
  if (facts.orsOffTrack)
    return facts.orsOffTrack.method === "EXPECTED_CURVE" ? OffTrackMethod.EXPECTED_CURVE : OffTrackMethod.FALLBACK_RULE;
  return fallbackMeasure(facts) === null ? null : OffTrackMethod.FALLBACK_RULE;
}

/** Two rated sessions on at least one outcome measure: enough to judge change. */
export const hasEnoughData = (facts: StatusFacts) =>
  OUTCOME_MEASURES.some((measure) => facts.rated[measure].length >= 2);

/**
 * The status from the fired rules: AT_RISK when any finding says so, else NOT_ON_TRACK when any says so, else
 * ON_TRACK with two rated sessions on an outcome measure, else INSUFFICIENT_DATA.
 */
export function deriveStatus(findings: readonly Finding[], enoughData: boolean): ProgressStatus {
  if (findings.some((finding) => finding.effect === ProgressStatus.AT_RISK)) return ProgressStatus.AT_RISK;
  if (findings.some((finding) => finding.effect === ProgressStatus.NOT_ON_TRACK)) return ProgressStatus.NOT_ON_TRACK;
  return enoughData ? ProgressStatus.ON_TRACK : ProgressStatus.INSUFFICIENT_DATA;
}
