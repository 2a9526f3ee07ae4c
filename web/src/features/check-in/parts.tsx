import { useEffect, useRef, type ReactNode } from "react";
import { Controller, type Control, type FieldValues, type Path, type UseFormRegister } from "react-hook-form";
import { AnalogueScale } from "../../components/AnalogueScale";
import { FieldError, errorId } from "../../components/FieldError";
import { getFragmentData, type FragmentType } from "../../graphql";
import { CRISIS_RESOURCE_FIELDS } from "./check-in.graphql";
import "./check-in.css";

/** The four lines of the ORS or the SRS, each a react-hook-form Controller over an AnalogueScale. */
export function ScaleLines<T extends FieldValues>({
  prefix,
  lines,
  control,
  errors,
}: {
  prefix: "ors" | "srs";
  lines: readonly (readonly [string, string, readonly [string, string]])[];
  control: Control<T>;
  errors: Record<string, string>;
}) {
  return (
    <>
      {lines.map(([key, label, anchors]) => {
        const path = `${prefix}.${key}`;
        return (
          <div key={key} className="field scale-field">
            <Controller
              name={path as Path<T>}
              control={control}
              render={({ field }) => (
                <AnalogueScale
                  label={label}
                  anchors={anchors}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  name={path}
                  invalid={Boolean(errors[path])}
                  errorId={errorId(path)}
                />
              )}
            />
            <FieldError errors={errors} field={path} />
          </div>
        );
      })}
    </>
  );
}

/**
 * One question answered by choosing one of a few answers: a radio group named by the question, each answer big
 * enough for a thumb. The answers carry the invalid state, so the first problem can take the focus.
 */
export function RadioQuestion<T extends FieldValues>({
  question,
  field,
  options,
  register,
  errors,
  compact = false,
  children,
}: {
  question: string;
  field: string;
  options: readonly (readonly [string, string])[];
  register: UseFormRegister<T>;
  errors: Record<string, string>;
  /** Short answers (numbers) side by side, several to a row. */
  compact?: boolean;
  children?: ReactNode;
}) {
  const id = `question-${field.replace(/[^a-zA-Z0-9]+/g, "-")}`;
  const invalid = Boolean(errors[field]);
  return (
    <div className={`field radio-question${invalid ? " invalid" : ""}`}>
      <div role="radiogroup" aria-labelledby={id}>
        <p id={id} className="question-text">
          {question}
        </p>
        <div className={compact ? "answers answers-compact" : "answers"}>
          {options.map(([value, text]) => (
            <label key={value} className="answer">
              <input
                type="radio"
                value={value}
                {...register(field as Path<T>)}
                {...(invalid ? { "aria-invalid": true, "aria-describedby": errorId(field) } : {})}
              />
              <span>{text}</span>
            </label>
          ))}
        </div>
        {children}
      </div>
      <FieldError errors={errors} field={field} />
    </div>
  );
}

/** The clinic's places to turn to now: phone (a link that calls), text, web address and hours; examples say so. */
export function CrisisResourceList({
  resources: masked,
}: {
  resources: readonly FragmentType<typeof CRISIS_RESOURCE_FIELDS>[];
}) {
  const resources = getFragmentData(CRISIS_RESOURCE_FIELDS, masked);
  return (
    <ul className="crisis-resources" data-testid="crisis-resources">
      {resources.map((resource, i) => (
        <li key={i} className="panel crisis-resource">
          <h2>
            {resource.name}
            {resource.example && <span className="example-badge">Example</span>}
          </h2>
          {resource.example && (
            <p className="muted">This is an example entry, not a real service: your clinic has not set this one yet.</p>
          )}
          <ul className="resource-ways">
            {resource.phone && (
              <li>
                Call: <a href={`tel:${resource.phone.replace(/[^\d+]/g, "")}`}>{resource.phone}</a>
              </li>
            )}
            {resource.text && (
              // A sentence ("Text HOME to 741741", "Call your local emergency number") as written; a bare number is
              // one to text.
              <li>{/^[A-Za-z]/.test(resource.text) ? resource.text : `Text: ${resource.text}`}</li>
            )}
            {resource.url && (
              <li>
                Online:{" "}
                <a href={resource.url} target="_blank" rel="noreferrer">
                  {resource.url}
                </a>
              </li>
            )}
            {resource.hours && <li>Open: {resource.hours}</li>}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** A heading that takes the focus when it appears in place of a form, so a screen reader reads the new screen. */
export function ArrivingHeading({ children }: { children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}
