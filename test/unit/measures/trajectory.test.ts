import { describe, expect, it } from "vitest";
import { resolveRules } from "../../../server/measures/rules.ts";
import {
  assessOffTrack,
  expectedBand,
  fitExpectedCurve,
  intakeBand,
  inverseNormalCdf,
  type ExpectedCurve,
  type SessionGroup,
} from "../../../server/measures/trajectory.ts";
import { expectField } from "./catch-error.ts";

/** A small explicit list of (session, ORS score) points from closed cases. */
const POINTS: readonly (readonly [number, number])[] = [
  [1, 12],
  [1, 15],
  [1, 10],
  [1, 18.5],
  [2, 16],
  [2, 18],
  [2, 14.2],
  [3, 20],
  [3, 17],
  [3, 22],
  [5, 24],
  [8, 25],
  [8, 27.4],
  [8, 21],
  [12, 30],
];

/** Group points the way `SELECT session, COUNT(*), SUM(score), SUM(score*score) … GROUP BY session` would. */
function group(points: readonly (readonly [number, number])[]): SessionGroup[] {
  const bySession = new Map<number, SessionGroup>();
  for (const [sessionNumber, score] of points) {
    const g = bySession.get(sessionNumber) ?? { sessionNumber, count: 0, sum: 0, sumOfSquares: 0 };
    g.count += 1;
    g.sum += score;
    g.sumOfSquares += score * score;
    bySession.set(sessionNumber, g);
  }
  return [...bySession.values()];
}

/** Plain ungrouped OLS of score on ln(session), with residual SD from the residuals themselves. */
function ungroupedOls(points: readonly (readonly [number, number])[]) {
  const n = points.length;
  const xs = points.map(([s]) => Math.log(s));
  const ys = points.map(([, y]) => y);
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i]! - mx) ** 2;
    sxy += (xs[i]! - mx) * (ys[i]! - my);
  }
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  let rss = 0;
  for (let i = 0; i < n; i++) rss += (ys[i]! - intercept - slope * xs[i]!) ** 2;
  return { slope, intercept, residualSd: Math.sqrt(rss / (n - 2)) };
}

describe("intakeBand (ORS < 10 severe, 10 to < 20 moderate, 20 to ≤ 25 mild, > 25 non-clinical)", () => {
  it.each([
    [0, "SEVERE"],
    [9.9, "SEVERE"],
    [10, "MODERATE"],
    [19.9, "MODERATE"],
    [20, "MILD"],
    [25, "MILD"],
    [25.1, "NON_CLINICAL"],
    [40, "NON_CLINICAL"],
  ] as const)("%f → %s", (ors, band) => {
    expect(intakeBand(ors)).toBe(band);
  });

  it("uses configurable edges", () => {
    expect(intakeBand(11, resolveRules({ INTAKE_BAND_SEVERE_BELOW: 12 }))).toBe("SEVERE");
  });

  it("rejects an invalid ORS total", () => {
    expectField(() => intakeBand(41), "baselineOrs");
  });
});

describe("inverseNormalCdf (Acklam)", () => {
  it("matches standard normal tables", () => {
    expect(inverseNormalCdf(0.5)).toBeCloseTo(0, 9);
    expect(inverseNormalCdf(0.1)).toBeCloseTo(-1.2815516, 6);
    expect(inverseNormalCdf(0.9)).toBeCloseTo(1.2815516, 6);
    expect(inverseNormalCdf(0.975)).toBeCloseTo(1.959964, 6);
    expect(inverseNormalCdf(0.01)).toBeCloseTo(-2.3263479, 6); // lower-tail region
    expect(inverseNormalCdf(0.999)).toBeCloseTo(3.0902323, 6); // upper-tail region
  });

  it("rejects p outside (0, 1)", () => {
    expect(() => inverseNormalCdf(0)).toThrow(RangeError);
    expect(() => inverseNormalCdf(1)).toThrow(RangeError);
  });
});

