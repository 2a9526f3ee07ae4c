import { describe, expect, it } from "vitest";
import {
  CHECK_IN_LABELS,
  checkCheckIn,
  checkInPath,
  checkRating,
  emptyCheckIn,
  emptyRating,
  ratingPath,
  toCheckInInput,
  toSrsInput,
  type CheckInValues,
} from "../../../web/src/features/check-in/check-in-form.ts";
import {
  checkInTitle,
  dayAndMonth,
  deadlineInWords,
  ratingTitle,
} from "../../../web/src/features/check-in/due-words.ts";
import * as questions from "../../../web/src/features/check-in/questions.ts";
import { jargonIn } from "../../../web/src/features/my-progress/plain-language.ts";

// The deadline is said in the person's own clock: a fixed zone here, so the expected words are known.
process.env.TZ = "America/Toronto";

const ALL = ["ORS", "WEEK_RATING", "PHQ9", "GAD7"] as const;

const answered = (): CheckInValues => ({
  ors: { individual: 6.4, interpersonal: 7, social: 5.5, overall: 6 },
  weekRating: "7",
  weekWords: "  A better week at work.  ",
  phq9: ["1", "1", "2", "0", "0", "1", "0", "0", "0"],
  gad7: ["2", "1", "1", "0", "0", "1", "0"],
  safe: "safe",
});

describe("the check-in's checks", () => {
  it("starts with nothing answered: no line marked, no answer chosen", () => {
    const empty = emptyCheckIn();
    expect(Object.values(empty.ors)).toEqual([null, null, null, null]);
    expect(empty.phq9).toEqual(Array(9).fill(""));
    expect(empty.gad7).toEqual(Array(7).fill(""));
    expect(empty.weekRating).toBe("");
    expect(empty.safe).toBe("");
  });

  it("asks for every unanswered question of the measures due, and the safety question always", () => {
    const problems = checkCheckIn(emptyCheckIn(), ALL);
    expect(Object.keys(problems)).toEqual([
      "ors.individual",
      "ors.interpersonal",
      "ors.social",
      "ors.overall",
      "weekRating",
      ...Array.from({ length: 9 }, (_, i) => `phq9.${i}`),
      ...Array.from({ length: 7 }, (_, i) => `gad7.${i}`),
      "safe",
    ]);
    expect(problems["ors.social"]).toBe('Mark the line "Work, school and friendships": tap it where it fits for you.');
    expect(problems["phq9.8"]).toBe("Choose an answer for mood question 9.");
    expect(problems.safe).toBe("Choose whether you feel safe right now.");
  });

  it("asks nothing of a measure that is not due", () => {
    expect(Object.keys(checkCheckIn(emptyCheckIn(), ["ORS"]))).toEqual([
      "ors.individual",
      "ors.interpersonal",
      "ors.social",
      "ors.overall",
      "safe",
    ]);
    expect(checkCheckIn({ ...emptyCheckIn(), safe: "not-safe" }, [])).toEqual({});
  });

  it("finds nothing wrong with a whole check-in, and refuses words over 500 characters", () => {
    expect(checkCheckIn(answered(), ALL)).toEqual({});
    expect(checkCheckIn({ ...answered(), weekWords: "x".repeat(501) }, ALL)).toEqual({
      weekWords: "Your own words can be at most 500 characters.",
    });
  });

  it("sends only the measures due, with the window's key, numbers as numbers and the words trimmed", () => {
    expect(toCheckInInput(answered(), "S:12", ALL)).toEqual({
      due: "S:12",
      notSafeNow: false,
      ors: { individual: 6.4, interpersonal: 7, social: 5.5, overall: 6 },
      weekRating: 7,
      weekWords: "A better week at work.",
      phq9: [1, 1, 2, 0, 0, 1, 0, 0, 0],
      gad7: [2, 1, 1, 0, 0, 1, 0],
    });
    expect(toCheckInInput({ ...answered(), safe: "not-safe" }, "W:2026-11-30", ["PHQ9"])).toEqual({
      due: "W:2026-11-30",
      notSafeNow: true,
      phq9: [1, 1, 2, 0, 0, 1, 0, 0, 0],
    });
    expect(toCheckInInput({ ...answered(), weekWords: "   " }, "S:1", ["WEEK_RATING"])).toEqual({
      due: "S:1",
      notSafeNow: false,
      weekRating: 7,
    });
  });

  it("puts each refusal of the server beside its question, and keeps the window's refusals for the summary", () => {
    expect(checkInPath("ors.social")).toBe("ors.social");
    expect(checkInPath("ors")).toBe("ors.individual");
    expect(checkInPath("phq9[8]")).toBe("phq9.8");
    expect(checkInPath("gad7")).toBe("gad7.0");
    expect(checkInPath("weekWords")).toBe("weekWords");
    expect(checkInPath("notSafeNow")).toBe("safe");
    expect(checkInPath("due")).toBeNull();
    expect(checkInPath("clientId")).toBeNull();
    for (const path of ["ors.overall", "phq9.0", "gad7.6", "weekRating", "safe"]) {
      expect(CHECK_IN_LABELS[path], path).toBeTruthy();
    }
  });
});

