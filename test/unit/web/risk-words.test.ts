import { describe, expect, it } from "vitest";
import { ruleInWords } from "../../../web/src/components/rule-words.ts";
import { RISK_ACTIONS, RISK_ACTION_WORDS, openFor } from "../../../web/src/features/caseload/risk-words.ts";

const raisedAt = "2026-12-02T08:00:00.000Z";
const later = (minutes: number, seconds = 0) => Date.parse(raisedAt) + minutes * 60_000 + seconds * 1000;

describe("how long a safety alert has been open", () => {
  it("says minutes under the hour", () => {
    expect(openFor(raisedAt, later(0))).toBe("0 min");
    expect(openFor(raisedAt, later(4, 59))).toBe("4 min");
    expect(openFor(raisedAt, later(59))).toBe("59 min");
  });

  it("says hours and minutes from the hour, rounding down to the minute", () => {
    expect(openFor(raisedAt, later(60))).toBe("1 h 0 min");
    expect(openFor(raisedAt, later(125, 30))).toBe("2 h 5 min");
    expect(openFor(raisedAt, later(47 * 60 + 59))).toBe("47 h 59 min");
  });

  it("says days and hours from two days", () => {
    expect(openFor(raisedAt, later(48 * 60))).toBe("2 days 0 h");
    expect(openFor(raisedAt, later(3 * 24 * 60 + 61))).toBe("3 days 1 h");
  });

  it("never counts backwards when the browser's clock is behind the server's", () => {
    expect(openFor(raisedAt, later(-3))).toBe("0 min");
  });
});

describe("safety alerts in words", () => {
  it("names every action the therapist can take, in the order the form offers", () => {
    expect(RISK_ACTIONS.map((a) => RISK_ACTION_WORDS[a])).toEqual([
      "Contacted the client",
      "Safety plan reviewed",
      "Referred to a crisis service",
      "Called emergency services",
      "Other",
    ]);
  });

  it("says both rules a check-in can raise", () => {
    expect(ruleInWords("PHQ9_ITEM9_RISK_ABOVE = 0")).toBe("PHQ-9 item 9 above 0");
    expect(ruleInWords("CLIENT_NOT_SAFE")).toBe('The client answered "I am not safe right now"');
  });
});
