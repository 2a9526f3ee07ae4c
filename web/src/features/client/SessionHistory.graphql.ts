import { graphql } from "../../graphql";
import type { ClientSessionsQuery } from "../../graphql/graphql";

/** What a correction changed; the session history and the episode reader show it alike. */
graphql(`
  fragment CorrectionHistory_correction on RecordCorrection {
    correctedAt
    correctedBy
    reason
    changes {
      field
      before
      after
    }
  }
`);

/** A page of the client's sessions, newest first, as they were written; "Show more" reads the next one. */
export const CLIENT_SESSIONS = graphql(`
  query ClientSessions($clientId: ID!, $after: String) {
    clientSessions(clientId: $clientId, first: 10, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          number
          occurredAt
          localDate
          attendance
          kind
          weekRating
          orsTotal
          srsTotal
          phq9Total
          gad7Total
          ors {
            individual
            interpersonal
            social
            overall
          }
          srs {
            relationship
            goalsAndTopics
            approachOrMethod
            overall
          }
          phq9Items
          gad7Items
          priorityIssueCategory
          priorityIssueText
          techniquesUsed
          crisis
          privateNotes
          corrections {
            ...CorrectionHistory_correction
          }
        }
      }
    }
  }
`);

export type SessionRecord = ClientSessionsQuery["clientSessions"]["edges"][number]["node"];
