import { graphql } from "../../graphql";
import "./paging";
import type { SessionHistory_SessionFragment } from "../../graphql/graphql";

/** A session as the history shows it, and as the correction form starts from. */
export const SessionHistory_Fragment = graphql(`
  fragment SessionHistory_session on Session {
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
          ...SessionHistory_session
        }
      }
    }
  }
`);

/** The session as corrected, with its history: the cache updates the list's entry in place. */
export const CORRECT_SESSION = graphql(`
  mutation CorrectSession($sessionId: ID!, $reason: String!, $input: RecordSessionInput!) {
    correctSession(sessionId: $sessionId, reason: $reason, input: $input) {
      ...SessionHistory_session
    }
  }
`);

export type SessionRecord = SessionHistory_SessionFragment;
