import { describe, expect, it } from "vitest";
import { sourceWords, weekSummary, type WeekPoint } from "../../../web/src/charts/WeekChart.tsx";
import { jargonIn } from "../../../web/src/features/my-progress/plain-language.ts";
import { weekPoints } from "../../../web/src/charts/week-points.ts";

describe("the week chart's points", () => {
  it("takes every answered week, from sessions and from check-ins not adopted, oldest first", () => {
    const points = weekPoints(
      [
        { localDate: "2026-11-03", weekRating: 4, weekWords: null, source: "SESSION" },
        { localDate: "2026-11-10", weekRating: null, weekWords: null, source: "SESSION" },
        { localDate: "2026-11-17", weekRating: 6, weekWords: "Slept better", source: "CLIENT" },
      ],
      [
        { localDate: "2026-11-28", weekRating: 7, weekWords: "Saw my sister" },
        { localDate: "2026-11-12", weekRating: 5, weekWords: null },
        { localDate: "2026-11-30", weekRating: null, weekWords: "only words" },
      ],
    );
    expect(points).toEqual([
      { date: "2026-11-03", weekRating: 4, words: null, source: "SESSION" },
      { date: "2026-11-12", weekRating: 5, words: null, source: "CLIENT" },
      { date: "2026-11-17", weekRating: 6, words: "Slept better", source: "CLIENT" },
      { date: "2026-11-28", weekRating: 7, words: "Saw my sister", source: "CLIENT" },
    ]);
  });

  it("keeps a rating of 0, which is an answer", () => {
    expect(weekPoints([{ localDate: "2026-11-03", weekRating: 0, weekWords: null, source: "SESSION" }], [])).toEqual([
      { date: "2026-11-03", weekRating: 0, words: null, source: "SESSION" },
    ]);
  });
});

describe("the week chart's summary", () => {
  const points: WeekPoint[] = [
    { date: "2026-11-03", weekRating: 4, words: null, source: "SESSION" },
    { date: "2026-11-12", weekRating: 5, words: null, source: "CLIENT" },
    { date: "2026-12-01", weekRating: 7, words: "Saw my sister", source: "CLIENT" },
  ];

  it("says the first and last answers and how many the client gave in a check-in", () => {
    expect(weekSummary(points, false)).toBe(
      "Week rating from 4 on 3 Nov to 7 on 1 Dec (0–10, higher is better); 2 of 3 reported by the client before the session.",
    );
    expect(weekSummary(points, true)).toBe(
      "How your weeks have been: from 4 on 3 Nov to 7 on 1 Dec (0–10, higher is a better week); 2 of 3 from your check-ins.",
    );
    expect(weekSummary(points.slice(0, 1), true)).toBe(
      "How your weeks have been: 4 on 3 Nov (0–10, higher is a better week); 0 of 1 from your check-ins.",
    );
  });

  it("says when there is nothing yet", () => {
    expect(weekSummary([], true)).toBe('No answers to "How was your week?" yet in this period.');
    expect(weekSummary([], false)).toBe('No "How was your week?" ratings in this period.');
  });

  it("names the sources as the other charts do, and in the client's view as theirs, without jargon", () => {
    expect(sourceWords("SESSION", false)).toBe("In the session");
    expect(sourceWords("CLIENT", false)).toBe("Client, before the session");
    expect(sourceWords("CLIENT", true)).toBe("Your check-in");
    expect(
      jargonIn([weekSummary(points, true), sourceWords("CLIENT", true), sourceWords("SESSION", true)].join(" ")),
    ).toEqual([]);
  });
});
