import { useState } from "react";
import { NetworkStatus } from "@apollo/client";

/** Where a list read a page at a time stands, and the way to its next page. */
export interface Paging {
  shown: number;
  totalCount: number;
  hasMore: boolean;
  loadingMore: boolean;
  failed: boolean;
  showMore: () => void;
}

/** A page of a connection as every list query here selects it. */
interface Page {
  totalCount: number;
  edges: readonly unknown[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * The paging of one connection: `loadMore(after)` reads the page after the cursor, and the cache appends it to the
 * list (features/client/paging.ts, relayStylePagination); a refetch starts again from the first page.
 */
export function usePaging(
  connection: Page | undefined,
  networkStatus: NetworkStatus,
  loadMore: (after: string) => Promise<unknown>,
): Paging {
  const [failed, setFailed] = useState(false);
  const after = connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  return {
    shown: connection?.edges.length ?? 0,
    totalCount: connection?.totalCount ?? 0,
    hasMore: Boolean(after),
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    failed,
    showMore: () => {
      if (!after) return;
      setFailed(false);
      loadMore(after).catch(() => setFailed(true));
    },
  };
}

/** "Show more" under a list, how many of how many are shown, and a failed read said in words. */
export function ShowMore({ paging, what }: { paging: Paging; what: string }) {
  return (
    <>
      <p className="no-print">
        {paging.hasMore && (
          <>
            <button type="button" className="secondary" onClick={paging.showMore} disabled={paging.loadingMore}>
              {paging.loadingMore ? "Loading more…" : "Show more"}
            </button>{" "}
          </>
        )}
        <span className="muted" role="status">
          {paging.shown} of {paging.totalCount} shown
        </span>
      </p>
      {paging.failed && (
        <p role="alert" className="field-error">
          More {what} could not be loaded. Check your connection and try again.
        </p>
      )}
    </>
  );
}
