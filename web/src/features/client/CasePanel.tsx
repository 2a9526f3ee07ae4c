import { useId, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { navigate } from "../../app/router";
import { urls } from "../../app/urls";
import { shortDate } from "../../charts/format";
import { CopyText, dateTimeInWords } from "../../components/CopyText";
import { Field } from "../../components/Field";
import { plainErrors } from "../../components/errors";
import { AGE_BAND_OPTIONS, COMPLAINT_OPTIONS, OUTCOME_OPTIONS, todayForInput } from "../../components/options";
import {
  CLIENT_DETAIL_LABELS,
  ClientDetailsFields,
  checkClientDetails,
  type ClientDetailsValues,
} from "../../forms/ClientDetailsFields";
import { FormEnd } from "../../forms/FormNotes";
import { blank } from "../../forms/checks";
import { flatErrors, focusFirstProblem, resolverOf, showServerProblems, type Problems } from "../../forms/problems";
import { useDraftForm } from "../../forms/useDraftForm";
import { ErrorState, Loading } from "../../components/States";
import { graphql } from "../../graphql";
import type { AgeBand, CaseOutcome, ClientCaseQuery, ComplaintCategory } from "../../graphql/graphql";
import { REFRESH_AFTER_WRITE } from "./client.graphql";

/**
 * The therapist's read of the client: their details, and their safety alerts (a client is refused these, so this
 * query is never one a client's page runs). The Case and Safety alerts panels share it: one read, audited once.
 */
export const CLIENT_CASE = graphql(`
  query ClientCase($id: ID!) {
    client(id: $id) {
      id
      displayName
      email
      hasAccount
      status
      closedOn
      complaint
      ageBand
      intakeDate
      riskAlerts {
        id
        raisedAt
        rules
        checkInId
        acknowledged
        acknowledgedAt
        acknowledgedBy
        action
        note
      }
    }
  }
`);

const COLLEAGUES = graphql(`
  query Colleagues {
    colleagues {
      id
      displayName
    }
  }
`);

const INVITE_CLIENT = graphql(`
  mutation InviteClient($clientId: ID!) {
    inviteClient(clientId: $clientId) {
      url
      expiresAt
    }
  }
`);

const UPDATE_CLIENT = graphql(`
  mutation UpdateClient($input: UpdateClientInput!) {
    updateClient(input: $input) {
      id
      displayName
      email
      complaint
      ageBand
      intakeDate
    }
  }
`);

const CLOSE_CASE = graphql(`
  mutation CloseCase($clientId: ID!, $outcome: CaseOutcome!, $date: LocalDate!) {
    closeCase(clientId: $clientId, outcome: $outcome, date: $date) {
      id
      status
      closedOn
    }
  }
`);

const REOPEN_CASE = graphql(`
  mutation ReopenCase($clientId: ID!) {
    reopenCase(clientId: $clientId) {
      id
      status
      closedOn
    }
  }
`);

const TRANSFER_CLIENT = graphql(`
  mutation TransferClient($clientId: ID!, $toTherapistId: ID!) {
    transferClient(clientId: $clientId, toTherapistId: $toTherapistId) {
      id
      therapistId
    }
  }
`);

type CaseClient = NonNullable<ClientCaseQuery["client"]>;
type Open = "edit" | "close" | "transfer" | null;
const REFRESH = ["ClientCase", "Caseload", ...REFRESH_AFTER_WRITE];

const complaintLabel = (value: ComplaintCategory) => COMPLAINT_OPTIONS.find((o) => o.value === value)?.label ?? value;
const ageLabel = (value: AgeBand) => AGE_BAND_OPTIONS.find((o) => o.value === value)?.label ?? value;

/** The therapist's "Case" panel: the client's details, the app invitation, closing, reopening and transfer. */
export function CasePanel({ clientId }: { clientId: string }) {
  const { data, loading, error, refetch } = useQuery(CLIENT_CASE, { variables: { id: clientId } });
  const [open, setOpen] = useState<Open>(null);
  const [invitation, setInvitation] = useState<{ url: string; expiresAt: string } | null>(null);
  const [invite, inviting] = useMutation(INVITE_CLIENT);
  const [reopen, reopening] = useMutation(REOPEN_CASE, { refetchQueries: REFRESH });
  const inviteError = plainErrors(inviting.error).general;
  const reopenError = plainErrors(reopening.error).general;

  if (loading && !data) return <Loading what="the case" />;
  if (error && !data)
    return <ErrorState message="The case details could not be loaded." onRetry={() => void refetch()} />;
  const client = data?.client;
  if (!client) return null;
  const closed = client.status !== "ACTIVE";
  const outcome = OUTCOME_OPTIONS.find((o) => o.value === client.status)?.label;
  const toggle = (which: Open) => setOpen(open === which ? null : which);

  const sendInvite = async () => {
    setInvitation(null);
    const result = await invite({ variables: { clientId } }).catch(() => null);
    if (result?.data) setInvitation(result.data.inviteClient);
  };

  return (
    <section className="panel no-print" aria-labelledby="case-title" data-testid="case-panel">
      <h2 id="case-title">Case</h2>
      <dl className="plan-current">
        <dt>Status</dt>
        <dd data-testid="case-status">
          {closed ? `Closed on ${shortDate(client.closedOn)}${outcome ? ` (${outcome.toLowerCase()})` : ""}` : "Open"}
        </dd>
        <dt>Chief complaint</dt>
        <dd>{complaintLabel(client.complaint)}</dd>
        <dt>Age band</dt>
        <dd>{ageLabel(client.ageBand)}</dd>
        <dt>Email</dt>
        <dd>{client.email ?? <span className="muted">None</span>}</dd>
        <dt>The app</dt>
        <dd data-testid="client-account">
          {client.hasAccount ? "Has an account" : client.email ? "No account yet" : "Not invited (no email)"}
        </dd>
      </dl>
      <div className="entry-buttons">
        {!client.hasAccount && (
          <button
            type="button"
            disabled={!client.email || inviting.loading}
            aria-describedby={client.email ? undefined : "invite-needs-email"}
            onClick={() => void sendInvite()}
          >
            {invitation ? "Make a new invitation link" : "Invite to the app"}
          </button>
        )}
        <button type="button" className="secondary" aria-expanded={open === "edit"} onClick={() => toggle("edit")}>
          Edit details
        </button>
        {closed ? (
          <button
            type="button"
            className="secondary"
            disabled={reopening.loading}
            onClick={() => void reopen({ variables: { clientId } }).catch(() => null)}
          >
            Reopen the case
          </button>
        ) : (
          <>
            <button
              type="button"
              className="secondary"
              aria-expanded={open === "close"}
              onClick={() => toggle("close")}
            >
              Close the case
            </button>
            <button
              type="button"
              className="secondary"
              aria-expanded={open === "transfer"}
              onClick={() => toggle("transfer")}
            >
              Transfer to a colleague
            </button>
          </>
        )}
      </div>
      {!client.hasAccount && !client.email && (
        <p id="invite-needs-email" className="muted">
          To invite {client.displayName} to the app, add their email with "Edit details" first.
        </p>
      )}
      {inviteError && (
        <p role="alert" className="field-error">
          {inviteError}
        </p>
      )}
      {reopenError && (
        <p role="alert" className="field-error">
          {reopenError}
        </p>
      )}
      {invitation && (
        <div className="notice" data-testid="client-invitation">
          <p role="status">
            Give {client.displayName} this link to set their password and see their progress. It works once, until{" "}
            {dateTimeInWords(invitation.expiresAt)}.
          </p>
          <CopyText label="Invitation link" value={invitation.url} testId="client-invitation-url" />
        </div>
      )}
      {open === "edit" && <EditDetails client={client} onDone={() => setOpen(null)} />}
      {open === "close" && <CloseCase client={client} onDone={() => setOpen(null)} />}
      {open === "transfer" && <TransferClient client={client} />}
    </section>
  );
}

function EditDetails({ client, onDone }: { client: CaseClient; onDone: () => void }) {
  const formId = useId();
  const [defaults] = useState<ClientDetailsValues>(() => ({
    displayName: client.displayName,
    email: client.email ?? "",
    complaint: client.complaint,
    ageBand: client.ageBand,
    intakeDate: client.intakeDate,
  }));
  const { form } = useDraftForm({ key: null, defaults, resolver: resolverOf(checkClientDetails) });
  const [general, setGeneral] = useState<string | null>(null);
  const [update] = useMutation(UPDATE_CLIENT, { refetchQueries: REFRESH });
  const errors = flatErrors(form.formState.errors);

  const submit = form.handleSubmit(
    async (values) => {
      setGeneral(null);
      try {
        await update({
          variables: {
            input: {
              clientId: client.id,
              displayName: values.displayName.trim(),
              // Only a changed email is sent: an account's sign-in address is not rewritten by accident.
              ...(values.email.trim() !== (client.email ?? "") ? { email: values.email.trim() } : {}),
              complaint: values.complaint || null,
              ageBand: values.ageBand || null,
              intakeDate: values.intakeDate,
            },
          },
        });
        onDone();
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
      className="entry"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="edit-title"
    >
      <h3 id="edit-title">Edit details</h3>
      <ClientDetailsFields register={form.register} errors={errors} emailLabel="Email" choose={false} />
      <FormEnd
        title="The details were not saved."
        general={general}
        errors={errors}
        busy={form.formState.isSubmitting}
        action="Save details"
        onCancel={onDone}
      />
    </form>
  );
}

interface CloseValues {
  outcome: CaseOutcome;
  date: string;
}

const CLOSE_LABELS = { outcome: "How treatment ended", date: "Closing date" };

function checkClose(values: CloseValues): Problems {
  if (blank(values.date)) return { date: "Enter the closing date." };
  if (values.date > todayForInput()) return { date: "The closing date cannot be in the future." };
  return {};
}

function CloseCase({ client, onDone }: { client: CaseClient; onDone: () => void }) {
  const formId = useId();
  const [defaults] = useState<CloseValues>(() => ({ outcome: "DISCHARGED", date: todayForInput() }));
  const { form } = useDraftForm({ key: null, defaults, resolver: resolverOf(checkClose) });
  const [general, setGeneral] = useState<string | null>(null);
  const [close] = useMutation(CLOSE_CASE, { refetchQueries: REFRESH });
  const errors = flatErrors(form.formState.errors);

  const submit = form.handleSubmit(
    async (values) => {
      setGeneral(null);
      try {
        await close({ variables: { clientId: client.id, ...values } });
        onDone();
      } catch (error) {
        setGeneral(showServerProblems(error, form.setError, (field) => field, CLOSE_LABELS));
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
      className="entry"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="close-title"
    >
      <h3 id="close-title">Close the case</h3>
      <fieldset>
        <legend>How did treatment end?</legend>
        {OUTCOME_OPTIONS.map((o) => (
          <label key={o.value} className="checkbox">
            <input type="radio" value={o.value} {...form.register("outcome")} />
            {o.label}
          </label>
        ))}
      </fieldset>
      <div className="grid">
        <Field label="Closing date" field="date" errors={errors}>
          {(props) => <input {...props} {...form.register("date")} type="date" max={todayForInput()} required />}
        </Field>
      </div>
      <FormEnd
        title="The case was not closed."
        general={general}
        errors={errors}
        busy={form.formState.isSubmitting}
        action="Close the case"
        busyAction="Closing…"
        onCancel={onDone}
      />
    </form>
  );
}

function TransferClient({ client }: { client: CaseClient }) {
  const { data, loading, error, refetch } = useQuery(COLLEAGUES, { fetchPolicy: "cache-and-network" });
  const [defaults] = useState({ to: "" });
  const { form } = useDraftForm({
    key: null,
    defaults,
    resolver: resolverOf(({ to }: { to: string }): Problems =>
      to ? {} : { to: "Choose the colleague to transfer to." },
    ),
  });
  const [general, setGeneral] = useState<string | null>(null);
  const [transfer] = useMutation(TRANSFER_CLIENT, { refetchQueries: ["Caseload"] });
  const errors = flatErrors(form.formState.errors);

  const submit = form.handleSubmit(async ({ to }) => {
    setGeneral(null);
    try {
      await transfer({ variables: { clientId: client.id, toTherapistId: to } });
      // The client is no longer on this caseload, so their page is no longer this therapist's to see.
      navigate(urls.caseload());
    } catch (failure) {
      const toPath = (field: string) => (field === "toTherapistId" ? "to" : null);
      setGeneral(showServerProblems(failure, form.setError, toPath, { to: "The colleague" }));
    }
  });

  return (
    <form className="entry" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="transfer-title">
      <h3 id="transfer-title">Transfer to a colleague</h3>
      {loading && !data && <Loading what="your colleagues" />}
      {error && !data && <ErrorState message="Your colleagues could not be loaded." onRetry={() => void refetch()} />}
      {data && data.colleagues.length === 0 && <p>There is no other active therapist at the clinic to transfer to.</p>}
      {data && data.colleagues.length > 0 && (
        <>
          <p>
            {client.displayName} and all their records move to the colleague you choose. You will no longer see them.
          </p>
          <Field label="New therapist" field="to" errors={errors}>
            {(props) => (
              <select {...props} {...form.register("to")}>
                <option value="">Choose a colleague</option>
                {data.colleagues.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.displayName}
                  </option>
                ))}
              </select>
            )}
          </Field>{" "}
          <button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Transferring…" : "Transfer"}
          </button>
        </>
      )}
      {general && (
        <p role="alert" className="field-error">
          {general}
        </p>
      )}
    </form>
  );
}
