/**
 * Unsaved form entries, kept in this browser so a session that expires, a page that fails or a closed tab loses
 * no work. Keyed by the person and the client (`follow-up:draft:<user>:<client>:<form>`), so one person's drafts are
 * never offered to another who signs in on the same browser, and all of them go at sign-out.
 */
const PREFIX = "follow-up:draft:";

export const draftKey = (userId: string, clientId: string, form: string) => `${PREFIX}${userId}:${clientId}:${form}`;

export interface Draft<T> {
  savedAt: string;
  values: T;
}

export function readDraft<T>(key: string): Draft<T> | null {
  try {
    const stored = JSON.parse(localStorage.getItem(key) ?? "null") as Draft<T> | null;
    return stored && typeof stored.savedAt === "string" && typeof stored.values === "object" ? stored : null;
  } catch {
    return null;
  }
}

export function writeDraft<T>(key: string, values: T): void {
  try {
    localStorage.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), values }));
  } catch {
    // Storage full or refused (private browsing): the form still works, only without a draft.
  }
}

export function removeDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // As above: nothing was stored.
  }
}

/** At sign-out: every draft of this person. */
export function clearDrafts(userId: string): void {
  try {
    const mine = `${PREFIX}${userId}:`;
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i));
    for (const key of keys) if (key?.startsWith(mine)) localStorage.removeItem(key);
  } catch {
    // As above.
  }
}