describe("fitExpectedCurve (OLS of score on ln(session) from grouped sums)", () => {
  it("equals an ungrouped OLS on the same points", () => {
    const curve = fitExpectedCurve(group(POINTS));
    const direct = ungroupedOls(POINTS);
    expect(curve).not.toBeNull();
    expect(curve!.slope).toBeCloseTo(direct.slope, 10);
    expect(curve!.intercept).toBeCloseTo(direct.intercept, 10);
    expect(curve!.residualSd).toBeCloseTo(direct.residualSd, 10);
    expect(curve!.observations).toBe(POINTS.length);
  });

  it("does not depend on group order or on splitting a session into several groups", () => {
    const groups = group(POINTS);
    const split: SessionGroup[] = [...group(POINTS.slice(0, 2)), ...group(POINTS.slice(2))].reverse();
    const a = fitExpectedCurve(groups)!;
    const b = fitExpectedCurve(split)!;
    expect(b.slope).toBeCloseTo(a.slope, 10);
    expect(b.intercept).toBeCloseTo(a.intercept, 10);
    expect(b.residualSd).toBeCloseTo(a.residualSd, 10);
  });

  it("recovers an exact curve a + b·ln(s) with zero residual SD", () => {
    const points = [1, 2, 4, 8].map((s) => [s, 10 + 5 * Math.log(s)] as const);
    const curve = fitExpectedCurve(group(points))!;
    expect(curve.intercept).toBeCloseTo(10, 10);
    expect(curve.slope).toBeCloseTo(5, 10);
    expect(curve.residualSd).toBeCloseTo(0, 6);
  });

  it("passes closedCases through", () => {
    expect(fitExpectedCurve(group(POINTS), 42)!.closedCases).toBe(42);
  });

  it("returns null with a single session number or fewer than 3 scores", () => {
    expect(fitExpectedCurve([])).toBeNull();
    expect(
      fitExpectedCurve(
        group([
          [1, 10],
          [1, 12],
          [1, 14],
        ]),
      ),
    ).toBeNull();
    expect(
      fitExpectedCurve(
        group([
          [1, 10],
          [2, 12],
        ]),
      ),
    ).toBeNull();
    expect(
      fitExpectedCurve([
        { sessionNumber: 3, count: 0, sum: 0, sumOfSquares: 0 },
        ...group([
          [1, 10],
          [1, 12],
        ]),
      ]),
    ).toBeNull();
  });

  it("rejects malformed groups", () => {
    expectField(
      () => fitExpectedCurve([{ sessionNumber: 0, count: 1, sum: 1, sumOfSquares: 1 }]),
      "groups[0].sessionNumber",
    );
    expectField(() => fitExpectedCurve([{ sessionNumber: 1, count: 1.5, sum: 1, sumOfSquares: 1 }]), "groups[0].count");
    expectField(
      () => fitExpectedCurve([{ sessionNumber: 1, count: 2, sum: 10, sumOfSquares: 10 }]),
      "groups[0].sumOfSquares",
    );
    expectField(
      () => fitExpectedCurve([{ sessionNumber: 1, count: 2, sum: Number.NaN, sumOfSquares: 10 }]),
      "groups[0].sum",
    );
  });
});

describe("expectedBand", () => {
  const curve: ExpectedCurve = { intercept: 20, slope: 3, residualSd: 4, observations: 100 };

  it("expected = a + b·ln(session); lower = expected − 1.2816·SD for the 10th percentile", () => {
    const band = expectedBand(curve, 4);
    expect(band.expected).toBeCloseTo(20 + 3 * Math.log(4), 12);
    expect(band.z).toBeCloseTo(-1.2815516, 6);
    expect(band.lower).toBeCloseTo(20 + 3 * Math.log(4) - 1.2815516 * 4, 5);
    expect(band.rule).toBe("OFF_TRACK_PERCENTILE");
  });

  it("derives z from OFF_TRACK_PERCENTILE (5th percentile → z −1.6449)", () => {
    const band = expectedBand(curve, 1, resolveRules({ OFF_TRACK_PERCENTILE: 0.05 }));
    expect(band.lower).toBeCloseTo(20 - 1.6448536 * 4, 5);
  });

  it("rejects a session number below 1", () => {
    expectField(() => expectedBand(curve, 0), "sessionNumber");
  });
});

describe("assessOffTrack (docs/clinical.md)", () => {
  const curve: ExpectedCurve = { intercept: 15, slope: 5, residualSd: 3, observations: 400, closedCases: 40 };
  // At session 4: expected = 15 + 5·ln 4 = 21.93; lower = 21.93 − 1.2816·3 = 18.08.

  it("uses the expected curve with ≥ 30 closed cases: below the 10th percentile is off track", () => {
    const below = assessOffTrack({ baselineOrs: 14, latestOrs: 18, sessionNumber: 4, curve, closedCases: 30 });
    expect(below).toMatchObject({ offTrack: true, method: "EXPECTED_CURVE", rule: "EXPECTED_CURVE_BELOW_PERCENTILE" });
    expect(below.lower).toBeCloseTo(15 + 5 * Math.log(4) - 1.2815516 * 3, 5);
    const above = assessOffTrack({ baselineOrs: 14, latestOrs: 18.2, sessionNumber: 4, curve, closedCases: 30 });
    expect(above).toMatchObject({ offTrack: false, method: "EXPECTED_CURVE", rule: null });
  });

  it("falls back with fewer than 30 closed cases: no reliable improvement by session 6", () => {
    expect(assessOffTrack({ baselineOrs: 19, latestOrs: 20, sessionNumber: 6, curve, closedCases: 29 })).toMatchObject({
      offTrack: true,
      method: "FALLBACK",
      rule: "FALLBACK_NO_RELIABLE_IMPROVEMENT_BY_SESSION",
    });
    expect(
      assessOffTrack({ baselineOrs: 19, latestOrs: 20, sessionNumber: 5, curve: null, closedCases: 0 }),
    ).toMatchObject({
      offTrack: false,
      method: "FALLBACK",
      rule: null,
    });
    expect(
      assessOffTrack({ baselineOrs: 19, latestOrs: 24, sessionNumber: 6, curve: null, closedCases: 0 }),
    ).toMatchObject({
      offTrack: false,
      rule: null,
    });
  });

  it("fallback: reliable deterioration at any time", () => {
    expect(
      assessOffTrack({ baselineOrs: 19, latestOrs: 14, sessionNumber: 2, curve: null, closedCases: 100 }),
    ).toMatchObject({
      offTrack: true,
      method: "FALLBACK",
      rule: "FALLBACK_RELIABLE_DETERIORATION",
    });
  });

  it("names the rules it applied", () => {
    expect(
      assessOffTrack({ baselineOrs: 19, latestOrs: 20, sessionNumber: 6, curve: null, closedCases: 0 }).rulesApplied,
    ).toEqual(["OFF_TRACK_MIN_CLOSED_CASES", "ORS_RELIABLE_CHANGE", "OFF_TRACK_FALLBACK_SESSION"]);
  });
});
