import { useApolloClient, useMutation } from "@apollo/client/react";
import type { MeQuery, SignInStep } from "../../graphql/graphql";
import { urls } from "../../app/urls";
import { LOGOUT } from "./login.graphql";
import { SecondFactorStep, TotpEnrolment } from "./SecondFactor";

/** Between the password and the dashboard: the code step, or setting up two-factor sign-in when it is required. */
export function SignInStepPage({
  me,
  step,
  onDone,
}: {
  me: NonNullable<MeQuery["me"]>;
  step: SignInStep;
  onDone: () => Promise<void>;
}) {
  const client = useApolloClient();
  const [logout] = useMutation(LOGOUT);
  const signOut = async () => {
    await logout().catch(() => undefined);
    await client.clearStore();
    window.location.assign(urls.login());
  };
  return (
    <main className="login sign-in-step" aria-labelledby="step-title">
      <h1 id="step-title">Follow-Up</h1>
      <p className="tagline">
        Signed in as {me.displayName} ({me.email}).{" "}
        {step === "ENROL_SECOND_FACTOR"
          ? "Your clinic asks everyone on its staff to use two-factor sign-in."
          : "One more step."}
      </p>
      {step === "SECOND_FACTOR" ? <SecondFactorStep onDone={onDone} /> : <TotpEnrolment onDone={onDone} />}
      <p>
        <button type="button" className="link-button" onClick={() => void signOut()}>
          Sign out
        </button>
      </p>
    </main>
  );
}
