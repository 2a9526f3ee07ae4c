import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { CombinedGraphQLErrors } from "@apollo/client";
import { Field } from "../../components/Field";
import { plainErrors } from "../../components/errors";
import { dateTimeInWords } from "../../components/CopyText";
import { PASSWORD_POLICY, ROLE_LABEL } from "../../components/options";
import { ErrorState, Loading } from "../../components/States";
import { urls } from "../../app/urls";
import { graphql } from "../../graphql";

const INVITATION_PREVIEW = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      email
      displayName
      role
      expiresAt
      purpose
    }
  }
`);

const ACCEPT_INVITATION = graphql(`
  mutation AcceptInvitation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      id
      role
      nextStep
    }
  }
`);

/** An invitation or a password reset link: who it is for, then a password, which signs the person in. */
export function InvitePage({ token, onSignedIn }: { token: string; onSignedIn: () => Promise<void> }) {
  const { data, loading, error, refetch } = useQuery(INVITATION_PREVIEW, {
    variables: { token },
    fetchPolicy: "network-only",
  });
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const [accept, accepted] = useMutation(ACCEPT_INVITATION);
  const { fields, general } = plainErrors(accepted.error, { password: "Password" });
  const tokenRefused = [error, accepted.error].some(
    (e) =>
      CombinedGraphQLErrors.is(e) &&
      e.errors.some((x) => x.extensions?.code === "BAD_USER_INPUT" && x.extensions.field === "token"),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password !== repeat) {
      setMismatch(true);
      return;
    }
    const result = await accept({ variables: { token, password } }).catch(() => null);
    if (result?.data?.acceptInvitation) await onSignedIn();
  };

  if (loading && !data) return <Loading what="your invitation" />;
  if (tokenRefused) {
    return (
      <main className="login" aria-labelledby="invite-title">
        <h1 id="invite-title">Follow-Up</h1>
        <p role="alert" data-testid="invitation-refused">
          This invitation has expired or was already used; ask for a new one.
        </p>
        <p>
          Already have a password? <a href={urls.login()}>Sign in</a>.
        </p>
      </main>
    );
  }
  if (error || !data)
    return <ErrorState message="This invitation could not be checked." onRetry={() => void refetch()} />;

  const invitation = data.invitationPreview;
  const reset = invitation.purpose === "PASSWORD_RESET";
  return (
    <main className="login" aria-labelledby="invite-title">
      <h1 id="invite-title">{reset ? "Set a new password" : "Welcome to Follow-Up"}</h1>
      <dl className="invitation" data-testid="invitation">
        <dt>Name</dt>
        <dd>{invitation.displayName}</dd>
        <dt>Email</dt>
        <dd>{invitation.email}</dd>
        <dt>Role</dt>
        <dd>{ROLE_LABEL[invitation.role]}</dd>
        <dt>Link valid until</dt>
        <dd>{dateTimeInWords(invitation.expiresAt)}</dd>
      </dl>
      <p>
        {reset
          ? "Choose a new password. Signing in with it ends your sessions elsewhere."
          : "Choose a password to finish setting up your account. You will use it with your email to sign in."}
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <input type="email" autoComplete="username" value={invitation.email} readOnly hidden />
        <Field label="New password" field="password" errors={fields}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="new-password"
              value={password}
              aria-describedby={[props["aria-describedby"], "password-policy"].filter(Boolean).join(" ")}
              onChange={(e) => {
                accepted.reset();
                setPassword(e.target.value);
              }}
            />
          )}
        </Field>
        <p id="password-policy" className="muted">
          {PASSWORD_POLICY}
        </p>
        <div className={`field${mismatch ? " invalid" : ""}`}>
          <label htmlFor="repeat-password">Repeat the password</label>
          <input
            id="repeat-password"
            type="password"
            autoComplete="new-password"
            value={repeat}
            aria-invalid={mismatch || undefined}
            aria-describedby={mismatch ? "repeat-error" : undefined}
            onChange={(e) => {
              setMismatch(false);
              setRepeat(e.target.value);
            }}
          />
          {mismatch && (
            <span className="field-error" role="alert" id="repeat-error">
              The two passwords are not the same.
            </span>
          )}
        </div>
        {general && (
          <p role="alert" className="field-error">
            {general}
          </p>
        )}
        <button type="submit" disabled={accepted.loading || !password}>
          {accepted.loading ? "Saving…" : reset ? "Save the new password" : "Set password and sign in"}
        </button>
      </form>
    </main>
  );
}
