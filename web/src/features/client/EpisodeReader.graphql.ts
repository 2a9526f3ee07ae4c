import { graphql } from "../../graphql";
import type { ClientEpisodesQuery } from "../../graphql/graphql";

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
      }
    }
  }
`);

export type EpisodeRecord = ClientEpisodesQuery["clientEpisodes"]["edges"][number]["node"];
