import { describe, expect, it } from "vitest";
import { DEFAULT_RULES, RULE_INFO, RULE_NAMES, resolveRules } from "../../../server/measures/rules.ts";

describe("DEFAULT_RULES (docs/clinical.md)", () => {
  it("holds the published defaults", () => {
    expect(DEFAULT_RULES).toMatchObject({
      ORS_ITEM_MIN: 0,
      ORS_ITEM_MAX: 10,
      ORS_CLINICAL_CUTOFF_ADULT: 25,
      ORS_CLINICAL_CUTOFF_CHILD: 32,
      ORS_RELIABLE_CHANGE: 5,
      SRS_ITEM_MIN: 0,
      SRS_ITEM_MAX: 10,
      SRS_ALLIANCE_CUTOFF: 36,
      SRS_ALLIANCE_DROP: 1,
      PHQ9_ITEM_MAX: 3,
      PHQ9_CASENESS: 10,
      PHQ9_RELIABLE_CHANGE: 6,
      PHQ9_MINIMAL_IMPORTANT_CHANGE: 5,
      PHQ9_RESPONSE_FRACTION: 0.5,
      PHQ9_REMISSION_BELOW: 5,
      PHQ9_ITEM9_RISK_ABOVE: 0,
      GAD7_ITEM_MAX: 3,
      GAD7_CASENESS: 8,
      GAD7_RELIABLE_CHANGE: 4,
      WEEK_RATING_MIN: 0,
      WEEK_RATING_MAX: 10,
      RCI_CRITICAL_Z: 1.96,
      OFF_TRACK_MIN_CLOSED_CASES: 30,
      OFF_TRACK_PERCENTILE: 0.1,
      OFF_TRACK_FALLBACK_SESSION: 6,
      HOMEWORK_COMPLETION_ALERT_BELOW: 0.5,
      HOMEWORK_ALERT_WEEKS: 3,
      HOMEWORK_ALERT_MIN_REVIEWED: 2,
      EPISODES_RISING_BUCKETS: 3,
      PLAN_COMPARISON_WINDOW_WEEKS: 8,
      RATE_RATIO_CONFIDENCE: 0.95,
      MIN_CELL_SIZE: 11,
    });
  });

  it("is frozen", () => {
    expect(Object.isFrozen(DEFAULT_RULES)).toBe(true);
  });

  it("has metadata for every rule, and the ORS reliable change is flagged as unconfirmed (?)", () => {
    expect(Object.keys(RULE_INFO).sort()).toEqual([...RULE_NAMES].sort());
    expect(RULE_INFO.ORS_RELIABLE_CHANGE.unconfirmed).toBe(true);
    expect(RULE_INFO.PHQ9_RELIABLE_CHANGE.unconfirmed).toBe(false);
  });
});

describe("resolveRules", () => {
  it("returns the defaults when there are no overrides", () => {
    expect(resolveRules(undefined)).toEqual(DEFAULT_RULES);
    expect(resolveRules({})).toEqual(DEFAULT_RULES);
  });

  it("merges a partial plain object (e.g. parsed JSON) and freezes the result", () => {
    const rules = resolveRules(JSON.parse('{"PHQ9_RELIABLE_CHANGE": 5, "ORS_CLINICAL_CUTOFF_ADULT": 24}'));
    expect(rules.PHQ9_RELIABLE_CHANGE).toBe(5);
    expect(rules.ORS_CLINICAL_CUTOFF_ADULT).toBe(24);
    expect(rules.GAD7_CASENESS).toBe(8);
    expect(Object.isFrozen(rules)).toBe(true);
    expect(DEFAULT_RULES.PHQ9_RELIABLE_CHANGE).toBe(6);
  });

  it("rejects unknown keys, naming the key", () => {
    expect(() => resolveRules({ PHQ9_RELIABLE_CHANG: 5 })).toThrow(/Unknown clinical rule "PHQ9_RELIABLE_CHANG"/);
    // Inherited Object.prototype names are not rules either.
    expect(() => resolveRules(JSON.parse('{"__proto__": 1}'))).toThrow(/Unknown clinical rule "__proto__"/);
    expect(() => resolveRules({ toString: 1 })).toThrow(/Unknown clinical rule "toString"/);
  });

  it("rejects wrongly typed and non-finite values, naming the key", () => {
    expect(() => resolveRules({ PHQ9_CASENESS: "10" })).toThrow(/PHQ9_CASENESS.*number/);
    expect(() => resolveRules({ PHQ9_CASENESS: null })).toThrow(/PHQ9_CASENESS/);
    expect(() => resolveRules({ GAD7_CASENESS: Number.NaN })).toThrow(/GAD7_CASENESS.*finite/);
    expect(() => resolveRules({ RCI_CRITICAL_Z: Number.POSITIVE_INFINITY })).toThrow(/RCI_CRITICAL_Z.*finite/);
  });

  it("rejects values outside a rule's constraint, naming the key", () => {
    expect(() => resolveRules({ OFF_TRACK_PERCENTILE: 1.5 })).toThrow(/OFF_TRACK_PERCENTILE/);
    expect(() => resolveRules({ OFF_TRACK_MIN_CLOSED_CASES: 2.5 })).toThrow(/OFF_TRACK_MIN_CLOSED_CASES/);
    expect(() => resolveRules({ PHQ9_RELIABLE_CHANGE: 0 })).toThrow(/PHQ9_RELIABLE_CHANGE/);
    expect(() => resolveRules({ MIN_CELL_SIZE: -1 })).toThrow(/MIN_CELL_SIZE/);
  });

  it("rejects broken orderings (item min ≥ max, band edges out of order)", () => {
    expect(() => resolveRules({ ORS_ITEM_MIN: 10 })).toThrow(/ORS_ITEM_MIN/);
    expect(() => resolveRules({ PHQ9_BAND_MODERATE_MIN: 16 })).toThrow(/PHQ9_BAND_MODERATE_MIN/);
  });

  it("rejects non-objects", () => {
    expect(() => resolveRules(null)).toThrow(/plain object/);
    expect(() => resolveRules([1, 2])).toThrow(/plain object/);
    expect(() => resolveRules("PHQ9_CASENESS=10")).toThrow(/plain object/);
    expect(() => resolveRules(new Map())).toThrow(/plain object/);
  });
});
