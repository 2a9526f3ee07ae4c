import { describe, expect, it } from "vitest";
import {
  PLAN_MEASURES,
  PLAN_MEASURE_WORDS,
  checkInValues,
  planInWords,
} from "../../../web/src/features/client/check-in-words.ts";

describe("the measurement plan in words", () => {
  it("offers every measure by the therapist's name", () => {
    expect(PLAN_MEASURES.map((m) => PLAN_MEASURE_WORDS[m])).toEqual([
      "ORS",
      "How was your week",
      "PHQ-9",
      "GAD-7",
      "SRS after sessions",
    ]);
  });

  it("lists the measures in the form's order whatever order the server gives, then when", () => {
    expect(planInWords({ measures: ["SRS", "PHQ9", "ORS"], schedule: "BEFORE_EACH_SESSION" })).toBe(
      "ORS, PHQ-9 and SRS after sessions, before each session.",
    );
    expect(planInWords({ measures: ["GAD7"], schedule: "WEEKLY" })).toBe("GAD-7, every week.");
  });
});

describe("a check-in's values in a line", () => {
  it("gives each total reported, and PHQ-9 item 9 on its own", () => {
    expect(
      checkInValues({
        orsTotal: 24.5,
        weekRating: 6,
        phq9Total: 11,
        phq9Items: [1, 2, 1, 2, 1, 1, 1, 1, 1],
        gad7Total: null,
        notSafeNow: false,
      }),
    ).toBe("ORS 24.5 · week 6 of 10 · PHQ-9 11 (item 9: 1)");
  });

  it("says the client's answer that they are not safe", () => {
    expect(checkInValues({ gad7Total: 5, notSafeNow: true })).toBe('GAD-7 5 · answered "I am not safe right now"');
    expect(checkInValues({})).toBe("no ratings");
  });
});
