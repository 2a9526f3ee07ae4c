/**
 * `npm run evaluate`: simulate clinics, judge them with both off-track methods, and write docs/alert-accuracy.md.
 * Deterministic: the same seed (EVALUATE_SEED, default below) writes the same file.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_RULES } from "../../server/measures/rules.ts";
import { accuracyRow, curveShare, endOfCourseAuc, JUDGED_SESSIONS, METHODS, runScenario } from "./harness.ts";
import { BASE_PARAMETERS, type SimulationParameters } from "./parameters.ts";
import { renderReport, type ScenarioReport } from "./report.ts";

const DEFAULT_SEED = 20261202;
const REPLICATIONS = 20;
const RESAMPLES = 200;

const seed = Number(process.env.EVALUATE_SEED ?? DEFAULT_SEED);
if (!Number.isInteger(seed) || seed < 0)
  throw new Error(`EVALUATE_SEED must be a whole number ≥ 0, got ${process.env.EVALUATE_SEED}`);
const rules = DEFAULT_RULES;

const scenarios: { name: string; parameters: SimulationParameters; sessions: readonly number[] }[] = [
  {
    name: `Main run (noise autocorrelation ${BASE_PARAMETERS.noiseAutocorrelation})`,
    parameters: BASE_PARAMETERS,
    sessions: JUDGED_SESSIONS,
  },
  { name: "noise autocorrelation 0.6", parameters: { ...BASE_PARAMETERS, noiseAutocorrelation: 0.6 }, sessions: [6] },
  {
    name: "ORS test–retest reliability 0.80",
    parameters: { ...BASE_PARAMETERS, retestReliability: 0.8 },
    sessions: [6],
  },
  {
    name: "correlation of true change between the ORS and the truth measure 0.8",
    parameters: { ...BASE_PARAMETERS, outcomeChangeCorrelation: 0.8 },
    sessions: [6],
  },
];

const started = Date.now();
const reports: ScenarioReport[] = scenarios.map(({ name, parameters, sessions }) => {
  const run = runScenario(parameters, seed, REPLICATIONS, rules);
  const rows = METHODS.flatMap((m) => sessions.map((k) => accuracyRow(run, m, k, seed, RESAMPLES)));
  return {
    name,
    parameters,
    rows,
    checks: run.checks,
    curveShare: curveShare(run),
    endOfCourseAuc: endOfCourseAuc(run, seed, RESAMPLES),
  };
});
const file = path.resolve("docs/alert-accuracy.md");
writeFileSync(
  file,
  renderReport({ seed, replications: REPLICATIONS, resamples: RESAMPLES, rules, scenarios: reports }),
);
console.log(`Wrote ${path.relative(process.cwd(), file)} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
