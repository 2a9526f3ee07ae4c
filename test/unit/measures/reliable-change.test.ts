import { describe, expect, it } from "vitest";
import {
  clinicalCutoffs,
  differenceStandardError,
  isReliableChange,
  reliableChangeIndex,
  smallestReliableChange,
  standardError,
} from "../../../server/measures/reliable-change.ts";
import { resolveRules } from "../../../server/measures/rules.ts";

describe("Jacobson & Truax (1991), docs/clinical.md", () => {
  it("line 40: SD_pre 5, r .80 → SE 2.23607, S_diff 3.16228, smallest reliable change 6.198", () => {
    const se = standardError(5, 0.8);
    expect(se).toBeCloseTo(2.23607, 5);
    const sDiff = differenceStandardError(se);
    expect(sDiff).toBeCloseTo(3.16228, 5);
    expect(smallestReliableChange(sDiff)).toBeCloseTo(6.198, 3);
  });

  it("line 40: change 8 → RCI 2.5298 (reliable); change 4 → 1.2649 (not)", () => {
    const sDiff = differenceStandardError(standardError(5, 0.8));
    const big = reliableChangeIndex(10, 18, sDiff);
    expect(big).toBeCloseTo(2.5298, 4);
    expect(isReliableChange(big)).toBe(true);
    const small = reliableChangeIndex(10, 14, sDiff);
    expect(small).toBeCloseTo(1.2649, 4);
    expect(isReliableChange(small)).toBe(false);
    // A decrease of 8 is just as reliable (two-sided).
    expect(reliableChangeIndex(18, 10, sDiff)).toBeCloseTo(-2.5298, 4);
    expect(isReliableChange(reliableChangeIndex(18, 10, sDiff))).toBe(true);
  });

  it("line 41: SEM 3.07 → S_diff 4.3416, threshold 8.5096; pre 24, post 35 → reliable", () => {
    const sDiff = differenceStandardError(3.07);
    expect(sDiff).toBeCloseTo(4.3416, 4);
    expect(smallestReliableChange(sDiff)).toBeCloseTo(8.5096, 4);
    expect(isReliableChange(reliableChangeIndex(24, 35, sDiff))).toBe(true);
    expect(isReliableChange(reliableChangeIndex(24, 32, sDiff))).toBe(false);
  });

  it("line 42: M_clin 32 SD 7, M_fun 10 SD 7 → a 18, b 24, c 21", () => {
    const cut = clinicalCutoffs({ meanClinical: 32, sdClinical: 7, meanFunctional: 10, sdFunctional: 7 });
    expect(cut.a).toBeCloseTo(18, 10);
    expect(cut.b).toBeCloseTo(24, 10);
    expect(cut.c).toBeCloseTo(21, 10);
  });

  it("c weights the means by the other group's SD (line 38)", () => {
    // (SD_fun·M_clin + SD_clin·M_fun)/(SD_fun + SD_clin) = (4·30 + 8·12)/12 = 18
    expect(clinicalCutoffs({ meanClinical: 30, sdClinical: 8, meanFunctional: 12, sdFunctional: 4 }).c).toBeCloseTo(
      18,
      10,
    );
  });

  it("uses the configured critical z", () => {
    const rules = resolveRules({ RCI_CRITICAL_Z: 2.58 });
    expect(smallestReliableChange(1, rules)).toBeCloseTo(2.58, 10);
    expect(isReliableChange(2.2, rules)).toBe(false);
    expect(isReliableChange(2.2)).toBe(true);
  });

  it("rejects non-positive SDs and reliability outside [0, 1)", () => {
    expect(() => standardError(0, 0.8)).toThrow(/sdPre/);
    expect(() => standardError(-5, 0.8)).toThrow(/sdPre/);
    expect(() => standardError(5, 1)).toThrow(/reliability/);
    expect(() => standardError(5, -0.1)).toThrow(/reliability/);
    expect(() => standardError(5, Number.NaN)).toThrow(/reliability/);
    expect(() => differenceStandardError(0)).toThrow(/se/);
    expect(() => reliableChangeIndex(1, 2, 0)).toThrow(/sDiff/);
    expect(() => clinicalCutoffs({ meanClinical: 32, sdClinical: 0, meanFunctional: 10, sdFunctional: 7 })).toThrow(
      /sdClinical/,
    );
    expect(() => clinicalCutoffs({ meanClinical: 32, sdClinical: 7, meanFunctional: 10, sdFunctional: -7 })).toThrow(
      /sdFunctional/,
    );
  });

  it("reliability 0 is allowed: SE equals the SD", () => {
    expect(standardError(5, 0)).toBe(5);
  });
});
