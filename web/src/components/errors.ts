import { CombinedGraphQLErrors } from "@apollo/client";

const PLAIN: Record<string, string> = {
  FORBIDDEN: "You are not allowed to do this.",
  NOT_FOUND: "This could not be found; it may have been changed elsewhere. Reload the page and try again.",
  UNAUTHENTICATED: "You are signed out. Please sign in again.",
  SECOND_FACTOR_REQUIRED: "Finish signing in with your second factor first.",
  BAD_USER_INPUT: "Something entered was not accepted. Check the form and try again.",
};

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
  if (!CombinedGraphQLErrors.is(error)) {
    return { fields: {}, general: "The request failed. Check your connection and try again." };
  }
  const fields: Record<string, string> = {};
  let general: string | null = null;
  for (const e of error.errors) {
    const code = typeof e.extensions?.code === "string" ? e.extensions.code : "";
    const field = e.extensions?.field;
    if (code === "BAD_USER_INPUT" && typeof field === "string" && field in labels) {
      fields[field] = inWords(e.message, field, labels[field]!);
    } else if (code === "BAD_USER_INPUT" && typeof field === "string") general = e.message;
    else general = PLAIN[code] ?? "Something went wrong on our side. Please try again in a moment.";
  }
  return { fields, general };
}

/** `intakeDate cannot be in the future.` → `Date of intake cannot be in the future.`: the name that opens the reason. */
function inWords(message: string, field: string, label: string): string {
  return message.startsWith(field) && !/\w/.test(message.charAt(field.length))
    ? label + message.slice(field.length)
    : message;
}

/** The error's code for one field, e.g. to tell a refusal "userId" (active clients remain) from any other. */
export function refusedField(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const e of error.errors) {
    if (e.extensions?.code === "BAD_USER_INPUT" && typeof e.extensions.field === "string") return e.extensions.field;
  }
  return null;
}
