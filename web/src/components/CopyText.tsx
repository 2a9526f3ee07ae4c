import { useId, useState } from "react";

/**
 * Something to hand on (an invitation link, an access token): shown in full, selectable, with a Copy button. The
 * text stays on the page, so a person can copy it by hand when the clipboard is not available.
 */
export function CopyText({ label, value, testId }: { label: string; value: string; testId?: string }) {
  const id = useId();
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  };
  return (
    <div className="copy-text">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input id={id} readOnly value={value} data-testid={testId} onFocus={(e) => e.target.select()} />
        <button type="button" className="secondary" onClick={() => void copy()}>
          Copy
        </button>
      </div>
      {copied && (
        <span role="status" className={copied === "yes" ? "saved" : "muted"}>
          {copied === "yes" ? "Copied." : "Could not copy here: select the text and copy it yourself."}
        </span>
      )}
    </div>
  );
}

/** `2026-12-09T10:00:00.000Z` → "9 Dec 2026, 10:00" in the browser's timezone. */
export function dateTimeInWords(iso: string): string {
  return new Date(iso).toLocaleString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}
