import "./forms.css";

/* The sign-in page shows a form's problems too: what it needs is here, apart from the forms' other helpers. */

/**
 * The problems of a failed save, all of them, in one place: what was not saved and why in general (the server's
 * reason, or a request to correct), then each field's message, so nobody has to scroll to find what is wrong.
 */
export function ProblemSummary({
  title,
  general,
  problems,
}: {
  title: string;
  general: string | null;
  problems: string[];
}) {
  const listed = [...new Set(problems)];
  if (!general && listed.length === 0) return null;
  return (
    <div className="problem-summary" role="alert" tabIndex={-1} data-problems="true" data-testid="problem-summary">
      <p>
        <strong>{title}</strong> {general}
      </p>
      {listed.length > 0 && (
        <ul>
          {listed.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** After a failed save, once the page shows it: the first field marked invalid, or else the summary. */
export function focusFirstProblem(formId: string): void {
  setTimeout(() => {
    const form = document.getElementById(formId);
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form?.querySelector<HTMLElement>('[data-problems="true"]');
    target?.focus();
  }, 0);
}
