import { describe, expect, it } from "vitest";
import { DEFAULT_RULES } from "../../../server/measures/rules.ts";
import { assessOffTrack, expectedBand, fitExpectedCurve } from "../../../server/measures/trajectory.ts";
import { expectField } from "./catch-error.ts";
import { simulateCohort, type CohortParameters } from "./simulated-cohort.ts";

/**
 * A cohort that improves as published for the ORS: intake scores around 19, inside the adult clinical range (ORS 25
 * or less), and a mean gain of about 6.5 points by session 10, inside the 5 to 8 points of ORS gain that Miller and
 * colleagues report for outpatient courses. For an intake of 19 (c = −1): expected session-10 score
 * = 20 − 0.6 + (2.5 + 0.15)·ln 10 = 25.5, a gain of 6.5.
 */
const PUBLISHED_LIKE: CohortParameters = {
  fixed: [20, 0.6, 2.5, -0.15],
  interceptSd: 3,
  slopeSd: 1.5,
  correlation: -0.3,
  residualSd: 3,
  intakeMean: 19,
  intakeSd: 5,
  centre: 20,
  lastSession: [8, 12],
};

describe("fitExpectedCurve (two-level model on ln(session), Finch, Lambert and Schaalje 2001)", () => {
  const cohort = simulateCohort(PUBLISHED_LIKE, 400, 20260101);
  const curve = fitExpectedCurve(cohort)!;

  it("the simulated cohort gains what published ORS courses gain (5 to 8 points by session 10)", () => {
    const gains = cohort.map((c) => c.scores.find((s) => s.sessionNumber === 8)!.ors - c.intakeOrs);
    const mean = gains.reduce((a, b) => a + b, 0) / gains.length;
    // By session 8 rather than 10, because every simulated client reaches session 8.
    expect(mean).toBeGreaterThan(5);
    expect(mean).toBeLessThan(8);
  });

  it("recovers the parameters it was simulated with (400 clients, sessions 2 to 8–12)", () => {
    expect(curve).not.toBeNull();
    expect(curve.converged).toBe(true);
    expect(curve.cases).toBe(400);
    // Each client contributes its ratings from session 2 on; session 1 is the intake score, the covariate.
    expect(curve.observations).toBe(cohort.reduce((sum, c) => sum + c.scores.length - 1, 0));
    // Fixed effects: within 3 of the fit's own standard errors (a correct fit misses that by chance 0.3% per effect).
    curve.fixed.forEach((estimate, i) => {
      const se = Math.sqrt(curve.fixedCovariance[i]![i]!);
      expect(Math.abs(estimate - PUBLISHED_LIKE.fixed[i]!)).toBeLessThan(3 * se);
    });
    // Variance parts: EM gives no standard errors, so the tolerances come from repeating this design over twelve
    // seeds: σ stayed within 3% of 3, the intercept SD within 15% of 3, the slope SD within 14% of 1.5 and the
    // correlation within 0.22 of −0.3. The bounds below are about 1.5 times those ranges.
    expect(curve.residualSd).toBeGreaterThan(3 * 0.95);
    expect(curve.residualSd).toBeLessThan(3 * 1.05);
    const interceptSd = Math.sqrt(curve.random.interceptVariance);
    const slopeSd = Math.sqrt(curve.random.slopeVariance);
    expect(Math.abs(interceptSd - 3) / 3).toBeLessThan(0.22);
    expect(Math.abs(slopeSd - 1.5) / 1.5).toBeLessThan(0.22);
    expect(Math.abs(curve.random.covariance / (interceptSd * slopeSd) - -0.3)).toBeLessThan(0.33);
  });

  it("flags a flat course by session 6, which the curve of an improving cohort does not expect", () => {
    // Intake 18, then 18 ± noise: no gain at all.
    const flat = [18.4, 17.6, 18.9, 17.8, 18.3];
    const judgements = flat.map((latestOrs, i) =>
      assessOffTrack({ baselineOrs: 18, latestOrs, sessionNumber: i + 2, curve, closedCases: curve.cases }),
    );
    expect(judgements.every((j) => j.method === "EXPECTED_CURVE")).toBe(true);
    expect(judgements.at(-1)).toMatchObject({ offTrack: true, rule: "EXPECTED_CURVE_BELOW_PERCENTILE" });
    // The band sits closer to the expected score than the ORS reliable change, so a shortfall of one reliable
    // change is always below it.
    const band = expectedBand(curve, 18, 6);
    expect(band.expected - band.lower).toBeLessThan(DEFAULT_RULES.ORS_RELIABLE_CHANGE);
    // The band uses the within-client σ, not the spread between clients: its SD is σ plus the small uncertainty of
    // the fixed part, below the SD of all session-6 scores around the curve.
    const atSix = cohort.map((c) => {
      const score = c.scores.find((s) => s.sessionNumber === 6)!.ors;
      return score - expectedBand(curve, c.intakeOrs, 6).expected;
    });
    const pooledSd = Math.sqrt(atSix.reduce((sum, r) => sum + r * r, 0) / (atSix.length - 1));
    expect(band.predictionSd).toBeLessThan(curve.residualSd * 1.02);
    expect(pooledSd).toBeGreaterThan(band.predictionSd * 1.3);
  });

  it("does not flag a client who follows the expected course", () => {
    const onCourse = [2, 3, 4, 5, 6].map((t) => Math.round(expectedBand(curve, 18, t).expected * 10) / 10);
    for (const [i, latestOrs] of onCourse.entries()) {
      const judgement = assessOffTrack({ baselineOrs: 18, latestOrs, sessionNumber: i + 2, curve, closedCases: 400 });
      expect(judgement).toMatchObject({ method: "EXPECTED_CURVE", offTrack: false });
    }
  });

  it("returns null when the data cannot carry the model", () => {
    expect(fitExpectedCurve([])).toBeNull();
    // Four cases are too few.
    expect(fitExpectedCurve(cohort.slice(0, 4))).toBeNull();
    // One rating from session 2 on per case: no case estimates its own slope.
    expect(fitExpectedCurve(cohort.map((c) => ({ ...c, scores: c.scores.slice(0, 2) })))).toBeNull();
    // Every case with the same intake score: the intake terms are not identified.
    expect(fitExpectedCurve(cohort.slice(0, 50).map((c) => ({ ...c, intakeOrs: 20 })))).toBeNull();
  });

  it("ignores session-1 ratings: the intake score is the covariate, not an outcome", () => {
    const withoutIntake = cohort
      .slice(0, 60)
      .map((c) => ({ ...c, scores: c.scores.filter((s) => s.sessionNumber > 1) }));
    const a = fitExpectedCurve(cohort.slice(0, 60))!;
    const b = fitExpectedCurve(withoutIntake)!;
    expect(b.fixed).toEqual(a.fixed);
    expect(b.observations).toBe(a.observations);
  });

  it("rejects invalid cases with the field that is wrong", () => {
    expectField(() => fitExpectedCurve([{ intakeOrs: 41, scores: [] }]), "cases[0].intakeOrs");
    expectField(
      () => fitExpectedCurve([{ intakeOrs: 20, scores: [{ sessionNumber: 0, ors: 20 }] }]),
      "cases[0].scores[0].sessionNumber",
    );
    expectField(
      () => fitExpectedCurve([{ intakeOrs: 20, scores: [{ sessionNumber: 2, ors: Number.NaN }] }]),
      "cases[0].scores[0].ors",
    );
  });
});
