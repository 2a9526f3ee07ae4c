import { describe, expect, it } from "vitest";
import { copingComparison, practisedInSession, type CopingEpisode } from "../../../server/analytics/coping.ts";
import { episodeTimes } from "../../../server/analytics/episode-times.ts";
import { homeworkChange, type HomeworkChangeSession } from "../../../server/analytics/homework-change.ts";
import { targetProgress } from "../../../server/analytics/targets.ts";
import { triggerTrends } from "../../../server/analytics/triggers.ts";
import { Technique } from "../../../server/common/technique.ts";
import { addDays } from "../../../server/common/time.ts";
import { Symptom, TriggerCategory } from "../../../server/episodes/episode.enums.ts";
import { HomeworkStatus } from "../../../server/homework/homework.enums.ts";
import { Attendance } from "../../../server/sessions/session.enums.ts";
import {
  copingForClient,
  copingInWords,
  codesInWords,
  copingMethodInWords,
  episodeTimesInWords,
  homeworkForClient,
  homeworkInWords,
  homeworkLinesForClient,
  methodInWords,
  plannedInWords,
  practisedInWords,
  targetCheckInWords,
  targetForClient,
  targetInWords,
  triggerForClient,
  triggerLinesForClient,
  triggerTrendInWords,
} from "../../../web/src/features/client/what-works-words.ts";
import { jargonIn } from "../../../web/src/features/my-progress/plain-language.ts";

const DAY = 86_400_000;
const start = Date.UTC(2026, 8, 7, 12); // Monday 7 September 2026, midday UTC

/** `count` panic attacks, one a day from `offset`, with the given peaks in turn and lengths in minutes. */
function attacks(
  count: number,
  offset: number,
  technique: Technique | null,
  peaks: number[],
  minutes: number[],
): CopingEpisode[] {
  return Array.from({ length: count }, (_, i) => ({
    occurredAt: new Date(start + (offset + i) * DAY),
    symptom: Symptom.PANIC_ATTACK,
    peakIntensity: peaks[i % peaks.length]!,
    durationMinutes: minutes[i % minutes.length]!,
    copingTechnique: technique,
  }));
}

