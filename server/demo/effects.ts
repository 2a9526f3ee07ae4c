import { ComplaintCategory } from "../clients/client.enums.ts";
import { Technique } from "../common/technique.ts";
import { Course } from "./courses.ts";
import { Random } from "./random.ts";

/**
 * Effects planted in the demo so the "what works" analyses have something true to find, and courses without them on
 * which a claim would be false (docs/clinical.md, "What works for this client"). Which client carries which is a pure
 * function of the seed and the client's place in the clinic, so a check can know the truth without asking the
 * analyses. Each effect has two arms: PLANTED, and NULL (the same kind of data with nothing planted).
 */
export type EffectArm = "PLANTED" | "NULL";

export interface PlantedEffects {
  /** PLANTED: grounding lowers the peak of the episodes it is used in by COPING_PEAK_DROP points. */
  coping: EffectArm;
  /**
   * Only for clients whose plan is revised after a stall. In both arms work or study sets off WORK_TRIGGER_SHARE of
   * the episodes; PLANTED: from version 2, TRIGGER_FADE of those episodes no longer happen.
   */
  trigger: EffectArm | null;
  /** PLANTED: each week's homework done moves the next session's ORS by HOMEWORK_ORS_GAIN (none done to all done). */
  homework: EffectArm;
}

/** Points by which grounding lowers an episode's peak (0–10) for clients with the coping effect. */
export const COPING_PEAK_DROP = 2;

/** The technique that helps clients with the coping effect; their profiles list it among their techniques. */
export const PLANTED_TECHNIQUE = Technique.GROUNDING;

/** Share of coping, for clients with the coping effect, that is grounding (the rest is any technique of their plan). */
export const PLANTED_TECHNIQUE_SHARE = 0.65;

/** Share of work- or study-triggered episodes that no longer happen after version 2, for clients with the effect. */
export const TRIGGER_FADE = 0.9;

/** Share of episodes that work or study sets off in both trigger arms, before any fading. */
export const WORK_TRIGGER_SHARE = 0.6;

/**
 * ORS points added to every later session for a week's homework done in full, against none (centred on the client's
 * usual completion, so it moves the course up and down without tilting it).
 */
export const HOMEWORK_ORS_GAIN = 4;

/** Complaints whose episodes grounding is used in (their profiles plan it). */
const GROUNDING_COMPLAINTS = new Set([ComplaintCategory.PANIC, ComplaintCategory.TRAUMA]);

/** Courses long enough (ten or more rated sessions) for homework against change to be estimated. */
const LONG_COURSES = new Set([
  Course.SLOW_RESPONDER,
  Course.NON_RESPONDER,
  Course.REVISION_HELPED,
  Course.REVISION_DID_NOT_HELP,
]);

/** Courses revised after a stall (a tapering revision is decided later, by the course itself). */
const REVISED_COURSES = new Set([Course.REVISION_HELPED, Course.REVISION_DID_NOT_HELP]);

/** A seed of its own for each client, so planted effects change nothing else the demo draws. */
export function effectSeed(seed: number, clientIndex: number): number {
  return (seed ^ 0x3c6ef372 ^ Math.imul(clientIndex + 1, 0x9e3779b1)) >>> 0;
}

/**
 * Which effects the clinic's `clientIndex`-th client (0-based, in generation order) carries. Showcase clients keep
 * their ORS as designed: the first (the published client sign-in) shows grounding working, and none of them carries
 * the homework or trigger effects.
 */
export function plantedEffectsFor(
  seed: number,
  clientIndex: number,
  client: { course: Course; complaint: ComplaintCategory; showcase: boolean },
): PlantedEffects {
  const roll = new Random(effectSeed(seed, clientIndex) ^ 0x1b873593);
  const copingRoll = roll.next();
  const triggerRoll = roll.next();
  const homeworkRoll = roll.next();
  const coping: EffectArm =
    clientIndex === 0 || (!client.showcase && GROUNDING_COMPLAINTS.has(client.complaint) && copingRoll < 0.5)
      ? "PLANTED"
      : "NULL";
  const trigger: EffectArm | null =
    client.showcase || !REVISED_COURSES.has(client.course) ? null : triggerRoll < 0.5 ? "PLANTED" : "NULL";
  const homework: EffectArm =
    !client.showcase && LONG_COURSES.has(client.course) && homeworkRoll < 0.5 ? "PLANTED" : "NULL";
  return { coping, trigger, homework };
}
