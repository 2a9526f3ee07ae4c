import { bucketKeys } from "../common/time.ts";
import { assertNotBeforeIntake, assertNotInFuture, integerInRange, optionalText } from "../common/validation.ts";
import type { SymptomEpisode } from "./episode.entity.ts";
import type { LoggedBy } from "./episode.enums.ts";
import type { LogEpisodeInput } from "./episode.inputs.ts";

export type EpisodeDraft = Omit<LogEpisodeInput, "clientId">;
export type EpisodeRow = Omit<SymptomEpisode, "id" | "client">;

/** Panic-diary intensity: 0 (none) to 10 (the worst imaginable). */
export const INTENSITY_MIN = 0;
export const INTENSITY_MAX = 10;
/** An episode longer than a day is not one episode. */
export const DURATION_MAX_MINUTES = 24 * 60;
export const EPISODE_TEXT_MAX = 2000;

const TEXT_FIELDS = [
  "situation",
  "thoughtsBefore",
  "feelingsBefore",
  "thoughtsDuring",
  "feelingsDuring",
  "thoughtsAfter",
  "feelingsAfter",
  "whatIDid",
  "wishIHadDone",
] as const;

/**
 * Validates an episode and computes its bucket keys. Shared by the logEpisode mutation, the CSV import and the demo
 * generator. An episode is logged after it happened: it lies between the client's intake (`intakeDate`, when the
 * caller knows it) and `createdAt`, the time of writing.
 */
export function buildEpisodeRow(
  draft: EpisodeDraft,
  who: { clientId: number; loggedBy: LoggedBy; loggedByUserId: number },
  timeZone: string,
  createdAt: Date,
  intakeDate?: string,
): EpisodeRow {
  assertNotInFuture(draft.occurredAt, createdAt, "occurredAt");
  const keys = bucketKeys(draft.occurredAt, timeZone);
  assertNotBeforeIntake(keys.localDate, intakeDate, "occurredAt");
  const text = Object.fromEntries(
    TEXT_FIELDS.map((field) => [field, optionalText(draft[field], field, EPISODE_TEXT_MAX)]),
  ) as Record<(typeof TEXT_FIELDS)[number], string | null>;
  return {
    clientId: who.clientId,
    occurredAt: draft.occurredAt,
    ...keys,
    symptom: draft.symptom,
    peakIntensity: integerInRange(draft.peakIntensity, "peakIntensity", INTENSITY_MIN, INTENSITY_MAX),
    durationMinutes: integerInRange(draft.durationMinutes, "durationMinutes", 0, DURATION_MAX_MINUTES),
    episodeType: draft.episodeType,
    triggerCategory: draft.triggerCategory,
    ...text,
    copingTechnique: draft.copingTechnique ?? null,
    loggedBy: who.loggedBy,
    loggedByUserId: who.loggedByUserId,
    createdAt,
  };
}
