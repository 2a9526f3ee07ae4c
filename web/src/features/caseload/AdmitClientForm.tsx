import { useState, type FormEvent } from "react";
import { useMutation } from "@apollo/client/react";
import { navigate } from "../../app/router";
import { urls } from "../../app/urls";
import { Field } from "../../components/Field";
import { plainErrors } from "../../components/errors";
import { AGE_BAND_OPTIONS, COMPLAINT_OPTIONS, todayForInput } from "../../components/options";
import { graphql } from "../../graphql";
import type { AgeBand, ComplaintCategory } from "../../graphql/graphql";

const ADMIT_CLIENT = graphql(`
  mutation AdmitClient($input: AdmitClientInput!) {
    admitClient(input: $input) {
      id
      displayName
    }
  }
`);

const FIELDS = {
  displayName: "Name",
  email: "Email",
  complaint: "Chief complaint",
  intakeDate: "Date of intake",
  ageBand: "Age band",
};

/** A new client on the therapist's own caseload; then their page, where the first session is recorded. */
export function AdmitClientForm({ onCancel }: { onCancel?: () => void }) {
  const [displayName, setDisplayName] = useState("");
  const [email, setEmail] = useState("");
  const [complaint, setComplaint] = useState<ComplaintCategory | "">("");
  const [intakeDate, setIntakeDate] = useState(todayForInput);
  const [ageBand, setAgeBand] = useState<AgeBand | "">("");
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [admit, { loading, error, reset }] = useMutation(ADMIT_CLIENT, { refetchQueries: ["Caseload"] });
  const server = plainErrors(error, FIELDS);
  const fields = { ...server.fields, ...missing };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const needed: Record<string, string> = {};
    if (!displayName.trim()) needed.displayName = "Enter the client's name.";
    if (!complaint) needed.complaint = "Choose the chief complaint.";
    if (!ageBand) needed.ageBand = "Choose the age band.";
    if (!intakeDate) needed.intakeDate = "Enter the date of intake.";
    setMissing(needed);
    if (Object.keys(needed).length > 0 || !complaint || !ageBand) return;
    const result = await admit({
      variables: {
        input: { displayName: displayName.trim(), email: email.trim() || null, complaint, intakeDate, ageBand },
      },
    }).catch(() => null);
    if (result?.data) navigate(urls.client(result.data.admitClient.id));
  };
  const edit =
    <T,>(set: (value: T) => void, field: string) =>
    (value: T) => {
      reset();
      setMissing(({ [field]: _gone, ...rest }) => rest);
      set(value);
    };

  return (
    <form
      className="panel entry"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="admit-title"
      data-testid="admit-client-form"
    >
      <h2 id="admit-title">Admit a client</h2>
      <div className="grid">
        <Field label="Name" field="displayName" errors={fields}>
          {(props) => (
            <input
              {...props}
              autoComplete="off"
              value={displayName}
              onChange={(e) => edit(setDisplayName, "displayName")(e.target.value)}
            />
          )}
        </Field>
        <Field label="Email (optional, to invite them to the app)" field="email" errors={fields}>
          {(props) => (
            <input
              {...props}
              type="email"
              autoComplete="off"
              value={email}
              onChange={(e) => edit(setEmail, "email")(e.target.value)}
            />
          )}
        </Field>
        <Field label="Chief complaint" field="complaint" errors={fields}>
          {(props) => (
            <select
              {...props}
              value={complaint}
              onChange={(e) => edit(setComplaint, "complaint")(e.target.value as ComplaintCategory)}
            >
              <option value="">Choose…</option>
              {COMPLAINT_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Date of intake" field="intakeDate" errors={fields}>
          {(props) => (
            <input
              {...props}
              type="date"
              value={intakeDate}
              onChange={(e) => edit(setIntakeDate, "intakeDate")(e.target.value)}
            />
          )}
        </Field>
        <Field label="Age band" field="ageBand" errors={fields}>
          {(props) => (
            <select {...props} value={ageBand} onChange={(e) => edit(setAgeBand, "ageBand")(e.target.value as AgeBand)}>
              <option value="">Choose…</option>
              {AGE_BAND_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {server.general && (
        <p role="alert" className="field-error">
          {server.general}
        </p>
      )}
      <button type="submit" disabled={loading}>
        {loading ? "Admitting…" : "Admit client"}
      </button>{" "}
      {onCancel && (
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      )}
    </form>
  );
}
