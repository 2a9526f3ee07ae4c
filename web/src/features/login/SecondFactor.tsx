import { useEffect, useRef, useState, type FormEvent } from "react";
import { useMutation } from "@apollo/client/react";
import { Field } from "../../components/Field";
import { plainErrors } from "../../components/errors";
import { BEGIN_TOTP_ENROLLMENT, CONFIRM_TOTP_ENROLLMENT, VERIFY_SECOND_FACTOR } from "./second-factor.graphql";

/** The second step of signing in: a code from the authenticator app, or one of the saved recovery codes. */
export function SecondFactorStep({ onDone }: { onDone: () => Promise<void> }) {
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState("");
  const [verify, { loading, error, reset }] = useMutation(VERIFY_SECOND_FACTOR);
  const { fields, general } = plainErrors(error, { code: "Code" });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await verify({ variables: { code: code.trim() } }).catch(() => null);
    if (result?.data?.verifySecondFactor) await onDone();
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="second-factor-title">
      <h2 id="second-factor-title">Enter your code</h2>
      <p className="muted">
        {recovery
          ? "Type one of the recovery codes you saved when you set up two-factor sign-in. Each works once."
          : "Open your authenticator app and type the 6-digit code it shows for Follow-Up."}
      </p>
      <Field label={recovery ? "Recovery code" : "6-digit code"} field="code" errors={fields}>
        {(props) => (
          <input
            {...props}
            autoComplete="one-time-code"
            inputMode={recovery ? "text" : "numeric"}
            value={code}
            onChange={(e) => {
              reset();
              setCode(e.target.value);
            }}
          />
        )}
      </Field>
      {general && (
        <p role="alert" className="field-error">
          {general}
        </p>
      )}
      <button type="submit" disabled={loading || !code.trim()}>
        {loading ? "Checking…" : "Continue"}
      </button>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          reset();
          setCode("");
          setRecovery(!recovery);
        }}
      >
        {recovery ? "Use a code from the app instead" : "Use a recovery code"}
      </button>
    </form>
  );
}

/**
 * Setting up two-factor sign-in: the QR code and the secret to type by hand, a first code to prove the app works,
 * then the ten recovery codes, shown once, and "I have saved these" to go on.
 */
export function TotpEnrolment({ onDone, onCancel }: { onDone: () => void | Promise<void>; onCancel?: () => void }) {
  const [begin, started] = useMutation(BEGIN_TOTP_ENROLLMENT);
  const [confirm, confirmed] = useMutation(CONFIRM_TOTP_ENROLLMENT);
  const [code, setCode] = useState("");
  const [codes, setCodes] = useState<string[] | null>(null);
  const asked = useRef(false);
  const { fields, general } = plainErrors(confirmed.error, { code: "Code" });
  const beginError = plainErrors(started.error).general;

  useEffect(() => {
    // Once per set-up: every call makes a new secret, so a second one would leave the QR code shown out of date.
    if (asked.current) return;
    asked.current = true;
    void begin().catch(() => null);
  }, [begin]);

  if (codes) {
    return (
      <section aria-labelledby="recovery-title" data-testid="recovery-codes">
        <h2 id="recovery-title">Save your recovery codes</h2>
        <p>
          If you lose your phone, each of these codes lets you sign in once. Keep them somewhere safe, such as a
          password manager or a printed page. <strong>They are shown only now.</strong>
        </p>
        <ol className="recovery-codes">
          {codes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => void onDone()}>
          I have saved these
        </button>
      </section>
    );
  }

  const enrolment = started.data?.beginTotpEnrollment;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await confirm({ variables: { code: code.trim() } }).catch(() => null);
    if (result?.data) setCodes(result.data.confirmTotpEnrollment);
  };

  return (
    <section aria-labelledby="enrol-title">
      <h2 id="enrol-title">Set up two-factor sign-in</h2>
      <p>
        Follow-Up asks for a code from an authenticator app on your phone each time you sign in, so a stolen password
        alone is not enough.
      </p>
      {started.loading && (
        <p className="state" role="status" aria-busy="true">
          Preparing your set-up…
        </p>
      )}
      {beginError && (
        <div className="state state-error" role="alert">
          <p>{beginError}</p>
          <button type="button" onClick={() => void begin().catch(() => null)}>
            Try again
          </button>
        </div>
      )}
      {enrolment && (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <ol className="steps">
            <li>
              Scan this QR code with your authenticator app:
              <img
                className="qr"
                src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrCodeSvg)}`}
                alt="QR code to add Follow-Up to your authenticator app"
                width={180}
                height={180}
              />
              <span id="secret-label">Or type this key into the app by hand:</span>{" "}
              <code className="secret" data-testid="totp-secret" aria-labelledby="secret-label">
                {enrolment.secret}
              </code>
            </li>
            <li>
              <Field label="Type the 6-digit code the app now shows" field="code" errors={fields}>
                {(props) => (
                  <input
                    {...props}
                    autoComplete="one-time-code"
                    inputMode="numeric"
                    value={code}
                    onChange={(e) => {
                      confirmed.reset();
                      setCode(e.target.value);
                    }}
                  />
                )}
              </Field>
            </li>
          </ol>
          {general && (
            <p role="alert" className="field-error">
              {general}
            </p>
          )}
          <button type="submit" disabled={confirmed.loading || !code.trim()}>
            {confirmed.loading ? "Checking…" : "Turn on two-factor sign-in"}
          </button>{" "}
          {onCancel && (
            <button type="button" className="secondary" onClick={onCancel}>
              Cancel
            </button>
          )}
        </form>
      )}
    </section>
  );
}
