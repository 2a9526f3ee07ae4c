import { useId, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { fieldErrors } from "../../app/apollo";
import { Field } from "../../components/Field";
import { blank } from "../../forms/checks";
import { ProblemSummary } from "../../forms/FormNotes";
import { flatErrors, focusFirstProblem, resolverOf, type Problems } from "../../forms/problems";
import { useDraftForm } from "../../forms/useDraftForm";
import { LOGIN } from "./login.graphql";

interface Credentials {
  email: string;
  password: string;
}

const checkCredentials = (values: Credentials): Problems => ({
  ...(blank(values.email) ? { email: "Enter your email address." } : {}),
  ...(values.password === "" ? { password: "Enter your password." } : {}),
});

export function LoginPage({ expired, onSignedIn }: { expired: boolean; onSignedIn: () => Promise<void> }) {
  const formId = useId();
  const [defaults] = useState<Credentials>({ email: "", password: "" });
  // No draft: a password is never written to the browser's storage.
  const { form } = useDraftForm({ key: null, defaults, resolver: resolverOf(checkCredentials) });
  const [general, setGeneral] = useState<string | null>(null);
  const [login] = useMutation(LOGIN);
  const errors = flatErrors(form.formState.errors);

  const submit = form.handleSubmit(
    async ({ email, password }) => {
      setGeneral(null);
      try {
        const { data } = await login({ variables: { email: email.trim(), password } });
        if (data?.login) await onSignedIn();
      } catch (error) {
        // Which of the two was wrong is not said: that would tell a stranger which emails have an account.
        setGeneral(fieldErrors(error).general ?? "Check your email and password and try again.");
        focusFirstProblem(formId);
      }
    },
    () => {
      setGeneral(null);
      focusFirstProblem(formId);
    },
  );

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
          {(props) => <input {...props} {...form.register("email")} type="email" autoComplete="username" required />}
        </Field>
        <Field label="Password" field="password" errors={errors}>
          {(props) => (
            <input {...props} {...form.register("password")} type="password" autoComplete="current-password" required />
          )}
        </Field>
        <ProblemSummary title="Not signed in." general={general} problems={[]} />
        <button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </main>
  );
}
