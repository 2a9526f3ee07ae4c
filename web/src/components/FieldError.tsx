/** A server's BAD_USER_INPUT message, next to the field it names. */
export function FieldError({ errors, field }: { errors: Record<string, string>; field: string }) {
  const message = errors[field];
  if (!message) return null;
  return (
    <span className="field-error" role="alert" id={errorId(field)} data-field={field}>
      {message}
    </span>
  );
}

/** Field names for aria-describedby and test ids: `ors.individual` → `error-ors-individual`. */
export const errorId = (field: string) => `error-${field.replace(/[^a-zA-Z0-9]+/g, "-")}`;
