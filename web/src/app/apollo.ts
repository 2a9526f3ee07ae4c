import { ApolloClient, ApolloLink, CombinedGraphQLErrors, InMemoryCache } from "@apollo/client";
import { BaseHttpLink } from "@apollo/client/link/http";
import { tap } from "rxjs";
import { NOT_ACCEPTED, readable, UNREACHABLE } from "../components/readable";

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

/** Watches every answer but the sign-in's own for the session ending or wanting its second factor. */
const sessionWatch = new ApolloLink((operation, forward) =>
  forward(operation).pipe(
    tap((result) => {
      if (operation.operationName === "Me" || operation.operationName === "Login") return;
      const codes = (result.errors ?? []).map((e) => e.extensions?.code);
      if (codes.includes("UNAUTHENTICATED")) window.dispatchEvent(new Event(SESSION_EXPIRED));
      if (codes.includes("SECOND_FACTOR_REQUIRED")) window.dispatchEvent(new Event(SECOND_FACTOR_NEEDED));
    }),
  ),
);

/** The client's cache; pages add the rules of their own lists to it (features/client/paging.ts). */
export const cache = new InMemoryCache({
  typePolicies: {
    // Progress is computed per request (range, bucket); keep each answer whole rather than normalising parts.
    ClientProgress: { keyFields: false },
    CaseloadEntry: { keyFields: false },
    PlanRevision: { keyFields: false },
    ProgressPlanRevision: { keyFields: false },
    // The paged lists' rules come with their queries (features/client/paging.ts).
  },
});

export const apolloClient = new ApolloClient({
  // The plain HTTP link: this app's own server has no use for the client-awareness headers and extensions.
  link: ApolloLink.from([sessionWatch, new BaseHttpLink({ uri: "/graphql", credentials: "same-origin" })]),
  cache,
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
