import type { Random } from "./random.ts";

/**
 * The kinds of course the demo clinic shows, each a believable shape of ORS over sessions (Lambert's dose–response
 * picture: most change early, some clients never respond, a few get worse, some leave).
 */
export enum Course {
  QUICK_RESPONDER = "QUICK_RESPONDER",
  SLOW_RESPONDER = "SLOW_RESPONDER",
  NON_RESPONDER = "NON_RESPONDER",
  DETERIORATING = "DETERIORATING",
  DROP_OUT = "DROP_OUT",
  CRISIS = "CRISIS",
  REVISION_HELPED = "REVISION_HELPED",
  REVISION_DID_NOT_HELP = "REVISION_DID_NOT_HELP",
}

export const COURSE_WEIGHTS: readonly (readonly [Course, number])[] = [
  [Course.QUICK_RESPONDER, 22],
  [Course.SLOW_RESPONDER, 20],
  [Course.NON_RESPONDER, 13],
  [Course.DETERIORATING, 6],
  [Course.DROP_OUT, 13],
  [Course.CRISIS, 5],
  [Course.REVISION_HELPED, 13],
  [Course.REVISION_DID_NOT_HELP, 8],
];

export interface CoursePlan {
  course: Course;
  /** Attended sessions planned for the whole course. */
  plannedSessions: number;
  /** Session after which the plan is revised, if it is. */
  revisionAfterSession: number | null;
  baselineOrs: number;
  /** ORS expected at attended session n (1-based), before noise. */
  orsAt(n: number): number;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function planCourse(course: Course, random: Random): CoursePlan {
  const baselineOrs = clamp(random.normal(18.5, 5), 4, 31);
  const room = 34 - baselineOrs;
  const saturating = (n: number, rate: number, gain: number) => baselineOrs + gain * (1 - Math.exp(-rate * (n - 1)));
  switch (course) {
    case Course.QUICK_RESPONDER: {
      const gain = room * random.uniform(0.6, 0.9);
      return {
        course,
        plannedSessions: random.int(7, 10),
        revisionAfterSession: null,
        baselineOrs,
        orsAt: (n) => saturating(n, 0.55, gain),
      };
    }
    case Course.SLOW_RESPONDER: {
      const gain = room * random.uniform(0.55, 0.8);
      return {
        course,
        plannedSessions: random.int(13, 20),
        revisionAfterSession: null,
        baselineOrs,
        orsAt: (n) => saturating(n, 0.14, gain),
      };
    }
    case Course.NON_RESPONDER:
      return {
        course,
        plannedSessions: random.int(10, 16),
        revisionAfterSession: null,
        baselineOrs,
        orsAt: (n) => baselineOrs + 0.12 * (n - 1),
      };
    case Course.DETERIORATING: {
      const loss = random.uniform(7, 10);
      return {
        course,
        plannedSessions: random.int(10, 14),
        revisionAfterSession: null,
        baselineOrs: Math.max(baselineOrs, 14),
        orsAt: (n) => Math.max(baselineOrs, 14) - loss * Math.min(1, (n - 1) / 6),
      };
    }
    case Course.DROP_OUT:
      return {
        course,
        plannedSessions: random.int(2, 5),
        revisionAfterSession: null,
        baselineOrs,
        orsAt: (n) => baselineOrs + 0.4 * (n - 1),
      };
    case Course.CRISIS: {
      const low = clamp(baselineOrs, 8, 18);
      return {
        course,
        plannedSessions: random.int(8, 14),
        revisionAfterSession: null,
        baselineOrs: low,
        orsAt: (n) => low - 0.5 * Math.min(n - 1, 5),
      };
    }
    case Course.REVISION_HELPED: {
      const after = random.int(6, 8);
      const gain = room * random.uniform(0.6, 0.85);
      return {
        course,
        plannedSessions: random.int(14, 20),
        revisionAfterSession: after,
        baselineOrs,
        orsAt: (n) =>
          n <= after ? baselineOrs + 0.15 * (n - 1) : baselineOrs + 0.9 + gain * (1 - Math.exp(-0.3 * (n - after))),
      };
    }
    case Course.REVISION_DID_NOT_HELP: {
      const after = random.int(6, 8);
      return {
        course,
        plannedSessions: random.int(12, 16),
        revisionAfterSession: after,
        baselineOrs,
        orsAt: (n) => baselineOrs + 0.1 * (n - 1),
      };
    }
  }
}

/** How much of the course's possible improvement has happened by session n, 0 (none) to 1. */
export function progressFraction(plan: CoursePlan, n: number): number {
  const best = Math.max(
    ...Array.from({ length: plan.plannedSessions }, (_, i) => plan.orsAt(i + 1)),
    plan.baselineOrs + 1,
  );
  return clamp((plan.orsAt(n) - plan.baselineOrs) / (best - plan.baselineOrs), 0, 1);
}

/** Days to the next session: weekly at first, then fortnightly, then monthly — sessions taper. */
export function daysToNextSession(n: number, random: Random): number {
  if (n < 7) return 7;
  if (n < 12) return random.chance(0.7) ? 14 : 7;
  return random.pick([21, 28, 28, 35]);
}
