import { describe, expect, it } from "vitest";
import type { ExpectedCurve } from "../../../server/measures/index.ts";
import { DEFAULT_RULES, resolveRules } from "../../../server/measures/rules.ts";
import type { SessionData } from "../../../server/progress/progress.queries.ts";
import { Measure } from "../../../server/progress/progress.enums.ts";
import { summarize, type SummaryInputs } from "../../../server/progress/summary.ts";
import { Attendance, SessionKind } from "../../../server/sessions/session.enums.ts";

const CURRENT_WEEK = "2026-11-16";

function sessions(
  scores: Partial<Pick<SessionData, "ors" | "srs" | "phq9" | "phq9Item9" | "gad7" | "crisis">>[],
): SessionData[] {
  return scores.map((score, i) => ({
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
    ...score,
  }));
}

const inputs = (overrides: Partial<SummaryInputs>): SummaryInputs => ({
  sessions: [],
  weeklyEpisodes: new Map(),
  recentHomework: null,
  expected: { curve: null, closedCases: 0 },
  currentWeekStart: CURRENT_WEEK,
  rules: DEFAULT_RULES,
  ...overrides,
});

const codes = (summary: ReturnType<typeof summarize>) => summary.alerts.map((alert) => alert.code);

describe("progress status and alerts", () => {
  it("is INSUFFICIENT_DATA before a second rated session", () => {
    const summary = summarize(inputs({ sessions: sessions([{ ors: 18 }]) }));
    expect(summary.status).toBe("INSUFFICIENT_DATA");
    expect(summary.alerts).toEqual([]);
  });

  it("is ON_TRACK after a reliable improvement (ORS 19 → 24 under the 5-point rule)", () => {
    const summary = summarize(inputs({ sessions: sessions([{ ors: 19 }, { ors: 21 }, { ors: 24 }]) }));
    expect(summary.status).toBe("ON_TRACK");
    expect(summary.outcomes.find((o) => o.measure === Measure.ORS)).toMatchObject({
      change: 5,
      classification: "RELIABLE_IMPROVEMENT",
      rule: "ORS_RELIABLE_CHANGE = 5",
    });
  });

  it("flags NOT_ON_TRACK by the fallback rule: no reliable improvement by session 6", () => {
    const five = summarize(
      inputs({ sessions: sessions([{ ors: 18 }, { ors: 19 }, { ors: 18 }, { ors: 20 }, { ors: 21 }]) }),
    );
    expect(five.status).toBe("ON_TRACK");
    const six = summarize(
      inputs({ sessions: sessions([{ ors: 18 }, { ors: 19 }, { ors: 18 }, { ors: 20 }, { ors: 21 }, { ors: 22.9 }]) }),
    );
    expect(six.status).toBe("NOT_ON_TRACK");
    expect(six.offTrackMethod).toBe("FALLBACK_RULE");
    expect(six.alerts[0]).toMatchObject({ code: "OFF_TRACK", sessionNumber: 6 });
    expect(six.alerts[0]!.rule).toContain("OFF_TRACK_FALLBACK_SESSION = 6");
    expect(six.alerts[0]!.suggestion).toBe("No reliable improvement by session 6 — consider reworking the plan.");
  });

  it("uses the configured rule values", () => {
    const rules = resolveRules({ OFF_TRACK_FALLBACK_SESSION: 4 });
    const summary = summarize(
      inputs({ rules, sessions: sessions([{ ors: 18 }, { ors: 19 }, { ors: 18 }, { ors: 20 }]) }),
    );
    expect(summary.status).toBe("NOT_ON_TRACK");
    expect(summary.alerts[0]!.rule).toContain("OFF_TRACK_FALLBACK_SESSION = 4");
  });

  it("uses the clinic's expected curve once 30 closed cases support it, and says so", () => {
    // A curve of closed cases improving by 4 points per ln(session) from an intake of 20: 20, 22.8, 24.4, 25.5 …,
    // with a within-client SD of 2 and exactly known fixed effects.
    const curve: ExpectedCurve = {
      fixed: [20, 0, 4, 0],
      fixedCovariance: [0, 1, 2, 3].map(() => [0, 0, 0, 0]),
      random: { interceptVariance: 4, slopeVariance: 1, covariance: 0 },
      residualSd: 2,
      cases: 40,
      observations: 240,
      logLikelihood: -500,
      iterations: 10,
      converged: true,
      intakeCentre: 20,
    };
    const flat = sessions([{ ors: 20 }, { ors: 20 }, { ors: 20 }, { ors: 20 }]);
    const summary = summarize(inputs({ sessions: flat, expected: { curve, closedCases: 40 } }));
    expect(summary.offTrackMethod).toBe("EXPECTED_CURVE");
    expect(summary.status).toBe("NOT_ON_TRACK");
    expect(summary.alerts[0]!.rule).toContain("40 of the clinic's cases");
    const onCurve = sessions([{ ors: 20 }, { ors: 22.8 }, { ors: 24.4 }, { ors: 25.5 }]);
    expect(summarize(inputs({ sessions: onCurve, expected: { curve, closedCases: 40 } })).status).toBe("ON_TRACK");
    const tooFew = summarize(inputs({ sessions: flat, expected: { curve, closedCases: 29 } }));
    expect(tooFew.offTrackMethod).toBe("FALLBACK_RULE");
    expect(tooFew.status).toBe("ON_TRACK");
  });

  it("raises AT_RISK at once when PHQ-9 item 9 is above 0 at the latest administration", () => {
    const summary = summarize(
      inputs({
        sessions: sessions([
          { ors: 18, phq9: 14, phq9Item9: 0 },
          { ors: 25, phq9: 9, phq9Item9: 1 },
        ]),
      }),
    );
    expect(summary.status).toBe("AT_RISK");
    expect(summary.alerts[0]).toMatchObject({
      code: "PHQ9_ITEM9",
      severity: "CRITICAL",
      rule: "PHQ9_ITEM9_RISK_ABOVE = 0",
    });
    const resolved = summarize(
      inputs({
        sessions: sessions([
          { ors: 18, phq9: 14, phq9Item9: 1 },
          { ors: 25, phq9: 9, phq9Item9: 0 },
        ]),
      }),
    );
    expect(codes(resolved)).not.toContain("PHQ9_ITEM9");
  });

  it("raises AT_RISK at once for a crisis in the latest attended session, and not for an earlier one", () => {
    const crisis = summarize(inputs({ sessions: sessions([{ ors: 20 }, { ors: 22, crisis: true }]) }));
    expect(crisis.status).toBe("AT_RISK");
    expect(crisis.alerts[0]).toMatchObject({ code: "CRISIS_SESSION", severity: "CRITICAL", sessionNumber: 2 });
    const earlier = summarize(inputs({ sessions: sessions([{ ors: 20, crisis: true }, { ors: 22 }]) }));
    expect(earlier.status).toBe("ON_TRACK");
  });

  it("is NOT_ON_TRACK with a warning for reliable deterioration on one measure at one session (PHQ-9 up by 6)", () => {
    // PHQ9_RELIABLE_CHANGE = 6: 10 → 16 is reliably worse; one rating, one measure.
    const summary = summarize(
      inputs({
        sessions: sessions([
          { phq9: 10, phq9Item9: 0 },
          { phq9: 16, phq9Item9: 0 },
        ]),
      }),
    );
    expect(summary.status).toBe("NOT_ON_TRACK");
    expect(summary.alerts).toHaveLength(1);
    expect(summary.alerts[0]).toMatchObject({
      code: "RELIABLE_DETERIORATION_PHQ9",
      severity: "WARNING",
      rule: "PHQ9_RELIABLE_CHANGE = 6",
      sessionNumber: 2,
    });
  });

  it("is AT_RISK when the same measure is reliably worse at two rated sessions in a row", () => {
    // ORS_RELIABLE_CHANGE = 5: 24 → 19 and 24 → 18 are both 5 or more points worse than the start.
    const summary = summarize(inputs({ sessions: sessions([{ ors: 24 }, { ors: 19 }, { ors: 18 }]) }));
    expect(summary.status).toBe("AT_RISK");
    expect(codes(summary)).toEqual(["RELIABLE_DETERIORATION_SUSTAINED_ORS"]);
    expect(summary.alerts[0]).toMatchObject({
      severity: "CRITICAL",
      rule: "ORS_RELIABLE_CHANGE = 5, DETERIORATION_SUSTAINED_SESSIONS = 2",
      sessionNumber: 3,
    });
    // A better rating in between breaks the run: 24 → 19 (worse), 22 (not), 18 (worse) is one session, not two.
    const broken = summarize(inputs({ sessions: sessions([{ ors: 24 }, { ors: 19 }, { ors: 22 }, { ors: 18 }]) }));
    expect(broken.status).toBe("NOT_ON_TRACK");
    expect(codes(broken)).toEqual(["RELIABLE_DETERIORATION_ORS"]);
  });

  it("is AT_RISK when two measures are reliably worse at the same latest session", () => {
    // PHQ-9 10 → 16 (6 points, reliable) and GAD-7 8 → 12 (4 points, reliable) at session 2.
    const summary = summarize(
      inputs({
        sessions: sessions([
          { phq9: 10, phq9Item9: 0, gad7: 8 },
          { phq9: 16, phq9Item9: 0, gad7: 12 },
        ]),
      }),
    );
    expect(summary.status).toBe("AT_RISK");
    expect(codes(summary)).toEqual(["RELIABLE_DETERIORATION_PAIRED"]);
    expect(summary.alerts[0]).toMatchObject({
      severity: "CRITICAL",
      rule: "PHQ9_RELIABLE_CHANGE = 6, GAD7_RELIABLE_CHANGE = 4",
      sessionNumber: 2,
    });
    // GAD-7 8 → 11 is 3 points, under its reliable change of 4: one measure only.
    const one = summarize(
      inputs({
        sessions: sessions([
          { phq9: 10, phq9Item9: 0, gad7: 8 },
          { phq9: 16, phq9Item9: 0, gad7: 11 },
        ]),
      }),
    );
    expect(one.status).toBe("NOT_ON_TRACK");
    expect(codes(one)).toEqual(["RELIABLE_DETERIORATION_PHQ9"]);
  });

  it("makes any single deterioration AT_RISK when a clinic sets DETERIORATION_SUSTAINED_SESSIONS to 1", () => {
    const rules = resolveRules({ DETERIORATION_SUSTAINED_SESSIONS: 1 });
    const summary = summarize(inputs({ rules, sessions: sessions([{ ors: 24 }, { ors: 19 }]) }));
    expect(summary.status).toBe("AT_RISK");
    expect(summary.alerts[0]!.rule).toBe("ORS_RELIABLE_CHANGE = 5, DETERIORATION_SUSTAINED_SESSIONS = 1");
  });

  it("judges PHQ-9 and GAD-7 together by the NHS paired rules, from sessions rated on both", () => {
    // At caseness at the start (PHQ-9 12 ≥ 10); at the end PHQ-9 8 < 10 but GAD-7 9 ≥ 8: not recovered, though
    // PHQ-9 alone is.
    const notBoth = summarize(
      inputs({
        sessions: sessions([
          { phq9: 12, phq9Item9: 0, gad7: 9 },
          { phq9: 8, phq9Item9: 0, gad7: 9 },
        ]),
      }),
    );
    expect(notBoth.outcomes.find((o) => o.measure === Measure.PHQ9)!.recovered).toBe(true);
    expect(notBoth.pairedOutcome).toMatchObject({
      ratedSessions: 2,
      casenessAtBaseline: true,
      casenessAtLatest: true,
      recovered: false,
      classification: "NO_RELIABLE_CHANGE",
    });
    // PHQ-9 12 → 5 (7 points, reliable) and GAD-7 9 → 4: below both caseness values, so recovered and reliably so.
    const both = summarize(
      inputs({
        sessions: sessions([
          { phq9: 12, phq9Item9: 0, gad7: 9 },
          { phq9: 5, phq9Item9: 0 },
          { phq9: 5, phq9Item9: 0, gad7: 4 },
        ]),
      }),
    );
    expect(both.pairedOutcome).toMatchObject({ ratedSessions: 2, recovered: true, reliablyRecovered: true });
    expect(both.pairedOutcome!.rule).toBe(
      "PHQ9_CASENESS = 10, GAD7_CASENESS = 8, PHQ9_RELIABLE_CHANGE = 6, GAD7_RELIABLE_CHANGE = 4",
    );
    expect(
      summarize(
        inputs({
          sessions: sessions([
            { phq9: 12, phq9Item9: 0 },
            { phq9: 5, phq9Item9: 0 },
          ]),
        }),
      ).pairedOutcome,
    ).toBeNull();
  });

  it("flags the alliance: SRS 35 is below 36, and a one-point drop from the previous session", () => {
    expect(codes(summarize(inputs({ sessions: sessions([{ srs: 38 }, { srs: 35 }]) })))).toEqual([
      "SRS_BELOW_CUTOFF",
      "SRS_DROP",
    ]);
    expect(codes(summarize(inputs({ sessions: sessions([{ srs: 38 }, { srs: 37 }]) })))).toEqual(["SRS_DROP"]);
    expect(codes(summarize(inputs({ sessions: sessions([{ srs: 36 }, { srs: 36 }]) })))).toEqual([]);
  });

  it("flags homework completion below 50% over the last three weeks", () => {
    const homework = (completed: number, partial: number, notDone: number) => ({
      assigned: completed + partial + notDone,
      completed,
      partial,
      notDone,
      open: 0,
      selfAssigned: 0,
    });
    expect(codes(summarize(inputs({ recentHomework: homework(1, 1, 1) })))).toEqual(["HOMEWORK_COMPLETION_LOW"]);
    expect(codes(summarize(inputs({ recentHomework: homework(2, 1, 1) })))).toEqual([]);
    expect(codes(summarize(inputs({ recentHomework: homework(0, 0, 1) })))).toEqual([]);
  });

  it("flags episodes rising three complete weeks in a row, ignoring the current week", () => {
    const weeks = (counts: number[]) =>
      new Map(["2026-10-19", "2026-10-26", "2026-11-02", "2026-11-09"].map((week, i) => [week, counts[i]!]));
    expect(codes(summarize(inputs({ weeklyEpisodes: weeks([1, 2, 3, 5]) })))).toEqual(["EPISODES_RISING"]);
    expect(codes(summarize(inputs({ weeklyEpisodes: weeks([1, 2, 2, 5]) })))).toEqual([]);
    const withCurrent = weeks([0, 1, 2, 2]);
    withCurrent.set(CURRENT_WEEK, 9);
    expect(codes(summarize(inputs({ weeklyEpisodes: withCurrent })))).toEqual([]);
  });
});
