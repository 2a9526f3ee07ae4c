import { useEffect, useState, type ReactNode } from "react";

/** Loading, with a second message when the request is slow. */
export function Loading({ what }: { what: string }) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), 3000);
    return () => clearTimeout(timer);
  }, []);
  return (
    <p className="state" role="status" aria-busy="true">
      Loading {what}…{slow && " This is taking longer than usual; it will appear when ready."}
    </p>
  );
}

/** While a page's code is on its way (the first visit to it only). */
export function PageLoading() {
  return (
    <main>
      <Loading what="the page" />
    </main>
  );
}

export function ErrorState({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <div className="state state-error" role="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}
