import { graphql } from "../../graphql";
import type { CheckInsDueQuery } from "../../graphql/graphql";

/** What the signed-in client has to do: a check-in, and sessions to rate while their 48 hours last. */
export const CHECK_INS_DUE = graphql(`
  query CheckInsDue {
    checkInsDue {
      kind
      key
      measures
      sessionId
      sessionDate
      deadline
    }
  }
`);

export type DueItem = CheckInsDueQuery["checkInsDue"][number];

export const CRISIS_RESOURCE_FIELDS = graphql(`
  fragment CrisisResourceFields on CrisisResource {
    name
    phone
    text
    url
    hours
    example
  }
`);

/** The clinic's crisis resources, for the help page. */
export const CRISIS_RESOURCES = graphql(`
  query CrisisResources {
    crisisResources {
      ...CrisisResourceFields
    }
  }
`);

export const SUBMIT_CHECK_IN = graphql(`
  mutation SubmitCheckIn($input: SubmitCheckInInput!) {
    submitCheckIn(input: $input) {
      id
      localDate
      safetyConcern
      crisisResources {
        ...CrisisResourceFields
      }
    }
  }
`);

export const SUBMIT_SESSION_FEEDBACK = graphql(`
  mutation SubmitSessionFeedback($sessionId: ID!, $srs: SrsInput!) {
    submitSessionFeedback(sessionId: $sessionId, srs: $srs) {
      sessionId
      localDate
      srsTotal
    }
  }
`);

/** Queries to refresh after a check-in or a rating: the to-do list, and the charts that may now show it. */
export const REFRESH_AFTER_CHECK_IN = ["CheckInsDue", "ClientProgress"];
