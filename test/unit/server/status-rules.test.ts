import { describe, expect, it } from "vitest";
import { DEFAULT_RULES, resolveRules, type ClinicalRules } from "../../../server/measures/rules.ts";
import type { SessionData } from "../../../server/progress/progress.queries.ts";
import { AlertSeverity, ProgressStatus } from "../../../server/progress/progress.enums.ts";
import {
  allianceBelowCutoff,
  allianceDrop,
  crisisSession,
  deriveStatus,
  deterioratedRun,
  episodesRising,
  homeworkCompletionLow,
  item9Risk,
  orsOffTrack,
  pairedDeterioration,
  singleDeterioration,
  STATUS_RULES,
  sustainedDeterioration,
  symptomOffTrack,
  type Finding,
  type StatusRule,
} from "../../../server/progress/status-rules.ts";
import { statusFacts, type SummaryInputs } from "../../../server/progress/summary.ts";
import { Measure } from "../../../server/progress/progress.enums.ts";
import { Attendance, SessionKind } from "../../../server/sessions/session.enums.ts";

const CURRENT_WEEK = "2026-11-16";

type Ratings = Partial<Pick<SessionData, "ors" | "srs" | "phq9" | "phq9Item9" | "gad7" | "crisis" | "attendance">>;

function sessions(ratings: Ratings[]): SessionData[] {
  return ratings.map((rating, i) => ({
    clientId: 1,
    sessionId: i + 1,
    number: i + 1,
    occurredAt: new Date(Date.UTC(2026, 8, 1 + 7 * i, 15)),
    localDate: new Date(Date.UTC(2026, 8, 1 + 7 * i)).toISOString().slice(0, 10),
    attendance: Attendance.ATTENDED,
    kind: SessionKind.FOLLOW_UP,
    ors: null,
    srs: null,
    phq9: null,
    phq9Item9: null,
    gad7: null,
    weekRating: null,
    crisis: false,
    ...rating,
  }));
}

const facts = (ratings: Ratings[], overrides: Partial<SummaryInputs> = {}) =>
  statusFacts({
    sessions: sessions(ratings),
    weeklyEpisodes: new Map(),
    recentHomework: null,
    expected: { curve: null, closedCases: 0 },
    currentWeekStart: CURRENT_WEEK,
    rules: DEFAULT_RULES,
    ...overrides,
  });

/** The codes a rule fired, and the severity, rule text and status effect of its first finding. */
const run = (rule: StatusRule, ratings: Ratings[], overrides: Partial<SummaryInputs> = {}) =>
  rule(facts(ratings, overrides));
const codes = (findings: Finding[]) => findings.map((finding) => finding.alert.code);

