import { Random } from "../../../server/demo/random.ts";
import type { CurveCase } from "../../../server/measures/trajectory.ts";

/** Known parameters of the two-level model score = β0 + β1·c + (β2 + β3·c)·ln t + u0 + u1·ln t + e. */
export interface CohortParameters {
  fixed: [number, number, number, number];
  interceptSd: number;
  slopeSd: number;
  correlation: number;
  residualSd: number;
  intakeMean: number;
  intakeSd: number;
  centre: number;
  /** Each client is rated at sessions 2..last, last drawn uniformly from this range. */
  lastSession: [number, number];
}

/** ORS totals are recorded to one decimal between 0 and 40. */
const ors = (value: number) => Math.round(Math.min(40, Math.max(0, value)) * 10) / 10;

/** Draws a cohort from the model with a seeded generator; the intake score is the rating at session 1. */
export function simulateCohort(parameters: CohortParameters, clients: number, seed: number): CurveCase[] {
  const random = new Random(seed);
  const { fixed: b, interceptSd, slopeSd, correlation, residualSd } = parameters;
  return Array.from({ length: clients }, () => {
    const intakeOrs = ors(random.normal(parameters.intakeMean, parameters.intakeSd));
    const c = intakeOrs - parameters.centre;
    // Correlated (u0, u1) from two independent normals (Cholesky factor of the 2×2 covariance).
    const z0 = random.normal();
    const z1 = random.normal();
    const u0 = interceptSd * z0;
    const u1 = slopeSd * (correlation * z0 + Math.sqrt(1 - correlation * correlation) * z1);
    const last = random.int(parameters.lastSession[0], parameters.lastSession[1]);
    const scores = [{ sessionNumber: 1, ors: intakeOrs }];
    for (let t = 2; t <= last; t++) {
      const x = Math.log(t);
      const mean = b[0] + b[1] * c + (b[2] + b[3] * c) * x + u0 + u1 * x;
      scores.push({ sessionNumber: t, ors: ors(mean + random.normal(0, residualSd)) });
    }
    return { intakeOrs, scores };
  });
}
