import type { FieldValues, Path, UseFormRegister } from "react-hook-form";
import { Field } from "../components/Field";
import { AGE_BAND_OPTIONS, COMPLAINT_OPTIONS, todayForInput } from "../components/options";
import type { AgeBand, ComplaintCategory } from "../graphql/graphql";
import { blank, tooLong } from "./checks";
import type { Problems } from "./problems";

/** A client's details as the admit and edit forms hold them; "" until a choice is made. */
export interface ClientDetailsValues {
  displayName: string;
  email: string;
  complaint: ComplaintCategory | "";
  ageBand: AgeBand | "";
  intakeDate: string;
}

// The server's limits (server/clients/client.inputs.ts), checked here first.
const NAME_MAX = 120;
const EMAIL_MAX = 254;

export const CLIENT_DETAIL_LABELS: Record<keyof ClientDetailsValues, string> = {
  displayName: "Name",
  email: "Email",
  complaint: "Chief complaint",
  ageBand: "Age band",
  intakeDate: "Date of intake",
};

/** Every problem with a client's details that can be seen before sending. */
export function checkClientDetails(values: ClientDetailsValues): Problems {
  const problems: Problems = {};
  if (blank(values.displayName)) problems.displayName = "Enter the client's name.";
  else if (tooLong(values.displayName, NAME_MAX))
    problems.displayName = `A name can be at most ${NAME_MAX} characters.`;
  if (tooLong(values.email, EMAIL_MAX)) problems.email = `An email address can be at most ${EMAIL_MAX} characters.`;
  else if (!blank(values.email) && !/^[^\s@]+@[^\s@]+$/.test(values.email.trim())) {
    problems.email = "Enter an email address like name@example.org, or leave it empty.";
  }
  if (!values.complaint) problems.complaint = "Choose the chief complaint.";
  if (!values.ageBand) problems.ageBand = "Choose the age band.";
  if (blank(values.intakeDate)) problems.intakeDate = "Enter the date of intake.";
  else if (values.intakeDate > todayForInput()) problems.intakeDate = "The date of intake cannot be in the future.";
  return problems;
}

/** The fields of a client's details, the same when admitting a client and when editing them. */
export function ClientDetailsFields<T extends FieldValues & ClientDetailsValues>({
  register,
  errors,
  emailLabel,
  choose,
}: {
  register: UseFormRegister<T>;
  errors: Problems;
  emailLabel: string;
  /** Start with nothing chosen (a new client) rather than the values held. */
  choose: boolean;
}) {
  const at = (name: keyof ClientDetailsValues) => register(name as Path<T>);
  return (
    <div className="grid">
      <Field label="Name" field="displayName" errors={errors}>
        {(props) => <input {...props} {...at("displayName")} autoComplete="off" required />}
      </Field>
      <Field label={emailLabel} field="email" errors={errors}>
        {(props) => <input {...props} {...at("email")} type="email" autoComplete="off" />}
      </Field>
      <Field label="Chief complaint" field="complaint" errors={errors}>
        {(props) => (
          <select {...props} {...at("complaint")} required>
            {choose && <option value="">Choose…</option>}
            {COMPLAINT_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Date of intake" field="intakeDate" errors={errors}>
        {(props) => <input {...props} {...at("intakeDate")} type="date" max={todayForInput()} required />}
      </Field>
      <Field label="Age band" field="ageBand" errors={errors}>
        {(props) => (
          <select {...props} {...at("ageBand")} required>
            {choose && <option value="">Choose…</option>}
            {AGE_BAND_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