describe("each status rule on its own", () => {
  it("item9Risk fires above PHQ9_ITEM9_RISK_ABOVE at the latest PHQ-9, and not at it", () => {
    const fired = run(item9Risk, [
      { phq9: 12, phq9Item9: 0 },
      { phq9: 11, phq9Item9: 1 },
    ]);
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      effect: ProgressStatus.AT_RISK,
      alert: {
        code: "PHQ9_ITEM9",
        severity: AlertSeverity.CRITICAL,
        rule: "PHQ9_ITEM9_RISK_ABOVE = 0",
        sessionNumber: 2,
      },
    });
    expect(
      run(item9Risk, [
        { phq9: 12, phq9Item9: 1 },
        { phq9: 11, phq9Item9: 0 },
      ]),
    ).toEqual([]);
    // With the rule at 1, an answer of 1 is at the rule, not above it; 2 is above.
    const rules = resolveRules({ PHQ9_ITEM9_RISK_ABOVE: 1 });
    expect(run(item9Risk, [{ phq9: 11, phq9Item9: 1 }], { rules })).toEqual([]);
    expect(run(item9Risk, [{ phq9: 11, phq9Item9: 2 }], { rules })[0]!.alert.rule).toBe("PHQ9_ITEM9_RISK_ABOVE = 1");
  });

  it("crisisSession fires on a crisis in the latest attended session only", () => {
    expect(run(crisisSession, [{ ors: 20 }, { ors: 21, crisis: true }])[0]).toMatchObject({
      effect: ProgressStatus.AT_RISK,
      alert: { code: "CRISIS_SESSION", severity: AlertSeverity.CRITICAL, sessionNumber: 2 },
    });
    expect(run(crisisSession, [{ ors: 20, crisis: true }, { ors: 21 }])).toEqual([]);
    // A later missed session does not hide it: the latest attended session is the one that counts.
    expect(
      codes(run(crisisSession, [{ ors: 20 }, { ors: 21, crisis: true }, { attendance: Attendance.NO_SHOW }])),
    ).toEqual(["CRISIS_SESSION"]);
  });

  it("deterioratedRun counts the latest ratings reliably worse than the first, back to the first that is not", () => {
    const ors = (scores: number[]) => facts(scores.map((score) => ({ ors: score }))).rated[Measure.ORS];
    // ORS_RELIABLE_CHANGE = 5: 30 → 25 is a deterioration (5 points), 30 → 26 is not (4 points).
    expect(deterioratedRun(ors([30, 25, 24]), Measure.ORS, DEFAULT_RULES).map((r) => r.score)).toEqual([25, 24]);
    expect(deterioratedRun(ors([30, 25, 26]), Measure.ORS, DEFAULT_RULES)).toEqual([]);
    expect(deterioratedRun(ors([30, 26, 25]), Measure.ORS, DEFAULT_RULES).map((r) => r.score)).toEqual([25]);
    expect(deterioratedRun(ors([30]), Measure.ORS, DEFAULT_RULES)).toEqual([]);
  });

  it("singleDeterioration fires at exactly the reliable-change value, as a warning that makes the client not on track", () => {
    // GAD7_RELIABLE_CHANGE = 4: 8 → 12 fires, 8 → 11 does not.
    const fired = run(singleDeterioration, [{ gad7: 8 }, { gad7: 12 }]);
    expect(fired).toEqual([
      {
        effect: ProgressStatus.NOT_ON_TRACK,
        alert: expect.objectContaining({
          code: "RELIABLE_DETERIORATION_GAD7",
          severity: AlertSeverity.WARNING,
          rule: "GAD7_RELIABLE_CHANGE = 4",
          sessionNumber: 2,
        }),
      },
    ]);
    expect(run(singleDeterioration, [{ gad7: 8 }, { gad7: 11 }])).toEqual([]);
    // Left to the escalating rules when sustained or paired.
    expect(run(singleDeterioration, [{ gad7: 8 }, { gad7: 12 }, { gad7: 13 }])).toEqual([]);
    expect(
      run(singleDeterioration, [
        { gad7: 8, ors: 30 },
        { gad7: 12, ors: 25 },
      ]),
    ).toEqual([]);
  });

  it("sustainedDeterioration fires at DETERIORATION_SUSTAINED_SESSIONS rated sessions in a row, not one fewer", () => {
    // PHQ9_RELIABLE_CHANGE = 6: 10 → 16 and 10 → 17 are both reliably worse.
    const fired = run(sustainedDeterioration, [{ phq9: 10 }, { phq9: 16 }, { phq9: 17 }]);
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      effect: ProgressStatus.AT_RISK,
      alert: {
        code: "RELIABLE_DETERIORATION_SUSTAINED_PHQ9",
        severity: AlertSeverity.CRITICAL,
        rule: "PHQ9_RELIABLE_CHANGE = 6, DETERIORATION_SUSTAINED_SESSIONS = 2",
        sessionNumber: 3,
      },
    });
    expect(run(sustainedDeterioration, [{ phq9: 10 }, { phq9: 15 }, { phq9: 17 }])).toEqual([]);
    // Sessions without a PHQ-9 in between do not break the run: it counts rated sessions.
    expect(codes(run(sustainedDeterioration, [{ phq9: 10 }, { phq9: 16 }, { ors: 20 }, { phq9: 17 }]))).toEqual([
      "RELIABLE_DETERIORATION_SUSTAINED_PHQ9",
    ]);
    const three = resolveRules({ DETERIORATION_SUSTAINED_SESSIONS: 3 });
    expect(run(sustainedDeterioration, [{ phq9: 10 }, { phq9: 16 }, { phq9: 17 }], { rules: three })).toEqual([]);
    expect(
      run(sustainedDeterioration, [{ phq9: 10 }, { phq9: 16 }, { phq9: 17 }, { phq9: 16 }], { rules: three })[0]!.alert
        .rule,
    ).toBe("PHQ9_RELIABLE_CHANGE = 6, DETERIORATION_SUSTAINED_SESSIONS = 3");
  });

  it("pairedDeterioration fires when two measures are reliably worse at the same session, and not at different ones", () => {
    // ORS 30 → 25 (5 points) and PHQ-9 8 → 14 (6 points), both at session 2.
    const fired = run(pairedDeterioration, [
      { ors: 30, phq9: 8 },
      { ors: 25, phq9: 14 },
    ]);
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      effect: ProgressStatus.AT_RISK,
      alert: {
        code: "RELIABLE_DETERIORATION_PAIRED",
        severity: AlertSeverity.CRITICAL,
        rule: "ORS_RELIABLE_CHANGE = 5, PHQ9_RELIABLE_CHANGE = 6",
        sessionNumber: 2,
      },
    });
    expect(fired[0]!.alert.message).toContain("ORS 30 → 25; PHQ-9 8 → 14");
    // PHQ-9 8 → 13 is 5 points, one short.
    expect(
      run(pairedDeterioration, [
        { ors: 30, phq9: 8 },
        { ors: 25, phq9: 13 },
      ]),
    ).toEqual([]);
    // Each worse at its latest rating, but at different sessions.
    expect(run(pairedDeterioration, [{ ors: 30, phq9: 8 }, { ors: 25, phq9: 14 }, { ors: 24 }])).toEqual([]);
  });

  it("orsOffTrack fires by the fallback rule at OFF_TRACK_FALLBACK_SESSION, not before, and leaves deterioration alone", () => {
    const flat = [{ ors: 18 }, { ors: 19 }, { ors: 18 }, { ors: 20 }, { ors: 21 }];
    expect(run(orsOffTrack, flat)).toEqual([]);
    const six = run(orsOffTrack, [...flat, { ors: 22.9 }]);
    expect(six[0]).toMatchObject({
      effect: ProgressStatus.NOT_ON_TRACK,
      alert: { code: "OFF_TRACK", severity: AlertSeverity.WARNING, sessionNumber: 6 },
    });
    expect(six[0]!.alert.rule).toContain("OFF_TRACK_FALLBACK_SESSION = 6, ORS_RELIABLE_CHANGE = 5");
    // 18 → 23 at session 6 is a reliable improvement.
    expect(run(orsOffTrack, [...flat, { ors: 23 }])).toEqual([]);
    expect(run(orsOffTrack, [{ ors: 24 }, { ors: 19 }])).toEqual([]);
  });

  it("symptomOffTrack applies the fallback to PHQ-9 without ORS, at the fallback session", () => {
    const five = [{ phq9: 14 }, { phq9: 13 }, { phq9: 12 }, { phq9: 12 }, { phq9: 11 }];
    expect(run(symptomOffTrack, five)).toEqual([]);
    const six = run(symptomOffTrack, [...five, { phq9: 10 }]);
    expect(six[0]).toMatchObject({
      effect: ProgressStatus.NOT_ON_TRACK,
      alert: { code: "OFF_TRACK", sessionNumber: 6 },
    });
    expect(six[0]!.alert.rule).toContain("PHQ9_RELIABLE_CHANGE = 6");
    // 14 → 8 at session 6 is reliable improvement; with two ORS ratings, the ORS rule applies instead.
    expect(run(symptomOffTrack, [...five, { phq9: 8 }])).toEqual([]);
    expect(run(symptomOffTrack, [...five.map((s) => ({ ...s, ors: 20 })), { phq9: 10, ors: 26 }])).toEqual([]);
  });

  it("allianceBelowCutoff fires strictly below SRS_ALLIANCE_CUTOFF and changes no status", () => {
    expect(run(allianceBelowCutoff, [{ srs: 35.9 }])[0]).toMatchObject({
      effect: null,
      alert: { code: "SRS_BELOW_CUTOFF", severity: AlertSeverity.WARNING, rule: "SRS_ALLIANCE_CUTOFF = 36" },
    });
    expect(run(allianceBelowCutoff, [{ srs: 36 }])).toEqual([]);
  });

  it("allianceDrop fires on a drop of SRS_ALLIANCE_DROP points from the session before, not less", () => {
    expect(run(allianceDrop, [{ srs: 39 }, { srs: 38 }])[0]).toMatchObject({
      effect: null,
      alert: { code: "SRS_DROP", rule: "SRS_ALLIANCE_DROP = 1" },
    });
    expect(run(allianceDrop, [{ srs: 39 }, { srs: 38.1 }])).toEqual([]);
    expect(run(allianceDrop, [{ srs: 38 }])).toEqual([]);
  });

  it("homeworkCompletionLow fires below HOMEWORK_COMPLETION_ALERT_BELOW with enough items reviewed", () => {
    const homework = (completed: number, notDone: number) => ({
      recentHomework: { assigned: completed + notDone, completed, partial: 0, notDone, open: 0, selfAssigned: 0 },
    });
    expect(run(homeworkCompletionLow, [], homework(1, 2))[0]).toMatchObject({
      effect: null,
      alert: {
        code: "HOMEWORK_COMPLETION_LOW",
        rule: "HOMEWORK_COMPLETION_ALERT_BELOW = 0.5, HOMEWORK_ALERT_WEEKS = 3, HOMEWORK_ALERT_MIN_REVIEWED = 2",
      },
    });
    // Exactly half is not below half; one item reviewed is under HOMEWORK_ALERT_MIN_REVIEWED = 2.
    expect(run(homeworkCompletionLow, [], homework(1, 1))).toEqual([]);
    expect(run(homeworkCompletionLow, [], homework(0, 1))).toEqual([]);
  });

  it("episodesRising fires when each of EPISODES_RISING_BUCKETS complete weeks rises over the one before", () => {
    const weeks = (counts: number[]) => ({
      weeklyEpisodes: new Map(["2026-10-19", "2026-10-26", "2026-11-02", "2026-11-09"].map((w, i) => [w, counts[i]!])),
    });
    expect(run(episodesRising, [], weeks([0, 1, 2, 3]))[0]).toMatchObject({
      effect: null,
      alert: { code: "EPISODES_RISING", rule: "EPISODES_RISING_BUCKETS = 3" },
    });
    expect(run(episodesRising, [], weeks([0, 1, 1, 3]))).toEqual([]);
  });

  it("lists every rule once", () => {
    expect(new Set(STATUS_RULES).size).toBe(STATUS_RULES.length);
    expect(STATUS_RULES).toHaveLength(11);
  });
});

