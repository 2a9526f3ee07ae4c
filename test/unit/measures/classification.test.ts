import { describe, expect, it } from "vitest";
import {
  MEASURES,
  classifyNhsPaired,
  classifyOutcome,
  describeMeasure,
  recoveryRate,
} from "../../../server/measures/classification.ts";
import { resolveRules } from "../../../server/measures/rules.ts";
import { expectField } from "./catch-error.ts";

describe("measure table (docs/clinical.md)", () => {
  it("has each measure's direction, reliable-change rule and caseness rule", () => {
    expect(MEASURES.ORS).toMatchObject({
      direction: "HIGHER_IS_BETTER",
      reliableChangeRule: "ORS_RELIABLE_CHANGE",
      casenessRule: "ORS_CLINICAL_CUTOFF_ADULT",
    });
    expect(MEASURES.SRS).toMatchObject({ direction: "HIGHER_IS_BETTER", reliableChangeRule: null, casenessRule: null });
    expect(MEASURES.PHQ9).toMatchObject({
      direction: "LOWER_IS_BETTER",
      reliableChangeRule: "PHQ9_RELIABLE_CHANGE",
      casenessRule: "PHQ9_CASENESS",
    });
    expect(MEASURES.GAD7).toMatchObject({
      direction: "LOWER_IS_BETTER",
      reliableChangeRule: "GAD7_RELIABLE_CHANGE",
      casenessRule: "GAD7_CASENESS",
    });
  });

  it("describes the configured values", () => {
    expect(describeMeasure("PHQ9")).toMatchObject({ reliableChange: 6, casenessThreshold: 10 });
    expect(describeMeasure("GAD7")).toMatchObject({ reliableChange: 4, casenessThreshold: 8 });
    expect(describeMeasure("ORS")).toMatchObject({ reliableChange: 5, casenessThreshold: 25 });
    expect(describeMeasure("ORS", undefined, "CHILD")).toMatchObject({
      casenessRule: "ORS_CLINICAL_CUTOFF_CHILD",
      casenessThreshold: 32,
    });
    expect(describeMeasure("SRS")).toMatchObject({ reliableChange: null, casenessThreshold: null });
  });
});

