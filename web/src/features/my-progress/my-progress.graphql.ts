import { graphql } from "../../graphql";

/**
 * The client's answers to "How was your week?" over the page's range: the sessions' (with their source and the
 * client's words) and the check-ins no session has adopted yet, for the week chart.
 */
export const MY_WEEKS = graphql(`
  query MyWeeks($clientId: ID!, $from: DateTimeISO, $bucket: Bucket!) {
    clientProgress(clientId: $clientId, from: $from, bucket: $bucket) {
      sessions {
        sessionId
        localDate
        weekRating
        weekWords
        source
      }
      checkIns {
        checkInId
        localDate
        weekRating
        weekWords
      }
    }
  }
`);
