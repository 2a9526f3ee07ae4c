import { useQuery } from "@apollo/client/react";
import { usePaging, type Paging } from "../../components/ShowMore";
import { CLIENT_HOMEWORK, type HomeworkItem } from "./client.graphql";

/** A client's homework, a page at a time: the first page at once, the next ones on "Show more". */
export function useClientHomework(
  clientId: string,
  { skip = false } = {},
): { items: HomeworkItem[]; loading: boolean; paging: Paging } {
  const query = useQuery(CLIENT_HOMEWORK, { variables: { clientId }, skip });
  const connection = query.data?.clientHomework;
  const paging = usePaging(connection, query.networkStatus, (after) => query.fetchMore({ variables: { after } }));
  return {
    items: connection?.edges.map((edge) => edge.node) ?? [],
    loading: query.loading && !query.data,
    paging,
  };
}
