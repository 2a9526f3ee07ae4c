import {
  assessOffTrack,
  classifyOutcome,
  gad7Band,
  orsIsClinical,
  phq9Band,
  phq9Item9Risk,
  srsAllianceConcern,
  type ExpectedCurve,
  type MeasureId,
} from "../measures/index.ts";
import type { ClinicalRules, RuleName } from "../measures/rules.ts";
import { addDays } from "../common/time.ts";
import { Attendance } from "../sessions/session.enums.ts";
import type { HomeworkCounts, SessionData } from "./progress.queries.ts";
import { AlertSeverity, ChangeClassification, Measure, OffTrackMethod, ProgressStatus } from "./progress.enums.ts";
import type { Alert, MeasureOutcome, ProgressSummary } from "./progress.types.ts";

/** Everything the status and alerts of one client are decided from; loaded by a fixed number of statements. */
export interface SummaryInputs {
  /** All of the client's sessions, in time order. */
  sessions: SessionData[];
  /** Episode count per week (week start → count); weeks without episodes may be absent. */
  weeklyEpisodes: Map<string, number>;
  /** Homework due in the last HOMEWORK_ALERT_WEEKS complete weeks. */
  recentHomework: HomeworkCounts | null;
  /** The clinic's expected ORS curve for this client's intake band, and how many closed cases it rests on. */
  expected: { curve: ExpectedCurve | null; closedCases: number };
  /** Monday of the current week in the clinic's timezone; it is incomplete, so the rules use the weeks before it. */
  currentWeekStart: string;
  rules: ClinicalRules;
}

const MEASURE_OF: Record<Measure, MeasureId> = {
  [Measure.ORS]: "ORS",
  [Measure.SRS]: "SRS",
  [Measure.PHQ9]: "PHQ9",
  [Measure.GAD7]: "GAD7",
};

