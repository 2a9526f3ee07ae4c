import type { WeekPoint } from "./WeekChart";

/** A session's answer to "How was your week?", with where it came from (a check-in the session adopted, or the session). */
interface SessionWeek {
  localDate: string;
  weekRating: number | null;
  weekWords: string | null;
  source: WeekPoint["source"];
}

/** A check-in no session has adopted (yet). */
interface CheckInWeek {
  localDate: string;
  weekRating: number | null;
  weekWords: string | null;
}

/**
 * The week chart's points: every session and every check-in not adopted by one that answered "How was your week?",
 * oldest first. An adopted check-in is its session's point (source CLIENT), so no answer is drawn twice.
 */
export function weekPoints(sessions: readonly SessionWeek[], checkIns: readonly CheckInWeek[]): WeekPoint[] {
  const points: WeekPoint[] = [
    ...sessions.flatMap((s) =>
      s.weekRating == null
        ? []
        : [{ date: s.localDate, weekRating: s.weekRating, words: s.weekWords, source: s.source }],
    ),
    ...checkIns.flatMap((c) =>
      c.weekRating == null
        ? []
        : [{ date: c.localDate, weekRating: c.weekRating, words: c.weekWords, source: "CLIENT" as const }],
    ),
  ];
  // Stable: on one day a session's answer stays before a later check-in's.
  return points.sort((a, b) => a.date.localeCompare(b.date));
}
