import { useId, useState } from "react";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { CopyText, dateTimeInWords } from "../../components/CopyText";
import { Field } from "../../components/Field";
import { plainErrors } from "../../components/errors";
import { PASSWORD_POLICY, ROLE_LABEL } from "../../components/options";
import { Empty, ErrorState, Loading } from "../../components/States";
import { blank, numberIn, tooLong } from "../../forms/checks";
import { FormEnd } from "../../forms/FormNotes";
import { flatErrors, focusFirstProblem, resolverOf, showServerProblems, type Problems } from "../../forms/problems";
import { useDraftForm } from "../../forms/useDraftForm";
import { graphql } from "../../graphql";
import type { MeQuery } from "../../graphql/graphql";
import { TotpEnrolment } from "../login/SecondFactor";

const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

const MY_SESSIONS = graphql(`
  query MySessions {
    mySessions {
      id
      current
      createdAt
      lastSeenAt
      sourceAddress
    }
  }
`);

const END_SESSION = graphql(`
  mutation EndSession($id: ID!) {
    endSession(id: $id)
  }
`);

const ACCESS_TOKENS = graphql(`
  query AccessTokens {
    accessTokens {
      id
      name
      createdAt
      expiresAt
      lastUsedAt
      revokedAt
    }
  }
`);

const CREATE_ACCESS_TOKEN = graphql(`
  mutation CreateAccessToken($name: String!, $expiresInDays: Int!) {
    createAccessToken(name: $name, expiresInDays: $expiresInDays) {
      token
      accessToken {
        id
        name
        expiresAt
      }
    }
  }
`);

const REVOKE_ACCESS_TOKEN = graphql(`
  mutation RevokeAccessToken($id: ID!) {
    revokeAccessToken(id: $id) {
      id
      revokedAt
    }
  }
`);

/** The signed-in person's own account: password, two-factor sign-in, devices and access tokens. */
export function AccountPage({ me }: { me: NonNullable<MeQuery["me"]> }) {
  return (
    <main aria-labelledby="account-title" className="narrow">
      <h1 id="account-title">Account</h1>
      <p className="lead">
        {me.displayName} · {me.email} · {ROLE_LABEL[me.role]}
      </p>
      <ChangePasswordPanel />
      <TwoFactorPanel enabled={me.twoFactorEnabled} />
      <SessionsPanel />
      <AccessTokensPanel />
    </main>
  );
}

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
}

const PASSWORD_LABELS = { currentPassword: "Current password", newPassword: "New password" };
// The server's shortest password (server/auth/password-policy.ts); it checks the rest of the policy.
const PASSWORD_MIN = 12;

const checkPasswords = (values: PasswordValues): Problems => ({
  ...(values.currentPassword === "" ? { currentPassword: "Enter your current password." } : {}),
  ...(values.newPassword.length < PASSWORD_MIN
    ? { newPassword: `Choose a new password of at least ${PASSWORD_MIN} characters.` }
    : {}),
});

function ChangePasswordPanel() {
  const formId = useId();
  const [defaults] = useState<PasswordValues>({ currentPassword: "", newPassword: "" });
  // No draft: passwords are never written to the browser's storage.
  const { form } = useDraftForm({ key: null, defaults, resolver: resolverOf(checkPasswords) });
  const [general, setGeneral] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [change] = useMutation(CHANGE_PASSWORD, { refetchQueries: ["MySessions"] });
  const errors = flatErrors(form.formState.errors);

  const submit = form.handleSubmit(
    async (values) => {
      setGeneral(null);
      setDone(false);
      try {
        const { data } = await change({ variables: values });
        if (data?.changePassword) {
          setDone(true);
          form.reset(defaults);
        }
      } catch (error) {
        setGeneral(showServerProblems(error, form.setError, (field) => field, PASSWORD_LABELS));
        focusFirstProblem(formId);
      }
    },
    () => {
      setGeneral(null);
      setDone(false);
      focusFirstProblem(formId);
    },
  );

  return (
    <section className="panel" aria-labelledby="password-title">
      <h2 id="password-title">Change password</h2>
      <form id={formId} className="entry" onSubmit={(event) => void submit(event)} noValidate>
        <div className="grid">
          <Field label="Current password" field="currentPassword" errors={errors}>
            {(props) => (
              <input
                {...props}
                {...form.register("currentPassword")}
                type="password"
                autoComplete="current-password"
                required
              />
            )}
          </Field>
          <Field label="New password" field="newPassword" errors={errors}>
            {(props) => (
              <input
                {...props}
                {...form.register("newPassword")}
                type="password"
                autoComplete="new-password"
                minLength={PASSWORD_MIN}
                required
                aria-describedby={[props["aria-describedby"], "new-password-policy"].filter(Boolean).join(" ")}
              />
            )}
          </Field>
        </div>
        <p id="new-password-policy" className="muted">
          {PASSWORD_POLICY}
        </p>
        <FormEnd
          title="The password was not changed."
          general={general}
          errors={errors}
          busy={form.formState.isSubmitting}
          action="Change password"
        >
          {done && (
            <p role="status" className="saved">
              Your password has been changed. You have been signed out on your other devices.
            </p>
          )}
        </FormEnd>
      </form>
    </section>
  );
}

