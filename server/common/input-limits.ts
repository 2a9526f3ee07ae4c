import { Technique } from "./technique.ts";

/**
 * The most entries each list input takes, in one place. The row builders and services refuse a longer list with
 * BAD_USER_INPUT naming it, and the schema states each limit in the field's description.
 */
export const LIST_LIMITS = {
  /** Techniques are a set: each of them at most once. */
  techniques: Object.keys(Technique).length,
  goals: 20,
  targets: 20,
  /** Per session; a follow-up session sets a few items and reviews the few set last time. */
  newHomework: 20,
  homeworkReviews: 20,
} as const;
