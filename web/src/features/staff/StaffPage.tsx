import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { CopyText, dateTimeInWords } from "../../components/CopyText";
import { Field } from "../../components/Field";
import { plainErrors, refusedField } from "../../components/errors";
import { ROLE_LABEL } from "../../components/options";
import { Empty, ErrorState, Loading } from "../../components/States";
import { graphql } from "../../graphql";
import type { MeQuery, Role, StaffQuery } from "../../graphql/graphql";
import { CrisisResourcesSection } from "./CrisisResourcesForm";

const STAFF = graphql(`
  query Staff {
    staff {
      id
      email
      displayName
      role
      active
      invitationPending
      twoFactorEnabled
      activeClients
    }
  }
`);

const INVITE_STAFF = graphql(`
  mutation InviteStaff($input: InviteStaffInput!) {
    inviteStaff(input: $input) {
      url
      expiresAt
    }
  }
`);

const RESET_PASSWORD = graphql(`
  mutation ResetPassword($userId: ID!) {
    resetPassword(userId: $userId) {
      url
      expiresAt
    }
  }
`);

const DEACTIVATE_STAFF = graphql(`
  mutation DeactivateStaff($userId: ID!) {
    deactivateStaff(userId: $userId) {
      id
      active
      activeClients
    }
  }
`);

const TRANSFER_CASELOAD = graphql(`
  mutation TransferCaseload($fromTherapistId: ID!, $toTherapistId: ID!) {
    transferCaseload(fromTherapistId: $fromTherapistId, toTherapistId: $toTherapistId)
  }
`);

type Member = StaffQuery["staff"][number];
const STAFF_ROLES: Role[] = ["THERAPIST", "SUPERVISOR", "ADMIN"];

/** The administrator's home: the clinic's staff accounts, invitations, password resets and deactivation. */
export function StaffPage({ me }: { me: NonNullable<MeQuery["me"]> }) {
  const { data, loading, error, refetch } = useQuery(STAFF, { fetchPolicy: "cache-and-network" });
  const staff = data?.staff ?? [];
  return (
    <main aria-labelledby="staff-title" className="narrow">
      <h1 id="staff-title">Staff</h1>
      <p className="lead">
        Invite the people who work at the clinic, reset a forgotten password, and deactivate an account when someone
        leaves. Clients are invited by their therapist.
      </p>
      <InviteForm />
      <section aria-labelledby="staff-list-title">
        <h2 id="staff-list-title">People</h2>
        {loading && !data && <Loading what="the staff list" />}
        {error && !data && <ErrorState message="The staff list could not be loaded." onRetry={() => void refetch()} />}
        {data && staff.length === 0 && <Empty>No staff accounts yet. Invite the first person above.</Empty>}
        {staff.length > 0 && (
          <ul className="staff-list" data-testid="staff-list">
            {staff.map((member) => (
              <StaffRow key={member.id} member={member} staff={staff} self={member.id === me.id} />
            ))}
          </ul>
        )}
      </section>
      <CrisisResourcesSection userId={me.id} />
    </main>
  );
}