describe("coping techniques in words", () => {
  // 9 attacks with grounding peaking 3, 4 or 5 (mean 4), 5 with none peaking 6, 7 or 8 (mean 7, as 6+7+8+7+7 = 35).
  const grounded = attacks(9, 0, Technique.GROUNDING, [3, 4, 5], [10, 12, 14]);
  const none = attacks(5, 20, null, [6, 7, 8, 7, 7], [10, 12, 14, 12, 12]);

  it("tells the client a clear lower peak with both means, in plain words", () => {
    const comparison = copingComparison([...grounded, ...none]);
    expect(comparison.techniques[0]!.peakIntensity.verdict).toBe("CLEAR_DIFFERENCE_LOWER");
    const [line] = copingForClient(comparison);
    expect(line).toBe("Grounding was used in 9 of your 14 panic attacks; those peaked lower (4 against 7 out of 10).");
    expect(jargonIn(line!)).toEqual([]);
  });

  it("tells the therapist the difference, its adjusted interval and both verdicts", () => {
    const comparison = copingComparison([...grounded, ...none]);
    const peak = comparison.techniques[0]!.peakIntensity.interval!;
    const words = copingInWords(comparison.techniques[0]!, comparison);
    // One technique, two outcomes: Bonferroni leaves 1 − 0.05 ÷ 2 = 97.5% for each interval.
    expect(comparison.intervalConfidence).toBeCloseTo(0.975, 10);
    expect(words).toContain("Grounding: 9 panic attacks with it, 5 with none; peak 4 against 7, −3 points");
    expect(words).toContain(
      `97.5% interval −${Math.round(-peak.lower * 10) / 10} to −${Math.round(-peak.upper * 10) / 10}`,
    );
    expect(words).toContain("clearly lower");
    // The lengths were drawn alike (geometric means about 12 minutes either side).
    expect(words).toMatch(/typical length 12 against 12 minutes, .*: no clear difference\.$/);
    expect(copingMethodInWords(comparison)).toBe(
      "Welch's t-test on peak and on log length, 97.5% intervals after Bonferroni adjustment for 2 comparisons.",
    );
  });

  it("says 'too early to tell' to the client when the peaks do not clearly differ", () => {
    const alike = attacks(9, 0, Technique.BREATHING, [6, 7, 8], [10, 12, 14]);
    const comparison = copingComparison([...alike, ...none]);
    expect(comparison.techniques[0]!.peakIntensity.verdict).toBe("NO_CLEAR_DIFFERENCE");
    expect(copingForClient(comparison)).toEqual([
      "Breathing was used in 9 of your 14 panic attacks; it is too early to tell whether it makes a difference.",
    ]);
  });

  it("says when there are not enough episodes, with singular counts", () => {
    const comparison = copingComparison([...attacks(1, 0, Technique.GROUNDING, [4], [10]), ...none]);
    expect(copingInWords(comparison.techniques[0]!, comparison)).toBe(
      "Grounding: 1 panic attack with it, 5 with none; not enough to tell (each side needs more episodes).",
    );
    expect(copingForClient(comparison)[0]).toBe(
      "Grounding was used in 1 of your 6 panic attacks; it is too early to tell whether it makes a difference.",
    );
  });

  it("counts the episodes after sessions that practised a technique", () => {
    const sessions = [0, 7, 14, 21, 28, 35].map((d, i) => ({
      occurredAt: new Date(start + d * DAY),
      attendance: Attendance.ATTENDED,
      techniquesUsed: i % 2 === 0 ? [Technique.BREATHING] : [],
    }));
    const result = practisedInSession(sessions, attacks(6, 1, null, [5], [10]));
    const breathing = result.techniques.find((t) => t.technique === Technique.BREATHING)!;
    // Episodes fall on days 1–6, all in the week after the first session (which practised breathing).
    expect(practisedInWords(breathing, result.intervalConfidence)).toMatch(
      /^Breathing: 6 episodes after 3 sessions that practised it, 0 after 3 sessions that did not; /,
    );
  });

  it("says planned techniques against their use", () => {
    expect(
      plannedInWords({ technique: "EXPOSURE", planned: true, plannedSinceVersion: 2, sessions: 5, sessionsUsing: 3 }),
    ).toBe("Exposure: planned since v2, used in 3 of 5 sessions since then.");
    expect(
      plannedInWords({
        technique: "MINDFULNESS",
        planned: false,
        plannedSinceVersion: null,
        sessions: 1,
        sessionsUsing: 1,
      }),
    ).toBe("Mindfulness: not in the plan, used in 1 of 1 session since the current revision.");
  });
});

describe("homework and change in words", () => {
  /** Sessions a week apart from 1 September, ORS as given. */
  const sessions = (ors: number[]): HomeworkChangeSession[] =>
    ors.map((score, i) => ({
      localDate: addDays("2026-09-01", 7 * i),
      number: i + 1,
      ors: score,
      phq9: null,
      gad7: null,
    }));
  /** One homework item due the day before each session after the first, done or not in turn. */
  const homework = (done: boolean[]) =>
    done.map((d, i) => ({
      dueDate: addDays("2026-09-01", 7 * (i + 1) - 1),
      status: d ? HomeworkStatus.COMPLETED : HomeworkStatus.NOT_DONE,
      helpfulness: null,
    }));

  it("says 'not enough sessions to tell' with the counts below the minimum, and 'too early' to the client", () => {
    const result = homeworkChange({
      sessions: sessions([20, 22, 21, 24]),
      homework: homework([true, false, true]),
      measure: "ORS",
    });
    expect(result.completion.verdict).toBe("NOT_ENOUGH_DATA");
    expect(homeworkInWords(result.completion)).toBe(
      "Homework completed against the change in ORS at the next session: not enough sessions to tell (3 usable intervals between rated sessions, 2 with most of the homework done and 1 with little).",
    );
    expect(homeworkForClient(result.completion)).toBe(
      "It is too early to tell whether your homework goes with changes in your wellbeing score.",
    );
  });

  it("says a clear association with its slope and interval, and never as a cause", () => {
    // Homework done in alternate weeks: +3 (or +4) points after a week with it, −1 (or 0) after a week without.
    const done = [true, false, true, false, true, false, true, false];
    const changes = [3, -1, 4, 0, 3, -1, 4, 0];
    const ors = changes.reduce((list, c) => [...list, list.at(-1)! + c], [15]);
    const result = homeworkChange({ sessions: sessions(ors), homework: homework(done), measure: "ORS" });
    // Mean change 3.5 with homework, −0.5 without: the least-squares slope from none to all is 4.
    expect(result.completion.slope!.estimate).toBeCloseTo(4, 10);
    expect(result.completion.verdict).toBe("CLEAR_DIFFERENCE_BETTER");
    const words = homeworkInWords(result.completion);
    expect(words).toContain("+4 points of improvement from none to all of it done (95% interval +");
    expect(words).toContain("least-squares slope with a t interval, 8 intervals");
    expect(words).toContain("a clear association: more homework went with more improvement");
    expect(words).toMatch(/An association, not proof that one causes the other\.$/);
    const plain = homeworkForClient(result.completion);
    expect(plain).toBe(
      "In the weeks you did more of your homework, your wellbeing score tended to improve more by your next session.",
    );
    expect(jargonIn(plain)).toEqual([]);
    // Over several scores, the client reads the clear one only, not a "too early" for each of the others.
    const unclear = homeworkChange({
      sessions: sessions([20, 22, 21, 24]),
      homework: homework([true, false, true]),
      measure: "ORS",
    }).completion;
    expect(homeworkLinesForClient([result.completion, unclear])).toEqual([plain]);
    expect(homeworkLinesForClient([unclear, unclear])).toEqual([
      "It is too early to tell whether doing your homework goes with changes in your scores.",
    ]);
    expect(homeworkLinesForClient([])).toEqual([]);
  });
});

