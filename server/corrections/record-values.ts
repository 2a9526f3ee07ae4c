import type { SymptomEpisode } from "../episodes/episode.entity.ts";
import type { EpisodeRow } from "../episodes/episode-row.ts";
import type { TherapySession } from "../sessions/session.entity.ts";
import type { SessionRow } from "../sessions/session-row.ts";

/**
 * What a record says, by stable keys ("weekRating", "ors.social", "phq9.item9", "privateNotes"), each value as text
 * or null. Corrections keep two of these, before and after; the changes they show are the keys whose text differs.
 * Derived columns (bucket keys, session numbers) are left out: they follow from the values kept.
 */
export type RecordValues = Record<string, string | null>;

const text = (value: number | string | boolean | null | undefined): string | null =>
  value == null ? null : String(value);

type SessionValues = Omit<SessionRow, "clientId" | "therapistId" | "createdAt"> | TherapySession;

export function sessionValues(session: SessionValues): RecordValues {
  const values: RecordValues = {
    occurredAt: session.occurredAt.toISOString(),
    attendance: session.attendance,
    kind: session.kind,
    weekRating: text(session.weekRating),
    "ors.individual": text(session.orsIndividual),
    "ors.interpersonal": text(session.orsInterpersonal),
    "ors.social": text(session.orsSocial),
    "ors.overall": text(session.orsOverall),
    "ors.total": text(session.orsTotal),
    "srs.relationship": text(session.srsRelationship),
    "srs.goalsAndTopics": text(session.srsGoalsAndTopics),
    "srs.approachOrMethod": text(session.srsApproachOrMethod),
    "srs.overall": text(session.srsOverall),
    "srs.total": text(session.srsTotal),
  };
  for (let i = 1; i <= 9; i++) values[`phq9.item${i}`] = text(session[`phq9Q${i}` as `phq9Q1`]);
  values["phq9.total"] = text(session.phq9Total);
  for (let i = 1; i <= 7; i++) values[`gad7.item${i}`] = text(session[`gad7Q${i}` as `gad7Q1`]);
  values["gad7.total"] = text(session.gad7Total);
  values["priorityIssue.category"] = text(session.priorityIssueCategory);
  values["priorityIssue.text"] = text(session.priorityIssueText);
  // A set: the order it was entered in is no change.
  values.techniquesUsed = [...session.techniquesUsed].sort().join(",");
  values.crisis = text(session.crisis);
  values.privateNotes = text(session.privateNotes);
  return values;
}

type EpisodeValues = Omit<EpisodeRow, "clientId" | "loggedBy" | "loggedByUserId" | "createdAt"> | SymptomEpisode;

export function episodeValues(episode: EpisodeValues): RecordValues {
  return {
    occurredAt: episode.occurredAt.toISOString(),
    symptom: episode.symptom,
    peakIntensity: text(episode.peakIntensity),
    durationMinutes: text(episode.durationMinutes),
    episodeType: episode.episodeType,
    triggerCategory: episode.triggerCategory,
    situation: episode.situation,
    thoughtsBefore: episode.thoughtsBefore,
    feelingsBefore: episode.feelingsBefore,
    thoughtsDuring: episode.thoughtsDuring,
    feelingsDuring: episode.feelingsDuring,
    thoughtsAfter: episode.thoughtsAfter,
    feelingsAfter: episode.feelingsAfter,
    whatIDid: episode.whatIDid,
    wishIHadDone: episode.wishIHadDone,
    copingTechnique: episode.copingTechnique,
  };
}

/** The keys whose values differ, in the order the record lists them. */
export function changedKeys(before: RecordValues, after: RecordValues): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.filter((key) => (before[key] ?? null) !== (after[key] ?? null));
}
