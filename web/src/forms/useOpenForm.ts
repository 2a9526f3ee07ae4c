import { useState } from "react";
import { draftKey } from "./drafts";
import { useViewerId } from "./useViewerId";

/**
 * Which entry form is open on a client's page, remembered with the drafts: after signing in again (an expired
 * session) the same form opens with its draft, and signing out forgets it with them.
 */
export function useOpenForm<T extends string>(clientId: string): [T | null, (next: T | null) => void] {
  const viewerId = useViewerId();
  const key = viewerId ? draftKey(viewerId, clientId, "open") : null;
  const [open, setOpen] = useState<T | null>(() => (key ? (stored(key) as T | null) : null));
  const set = (next: T | null) => {
    setOpen(next);
    if (!key) return;
    try {
      if (next) localStorage.setItem(key, next);
      else localStorage.removeItem(key);
    } catch {
      // Storage refused: the form is simply not reopened.
    }
  };
  return [open, set];
}

function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