describe("classifyOutcome (docs/clinical.md)", () => {
  it("line 43: PHQ-9 18 → 11 is a reliable improvement, still at caseness, not recovered", () => {
    expect(classifyOutcome("PHQ9", 18, 11)).toMatchObject({
      change: -7,
      changeClass: "RELIABLE_IMPROVEMENT",
      rule: "PHQ9_RELIABLE_CHANGE",
      casenessRule: "PHQ9_CASENESS",
      casenessAtBaseline: true,
      casenessAtLatest: true,
      recovered: false,
      reliablyRecovered: false,
    });
  });

  it("line 43: 20 → 10 response; 20 → 11 no response", () => {
    expect(classifyOutcome("PHQ9", 20, 10).response).toBe(true);
    expect(classifyOutcome("PHQ9", 20, 11).response).toBe(false);
  });

  it("line 43: end 4 remission, end 5 not", () => {
    expect(classifyOutcome("PHQ9", 12, 4).remission).toBe(true);
    expect(classifyOutcome("PHQ9", 12, 5).remission).toBe(false);
  });

  it("PHQ-9 exactly 6 points is reliable, 5 is not (line 21)", () => {
    expect(classifyOutcome("PHQ9", 16, 10).changeClass).toBe("RELIABLE_IMPROVEMENT");
    expect(classifyOutcome("PHQ9", 15, 10).changeClass).toBe("NO_RELIABLE_CHANGE");
    expect(classifyOutcome("PHQ9", 10, 16).changeClass).toBe("RELIABLE_DETERIORATION");
  });

  it("PHQ-9 reliable recovery: 16 → 8", () => {
    expect(classifyOutcome("PHQ9", 16, 8)).toMatchObject({ recovered: true, reliablyRecovered: true });
    // recovered without reliable improvement: 12 → 9
    expect(classifyOutcome("PHQ9", 12, 9)).toMatchObject({
      changeClass: "NO_RELIABLE_CHANGE",
      recovered: true,
      reliablyRecovered: false,
    });
  });

  it("response and remission are null when they do not apply", () => {
    expect(classifyOutcome("PHQ9", 0, 3)).toMatchObject({ response: null, remission: true });
    expect(classifyOutcome("GAD7", 12, 4)).toMatchObject({ response: null, remission: null });
    expect(classifyOutcome("ORS", 12, 30)).toMatchObject({ response: null, remission: null });
  });

  it("clients not at caseness at baseline are left out of recovery (line 33)", () => {
    expect(classifyOutcome("PHQ9", 8, 2)).toMatchObject({
      changeClass: "RELIABLE_IMPROVEMENT",
      casenessAtBaseline: false,
      recovered: null,
      reliablyRecovered: null,
    });
  });

  it("GAD-7: 4-point rule and caseness ≥ 8 (line 22)", () => {
    expect(classifyOutcome("GAD7", 10, 6)).toMatchObject({
      change: -4,
      changeClass: "RELIABLE_IMPROVEMENT",
      rule: "GAD7_RELIABLE_CHANGE",
      recovered: true,
      reliablyRecovered: true,
    });
    expect(classifyOutcome("GAD7", 10, 7).changeClass).toBe("NO_RELIABLE_CHANGE");
    expect(classifyOutcome("GAD7", 3, 8)).toMatchObject({
      changeClass: "RELIABLE_DETERIORATION",
      casenessAtLatest: true,
      recovered: null,
    });
  });

  it("line 46: ORS 19 → 24 reliable improvement under the 5-point rule (still clinical, so not recovered)", () => {
    expect(classifyOutcome("ORS", 19, 24)).toMatchObject({
      change: 5,
      changeClass: "RELIABLE_IMPROVEMENT",
      rule: "ORS_RELIABLE_CHANGE",
      casenessRule: "ORS_CLINICAL_CUTOFF_ADULT",
      casenessAtBaseline: true,
      casenessAtLatest: true,
      recovered: false,
    });
  });

  it("ORS: one-decimal totals are compared without float noise, and direction is higher = better", () => {
    // 8.2 − 3.2 is 4.999999999999999 in binary floating point; it is a 5-point change.
    expect(classifyOutcome("ORS", 3.2, 8.2)).toMatchObject({ change: 5, changeClass: "RELIABLE_IMPROVEMENT" });
    expect(classifyOutcome("ORS", 19, 23.9).changeClass).toBe("NO_RELIABLE_CHANGE");
    expect(classifyOutcome("ORS", 24, 19).changeClass).toBe("RELIABLE_DETERIORATION");
    expect(classifyOutcome("ORS", 20, 26)).toMatchObject({ recovered: true, reliablyRecovered: true });
  });

  it("ORS children use the CORS cut-off 32", () => {
    expect(classifyOutcome("ORS", 20, 30, undefined, "CHILD")).toMatchObject({
      casenessRule: "ORS_CLINICAL_CUTOFF_CHILD",
      casenessAtLatest: true,
      recovered: false,
    });
  });

  it("SRS has no caseness and no reliable-change value", () => {
    expect(classifyOutcome("SRS", 30, 38)).toMatchObject({
      change: 8,
      changeClass: null,
      rule: null,
      casenessAtBaseline: null,
      casenessAtLatest: null,
      recovered: null,
      reliablyRecovered: null,
    });
  });

  it("names the rule and applies a clinic's override", () => {
    const rules = resolveRules({ PHQ9_RELIABLE_CHANGE: 5 });
    expect(classifyOutcome("PHQ9", 15, 10, rules)).toMatchObject({
      changeClass: "RELIABLE_IMPROVEMENT",
      rule: "PHQ9_RELIABLE_CHANGE",
    });
  });

  it("validates the totals", () => {
    expectField(() => classifyOutcome("PHQ9", 28, 10), "baseline");
    expectField(() => classifyOutcome("GAD7", 10, 22), "latest");
    expectField(() => classifyOutcome("ORS", 20, 24.25), "latest");
    expectField(() => classifyOutcome("PHQ9", Number.NaN, 10), "baseline");
    expectField(() => classifyOutcome("XYZ" as "ORS", 1, 2), "measure");
  });
});

