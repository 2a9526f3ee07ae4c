import { useState, type FormEvent } from "react";
import { useMutation } from "@apollo/client/react";
import { fieldErrors } from "../../app/apollo";
import { LOGIN } from "./login.graphql";

export function LoginPage({ expired, onSignedIn }: { expired: boolean; onSignedIn: () => Promise<void> }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [login, { loading, error }] = useMutation(LOGIN);
  const { general } = fieldErrors(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await login({ variables: { email, password } }).catch(() => null);
    if (result?.data?.login) await onSignedIn();
  };

  return (
    <main className="login" aria-labelledby="login-title">
      <h1 id="login-title">Follow-Up</h1>
      <p className="tagline">See progress between sessions, and rework the plan when it stalls.</p>
      {expired && (
        <p role="status" className="notice">
          Your session has expired. Please sign in again.
        </p>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <label>
          Email
          <input
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            required
          />
        </label>
        <label>
          Password
          <input
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        {general && (
          <p role="alert" className="field-error">
            {general}
          </p>
        )}
        <button type="submit" disabled={loading}>
          {loading ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </main>
  );
}
