import { CombinedGraphQLErrors } from "@apollo/client";
import type { FieldError, FieldErrors, FieldValues, Path, Resolver, UseFormSetError } from "react-hook-form";
import { NOT_ACCEPTED, UNREACHABLE, readable } from "../components/errors";

export { focusFirstProblem } from "./ProblemSummary";

/** Problems found in a form, by the field's path in the form's values (`ors.social`, `phq9.3`): words for people. */
export type Problems = Record<string, string>;

/** `{ "ors.social": "…" }` → `{ ors: { social: { type, message } } }`, react-hook-form's shape of errors. */
function nested(problems: Problems): FieldErrors {
  const errors: Record<string, unknown> = {};
  for (const [path, message] of Object.entries(problems)) {
    const parts = path.split(".");
    let at = errors;
    for (const part of parts.slice(0, -1)) at = (at[part] ??= {}) as Record<string, unknown>;
    at[parts.at(-1)!] = { type: "validate", message } satisfies FieldError;
  }
  return errors as FieldErrors;
}

/**
 * A resolver that checks all of a form at once and reports every problem, not only the first. `context` is what the
 * form shows now (react-hook-form's context, given afresh on every render).
 */
export function resolverOf<T extends FieldValues, C = undefined>(
  check: (values: T, context: C | undefined) => Problems,
): Resolver<T, C> {
  return (values, context) => {
    const problems = check(values, context);
    return Object.keys(problems).length === 0
      ? { values, errors: {} }
      : { values: {}, errors: nested(problems) as FieldErrors<T> };
  };
}

/** react-hook-form's errors, flat by path, as `Field` takes them. */
export function flatErrors(errors: FieldErrors, prefix = ""): Problems {
  const flat: Problems = {};
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== "object" || key === "ref") continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof (value as FieldError).message === "string") flat[path] = (value as FieldError).message!;
    else Object.assign(flat, flatErrors(value as FieldErrors, path));
  }
  return flat;
}

/**
 * A failed save's errors, in words: each BAD_USER_INPUT whose field the form has (`toPath` turns the server's
 * field into the form's path, or null) goes beside that field, labelled; everything else becomes one general
 * sentence.
 */
export function serverProblems(
  error: unknown,
  toPath: (field: string) => string | null,
  labels: Readonly<Record<string, string>>,
): { fields: Problems; general: string | null } {
  if (!CombinedGraphQLErrors.is(error)) return { fields: {}, general: UNREACHABLE };
  const fields: Problems = {};
  let general: string | null = null;
  for (const e of error.errors) {
    const code = e.extensions?.code;
    const field = typeof e.extensions?.field === "string" ? e.extensions.field : null;
    const path = field ? toPath(field) : null;
    if (code === "BAD_USER_INPUT" && field && path && labels[path]) {
      fields[path] = readable(e.message, `${labels[path]}: this value was not accepted.`, field, labels[path]);
    } else if (code === "BAD_USER_INPUT") general = readable(e.message, NOT_ACCEPTED);
    else general = generalMessage(code);
  }
  return { fields, general };
}

const GENERAL: Record<string, string> = {
  FORBIDDEN: "You are not allowed to do this.",
  NOT_FOUND: "This could not be found; it may have been changed elsewhere. Reload the page and try again.",
  UNAUTHENTICATED: "You are signed out. Your entries are kept: sign in again to save them.",
};
const generalMessage = (code: unknown) =>
  (typeof code === "string" ? GENERAL[code] : undefined) ??
  "Something went wrong on our side. Please try again in a moment.";

/** A failed save's field problems set beside their fields; the general sentence, if any, returned for the summary. */
export function showServerProblems<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  toPath: (field: string) => string | null,
  labels: Readonly<Record<string, string>>,
): string | null {
  const problems = serverProblems(error, toPath, labels);
  for (const [path, message] of Object.entries(problems.fields)) {
    setError(path as Path<T>, { type: "server", message });
  }
  return problems.general;
}
