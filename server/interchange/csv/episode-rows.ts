import { AuditAction } from "../../audit/audit-event.entity.ts";
import type { Technique } from "../../common/technique.ts";
import { assertNotInFuture } from "../../common/validation.ts";
import { buildEpisodeRow, type EpisodeRow } from "../../episodes/episode-row.ts";
import { SymptomEpisode } from "../../episodes/episode.entity.ts";
import { LoggedBy, TriggerCategory, type EpisodeType, type Symptom } from "../../episodes/episode.enums.ts";
import { clientOf, type ImportKind } from "./import-kind.ts";
import { EPISODES_LAYOUT } from "./layouts.ts";

const text = (value: unknown) => value as string | null;

export const EPISODES_IMPORT: ImportKind<EpisodeRow> = {
  layout: EPISODES_LAYOUT,
  entity: SymptomEpisode,
  auditAction: AuditAction.LOG_EPISODE,

  references: (values) => ({ clientId: values.client_id as number | null }),

  build(values, context) {
    const client = clientOf(values, context);
    const occurredAt = values.occurred_at as Date | null;
    if (occurredAt) assertNotInFuture(occurredAt, context.now, "occurredAt");
    // As the demo generator and the services do: a client with a sign-in logs their own episodes.
    const loggedBy =
      (values.logged_by as LoggedBy | null) ?? (client?.userId != null ? LoggedBy.CLIENT : LoggedBy.THERAPIST);
    if (client && loggedBy === LoggedBy.CLIENT && client.userId == null) {
      context.problem("loggedBy", `Client ${client.id} has no sign-in to log an episode under; write THERAPIST.`);
    }
    if (
      !client ||
      !occurredAt ||
      values.symptom == null ||
      values.peak_intensity == null ||
      values.duration_minutes == null ||
      values.episode_type == null
    ) {
      return null;
    }
    return buildEpisodeRow(
      {
        occurredAt,
        symptom: values.symptom as Symptom,
        peakIntensity: values.peak_intensity as number,
        durationMinutes: values.duration_minutes as number,
        episodeType: values.episode_type as EpisodeType,
        triggerCategory: (values.trigger_category as TriggerCategory | null) ?? TriggerCategory.NONE_IDENTIFIED,
        situation: text(values.situation),
        thoughtsBefore: text(values.thoughts_before),
        feelingsBefore: text(values.feelings_before),
        thoughtsDuring: text(values.thoughts_during),
        feelingsDuring: text(values.feelings_during),
        thoughtsAfter: text(values.thoughts_after),
        feelingsAfter: text(values.feelings_after),
        whatIDid: text(values.what_i_did),
        wishIHadDone: text(values.wish_i_had_done),
        copingTechnique: values.coping_technique as Technique | null,
      },
      {
        clientId: client.id,
        loggedBy,
        loggedByUserId: loggedBy === LoggedBy.CLIENT ? client.userId! : client.therapistId,
      },
      client.timeZone,
      context.now,
      client.intakeDate,
    );
  },
};
