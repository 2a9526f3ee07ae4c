import { describe, expect, it } from "vitest";
import { DEFAULT_RULES, RULE_NAMES } from "../../../server/measures/rules.ts";
import { PLAN_COMPARISON_MIN_AFTER_DAYS } from "../../../server/progress/plan-comparison.ts";
import { RULE_WORDS, ruleInWords } from "../../../web/src/components/rule-words.ts";

const KEY = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/;

describe("rules in words", () => {
  it("has words for every configurable rule, and for the plan comparison's minimum window", () => {
    const missing = [...RULE_NAMES, "PLAN_COMPARISON_MIN_AFTER_DAYS"].filter((name) => !(name in RULE_WORDS));
    expect(missing).toEqual([]);
  });

  it.each(RULE_NAMES.map((name) => [name]))("says %s with its default value and no key", (name) => {
    const said = ruleInWords(`${name} = ${DEFAULT_RULES[name]}`);
    expect(said).not.toMatch(KEY);
    expect(said.length).toBeGreaterThan(5);
  });

  it("reads the rules the summary states", () => {
    expect(ruleInWords("PHQ9_ITEM9_RISK_ABOVE = 0")).toBe("PHQ-9 item 9 above 0");
    expect(ruleInWords("ORS_RELIABLE_CHANGE = 5")).toBe("a reliable ORS change is 5 points or more");
    expect(
      ruleInWords(
        "OFF_TRACK_PERCENTILE = 0.1 of the expected ORS curve for the client's intake score (41 of the clinic's cases closed before 2026-11-01; OFF_TRACK_MIN_CLOSED_CASES = 30)",
      ),
    ).toBe(
      "below the 10th percentile of the expected ORS curve for the client's intake score (41 of the clinic's cases closed before 2026-11-01; a curve needs 30 closed cases)",
    );
    expect(ruleInWords("HOMEWORK_COMPLETION_ALERT_BELOW = 0.5, HOMEWORK_ALERT_WEEKS = 4")).toBe(
      "homework completion below 50%, over the last 4 weeks",
    );
    expect(ruleInWords("CRISIS_FLAG: the latest attended session addressed a crisis")).toBe(
      "Crisis flag: the latest attended session addressed a crisis",
    );
    expect(ruleInWords(`PLAN_COMPARISON_MIN_AFTER_DAYS = ${PLAN_COMPARISON_MIN_AFTER_DAYS}`)).toBe(
      `compared from ${PLAN_COMPARISON_MIN_AFTER_DAYS} days after`,
    );
  });

  it("never shows a key it does not know", () => {
    expect(ruleInWords("SOME_NEWER_RULE = 3 and OTHER_RULE")).toBe("a configured rule (3) and a configured rule");
  });
});
