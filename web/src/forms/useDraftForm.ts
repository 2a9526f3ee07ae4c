import { useCallback, useEffect, useRef, useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Resolver, type UseFormReturn } from "react-hook-form";
import { readDraft, removeDraft, writeDraft } from "./drafts";
import { useKeepAlive } from "./useKeepAlive";

const SAVE_AFTER_MS = 600;

export interface DraftControls {
  /** When the draft the form opened with was written, or null when it opened empty. */
  restoredAt: string | null;
  /** Back to the empty form, and no draft kept. */
  discard: () => void;
  /** After a successful save: the empty form again, nothing half-filled left, and no draft. */
  done: () => void;
  /** For the form's onInput: counts as activity for the sign-in session. */
  onInput: () => void;
}

/**
 * A react-hook-form form whose values are kept as a draft (forms/drafts.ts) while the person types, and that opens
 * with the draft when there is one. `key` null keeps no draft.
 */
export function useDraftForm<T extends FieldValues, C = undefined>({
  key,
  defaults,
  resolver,
  context,
}: {
  key: string | null;
  defaults: T;
  resolver: Resolver<T, C>;
  /** What the checks need to know of the page (forms/problems.ts, resolverOf). */
  context?: C;
}): { form: UseFormReturn<T, C>; draft: DraftControls } {
  const [initial] = useState(() => {
    const stored = key ? readDraft<Partial<T>>(key) : null;
    return { values: stored ? { ...defaults, ...stored.values } : defaults, savedAt: stored?.savedAt ?? null };
  });
  const [restoredAt, setRestoredAt] = useState(initial.savedAt);
  const form = useForm<T, C>({
    defaultValues: initial.values as DefaultValues<T>,
    resolver,
    context,
    // Focus goes to the first invalid field on the page, in reading order (focusFirstProblem), not in
    // the order the fields were registered.
    shouldFocusError: false,
  });
  const keepAlive = useKeepAlive();

  // Saved as the person types, a moment after they pause, and at once when the form goes (sign-in expired).
  const pending = useRef<T | null>(null);
  useEffect(() => {
    if (!key) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      clearTimeout(timer);
      if (pending.current) writeDraft(key, pending.current);
      pending.current = null;
    };
    // Only what the person changed (a field's name comes with it), not a reset back to the empty form.
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: ({ values, name }) => {
        if (!name) return;
        pending.current = values;
        clearTimeout(timer);
        timer = setTimeout(flush, SAVE_AFTER_MS);
      },
    });
    return () => {
      unsubscribe();
      flush();
    };
  }, [key, form]);

  const forget = useCallback(() => {
    pending.current = null;
    if (key) removeDraft(key);
    setRestoredAt(null);
    form.reset(defaults);
  }, [key, form, defaults]);

  return { form, draft: { restoredAt, discard: forget, done: forget, onInput: keepAlive } };
}
