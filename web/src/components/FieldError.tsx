import { createContext, useContext } from "react";

/**
 * A prefix for the ids of the fields inside it. A form that may be open beside another of the same kind (a correction
 * beside "Record a session") sets one, so no two controls on the page share an id.
 */
export const FieldScope = createContext("");

/** A server's BAD_USER_INPUT message, next to the field it names. */
export function FieldError({ errors, field }: { errors: Record<string, string>; field: string }) {
  const scope = useContext(FieldScope);
  const message = errors[field];
  if (!message) return null;
  return (
    <span className="field-error" role="alert" id={errorId(field, scope)} data-field={field}>
      {message}
    </span>
  );
}

/** Field names for aria-describedby and test ids: `ors.individual` → `error-ors-individual`. */
export const errorId = (field: string, scope = "") => `error-${scope}${field.replace(/[^a-zA-Z0-9]+/g, "-")}`;
