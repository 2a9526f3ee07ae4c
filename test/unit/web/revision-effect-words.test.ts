import { describe, expect, it } from "vitest";
import { segmentedCountFit, segmentedLinearFit } from "../../../server/measures/segmented.ts";
import { effectInWords, type Effect } from "../../../web/src/features/client/revision-effect-words.ts";

const SIDES = { weeksBefore: 8, weeksAfter: 8, pointsBefore: 8, pointsAfter: 8, confidence: 0.95 };
const weeks = [-7.5, -6.5, -5.5, -4.5, -3.5, -2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5];

/** An effect as the server sends it, from a fit of counts written out here. */
function episodeEffect(counts: number[]): Effect {
  const fit = segmentedCountFit(weeks.map((time, i) => ({ time, count: counts[i]! })))!;
  return {
    ...SIDES,
    enough: true,
    shortfall: null,
    model: fit.model,
    minimumRule: "PLAN_EFFECT_MIN_WEEKS = 4",
    dispersion: fit.dispersion,
    trendBefore: fit.trendBefore,
    levelChange: fit.levelChange,
    slopeChange: fit.slopeChange,
  };
}

describe("a plan revision's effect in words", () => {
  it("says a fall already under way was under way, and credits no change to the revision", () => {
    // 16 weeks of a steady halving every 4 weeks, from 16 a week down to 1: no break at the revision.
    const counts = weeks.map((t) => Math.round(16 * 2 ** (-(t + 7.5) / 4)));
    const effect = episodeEffect(counts);
    const words = effectInWords(effect, "episodes");
    expect(effect.levelChange!.lower).toBeLessThan(1);
    expect(effect.levelChange!.upper).toBeGreaterThan(1);
    expect(words).toMatch(/^Episodes were already falling before the change; no clear change in level at the change/);
    expect(words).not.toMatch(/a fall in level/);
  });

  it("names a fall at the revision when the interval lies below no change", () => {
    const counts = weeks.map((t) => (t < 0 ? 30 : 10) + (Math.round(t + 0.5) % 2 === 0 ? 1 : -1));
    const words = effectInWords(episodeEffect(counts), "episodes");
    expect(words).toMatch(/^Episodes showed no clear trend before the change; a fall in level at the change/);
    expect(words).toContain("95% interval");
  });

  it("says the ORS change in points", () => {
    const fit = segmentedLinearFit(weeks.map((time, i) => ({ time, value: (time < 0 ? 15 : 25) + (i % 3) - 1 })))!;
    const words = effectInWords(
      {
        ...SIDES,
        enough: true,
        shortfall: null,
        minimumRule: "PLAN_EFFECT_MIN_ORS_POINTS = 3",
        ...fit,
      },
      "ORS",
    );
    // The planted rise is 10 points; the fit gives it to one decimal.
    expect(fit.levelChange.estimate).toBeGreaterThan(9);
    expect(fit.levelChange.estimate).toBeLessThan(11);
    expect(words).toContain(
      `ORS scores showed no clear trend before the change; a rise in level at the change, beyond that trend (+${
        Math.round(fit.levelChange.estimate * 10) / 10
      } points, 95% interval +`,
    );
  });

  it("says too few weeks to tell, with the numbers", () => {
    const words = effectInWords(
      {
        ...SIDES,
        weeksBefore: 2,
        weeksAfter: 5,
        enough: false,
        shortfall: "TOO_FEW_WEEKS",
        model: null,
        minimumRule: "PLAN_EFFECT_MIN_WEEKS = 4",
        dispersion: null,
        trendBefore: null,
        levelChange: null,
        slopeChange: null,
      },
      "episodes",
    );
    expect(words).toBe(
      "Episodes: too few weeks to tell (2 full weeks before the change and 5 after; 4 each side are needed).",
    );
  });
});
