import type { ReactNode } from "react";
import { dateTimeInWords } from "../components/CopyText";
import { ProblemSummary } from "./ProblemSummary";
import type { Problems } from "./problems";
import "./forms.css";

export { ProblemSummary };

/**
 * How every entry form ends: the problems of a failed save (the server's reason, or a request to correct the fields
 * listed), whatever the form says about its last save (`children`), the submit button, which says what is happening
 * while the save is under way, and the way out when the form can be left.
 */
export function FormEnd({
  title,
  general,
  errors,
  busy,
  action,
  busyAction = "Saving…",
  correct = "Please correct:",
  onCancel,
  cancelLabel = "Cancel",
  children,
}: {
  title: string;
  general: string | null;
  errors: Problems;
  busy: boolean;
  action: string;
  busyAction?: string;
  /** What is asked of the person when fields need changing. */
  correct?: string;
  onCancel?: () => void;
  cancelLabel?: string;
  children?: ReactNode;
}) {
  return (
    <>
      <ProblemSummary
        title={title}
        general={general ?? (Object.keys(errors).length > 0 ? correct : null)}
        problems={Object.values(errors)}
      />
      {children}
      <button type="submit" disabled={busy}>
        {busy ? busyAction : action}
      </button>
      {onCancel && (
        <>
          {" "}
          <button type="button" className="secondary" onClick={onCancel}>
            {cancelLabel}
          </button>
        </>
      )}
    </>
  );
}

/** "Draft restored from …", with the way back to an empty form. */
export function DraftNote({ restoredAt, onDiscard }: { restoredAt: string | null; onDiscard: () => void }) {
  if (!restoredAt) return null;
  return (
    <p className="draft-note" role="status" data-testid="draft-note">
      Draft restored from {dateTimeInWords(restoredAt)}.{" "}
      <button type="button" className="secondary" onClick={onDiscard}>
        Discard draft
      </button>
    </p>
  );
}

/**
 * A refresh that failed while the page still shows what it had: said, with a way to try again, without taking the
 * page (and a form being filled in on it) away.
 */
export function RefreshNote({ onRetry }: { onRetry: () => void }) {
  return (
    <p className="refresh-note" role="status" data-testid="refresh-failed">
      Could not refresh — what is shown may be out of date.{" "}
      <button type="button" className="secondary" onClick={onRetry}>
        Retry
      </button>
    </p>
  );
}
