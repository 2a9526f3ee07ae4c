import { CombinedGraphQLErrors } from "@apollo/client";

/** The server's refusal to show a client (not theirs, or not there), shared by every page about one client. */
export function isRefusal(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.code === "NOT_FOUND" || e.extensions?.code === "FORBIDDEN")
  );
}

export function Refusal() {
  return (
    <main>
      <h1>Not available</h1>
      <p role="alert" data-testid="refusal">
        You do not have access to this client's information. Only the client and their own therapist can see it.
      </p>
    </main>
  );
}
