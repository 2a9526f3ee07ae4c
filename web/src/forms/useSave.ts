import { useState, type BaseSyntheticEvent } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { focusFirstProblem, showServerProblems } from "./problems";
import type { DraftControls } from "./useDraftForm";

/**
 * The save of an entry form, the same in every form: the checks first, then the mutation; once it is saved the draft
 * is forgotten and the form says what comes next (`saved`); when the checks or the server refuse, the problems are
 * shown beside their fields, the reason in general above the button, and the first problem is focused.
 */
export function useSave<T extends FieldValues, C, R>(
  form: UseFormReturn<T, C>,
  draft: DraftControls,
  formId: string,
  {
    save,
    saved,
    toPath,
    labels,
  }: {
    /** The mutation with the form's values. */
    save: (values: T) => Promise<R>;
    /** What happens once it is saved and the draft is gone. */
    saved: (result: R) => void;
    /** The server's field (`input.note`) as the form's path (`note`). */
    toPath: (field: string) => string | null;
    labels: Readonly<Record<string, string>>;
  },
): { general: string | null; submit: (event?: BaseSyntheticEvent) => Promise<void> } {
  const [general, setGeneral] = useState<string | null>(null);
  const submit = form.handleSubmit(
    async (values) => {
      setGeneral(null);
      try {
        const result = await save(values);
        draft.done();
        saved(result);
      } catch (error) {
        setGeneral(showServerProblems(error, form.setError, toPath, labels));
        focusFirstProblem(formId);
      }
    },
    () => {
      setGeneral(null);
      focusFirstProblem(formId);
    },
  );
  return { general, submit };
}
