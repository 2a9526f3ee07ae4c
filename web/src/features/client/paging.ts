import { relayStylePagination } from "@apollo/client/utilities";
import { cache } from "../../app/apollo";

/**
 * "Show more" appends the next page to the one list per client; a refetch starts again from the first page. The
 * rule comes with the queries of these lists (each imports this module), so pages without them do not load it.
 */
cache.policies.addTypePolicies({
  Query: {
    fields: {
      clientHomework: relayStylePagination(["clientId"]),
      clientSessions: relayStylePagination(["clientId"]),
      clientEpisodes: relayStylePagination(["clientId"]),
      clientAccessLog: relayStylePagination(["clientId"]),
    },
  },
});