describe("the status derived from the findings", () => {
  const finding = (effect: Finding["effect"]): Finding => ({
    effect,
    alert: { code: "X", severity: AlertSeverity.WARNING, rule: "", message: "", suggestion: "", sessionNumber: null },
  });

  it("is AT_RISK when any finding says so, whatever else fired", () => {
    expect(
      deriveStatus([finding(null), finding(ProgressStatus.NOT_ON_TRACK), finding(ProgressStatus.AT_RISK)], true),
    ).toBe(ProgressStatus.AT_RISK);
  });

  it("is NOT_ON_TRACK when one says so and none says AT_RISK", () => {
    expect(deriveStatus([finding(null), finding(ProgressStatus.NOT_ON_TRACK)], true)).toBe(ProgressStatus.NOT_ON_TRACK);
  });

  it("is ON_TRACK with only signals to discuss, or none, once there are enough ratings; INSUFFICIENT_DATA before", () => {
    expect(deriveStatus([finding(null)], true)).toBe(ProgressStatus.ON_TRACK);
    expect(deriveStatus([], true)).toBe(ProgressStatus.ON_TRACK);
    expect(deriveStatus([finding(null)], false)).toBe(ProgressStatus.INSUFFICIENT_DATA);
  });

  it("reads the configured rules, not fixed values", () => {
    const rules: ClinicalRules = resolveRules({ ORS_RELIABLE_CHANGE: 6 });
    // 30 → 25 is 5 points: a deterioration under the default of 5, not under 6.
    expect(run(singleDeterioration, [{ ors: 30 }, { ors: 25 }])).toHaveLength(1);
    expect(run(singleDeterioration, [{ ors: 30 }, { ors: 25 }], { rules })).toEqual([]);
  });
});
