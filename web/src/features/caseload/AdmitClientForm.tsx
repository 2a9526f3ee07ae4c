import { useId, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { navigate } from "../../app/router";
import { urls } from "../../app/urls";
import { todayForInput } from "../../components/options";
import {
  CLIENT_DETAIL_LABELS,
  ClientDetailsFields,
  checkClientDetails,
  type ClientDetailsValues,
} from "../../forms/ClientDetailsFields";
import { draftKey } from "../../forms/drafts";
import { DraftNote, FormEnd } from "../../forms/FormNotes";
import { flatErrors, focusFirstProblem, resolverOf, showServerProblems } from "../../forms/problems";
import { useDraftForm } from "../../forms/useDraftForm";
import { useViewerId } from "../../forms/useViewerId";
import { graphql } from "../../graphql";

const ADMIT_CLIENT = graphql(`
  mutation AdmitClient($input: AdmitClientInput!) {
    admitClient(input: $input) {
      id
      displayName
    }
  }
`);

const emptyDetails = (): ClientDetailsValues => ({
  displayName: "",
  email: "",
  complaint: "",
  ageBand: "",
  intakeDate: todayForInput(),
});

/** A new client on the therapist's own caseload; then their page, where the first session is recorded. */
export function AdmitClientForm({ onCancel }: { onCancel?: () => void }) {
  const formId = useId();
  const viewerId = useViewerId();
  const [defaults] = useState(emptyDetails);
  const { form, draft } = useDraftForm({
    key: viewerId ? draftKey(viewerId, "new", "admit") : null,
    defaults,
    resolver: resolverOf(checkClientDetails),
  });
  const [general, setGeneral] = useState<string | null>(null);
  const [admit] = useMutation(ADMIT_CLIENT, { refetchQueries: ["Caseload"] });
  const errors = flatErrors(form.formState.errors);

  const submit = form.handleSubmit(
    async (values) => {
      setGeneral(null);
      const { complaint, ageBand } = values;
      if (!complaint || !ageBand) return;
      try {
        const { data } = await admit({
          variables: {
            input: {
              displayName: values.displayName.trim(),
              email: values.email.trim() || null,
              complaint,
              intakeDate: values.intakeDate,
              ageBand,
            },
          },
        });
        draft.done();
        if (data) navigate(urls.client(data.admitClient.id));
      } catch (error) {
        setGeneral(showServerProblems(error, form.setError, (field) => field, CLIENT_DETAIL_LABELS));
        focusFirstProblem(formId);
      }
    },
    () => {
      setGeneral(null);
      focusFirstProblem(formId);
    },
  );

  return (
    <form
      id={formId}
      className="panel entry"
      onSubmit={(event) => void submit(event)}
      onInput={draft.onInput}
      noValidate
      aria-labelledby="admit-title"
      data-testid="admit-client-form"
    >
      <h2 id="admit-title">Admit a client</h2>
      <DraftNote restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      <ClientDetailsFields
        register={form.register}
        errors={errors}
        emailLabel="Email (optional, to invite them to the app)"
        choose
      />
      <FormEnd
        title="The client was not admitted."
        general={general}
        errors={errors}
        busy={form.formState.isSubmitting}
        action="Admit client"
        busyAction="Admitting…"
        onCancel={onCancel}
      />
    </form>
  );
}
