import { useContext, type ReactNode } from "react";
import { FieldError, FieldScope, errorId } from "./FieldError";

/** What a field's control is given: its id, name and the accessible wiring to its message. */
export type FieldProps = { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean; name: string };

/** A labelled control with the server's message for its field beneath it. */
export function Field({
  label,
  field,
  errors,
  children,
}: {
  label: string;
  field: string;
  errors: Record<string, string>;
  children: (props: FieldProps) => ReactNode;
}) {
  const scope = useContext(FieldScope);
  const id = `input-${scope}${field.replace(/[^a-zA-Z0-9]+/g, "-")}`;
  const invalid = Boolean(errors[field]);
  return (
    <div className={`field${invalid ? " invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        name: field,
        ...(invalid ? { "aria-describedby": errorId(field, scope), "aria-invalid": true } : {}),
      })}
      <FieldError errors={errors} field={field} />
    </div>
  );
}
