import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from "@apollo/client";
import { ErrorLink } from "@apollo/client/link/error";
import { relayStylePagination } from "@apollo/client/utilities";
import { NOT_ACCEPTED, readable, UNREACHABLE } from "../components/errors";

/** Fired when the server says the session is gone (expired, revoked); the app returns to sign-in and says why. */
export const SESSION_EXPIRED = "follow-up:session-expired";

/**
 * Where to return after signing in: a path on this site only (`/clients/7?x=1`), never `//elsewhere.example`,
 * `/\elsewhere.example` or `https://…`, which a crafted sign-in link could otherwise send a person to.
 */
export function safeNext(next: string | null, origin = window.location.origin): string | null {
  if (!next || !next.startsWith("/") || next.startsWith("//")) return null;
  if (next.includes("\\") || [...next].some((c) => c < " ") || /^\/login\b/.test(next)) return null;
  const url = new URL(next, origin);
  return url.origin === origin ? url.pathname + url.search + url.hash : null;
}

/** Fired when the server says the session has a password but not yet its second factor; the app asks for it. */
export const SECOND_FACTOR_NEEDED = "follow-up:second-factor-needed";

const sessionWatch = new ErrorLink(({ error, operation }) => {
  if (operation.operationName === "Me" || operation.operationName === "Login") return;
  if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === "UNAUTHENTICATED")) {
    window.dispatchEvent(new Event(SESSION_EXPIRED));
  }
  if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === "SECOND_FACTOR_REQUIRED")) {
    window.dispatchEvent(new Event(SECOND_FACTOR_NEEDED));
  }
});

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([sessionWatch, new HttpLink({ uri: "/graphql", credentials: "same-origin" })]),
  cache: new InMemoryCache({
    typePolicies: {
      // Progress is computed per request (range, bucket); keep each answer whole rather than normalising parts.
      ClientProgress: { keyFields: false },
      CaseloadEntry: { keyFields: false },
      PlanRevision: { keyFields: false },
      ProgressPlanRevision: { keyFields: false },
      // "Show more" appends the next page to the one list per client; a refetch starts again from the first page.
      Query: {
        fields: {
          clientHomework: relayStylePagination(["clientId"]),
          clientSessions: relayStylePagination(["clientId"]),
          clientEpisodes: relayStylePagination(["clientId"]),
          clientAccessLog: relayStylePagination(["clientId"]),
        },
      },
    },
  }),
  defaultOptions: { watchQuery: { fetchPolicy: "cache-and-network" } },
});

/**
 * `{ "ors.individual": "…" }` from a mutation's BAD_USER_INPUT errors, for messages next to their fields; every
 * message in words (components/errors.ts), never GraphQL's own.
 */
export function fieldErrors(error: unknown): { fields: Record<string, string>; general: string | null } {
  if (!CombinedGraphQLErrors.is(error)) return { fields: {}, general: error ? UNREACHABLE : null };
  const fields: Record<string, string> = {};
  let general: string | null = null;
  for (const e of error.errors) {
    const field = e.extensions?.field;
    if (typeof field === "string") fields[field] = readable(e.message, NOT_ACCEPTED);
    else general = readable(e.message, NOT_ACCEPTED);
  }
  return { fields, general };
}