function TwoFactorPanel({ enabled }: { enabled: boolean }) {
  const client = useApolloClient();
  const [setting, setSetting] = useState(false);
  return (
    <section className="panel" aria-labelledby="two-factor-title">
      <h2 id="two-factor-title">Two-factor sign-in</h2>
      {enabled ? (
        <p data-testid="two-factor-status">
          <strong>On.</strong> Each sign-in asks for a code from your authenticator app, or one of your recovery codes.
        </p>
      ) : (
        <p data-testid="two-factor-status">
          <strong>Off.</strong> Signing in needs only your password. A code from an authenticator app on your phone
          makes a stolen password useless on its own.
        </p>
      )}
      {!enabled && !setting && (
        <button type="button" onClick={() => setSetting(true)}>
          Set up two-factor sign-in
        </button>
      )}
      {!enabled && setting && (
        <TotpEnrolment
          onCancel={() => setSetting(false)}
          onDone={async () => {
            setSetting(false);
            await client.refetchQueries({ include: ["Me"] });
          }}
        />
      )}
    </section>
  );
}

function SessionsPanel() {
  const { data, loading, error, refetch } = useQuery(MY_SESSIONS, { fetchPolicy: "cache-and-network" });
  const [end, ended] = useMutation(END_SESSION, { refetchQueries: ["MySessions"], awaitRefetchQueries: true });
  const { general } = plainErrors(ended.error);
  const others = (data?.mySessions ?? []).filter((s) => !s.current);
  const current = data?.mySessions.find((s) => s.current);

  return (
    <section className="panel" aria-labelledby="sessions-title">
      <h2 id="sessions-title">Where you are signed in</h2>
      {loading && !data && <Loading what="your sessions" />}
      {error && !data && <ErrorState message="Your sessions could not be loaded." onRetry={() => void refetch()} />}
      {current && (
        <p>
          This device: signed in {dateTimeInWords(current.createdAt)}
          {current.sourceAddress ? ` from ${current.sourceAddress}` : ""}.
        </p>
      )}
      {data && others.length === 0 && <Empty>You are not signed in anywhere else.</Empty>}
      {others.length > 0 && (
        <ul className="plain-list" data-testid="other-sessions">
          {others.map((s) => (
            <li key={s.id}>
              <span>
                Signed in {dateTimeInWords(s.createdAt)}, last active {dateTimeInWords(s.lastSeenAt)}
                {s.sourceAddress ? `, from ${s.sourceAddress}` : ""}
              </span>{" "}
              <button
                type="button"
                className="secondary"
                disabled={ended.loading}
                onClick={() => void end({ variables: { id: s.id } }).catch(() => null)}
              >
                Sign out
                <span className="visually-hidden"> the session from {dateTimeInWords(s.createdAt)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {general && (
        <p role="alert" className="field-error">
          {general}
        </p>
      )}
    </section>
  );
}

function tokenState(token: { expiresAt: string; revokedAt?: string | null }, now: number): string {
  if (token.revokedAt) return `Revoked ${dateTimeInWords(token.revokedAt)}`;
  if (new Date(token.expiresAt).getTime() <= now) return `Expired ${dateTimeInWords(token.expiresAt)}`;
  return `Valid until ${dateTimeInWords(token.expiresAt)}`;
}

interface TokenValues {
  name: string;
  expiresInDays: string;
}

const TOKEN_LABELS = { name: "Token name", expiresInDays: "The number of days" };
// The server's limits (server/auth/access-token.service.ts), checked here first.
const TOKEN_NAME_MAX = 100;
const TOKEN_DAYS_MIN = 1;
const TOKEN_DAYS_MAX = 365;

function checkToken(values: TokenValues): Problems {
  const problems: Problems = {};
  if (blank(values.name)) problems.name = "Give the token a name you will recognise.";
  else if (tooLong(values.name, TOKEN_NAME_MAX)) problems.name = `A name can be at most ${TOKEN_NAME_MAX} characters.`;
  if (!numberIn(values.expiresInDays, TOKEN_DAYS_MIN, TOKEN_DAYS_MAX)) {
    problems.expiresInDays = `Valid for a whole number of days from ${TOKEN_DAYS_MIN} to ${TOKEN_DAYS_MAX}.`;
  }
  return problems;
}

function AccessTokensPanel() {
  const { data, loading, error, refetch } = useQuery(ACCESS_TOKENS, { fetchPolicy: "cache-and-network" });
  // The time the page was opened: a token that expires while it is open is refused by the server all the same.
  const [now] = useState(() => Date.now());
  const formId = useId();
  const [defaults] = useState<TokenValues>({ name: "", expiresInDays: "30" });
  const { form } = useDraftForm({ key: null, defaults, resolver: resolverOf(checkToken) });
  const [general, setGeneral] = useState<string | null>(null);
  const [created, setCreated] = useState<{ token: string; name: string } | null>(null);
  const [create] = useMutation(CREATE_ACCESS_TOKEN, {
    refetchQueries: ["AccessTokens"],
    awaitRefetchQueries: true,
  });
  const [revoke, revoking] = useMutation(REVOKE_ACCESS_TOKEN, { refetchQueries: ["AccessTokens"] });
  const errors = flatErrors(form.formState.errors);
  const revokeError = plainErrors(revoking.error).general;

  const submit = form.handleSubmit(
    async (values) => {
      setGeneral(null);
      setCreated(null);
      try {
        const { data } = await create({
          variables: { name: values.name.trim(), expiresInDays: Number(values.expiresInDays) },
        });
        if (data) {
          setCreated({ token: data.createAccessToken.token, name: data.createAccessToken.accessToken.name });
          form.reset(defaults);
        }
      } catch (error) {
        setGeneral(showServerProblems(error, form.setError, (field) => field, TOKEN_LABELS));
        focusFirstProblem(formId);
      }
    },
    () => {
      setGeneral(null);
      focusFirstProblem(formId);
    },
  );

  return (
    <section className="panel" aria-labelledby="tokens-title">
      <h2 id="tokens-title">Access tokens</h2>
      <p className="muted">
        A token lets a program (a script, a spreadsheet) use Follow-Up as you, without your password or second factor.
        Give each one a name you will recognise, and revoke it when it is no longer needed.
      </p>
      <form
        id={formId}
        className="entry"
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-label="New access token"
      >
        <div className="grid">
          <Field label="Token name" field="name" errors={errors}>
            {(props) => <input {...props} {...form.register("name")} required />}
          </Field>
          <Field label="Valid for (days)" field="expiresInDays" errors={errors}>
            {(props) => (
              <input
                {...props}
                {...form.register("expiresInDays")}
                type="number"
                inputMode="numeric"
                min={TOKEN_DAYS_MIN}
                max={TOKEN_DAYS_MAX}
                step={1}
                required
              />
            )}
          </Field>
        </div>
        <FormEnd
          title="The token was not created."
          general={general}
          errors={errors}
          busy={form.formState.isSubmitting}
          action="Create token"
          busyAction="Creating…"
        />
      </form>
      {created && (
        <div className="notice" data-testid="new-token">
          <p>
            <strong>Copy the token "{created.name}" now: it will not be shown again.</strong> Anyone who has it can act
            as you until it expires or you revoke it, so keep it as secret as a password.
          </p>
          <CopyText label="Your new token" value={created.token} testId="new-token-value" />
        </div>
      )}
      {loading && !data && <Loading what="your tokens" />}
      {error && !data && <ErrorState message="Your tokens could not be loaded." onRetry={() => void refetch()} />}
      {data && data.accessTokens.length === 0 && <Empty>You have no access tokens.</Empty>}
      {data && data.accessTokens.length > 0 && (
        <ul className="plain-list" data-testid="access-tokens">
          {data.accessTokens.map((t) => {
            const usable = !t.revokedAt && new Date(t.expiresAt).getTime() > now;
            return (
              <li key={t.id}>
                <span>
                  <strong>{t.name}</strong> · created {dateTimeInWords(t.createdAt)} ·{" "}
                  {t.lastUsedAt ? `last used ${dateTimeInWords(t.lastUsedAt)}` : "never used"} · {tokenState(t, now)}
                </span>{" "}
                {usable && (
                  <button
                    type="button"
                    className="secondary"
                    disabled={revoking.loading}
                    onClick={() => void revoke({ variables: { id: t.id } }).catch(() => null)}
                  >
                    Revoke<span className="visually-hidden"> {t.name}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {revokeError && (
        <p role="alert" className="field-error">
          {revokeError}
        </p>
      )}
    </section>
  );
}
