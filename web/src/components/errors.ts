import { CombinedGraphQLErrors } from "@apollo/client";
import { NOT_ACCEPTED, readable, UNREACHABLE } from "./readable";

export { looksInternal, NOT_ACCEPTED, readable, UNREACHABLE } from "./readable";

const PLAIN: Record<string, string> = {
  FORBIDDEN: "You are not allowed to do this.",
  NOT_FOUND: "This could not be found; it may have been changed elsewhere. Reload the page and try again.",
  UNAUTHENTICATED: "You are signed out. Please sign in again.",
  SECOND_FACTOR_REQUIRED: "Finish signing in with your second factor first.",
  BAD_USER_INPUT: NOT_ACCEPTED,
};

const OUR_SIDE = "Something went wrong on our side. Please try again in a moment.";

/**
 * A mutation's errors in plain words: the server's reason next to each field the form labels (`fields`), and one
 * sentence for everything else (`general`), chosen by the error's code so no GraphQL text reaches the page. The
 * server names the field in its reason ("intakeDate cannot be in the future."); the form's label takes its place
 * ("Date of intake cannot be in the future."), so no field path reaches the page either.
 */
export function plainErrors(
  error: unknown,
  labels: Readonly<Record<string, string>> = {},
): { fields: Record<string, string>; general: string | null } {
  if (!error) return { fields: {}, general: null };
  if (!CombinedGraphQLErrors.is(error)) return { fields: {}, general: UNREACHABLE };
  const fields: Record<string, string> = {};
  let general: string | null = null;
  for (const e of error.errors) {
    const code = typeof e.extensions?.code === "string" ? e.extensions.code : "";
    const field = e.extensions?.field;
    if (code === "BAD_USER_INPUT" && typeof field === "string" && field in labels) {
      fields[field] = readable(e.message, `${labels[field]}: this value was not accepted.`, field, labels[field]);
    } else if (code === "BAD_USER_INPUT") general = readable(e.message, NOT_ACCEPTED);
    else general = PLAIN[code] ?? OUR_SIDE;
  }
  return { fields, general };
}

/** The error's code for one field, e.g. to tell a refusal "userId" (active clients remain) from any other. */
export function refusedField(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const e of error.errors) {
    if (e.extensions?.code === "BAD_USER_INPUT" && typeof e.extensions.field === "string") return e.extensions.field;
  }
  return null;
}