describe("triggers in words", () => {
  const weeks = Array.from({ length: 10 }, (_, i) => addDays("2026-09-07", 7 * i));
  /** `counts[i]` episodes with `trigger` on the Wednesday of week i. */
  const logged = (trigger: TriggerCategory, counts: number[]) =>
    counts.flatMap((n, i) =>
      Array.from({ length: n }, () => ({ localDate: addDays(weeks[i]!, 2), triggerCategory: trigger })),
    );

  it("names a falling trend with its rate ratio and method, and tells the client plainly", () => {
    const trends = triggerTrends(logged(TriggerCategory.WORK_OR_STUDY, [9, 8, 7, 6, 5, 4, 3, 2, 1, 1]), weeks);
    const trend = trends.triggers[0]!;
    expect(trend.verdict).toBe("FALLING");
    const words = triggerTrendInWords(trend, trends.intervalConfidence);
    expect(words).toMatch(/^Work or study: falling; 46 episodes, rate ×0\.\d\d a week \(95% interval /);
    expect(words).toMatch(/Poisson trend test\)\.$/);
    expect(triggerForClient(trend)).toBe("Episodes set off by work or study have been getting less frequent.");
  });

  it("says 'not enough' and 'too early to tell' for a trigger with few episodes", () => {
    const trends = triggerTrends(logged(TriggerCategory.NONE_IDENTIFIED, [1, 0, 0, 0, 0, 0, 0, 0, 0, 0]), weeks);
    const trend = trends.triggers[0]!;
    expect(triggerTrendInWords(trend, trends.intervalConfidence)).toBe(
      "None identified: 1 episode; not enough to tell a trend.",
    );
    expect(triggerForClient(trend)).toBe("Episodes with no trigger identified: too early to tell.");
    expect(triggerLinesForClient(trends.triggers)).toEqual([
      "It is too early to tell whether what sets off your episodes is changing.",
    ]);
  });

  it("gives the client only the triggers that clearly changed", () => {
    const trends = triggerTrends(
      [
        ...logged(TriggerCategory.WORK_OR_STUDY, [9, 8, 7, 6, 5, 4, 3, 2, 1, 1]),
        ...logged(TriggerCategory.FAMILY, [2, 1, 2, 1, 2, 1, 2, 1, 2, 1]),
      ],
      weeks,
    );
    expect(trends.triggers.map((t) => [t.trigger, t.verdict])).toEqual([
      ["WORK_OR_STUDY", "FALLING"],
      ["FAMILY", "FLAT"],
    ]);
    const lines = triggerLinesForClient(trends.triggers);
    expect(lines).toEqual(["Episodes set off by work or study have been getting less frequent."]);
    for (const line of lines) expect(jargonIn(line)).toEqual([]);
  });
});