function InviteForm() {
  const [email, setEmail] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [role, setRole] = useState<Role>("THERAPIST");
  const [sent, setSent] = useState<{ url: string; expiresAt: string; name: string } | null>(null);
  const [invite, { loading, error, reset }] = useMutation(INVITE_STAFF, {
    refetchQueries: ["Staff"],
    awaitRefetchQueries: true,
  });
  const { fields, general } = plainErrors(error, { email: "Email", displayName: "Name", role: "Role" });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(null);
    const result = await invite({
      variables: { input: { email: email.trim(), displayName: displayName.trim(), role } },
    }).catch(() => null);
    if (result?.data) {
      setSent({ ...result.data.inviteStaff, name: displayName.trim() });
      setEmail("");
      setDisplayName("");
    }
  };
  const edit = (set: (value: string) => void) => (value: string) => {
    reset();
    set(value);
  };

  return (
    <section className="panel" aria-labelledby="invite-title">
      <h2 id="invite-title">Invite a person</h2>
      <form className="entry" onSubmit={(event) => void submit(event)} noValidate>
        <div className="grid">
          <Field label="Name" field="displayName" errors={fields}>
            {(props) => <input {...props} value={displayName} onChange={(e) => edit(setDisplayName)(e.target.value)} />}
          </Field>
          <Field label="Email" field="email" errors={fields}>
            {(props) => (
              <input {...props} type="email" value={email} onChange={(e) => edit(setEmail)(e.target.value)} />
            )}
          </Field>
          <Field label="Role" field="role" errors={fields}>
            {(props) => (
              <select {...props} value={role} onChange={(e) => edit((v) => setRole(v as Role))(e.target.value)}>
                {STAFF_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {ROLE_LABEL[r]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {general && (
          <p role="alert" className="field-error">
            {general}
          </p>
        )}
        <button type="submit" disabled={loading || !email.trim() || !displayName.trim()}>
          {loading ? "Inviting…" : "Invite"}
        </button>
      </form>
      {sent && (
        <div className="notice" data-testid="invitation-link">
          <p role="status">
            Invitation ready for {sent.name}. Give them this link; it works once, until{" "}
            {dateTimeInWords(sent.expiresAt)}.
          </p>
          <CopyText label="Invitation link" value={sent.url} testId="invitation-url" />
        </div>
      )}
    </section>
  );
}

function StaffRow({ member, staff, self }: { member: Member; staff: Member[]; self: boolean }) {
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [target, setTarget] = useState("");
  const [moved, setMoved] = useState<string | null>(null);
  const [resetPassword, resetting] = useMutation(RESET_PASSWORD);
  const [deactivate, deactivating] = useMutation(DEACTIVATE_STAFF, { refetchQueries: ["Staff"] });
  const [transfer, transferring] = useMutation(TRANSFER_CASELOAD, {
    refetchQueries: ["Staff"],
    awaitRefetchQueries: true,
  });
  // Refused while clients remain: then the way on is moving them. Any other refusal is said as the server says it.
  const refusedForClients = refusedField(deactivating.error) === "userId" && member.activeClients > 0;
  const deactivateError = refusedForClients ? null : plainErrors(deactivating.error).general;
  const colleagues = staff.filter((s) => s.role === "THERAPIST" && s.active && s.id !== member.id);
  const headingId = `staff-${member.id}`;

  const askReset = async () => {
    setLink(null);
    const result = await resetPassword({ variables: { userId: member.id } }).catch(() => null);
    if (result?.data) setLink(result.data.resetPassword);
  };
  const confirmDeactivate = async () => {
    setMoved(null);
    const result = await deactivate({ variables: { userId: member.id } }).catch(() => null);
    if (result?.data) setConfirming(false);
  };
  const move = async (event: FormEvent) => {
    event.preventDefault();
    const to = colleagues.find((c) => c.id === target);
    if (!to) return;
    const result = await transfer({ variables: { fromTherapistId: member.id, toTherapistId: to.id } }).catch(
      () => null,
    );
    if (result?.data) {
      const n = result.data.transferCaseload;
      setMoved(`Moved ${n} client${n === 1 ? "" : "s"} to ${to.displayName}. You can deactivate the account now.`);
      deactivating.reset();
    }
  };

  return (
    <li className="panel staff-member" aria-labelledby={headingId} data-testid="staff-member">
      <h3 id={headingId}>
        {member.displayName}
        {self && <span className="muted"> (you)</span>}
      </h3>
      <p className="staff-facts">
        <span>{member.email}</span>
        <span>{ROLE_LABEL[member.role]}</span>
        <span>{member.active ? "Active" : "Deactivated"}</span>
        {member.invitationPending && <span>Invitation not yet accepted</span>}
        <span>{member.twoFactorEnabled ? "Two-factor on" : "Two-factor off"}</span>
        {member.role === "THERAPIST" && (
          <span>
            {member.activeClients} active client{member.activeClients === 1 ? "" : "s"}
          </span>
        )}
      </p>
      {member.active && !self && (
        <div className="entry-buttons">
          <button type="button" className="secondary" disabled={resetting.loading} onClick={() => void askReset()}>
            Reset password<span className="visually-hidden"> of {member.displayName}</span>
          </button>
          {!confirming && (
            <button type="button" className="secondary" onClick={() => setConfirming(true)}>
              Deactivate<span className="visually-hidden"> {member.displayName}</span>
            </button>
          )}
        </div>
      )}
      {resetting.error && (
        <p role="alert" className="field-error">
          {plainErrors(resetting.error).general}
        </p>
      )}
      {link && (
        <div className="notice">
          <p role="status">
            Give {member.displayName} this link to choose a new password; it works once, until{" "}
            {dateTimeInWords(link.expiresAt)}.
          </p>
          <CopyText label="Password reset link" value={link.url} testId="reset-url" />
        </div>
      )}
      {confirming && (
        <div className="confirm" role="group" aria-label={`Deactivate ${member.displayName}`}>
          <p>
            Deactivate {member.displayName}? They will be signed out everywhere and can no longer sign in. Their records
            stay.
          </p>
          <button type="button" disabled={deactivating.loading} onClick={() => void confirmDeactivate()}>
            Yes, deactivate
          </button>{" "}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setConfirming(false);
              deactivating.reset();
            }}
          >
            Cancel
          </button>
        </div>
      )}
      {refusedForClients && (
        <form className="notice" onSubmit={(event) => void move(event)} data-testid="move-clients">
          <p role="alert">
            {member.displayName} still has active clients, so the account cannot be deactivated yet. Move their clients
            to another therapist first.
          </p>
          {colleagues.length === 0 ? (
            <p>There is no other active therapist to move them to. Invite one first.</p>
          ) : (
            <>
              <label htmlFor={`move-${member.id}`}>Move their clients to…</label>
              <select id={`move-${member.id}`} value={target} onChange={(e) => setTarget(e.target.value)}>
                <option value="">Choose a therapist</option>
                {colleagues.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.displayName} ({c.activeClients} active)
                  </option>
                ))}
              </select>{" "}
              <button type="submit" disabled={!target || transferring.loading}>
                {transferring.loading ? "Moving…" : "Move clients"}
              </button>
            </>
          )}
          {transferring.error && (
            <p role="alert" className="field-error">
              {plainErrors(transferring.error).general}
            </p>
          )}
        </form>
      )}
      {moved && (
        <p role="status" className="saved">
          {moved}
        </p>
      )}
      {deactivateError && (
        <p role="alert" className="field-error">
          {deactivateError}
        </p>
      )}
    </li>
  );
}
