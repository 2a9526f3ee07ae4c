/*
 * A server's reason in words for people: the part every page needs, the sign-in page included, apart from the
 * forms' helpers in errors.ts.
 */

export const NOT_ACCEPTED = "Something entered was not accepted. Check the form and try again.";
export const UNREACHABLE = "The request failed. Check your connection and try again.";

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

/** `intakeDate cannot be in the future.` → `Date of intake cannot be in the future.`: the name that opens the reason. */
function inWords(message: string, field: string, label: string): string {
  return message.startsWith(field) && !/[\w.[]/.test(message.charAt(field.length))
    ? label + message.slice(field.length)
    : message;
}
