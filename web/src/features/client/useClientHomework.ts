import { useState } from "react";
import { NetworkStatus } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { CLIENT_HOMEWORK, type HomeworkItem } from "./client.graphql";

/** Where a homework list stands, and the way to its next page. */
export interface HomeworkPaging {
  totalCount: number;
  hasMore: boolean;
  loadingMore: boolean;
  failed: boolean;
  showMore: () => void;
}

/** A client's homework, a page at a time: the first page at once, the next ones on "Show more". */
export function useClientHomework(
  clientId: string,
  { skip = false } = {},
): { items: HomeworkItem[]; loading: boolean; paging: HomeworkPaging } {
  const query = useQuery(CLIENT_HOMEWORK, { variables: { clientId }, skip });
  const [failed, setFailed] = useState(false);
  const connection = query.data?.clientHomework;
  const showMore = () => {
    if (!connection?.pageInfo.hasNextPage) return;
    setFailed(false);
    query.fetchMore({ variables: { after: connection.pageInfo.endCursor } }).catch(() => setFailed(true));
  };
  return {
    items: connection?.edges.map((edge) => edge.node) ?? [],
    loading: query.loading && !query.data,
    paging: {
      totalCount: connection?.totalCount ?? 0,
      hasMore: connection?.pageInfo.hasNextPage ?? false,
      loadingMore: query.networkStatus === NetworkStatus.fetchMore,
      failed,
      showMore,
    },
  };
}
