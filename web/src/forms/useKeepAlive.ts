import { useCallback } from "react";
import { useApolloClient } from "@apollo/client/react";
import { SESSION_EXPIRED } from "../app/apollo";
import { ME } from "../features/login/login.graphql";

/**
 * The server signs a person out after 30 idle minutes (server/auth), and typing a long session note makes no
 * request. While someone types, one light request every few minutes tells the server they are still here.
 */
const EVERY_MS = 4 * 60_000;
let lastPing = Date.now();

export function useKeepAlive(): () => void {
  const client = useApolloClient();
  return useCallback(() => {
    if (Date.now() - lastPing < EVERY_MS) return;
    lastPing = Date.now();
    // Not cached: a "nobody is signed in" answer must not replace the page before the expiry flow keeps the draft.
    void client
      .query({ query: ME, fetchPolicy: "no-cache" })
      .then(({ data }) => {
        if (data && !data.me) window.dispatchEvent(new Event(SESSION_EXPIRED));
      })
      .catch(() => undefined);
  }, [client]);
}
