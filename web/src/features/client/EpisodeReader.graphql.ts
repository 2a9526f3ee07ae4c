import { graphql } from "../../graphql";
import "./paging";
import type { EpisodeReader_EpisodeFragment } from "../../graphql/graphql";

/** An episode as the reader shows it, and as the correction form starts from. */
export const EpisodeReader_Fragment = graphql(`
  fragment EpisodeReader_episode on SymptomEpisode {
    id
    occurredAt
    localDate
    symptom
    peakIntensity
    durationMinutes
    episodeType
    triggerCategory
    situation
    thoughtsBefore
    feelingsBefore
    thoughtsDuring
    feelingsDuring
    thoughtsAfter
    feelingsAfter
    whatIDid
    wishIHadDone
    copingTechnique
    loggedBy
    corrections {
      ...CorrectionHistory_correction
    }
  }
`);

/** A page of the client's episodes, newest first, with their thought records; "Show more" reads the next one. */
export const CLIENT_EPISODES = graphql(`
  query ClientEpisodes($clientId: ID!, $after: String) {
    clientEpisodes(clientId: $clientId, first: 10, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...EpisodeReader_episode
        }
      }
    }
  }
`);

/** The episode as corrected, with its history: the cache updates the list's entry in place. */
export const CORRECT_EPISODE = graphql(`
  mutation CorrectEpisode($episodeId: ID!, $reason: String!, $input: LogEpisodeInput!) {
    correctEpisode(episodeId: $episodeId, reason: $reason, input: $input) {
      ...EpisodeReader_episode
    }
  }
`);

export type EpisodeRecord = EpisodeReader_EpisodeFragment;
