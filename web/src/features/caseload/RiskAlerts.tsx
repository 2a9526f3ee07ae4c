import { useId, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { dateTimeInWords } from "../../components/CopyText";
import { Field } from "../../components/Field";
import { FieldError } from "../../components/FieldError";
import { ruleInWords } from "../../components/rule-words";
import { blank, tooLong } from "../../forms/checks";
import { draftKey } from "../../forms/drafts";
import { DraftNote, FormEnd } from "../../forms/FormNotes";
import { flatErrors, resolverOf, type Problems } from "../../forms/problems";
import { useDraftForm } from "../../forms/useDraftForm";
import { useSave } from "../../forms/useSave";
import { useViewerId } from "../../forms/useViewerId";
import { graphql } from "../../graphql";
import type { RiskAction } from "../../graphql/graphql";
import { RISK_ACTIONS, RISK_ACTION_WORDS, openFor } from "./risk-words";
import "./safety.css";

const ACKNOWLEDGE_RISK_ALERT = graphql(`
  mutation AcknowledgeRiskAlert($id: ID!, $input: AcknowledgeRiskAlertInput!) {
    acknowledgeRiskAlert(id: $id, input: $input) {
      id
      acknowledged
      acknowledgedAt
      acknowledgedBy
      action
      note
    }
  }
`);

/** The lists that show risk alerts, read again after an acknowledgement so the caseload's order follows it. */
const REFRESH = ["Caseload", "ClientCase"];

/** A risk alert as the caseload and the client page read it. */
export interface RiskAlertView {
  id: string;
  raisedAt: string;
  rules: string[];
  acknowledged: boolean;
  acknowledgedAt?: string | null;
  acknowledgedBy?: string | null;
  action?: RiskAction | null;
  note?: string | null;
}

/** The server's limit on a note (server: acknowledgeRiskAlert), checked here first. */
const NOTE_MAX = 1000;
const NOTE_MIN_FOR_OTHER = 3;

interface AcknowledgeValues {
  action: RiskAction | "";
  note: string;
}

const LABELS = { action: "Action taken", note: "Note" };

function checkAcknowledgement(values: AcknowledgeValues): Problems {
  const problems: Problems = {};
  if (!values.action) problems.action = "Choose the action taken.";
  if (values.action === "OTHER" && values.note.trim().length < NOTE_MIN_FOR_OTHER) {
    problems.note = "Describe in the note what was done.";
  }
  if (tooLong(values.note, NOTE_MAX)) problems.note = `The note can be at most ${NOTE_MAX} characters.`;
  return problems;
}

/** "Acknowledged: Contacted the client, by Dr Ada Lovelace on 9 Dec 2026, 10:00", and the note. */
export function Acknowledgement({ alert }: { alert: RiskAlertView }) {
  return (
    <div className="risk-acknowledged" data-testid="risk-acknowledged">
      <p>
        <strong>Acknowledged</strong>: {alert.action ? RISK_ACTION_WORDS[alert.action] : "action not recorded"}
        {alert.acknowledgedBy ? `, by ${alert.acknowledgedBy}` : ""}
        {alert.acknowledgedAt ? ` on ${dateTimeInWords(alert.acknowledgedAt)}` : ""}.
      </p>
      {alert.note && <p className="risk-note">Note: {alert.note}</p>}
    </div>
  );
}

/** The rules that raised an alert, each in words. */
export function RiskRules({ rules }: { rules: string[] }) {
  return (
    <ul className="risk-rules">
      {rules.map((rule) => (
        <li key={rule}>{ruleInWords(rule)}</li>
      ))}
    </ul>
  );
}

/**
 * One risk alert on the caseload: "Safety alert", its rules in words, when it was raised and how long it has been
 * open, and the way to acknowledge it; once acknowledged, what was done, by whom and when.
 */
export function RiskAlertCard({
  alert,
  clientId,
  clientName,
  now,
}: {
  alert: RiskAlertView;
  clientId: string;
  clientName: string;
  now: number;
}) {
  const [acknowledging, setAcknowledging] = useState(false);
  const titleId = useId();
  return (
    <div
      className={`risk-alert${alert.acknowledged ? " risk-alert-done" : ""}`}
      role="group"
      aria-labelledby={titleId}
      data-testid="risk-alert"
      data-acknowledged={alert.acknowledged}
    >
      <p id={titleId} className="risk-title">
        <span aria-hidden="true">▲ </span>
        <strong>Safety alert</strong>
        <span className="visually-hidden"> for {clientName}</span>
      </p>
      <RiskRules rules={alert.rules} />
      <p className="risk-time">
        Raised {dateTimeInWords(alert.raisedAt)}
        {!alert.acknowledged && (
          <>
            {" · "}
            <span className="open-for">open for {openFor(alert.raisedAt, now)}</span>
          </>
        )}
      </p>
      {alert.acknowledged ? (
        <Acknowledgement alert={alert} />
      ) : acknowledging ? (
        <AcknowledgeForm alert={alert} clientId={clientId} onClose={() => setAcknowledging(false)} />
      ) : (
        <button type="button" onClick={() => setAcknowledging(true)}>
          Acknowledge<span className="visually-hidden"> the safety alert for {clientName}</span>
        </button>
      )}
    </div>
  );
}

/** The acknowledgement: the action taken and a note; kept as a draft until it is saved. */
export function AcknowledgeForm({
  alert,
  clientId,
  onClose,
}: {
  alert: RiskAlertView;
  clientId: string;
  onClose: () => void;
}) {
  const formId = useId();
  const viewerId = useViewerId();
  const [defaults] = useState<AcknowledgeValues>({ action: "", note: "" });
  const { form, draft } = useDraftForm({
    key: viewerId ? draftKey(viewerId, clientId, `risk-alert-${alert.id}`) : null,
    defaults,
    resolver: resolverOf(checkAcknowledgement),
  });
  const [acknowledge] = useMutation(ACKNOWLEDGE_RISK_ALERT, { refetchQueries: REFRESH, awaitRefetchQueries: true });
  const errors = flatErrors(form.formState.errors);
  const { general, submit } = useSave(form, draft, formId, {
    save: (values) =>
      acknowledge({
        variables: {
          id: alert.id,
          input: { action: values.action as RiskAction, note: blank(values.note) ? null : values.note.trim() },
        },
      }),
    saved: () => onClose(),
    toPath: (field) =>
      field === "input.action" ? "action" : field === "input.note" || field === "note" ? "note" : field,
    labels: LABELS,
  });

  return (
    <form
      id={formId}
      className="entry risk-acknowledge"
      onSubmit={(event) => void submit(event)}
      onInput={draft.onInput}
      noValidate
      aria-label="Acknowledge the safety alert"
      data-testid="acknowledge-form"
    >
      <DraftNote restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      <fieldset aria-invalid={Boolean(errors.action) || undefined}>
        <legend>Action taken</legend>
        {RISK_ACTIONS.map((action) => (
          <label key={action} className="checkbox">
            <input type="radio" value={action} {...form.register("action")} />
            {RISK_ACTION_WORDS[action]}
          </label>
        ))}
        <FieldError errors={errors} field="action" />
      </fieldset>
      <Field label="Note" field="note" errors={errors}>
        {(props) => <textarea {...props} {...form.register("note")} rows={3} maxLength={NOTE_MAX} />}
      </Field>
      <FormEnd
        title="The acknowledgement was not saved."
        general={general}
        errors={errors}
        busy={form.formState.isSubmitting}
        action="Save acknowledgement"
        onCancel={onClose}
      />
    </form>
  );
}