const ratingOf = (session: SessionData, measure: Measure): number | null => {
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

const ruleText = (rules: ClinicalRules, ...names: RuleName[]) =>
  names.map((name) => `${name} = ${rules[name]}`).join(", ");

const MEASURE_LABEL: Record<Measure, string> = {
  [Measure.ORS]: "ORS",
  [Measure.SRS]: "SRS",
  [Measure.PHQ9]: "PHQ-9",
  [Measure.GAD7]: "GAD-7",
};

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

interface Rated {
  session: SessionData;
  score: number;
}

function ratedSessions(sessions: SessionData[], measure: Measure): Rated[] {
  return sessions.flatMap((session) => {
    const score = ratingOf(session, measure);
    return score == null ? [] : [{ session, score }];
  });
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

const alert = (fields: Omit<Alert, "sessionNumber"> & { sessionNumber?: number | null }): Alert => ({
  sessionNumber: null,
  ...fields,
});

/**
 * Status and alerts for one client. Each alert names the rule that fired with its configured value.
 * Status: AT_RISK when a CRITICAL (risk) alert fired; NOT_ON_TRACK when an off-track rule fired; otherwise
 * INSUFFICIENT_DATA before two rated sessions on any outcome measure, else ON_TRACK. Alliance, homework and
 * episode alerts are signals to discuss; they do not by themselves change the status.
 */
export function summarize(inputs: SummaryInputs): ProgressSummary {
  const { sessions, rules } = inputs;
  const attended = sessions.filter((session) => session.attendance === Attendance.ATTENDED);
  const rated = {
    [Measure.ORS]: ratedSessions(attended, Measure.ORS),
    [Measure.SRS]: ratedSessions(attended, Measure.SRS),
    [Measure.PHQ9]: ratedSessions(attended, Measure.PHQ9),
    [Measure.GAD7]: ratedSessions(attended, Measure.GAD7),
  };
  const outcomes = Object.values(Measure).map((measure) => measureOutcome(measure, rated[measure], rules));
  const alerts: Alert[] = [];
  let offTrackMethod: OffTrackMethod | null = null;
  let offTrack = false;

  // Risk: PHQ-9 item 9 at the latest administration (docs/clinical.md: raises a risk alert at once).
  const lastPhq9 = rated[Measure.PHQ9].at(-1)?.session;
  if (lastPhq9?.phq9Item9 != null && phq9Item9Risk(lastPhq9.phq9Item9, rules)) {
    alerts.push(
      alert({
        code: "PHQ9_ITEM9",
        severity: AlertSeverity.CRITICAL,
        rule: ruleText(rules, "PHQ9_ITEM9_RISK_ABOVE"),
        message: `PHQ-9 item 9 (thoughts of being better off dead or of self-harm) was answered ${lastPhq9.phq9Item9} at session ${lastPhq9.number}.`,
        suggestion: "Assess risk now and review the safety plan.",
        sessionNumber: lastPhq9.number,
      }),
    );
  }
  const lastAttended = attended.at(-1);
  if (lastAttended?.crisis) {
    alerts.push(
      alert({
        code: "CRISIS_SESSION",
        severity: AlertSeverity.CRITICAL,
        rule: "CRISIS_FLAG: the latest attended session addressed a crisis",
        message: `Session ${lastAttended.number} addressed a crisis.`,
        suggestion: "Check in before the next scheduled session and keep the safety plan current.",
        sessionNumber: lastAttended.number,
      }),
    );
  }

  // Reliable deterioration on any outcome measure (Jacobson & Truax; the off-track fallback's "at any time").
  for (const outcome of outcomes) {
    if (outcome.classification === ChangeClassification.RELIABLE_DETERIORATION) {
      alerts.push(
        alert({
          code: `RELIABLE_DETERIORATION_${outcome.measure}`,
          severity: AlertSeverity.CRITICAL,
          rule: outcome.rule!,
          message: `${MEASURE_LABEL[outcome.measure]} has reliably worsened: ${outcome.baseline} at the first rated session, ${outcome.latest} now.`,
          suggestion: "Review risk and the plan with the client; consider consultation or a change of approach.",
          sessionNumber: rated[outcome.measure].at(-1)!.session.number,
        }),
      );
    }
  }

  // Off track (docs/clinical.md, "Expected response and off track"): the primary measure is ORS; without ORS ratings the
  // fallback rule is applied to PHQ-9, then GAD-7.
  const orsRated = rated[Measure.ORS];
  if (orsRated.length >= 2) {
    const latest = orsRated.at(-1)!;
    const assessment = assessOffTrack(
      {
        baselineOrs: orsRated[0]!.score,
        latestOrs: latest.score,
        sessionNumber: latest.session.number ?? orsRated.length,
        curve: inputs.expected.curve,
        closedCases: inputs.expected.closedCases,
      },
      rules,
    );
    offTrackMethod =
      assessment.method === "EXPECTED_CURVE" ? OffTrackMethod.EXPECTED_CURVE : OffTrackMethod.FALLBACK_RULE;
    if (assessment.rule === "EXPECTED_CURVE_BELOW_PERCENTILE") {
      offTrack = true;
      alerts.push(
        alert({
          code: "OFF_TRACK",
          severity: AlertSeverity.WARNING,
          rule: `${ruleText(rules, "OFF_TRACK_PERCENTILE")} of the expected ORS curve (${inputs.expected.closedCases} closed cases of the same intake band; ${ruleText(rules, "OFF_TRACK_MIN_CLOSED_CASES")})`,
          message: `ORS ${latest.score} at session ${latest.session.number} is below the expected range (${assessment.lower!.toFixed(1)} or more; expected ${assessment.expected!.toFixed(1)}).`,
          suggestion:
            "Progress is slower than for similar clients: review the plan with the client and consider reworking it.",
          sessionNumber: latest.session.number,
        }),
      );
    } else if (assessment.rule === "FALLBACK_NO_RELIABLE_IMPROVEMENT_BY_SESSION") {
      offTrack = true;
      alerts.push(
        alert({
          code: "OFF_TRACK",
          severity: AlertSeverity.WARNING,
          rule: `No reliable improvement by session ${rules.OFF_TRACK_FALLBACK_SESSION} (${ruleText(rules, "OFF_TRACK_FALLBACK_SESSION", "ORS_RELIABLE_CHANGE")}; fewer than ${rules.OFF_TRACK_MIN_CLOSED_CASES} closed cases for an expected curve)`,
          message: `No reliable improvement by session ${rules.OFF_TRACK_FALLBACK_SESSION}: ORS ${orsRated[0]!.score} at the start, ${latest.score} at session ${latest.session.number}.`,
          suggestion: `No reliable improvement by session ${rules.OFF_TRACK_FALLBACK_SESSION} — consider reworking the plan.`,
          sessionNumber: latest.session.number,
        }),
      );
    } else if (assessment.rule === "FALLBACK_RELIABLE_DETERIORATION") {
      offTrack = true; // its CRITICAL alert is RELIABLE_DETERIORATION_ORS above
    }
  } else {
    for (const measure of [Measure.PHQ9, Measure.GAD7]) {
      const series = rated[measure];
      if (series.length < 2) continue;
      offTrackMethod = OffTrackMethod.FALLBACK_RULE;
      const outcome = outcomes.find((candidate) => candidate.measure === measure)!;
      const number = series.at(-1)!.session.number ?? series.length;
      if (
        number >= rules.OFF_TRACK_FALLBACK_SESSION &&
        outcome.classification === ChangeClassification.NO_RELIABLE_CHANGE
      ) {
        offTrack = true;
        alerts.push(
          alert({
            code: "OFF_TRACK",
            severity: AlertSeverity.WARNING,
            rule: `No reliable improvement by session ${rules.OFF_TRACK_FALLBACK_SESSION} (${ruleText(rules, "OFF_TRACK_FALLBACK_SESSION")}, ${outcome.rule})`,
            message: `No reliable improvement on ${MEASURE_LABEL[measure]} by session ${rules.OFF_TRACK_FALLBACK_SESSION}: ${outcome.baseline} at the start, ${outcome.latest} at session ${number}.`,
            suggestion: `No reliable improvement by session ${rules.OFF_TRACK_FALLBACK_SESSION} — consider reworking the plan.`,
            sessionNumber: number,
          }),
        );
      }
      break;
    }
  }

  // Alliance (OpenFIT): the latest SRS below the cut-off, or dropped from the previous one.
  const srsRated = rated[Measure.SRS];
  if (srsRated.length > 0) {
    const latest = srsRated.at(-1)!;
    const previous = srsRated.at(-2)?.score ?? null;
    const concern = srsAllianceConcern(latest.score, previous, rules);
    if (concern.belowCutoff) {
      alerts.push(
        alert({
          code: "SRS_BELOW_CUTOFF",
          severity: AlertSeverity.WARNING,
          rule: ruleText(rules, "SRS_ALLIANCE_CUTOFF"),
          message: `SRS ${latest.score} at session ${latest.session.number} is below ${rules.SRS_ALLIANCE_CUTOFF}.`,
          suggestion: "Ask what did not fit in the session (goals, approach, relationship) and adjust.",
          sessionNumber: latest.session.number,
        }),
      );
    }
    if (concern.dropped) {
      alerts.push(
        alert({
          code: "SRS_DROP",
          severity: AlertSeverity.WARNING,
          rule: ruleText(rules, "SRS_ALLIANCE_DROP"),
          message: `SRS dropped from ${previous} to ${latest.score} at session ${latest.session.number}.`,
          suggestion: "Talk about the change in the working relationship early in the next session.",
          sessionNumber: latest.session.number,
        }),
      );
    }
  }

  // Homework completion over the last complete weeks.
  const homework = inputs.recentHomework;
  if (homework) {
    const reviewed = homework.completed + homework.partial + homework.notDone;
    if (
      reviewed >= rules.HOMEWORK_ALERT_MIN_REVIEWED &&
      homework.completed / reviewed < rules.HOMEWORK_COMPLETION_ALERT_BELOW
    ) {
      alerts.push(
        alert({
          code: "HOMEWORK_COMPLETION_LOW",
          severity: AlertSeverity.WARNING,
          rule: ruleText(
            rules,
            "HOMEWORK_COMPLETION_ALERT_BELOW",
            "HOMEWORK_ALERT_WEEKS",
            "HOMEWORK_ALERT_MIN_REVIEWED",
          ),
          message: `${homework.completed} of ${reviewed} homework items completed over the last ${rules.HOMEWORK_ALERT_WEEKS} weeks.`,
          suggestion: "Explore what got in the way; make the next homework smaller or more relevant.",
        }),
      );
    }
  }

  // Episode frequency rising across consecutive complete weeks.
  const rises = rules.EPISODES_RISING_BUCKETS;
  const weeks = Array.from({ length: rises + 1 }, (_, i) => addDays(inputs.currentWeekStart, -7 * (rises + 1 - i)));
  const counts = weeks.map((week) => inputs.weeklyEpisodes.get(week) ?? 0);
  if (counts.every((count, i) => i === 0 || count > counts[i - 1]!)) {
    alerts.push(
      alert({
        code: "EPISODES_RISING",
        severity: AlertSeverity.WARNING,
        rule: ruleText(rules, "EPISODES_RISING_BUCKETS"),
        message: `Episodes rose ${rises} weeks in a row: ${counts.join(" → ")} a week.`,
        suggestion: "Review recent episodes together and look for a new trigger or a lapse in coping.",
      }),
    );
  }

  const anyCritical = alerts.some((candidate) => candidate.severity === AlertSeverity.CRITICAL);
  const enoughData = [Measure.ORS, Measure.PHQ9, Measure.GAD7].some((measure) => rated[measure].length >= 2);
  const status = anyCritical
    ? ProgressStatus.AT_RISK
    : offTrack
      ? ProgressStatus.NOT_ON_TRACK
      : enoughData
        ? ProgressStatus.ON_TRACK
        : ProgressStatus.INSUFFICIENT_DATA;
  const severityOrder = [AlertSeverity.CRITICAL, AlertSeverity.WARNING, AlertSeverity.INFO];
  alerts.sort((a, b) => severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity));
  return {
    status,
    alerts,
    outcomes,
    offTrackMethod,
    sessionsAttended: attended.length,
    lastSessionDate: lastAttended?.localDate ?? null,
  };
}