describe("when episodes happen, in words", () => {
  it("names the busiest time once there are enough episodes", () => {
    // Twelve on Friday evenings (19:00 in London, 18:00 UTC in autumn), two on a Monday morning.
    const fridays = Array.from({ length: 12 }, (_, i) => ({ occurredAt: new Date(Date.UTC(2026, 10, 6 + 7 * i, 19)) }));
    const mondays = [0, 7].map((d) => ({ occurredAt: new Date(Date.UTC(2026, 10, 2 + d, 8)) }));
    expect(episodeTimesInWords(episodeTimes([...fridays, ...mondays], "Europe/London"))).toBe(
      "14 episodes; the busiest time is Friday evening (18–24 h), with 12.",
    );
    expect(episodeTimesInWords(episodeTimes(mondays, "Europe/London"))).toBe("2 episodes: too few to show a pattern.");
    expect(episodeTimesInWords(episodeTimes([], "Europe/London"))).toBe("No episodes logged yet.");
  });
});

describe("targets in words", () => {
  const weeks = ["2026-09-07", "2026-09-14", "2026-09-21"];
  // GAD-7 of 9, 6 and 5 at the end of each week: two of three weeks at 7 or under.
  const ratings = [9, 6, 5].map((gad7, i) => ({
    localDate: addDays(weeks[i]!, 4),
    occurredAt: new Date(`${addDays(weeks[i]!, 4)}T12:00:00Z`),
    gad7Total: gad7,
  }));
  const data = { ratings, episodes: [], homework: [] };

  it("gives weeks met of measurable weeks, the latest week and the run, for the therapist", () => {
    const [gad] = targetProgress(["GAD-7 ≤ 7"], data, "2026-09-07", weeks);
    expect(targetInWords(gad!)).toBe(
      "“GAD-7 ≤ 7”: met in 2 of 3 measurable weeks since the revision; latest measured week met (GAD-7 5), 2 weeks in a row.",
    );
    expect(targetCheckInWords(gad!.target)).toBe("GAD-7 ≤ 7");
  });

  it("gives the client the same target in the words of their own score, or nothing for what they do not read", () => {
    const [gad, srs, prose] = targetProgress(["GAD-7 ≤ 7", "SRS ≥ 36", "Sleep better"], data, "2026-09-07", weeks);
    const plain = targetForClient(gad!);
    expect(plain).toBe("Your worry score at most 7: met in 2 of 3 weeks since your plan was last changed.");
    expect(jargonIn(plain!)).toEqual([]);
    expect(targetForClient(srs!)).toBeNull();
    expect(targetForClient(prose!)).toBeNull();
    expect(targetInWords(prose!)).toBe("“Sleep better”: kept as text, not a check.");
  });

  it("says a target with no measured week is not measurable, in the singular for one week", () => {
    const [panic] = targetProgress(["homework completion ≥ 60%"], data, "2026-09-21", weeks);
    expect(targetInWords(panic!)).toBe(
      "“homework completion ≥ 60%”: not measurable in any of the 1 week since the revision.",
    );
    expect(targetForClient(panic!)).toBe("Homework done: at least 60% of it: too early to tell.");
  });
});

describe("method names", () => {
  it("names every method the analyses give, and a stated method for an unknown one", () => {
    expect(methodInWords("POISSON_TREND")).toBe("Poisson trend test");
    expect(methodInWords("WELCH_T")).toBe("Welch's t-test");
    expect(methodInWords("SOMETHING_NEW")).toBe("a stated method");
  });

  it("says a plan review's rules and figures without codes: methods by name, rules as the alerts say them", () => {
    expect(codesInWords("WELCH_T on peak intensity, BONFERRONI-adjusted over 4 comparisons")).toBe(
      "Welch's t-test on peak intensity, Bonferroni-adjusted over 4 comparisons",
    );
    expect(codesInWords("POISSON_TREND, BONFERRONI-adjusted over 2 triggers")).toBe(
      "Poisson trend test, Bonferroni-adjusted over 2 triggers",
    );
    expect(codesInWords("ORS_RELIABLE_CHANGE = 5; status NOT_ON_TRACK; model QUASI_POISSON")).toBe(
      "a reliable ORS change is 5 points or more; status not on track; model quasi-Poisson",
    );
    expect(codesInWords("PLAN_EFFECT_MIN_WEEKS = 4")).toBe("at least 4 full weeks each side of a change");
  });
});