describe("the session rating's checks", () => {
  it("asks for every line not marked, and sends the four marks once all are", () => {
    expect(Object.keys(checkRating(emptyRating()))).toEqual([
      "srs.relationship",
      "srs.goalsAndTopics",
      "srs.approachOrMethod",
      "srs.overall",
    ]);
    const marked = { srs: { relationship: 9.1, goalsAndTopics: 8, approachOrMethod: 7.5, overall: 8.8 } };
    expect(checkRating(marked)).toEqual({});
    expect(toSrsInput(marked)).toEqual({ relationship: 9.1, goalsAndTopics: 8, approachOrMethod: 7.5, overall: 8.8 });
    expect(ratingPath("srs.overall")).toBe("srs.overall");
    expect(ratingPath("srs")).toBe("srs.relationship");
    expect(ratingPath("sessionId")).toBeNull();
  });
});

describe("the to-do list in words", () => {
  it("names a check-in by its window and a session by its day", () => {
    expect(checkInTitle("S:41")).toBe("Check-in before your next session");
    expect(checkInTitle("S:0")).toBe("Check-in before your next session");
    expect(checkInTitle("W:2026-11-30")).toBe("Weekly check-in");
    expect(dayAndMonth("2026-12-03")).toBe("3 Dec");
    expect(ratingTitle("2026-12-03")).toBe("Rate your session on 3 Dec");
    expect(ratingTitle(null)).toBe("Rate your last session");
  });

  it("says until when a session can be rated, in the local clock, and how long is left", () => {
    // 19:00 UTC is 14:00 in Toronto in December (UTC−5); 4 December 2026 is a Friday.
    const deadline = "2026-12-04T19:00:00.000Z";
    expect(deadlineInWords(deadline, new Date("2026-12-03T22:00:00Z"))).toBe(
      "You can rate it until Friday 4 Dec at 14:00 (about 21 hours from now).",
    );
    expect(deadlineInWords(deadline, new Date("2026-12-04T18:00:00Z"))).toBe(
      "You can rate it until Friday 4 Dec at 14:00 (about 1 hour from now).",
    );
    expect(deadlineInWords(deadline, new Date("2026-12-04T18:30:00Z"))).toBe(
      "You can rate it until Friday 4 Dec at 14:00 (less than an hour from now).",
    );
    expect(deadlineInWords(deadline, new Date("2026-12-04T19:00:00Z"))).toBe("The time to rate it has passed.");
  });
});

describe("the check-in's wording", () => {
  it("names no questionnaire and uses no clinician's term anywhere the client reads", () => {
    // The words only, not the names the code gives them (SECTION_TITLES.PHQ9 is "Your mood over the last 2 weeks").
    const words = (value: unknown): string[] =>
      typeof value === "string"
        ? [value]
        : typeof value === "object" && value
          ? Object.values(value).flatMap(words)
          : [];
    const everything = words(questions).join("\n");
    expect(everything.length).toBeGreaterThan(1000);
    expect(jargonIn(everything)).toEqual([]);
  });

  it("asks the standard questions with the standard answers", () => {
    expect(questions.MOOD_QUESTIONS).toHaveLength(9);
    expect(questions.WORRY_QUESTIONS).toHaveLength(7);
    expect(questions.ANSWER_WORDS).toEqual([
      "Not at all",
      "Several days",
      "More than half the days",
      "Nearly every day",
    ]);
    expect(questions.MOOD_QUESTIONS[8]).toBe(
      "Thoughts that you would be better off dead or of hurting yourself in some way",
    );
  });
});
