import { describe, expect, it } from "vitest";
import { resolveRules } from "../../../server/measures/rules.ts";
import {
  assessOffTrack,
  expectedBand,
  intakeBand,
  inverseNormalCdf,
  type ExpectedCurve,
} from "../../../server/measures/trajectory.ts";
import { expectField } from "./catch-error.ts";

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

describe("expectedBand (within-client prediction interval)", () => {
  // A hand-made curve: β = (20, 0.5, 3, −0.1) around an intake centre of 20, σ = 3, and fixed-part variances of
  // 0.04 (intercept) and 0.01 (ln-session slope) with no covariances.
  const curve = handCurve();

  it("expected = β0 + β1·c + (β2 + β3·c)·ln t; lower = expected − 1.2816·√(σ² + Var(expected))", () => {
    const band = expectedBand(curve, 16, 4);
    // c = 16 − 20 = −4: expected = 20 − 2 + (3 + 0.4)·ln 4; Var(expected) = 0.04 + 0.01·(ln 4)².
    const expected = 18 + 3.4 * Math.log(4);
    const sd = Math.sqrt(9 + 0.04 + 0.01 * Math.log(4) ** 2);
    expect(band.expected).toBeCloseTo(expected, 12);
    expect(band.predictionSd).toBeCloseTo(sd, 12);
    expect(band.z).toBeCloseTo(-1.2815516, 6);
    expect(band.lower).toBeCloseTo(expected - 1.2815516 * sd, 5);
    expect(band.rule).toBe("OFF_TRACK_PERCENTILE");
  });

  it("derives z from OFF_TRACK_PERCENTILE (5th percentile → z −1.6449)", () => {
    const band = expectedBand(curve, 20, 1, resolveRules({ OFF_TRACK_PERCENTILE: 0.05 }));
    expect(band.lower).toBeCloseTo(20 - 1.6448536 * Math.sqrt(9.04), 5);
  });

  it("rejects a session number below 1 and an invalid intake score", () => {
    expectField(() => expectedBand(curve, 20, 0), "sessionNumber");
    expectField(() => expectedBand(curve, 41, 2), "baselineOrs");
  });
});

/** A curve written out by hand, so that bands can be worked out in the test. */
function handCurve(): ExpectedCurve {
  return {
    fixed: [20, 0.5, 3, -0.1],
    fixedCovariance: [
      [0.04, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0.01, 0],
      [0, 0, 0, 0],
    ],
    random: { interceptVariance: 9, slopeVariance: 1, covariance: 0 },
    residualSd: 3,
    cases: 40,
    observations: 400,
    logLikelihood: -1000,
    iterations: 10,
    converged: true,
    intakeCentre: 20,
  };
}

describe("assessOffTrack (docs/clinical.md)", () => {
  const curve = handCurve();
  // Intake 16 at session 4: expected = 18 + 3.4·ln 4 = 22.713; lower = 22.713 − 1.2816·√(9.04 + 0.01·(ln 4)²) = 18.856.

  it("uses the expected curve with ≥ 30 closed cases: below the 10th percentile is off track", () => {
    const below = assessOffTrack({ baselineOrs: 16, latestOrs: 18.8, sessionNumber: 4, curve, closedCases: 30 });
    expect(below).toMatchObject({ offTrack: true, method: "EXPECTED_CURVE", rule: "EXPECTED_CURVE_BELOW_PERCENTILE" });
    const lower = 18 + 3.4 * Math.log(4) - 1.2815516 * Math.sqrt(9.04 + 0.01 * Math.log(4) ** 2);
    expect(below.lower).toBeCloseTo(lower, 5);
    expect(below.lower).toBeCloseTo(18.856, 3);
    const above = assessOffTrack({ baselineOrs: 16, latestOrs: 18.9, sessionNumber: 4, curve, closedCases: 30 });
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
