import { CombinedGraphQLErrors } from "@apollo/client";

const PLAIN: Record<string, string> = {
  FORBIDDEN: "You are not allowed to do this.",
  NOT_FOUND: "This could not be found; it may have been changed elsewhere. Reload the page and try again.",
  UNAUTHENTICATED: "You are signed out. Please sign in again.",
  SECOND_FACTOR_REQUIRED: "Finish signing in with your second factor first.",
  BAD_USER_INPUT: "Something entered was not accepted. Check the form and try again.",
};

export const NOT_ACCEPTED = PLAIN.BAD_USER_INPUT!;
export const UNREACHABLE = "The request failed. Check your connection and try again.";
const OUR_SIDE = "Something went wrong on our side. Please try again in a moment.";

/**
 * What a person should never read: GraphQL's own wording (`Variable "$input" got invalid value`), a field path
 * (`input.ors.social`, `phq9[3]`), a schema name in camelCase (`peakIntensity`), or a clinical rule's code
 * (`PHQ9_RELIABLE_CHANGE`).
 */
const INTERNAL = [
  /Variable "\$/,
  /\binput\./,
  /\$\w/,
  /[a-z]\.[a-z]/i,
  /\w\[\d+\]/,
  /\b[a-z]+[A-Z][a-zA-Z]*\b/,
  /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/,
  /\b(GraphQL|Int|Float|String|ID|Boolean)\b/,
];

export const looksInternal = (text: string) => INTERNAL.some((pattern) => pattern.test(text));

/**
 * A server's reason as a sentence for people, or `fallback` when it still reads like internals. The field name
 * that opens it becomes the form's label (`intakeDate cannot be in the future.` → `Date of intake cannot be in the
 * future.`), and the value echoed back (`, got 11`) goes: the person can see what they typed.
 */
export function readable(message: string, fallback: string, field?: string, label?: string): string {
  let text = message.replace(/,? got .*$/s, "").trim();
  if (field && label) text = inWords(text, field, label);
  if (text && !/[.!?]$/.test(text)) text += ".";
  return text && !looksInternal(text) ? text : fallback;
}

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

/** `intakeDate cannot be in the future.` → `Date of intake cannot be in the future.`: the name that opens the reason. */
function inWords(message: string, field: string, label: string): string {
  return message.startsWith(field) && !/[\w.[]/.test(message.charAt(field.length))
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
