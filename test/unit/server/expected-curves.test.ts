import { describe, expect, it } from "vitest";
import { assessOffTrack, DEFAULT_RULES } from "../../../server/measures/index.ts";
import { ExpectedCurves, judgedSessionDate } from "../../../server/progress/expected-curves.ts";
import type { CurveCaseData } from "../../../server/progress/progress.queries.ts";
import { Attendance } from "../../../server/sessions/session.enums.ts";
import { simulateCohort } from "../measures/simulated-cohort.ts";

/** An improving cohort (as in test/unit/measures/expected-curve.test.ts), closed at known dates. */
function closedCases(count: number, seed: number, closedOn: (i: number) => string): CurveCaseData[] {
  const cohort = simulateCohort(
    {
      fixed: [20, 0.6, 2.5, -0.15],
      interceptSd: 3,
      slopeSd: 1.5,
      correlation: -0.3,
      residualSd: 3,
      intakeMean: 19,
      intakeSd: 5,
      centre: 20,
      lastSession: [6, 10],
    },
    count,
    seed,
  );
  return cohort.map((c, i) => ({
    closedOn: closedOn(i),
    intakeOrs: c.intakeOrs,
    scores: c.scores.filter((s) => s.sessionNumber >= 2),
  }));
}

/** Cases that never improve: scores stay at the intake score. A fit that saw them would expect far less. */
function flatCases(count: number, closedOn: string): CurveCaseData[] {
  return Array.from({ length: count }, (_, i) => {
    const intakeOrs = 12 + (i % 10);
    return {
      closedOn,
      intakeOrs,
      scores: [2, 3, 4, 5, 6, 7].map((sessionNumber) => ({
        sessionNumber,
        ors: intakeOrs + ((i + sessionNumber) % 3) - 1,
      })),
    };
  });
}

describe('ExpectedCurves: no look-ahead (docs/clinical.md, "Expected response and off track")', () => {
  // 80 improving cases closed in 2025, one a few days apart.
  const earlier = closedCases(
    80,
    99,
    (i) => `2025-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
  );
  // A client at intake 18 whose session-6 rating of 19 on 2026-03-15 is judged: off track against the improving
  // cases, on track against a cohort that includes many that never improved.
  const judged = { baselineOrs: 18, latestOrs: 19, sessionNumber: 6 };
  const judge = (curves: ExpectedCurves) => {
    const basis = curves.forClient(judged.baselineOrs, "2026-03-15");
    return { basis, judgement: assessOffTrack({ ...judged, curve: basis.curve, closedCases: basis.closedCases }) };
  };

  it("a case closed after the judged session's date does not change that session's judgement", () => {
    const before = judge(new ExpectedCurves(earlier, DEFAULT_RULES));
    expect(before.basis.closedBefore).toBe("2026-03-01");
    expect(before.basis.closedCases).toBe(80);
    expect(before.judgement).toMatchObject({ method: "EXPECTED_CURVE", offTrack: true });
    // 200 non-improving cases closed after the session (and 5 in its own month, before its day) are left out.
    const later = [...flatCases(200, "2026-03-20"), ...flatCases(5, "2026-03-02")];
    const after = judge(new ExpectedCurves([...earlier, ...later], DEFAULT_RULES));
    expect(after).toEqual(before);
  });

  it("the same cases closed before the judged session's month do change it (so the test above can fail)", () => {
    const before = judge(new ExpectedCurves(earlier, DEFAULT_RULES));
    const after = judge(new ExpectedCurves([...earlier, ...flatCases(200, "2026-02-20")], DEFAULT_RULES));
    expect(after.basis.closedCases).toBe(280);
    expect(after.judgement.expected!).toBeLessThan(before.judgement.expected! - 1);
    expect(before.judgement.offTrack).toBe(true);
    expect(after.judgement.offTrack).toBe(false);
  });

  it("below OFF_TRACK_MIN_CLOSED_CASES closed before the month, the fallback rule judges", () => {
    // 29 cases closed in 2025, the rest in March 2026, after the judged session's month began.
    const some = closedCases(80, 7, (i) => (i < 29 ? "2025-06-01" : "2026-03-10"));
    const curves = new ExpectedCurves(some, DEFAULT_RULES);
    const basis = curves.forClient(18, "2026-03-15");
    expect(basis).toEqual({ curve: null, closedCases: 29, closedBefore: "2026-03-01" });
    expect(curves.forClient(18, "2026-04-02").closedCases).toBe(80);
    expect(curves.forClient(18, "2026-04-02").curve).not.toBeNull();
  });

  it("has no curve before the client's first ORS rating", () => {
    const curves = new ExpectedCurves(earlier, DEFAULT_RULES);
    expect(curves.forClient(null, "2026-03-15")).toEqual({ curve: null, closedCases: 0, closedBefore: null });
    expect(curves.forClient(18, null)).toEqual({ curve: null, closedCases: 0, closedBefore: null });
  });
});

describe("judgedSessionDate", () => {
  it("is the latest attended session with an ORS rating", () => {
    const sessions = [
      { attendance: Attendance.ATTENDED, ors: 18, localDate: "2026-01-05" },
      { attendance: Attendance.ATTENDED, ors: 20, localDate: "2026-01-12" },
      { attendance: Attendance.ATTENDED, ors: null, localDate: "2026-01-19" },
      { attendance: Attendance.NO_SHOW, ors: null, localDate: "2026-01-26" },
    ];
    expect(judgedSessionDate(sessions)).toBe("2026-01-12");
    expect(judgedSessionDate([])).toBeNull();
  });
});
