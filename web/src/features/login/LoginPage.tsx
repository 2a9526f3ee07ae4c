import { useId, useState, type FormEvent } from "react";
import { useMutation } from "@apollo/client/react";
import { fieldErrors } from "../../app/apollo";
import { Field } from "../../components/Field";
import type { Problems } from "../../forms/problems";
import { focusFirstProblem, ProblemSummary } from "../../forms/ProblemSummary";
import { LOGIN } from "./login.graphql";

interface Credentials {
  email: string;
  password: string;
}

const checkCredentials = (values: Credentials): Problems => ({
  ...(values.email.trim() === "" ? { email: "Enter your email address." } : {}),
  ...(values.password === "" ? { password: "Enter your password." } : {}),
});

/**
 * The first page most people see, so a plain form: two controlled fields, checked when sent and, after that, as they
 * change. No draft: a password is never written to the browser's storage.
 */
export function LoginPage({ expired, onSignedIn }: { expired: boolean; onSignedIn: () => Promise<void> }) {
  const formId = useId();
  const [values, setValues] = useState<Credentials>({ email: "", password: "" });
  const [sent, setSent] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);
  const [login] = useMutation(LOGIN);
  const errors = sent ? checkCredentials(values) : {};

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    setSent(true);
    setGeneral(null);
    if (Object.keys(checkCredentials(values)).length > 0) {
      focusFirstProblem(formId);
      return;
    }
    setSubmitting(true);
    try {
      const { data } = await login({ variables: { email: values.email.trim(), password: values.password } });
      if (data?.login) await onSignedIn();
    } catch (error) {
      // Which of the two was wrong is not said: that would tell a stranger which emails have an account.
      setGeneral(fieldErrors(error).general ?? "Check your email and password and try again.");
      focusFirstProblem(formId);
    } finally {
      setSubmitting(false);
    }
  };
  const change = (field: keyof Credentials) => (event: { target: { value: string } }) =>
    setValues((now) => ({ ...now, [field]: event.target.value }));

  return (
    <main className="login" aria-labelledby="login-title">
      <h1 id="login-title">Follow-Up</h1>
      <p className="tagline">See progress between sessions, and rework the plan when it stalls.</p>
      {expired && (
        <p role="status" className="notice">
          Your session has expired. Please sign in again.
        </p>
      )}
      <form id={formId} onSubmit={(event) => void submit(event)} noValidate>
        <Field label="Email" field="email" errors={errors}>
          {(props) => (
            <input
              {...props}
              value={values.email}
              onChange={change("email")}
              type="email"
              autoComplete="username"
              required
            />
          )}
        </Field>
        <Field label="Password" field="password" errors={errors}>
          {(props) => (
            <input
              {...props}
              value={values.password}
              onChange={change("password")}
              type="password"
              autoComplete="current-password"
              required
            />
          )}
        </Field>
        <ProblemSummary title="Not signed in." general={general} problems={[]} />
        <button type="submit" disabled={submitting}>
          {submitting ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </main>
  );
}
