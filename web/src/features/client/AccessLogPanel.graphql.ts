import { graphql } from "../../graphql";
import "./paging";

/** A page of who read or changed the client's record, newest first; "Show more" reads the next one. */
export const CLIENT_ACCESS_LOG = graphql(`
  query ClientAccessLog($clientId: ID!, $after: String) {
    clientAccessLog(clientId: $clientId, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          actor
          actorRole
          action
          at
        }
      }
    }
  }
`);