describe("classifyNhsPaired (NHS Talking Therapies; docs/clinical.md)", () => {
  it("line 43: PHQ-9 12 / GAD-7 9 → 5 / 4 is a reliable recovery", () => {
    expect(classifyNhsPaired({ phq9: [12, 5], gad7: [9, 4] })).toMatchObject({
      changeClass: "RELIABLE_IMPROVEMENT",
      casenessAtBaseline: true,
      casenessAtLatest: false,
      recovered: true,
      reliablyRecovered: true,
    });
  });

  it("caseness on either measure: GAD-7 only at start counts", () => {
    expect(classifyNhsPaired({ phq9: [6, 3], gad7: [10, 5] })).toMatchObject({
      casenessAtBaseline: true,
      recovered: true,
    });
  });

  it("recovery needs both measures below caseness at the end", () => {
    expect(classifyNhsPaired({ phq9: [12, 5], gad7: [9, 8] })).toMatchObject({
      recovered: false,
      reliablyRecovered: false,
    });
  });

  it("a reliable decrease on one and no reliable increase on the other is an improvement", () => {
    expect(classifyNhsPaired({ phq9: [15, 9], gad7: [9, 11] }).changeClass).toBe("RELIABLE_IMPROVEMENT");
  });

  it("a reliable decrease on one and a reliable increase on the other is no reliable change", () => {
    expect(classifyNhsPaired({ phq9: [15, 9], gad7: [5, 9] }).changeClass).toBe("NO_RELIABLE_CHANGE");
  });

  it("reliable deterioration; not at caseness at start → recovered null", () => {
    expect(classifyNhsPaired({ phq9: [5, 11], gad7: [4, 5] })).toMatchObject({
      changeClass: "RELIABLE_DETERIORATION",
      casenessAtBaseline: false,
      recovered: null,
      reliablyRecovered: null,
    });
  });

  it("recovered without reliable improvement is not reliable recovery", () => {
    expect(classifyNhsPaired({ phq9: [10, 9], gad7: [7, 6] })).toMatchObject({
      changeClass: "NO_RELIABLE_CHANGE",
      recovered: true,
      reliablyRecovered: false,
    });
  });

  it("validates the scores", () => {
    expectField(() => classifyNhsPaired({ phq9: [28, 5], gad7: [9, 4] }), "phq9[0]");
    expectField(() => classifyNhsPaired({ phq9: [12, 5], gad7: [9, 22] }), "gad7[1]");
    expectField(() => classifyNhsPaired({ phq9: [12] as unknown as [number, number], gad7: [9, 4] }), "phq9");
  });
});

describe("recoveryRate (docs/clinical.md)", () => {
  it("worked figure: 23,291 / (48,111 − 2,957) = 51.6%", () => {
    const result = recoveryRate({ recovered: 23291, finished: 48111, notAtCasenessAtStart: 2957 });
    expect(result.denominator).toBe(45154);
    expect(((result.rate ?? Number.NaN) * 100).toFixed(1)).toBe("51.6");
  });

  it("rate is null when nobody finished at caseness", () => {
    expect(recoveryRate({ recovered: 0, finished: 4, notAtCasenessAtStart: 4 })).toEqual({
      rate: null,
      denominator: 0,
    });
  });

  it("rejects impossible counts", () => {
    expectField(() => recoveryRate({ recovered: 5, finished: 10, notAtCasenessAtStart: 6 }), "recovered");
    expectField(() => recoveryRate({ recovered: 1, finished: 3, notAtCasenessAtStart: 4 }), "notAtCasenessAtStart");
    expectField(() => recoveryRate({ recovered: -1, finished: 3, notAtCasenessAtStart: 0 }), "recovered");
    expectField(() => recoveryRate({ recovered: 1, finished: 2.5, notAtCasenessAtStart: 0 }), "finished");
  });
});
