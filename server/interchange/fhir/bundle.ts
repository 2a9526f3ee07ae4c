import { randomUUID } from "node:crypto";
import type {
  Bundle,
  BundleEntry,
  Encounter,
  Extension,
  Observation,
  ObservationComponent,
  Patient,
  QuestionnaireResponse,
  Reference,
  Resource,
} from "@medplum/fhirtypes";
import type { AgeBand, ClientStatus, ComplaintCategory } from "../../clients/client.enums.ts";
import { gad7Band, ORS_ITEMS, phq9Band, SRS_ITEMS } from "../../measures/instruments.ts";
import type { TherapySession } from "../../sessions/session.entity.ts";
import { Attendance } from "../../sessions/session.enums.ts";
import {
  AMBULATORY,
  BAND_TEXT,
  ENCOUNTER_STATUS,
  EXTENSION,
  FREQUENCY_ANSWERS,
  GAD7,
  LOCAL_ATTENDANCE,
  LOCAL_CLIENT_ID,
  LOCAL_CODES,
  LOCAL_MEASURES,
  LOCAL_SESSION_KIND,
  LOINC,
  ORS_ITEM_CODES,
  PHQ9,
  SCORE_UNIT,
  SRS_ITEM_CODES,
  SURVEY,
  type Code,
  type Questionnaire,
} from "./codes.ts";

export interface BundleClient {
  id: number;
  displayName: string;
  /** The client's sign-in email, when they have one; sent only in a full export. */
  email: string | null;
  intakeDate: string;
  complaint: ComplaintCategory;
  ageBand: AgeBand;
  status: ClientStatus;
}

export type BundleSession = Pick<
  TherapySession,
  "occurredAt" | "attendance" | "kind" | "weekRating" | "crisis" | "ors" | "srs" | "phq9Items" | "gad7Items"
>;

export interface BundleOptions {
  /** Adds the name and email; otherwise the Patient carries only the pseudonymous identifier. */
  full: boolean;
  generatedAt: Date;
  /** fullUrl ids; injectable so a test can build the same bundle twice. */
  newId?: () => string;
}

const local = (system: string, code: Code) => ({
  coding: [{ system, code: code.code, display: code.display }],
  text: code.display,
});
const loinc = (code: Code) => ({
  coding: [{ system: LOINC, code: code.code, display: code.display }],
  text: code.display,
});
const score = (value: number) => ({ value, ...SCORE_UNIT });

/**
 * A client's measures as a FHIR R4 collection Bundle: the Patient, an Encounter per session, and per attended
 * session a QuestionnaireResponse and a total Observation for each PHQ-9 / GAD-7, and Observations for ORS, SRS
 * (items as components) and the week rating. Pure: the caller has already decided the viewer may see all of it.
 * Private notes, the priority issue and techniques are not session measures and never leave here.
 */
export function buildClientBundle(client: BundleClient, sessions: BundleSession[], options: BundleOptions): Bundle {
  const newId = options.newId ?? randomUUID;
  const entries: BundleEntry[] = [];
  const add = <T extends Resource>(resource: T): Reference<T> => {
    const fullUrl = `urn:uuid:${newId()}`;
    entries.push({ fullUrl, resource });
    return { reference: fullUrl };
  };

  const patient = add(patientResource(client, options.full));
  for (const session of sessions) {
    const effectiveDateTime = session.occurredAt.toISOString();
    const encounter = add(encounterResource(session, patient));
    if (session.attendance !== Attendance.ATTENDED) continue;
    const context = { subject: patient, encounter, effectiveDateTime };
    if (session.phq9Items) {
      const response = add(questionnaireResponse(PHQ9, session.phq9Items, context));
      add(totalObservation(PHQ9, session.phq9Items, phq9Band, response, context));
    }
    if (session.gad7Items) {
      const response = add(questionnaireResponse(GAD7, session.gad7Items, context));
      add(totalObservation(GAD7, session.gad7Items, gad7Band, response, context));
    }
    if (session.ors) {
      const items = session.ors;
      const components = ORS_ITEMS.map((name) => component(ORS_ITEM_CODES[name], items[name]));
      add(
        localObservation(
          LOCAL_CODES.orsTotal,
          { valueQuantity: score(sum(ORS_ITEMS.map((name) => items[name]))) },
          context,
          components,
        ),
      );
    }
    if (session.srs) {
      const items = session.srs;
      const components = SRS_ITEMS.map((name) => component(SRS_ITEM_CODES[name], items[name]));
      add(
        localObservation(
          LOCAL_CODES.srsTotal,
          { valueQuantity: score(sum(SRS_ITEMS.map((name) => items[name]))) },
          context,
          components,
        ),
      );
    }
    if (session.weekRating != null) {
      add(localObservation(LOCAL_CODES.weekRating, { valueInteger: session.weekRating }, context));
    }
  }
  return { resourceType: "Bundle", type: "collection", timestamp: options.generatedAt.toISOString(), entry: entries };
}

/** Sum of one-decimal marks, rounded back to one decimal (7.1 + 0.2 is 7.3, not 7.299999999999999). */
function sum(values: number[]): number {
  return Math.round(values.reduce((a, b) => a + b, 0) * 10) / 10;
}

function patientResource(client: BundleClient, full: boolean): Patient {
  const extension: Extension[] = [
    { url: EXTENSION.intakeDate, valueDate: client.intakeDate },
    { url: EXTENSION.complaint, valueCode: client.complaint },
    { url: EXTENSION.ageBand, valueCode: client.ageBand },
    { url: EXTENSION.clientStatus, valueCode: client.status },
  ];
  return {
    resourceType: "Patient",
    extension,
    // The record's number in the exporting database: stable across exports, and meaningless without that database.
    identifier: [{ system: LOCAL_CLIENT_ID, value: String(client.id) }],
    ...(full
      ? {
          name: [{ text: client.displayName }],
          ...(client.email ? { telecom: [{ system: "email" as const, value: client.email }] } : {}),
        }
      : {}),
  };
}

function encounterResource(session: BundleSession, patient: Reference<Patient>): Encounter {
  return {
    resourceType: "Encounter",
    extension: [{ url: EXTENSION.crisis, valueBoolean: session.crisis }],
    status: ENCOUNTER_STATUS[session.attendance],
    class: AMBULATORY,
    type: [
      local(LOCAL_SESSION_KIND, { code: session.kind, display: session.kind }),
      local(LOCAL_ATTENDANCE, { code: session.attendance, display: session.attendance }),
    ],
    subject: patient,
    period: { start: session.occurredAt.toISOString() },
  };
}

interface Context {
  subject: Reference<Patient>;
  encounter: Reference<Encounter>;
  effectiveDateTime: string;
}

function questionnaireResponse(
  questionnaire: Questionnaire,
  values: number[],
  context: Context,
): QuestionnaireResponse {
  return {
    resourceType: "QuestionnaireResponse",
    questionnaire: questionnaire.canonical,
    status: "completed",
    subject: context.subject,
    encounter: context.encounter,
    authored: context.effectiveDateTime,
    item: questionnaire.items.map((item, i) => ({
      linkId: item.code,
      text: item.display,
      answer: [{ valueCoding: { system: LOINC, ...FREQUENCY_ANSWERS[values[i]!]! } }],
    })),
  };
}

function totalObservation(
  questionnaire: Questionnaire,
  values: number[],
  band: (total: number) => string,
  response: Reference<QuestionnaireResponse>,
  context: Context,
): Observation {
  const total = values.reduce((a, b) => a + b, 0);
  return {
    resourceType: "Observation",
    status: "final",
    category: [{ coding: [SURVEY] }],
    code: loinc(questionnaire.total),
    subject: context.subject,
    encounter: context.encounter,
    effectiveDateTime: context.effectiveDateTime,
    valueInteger: total,
    interpretation: [{ text: BAND_TEXT[band(total)] }],
    derivedFrom: [response],
  };
}

function component(code: Code, value: number): ObservationComponent {
  return { code: local(LOCAL_MEASURES, code), valueQuantity: score(value) };
}

function localObservation(
  code: Code,
  value: Pick<Observation, "valueQuantity" | "valueInteger">,
  context: Context,
  components?: ObservationComponent[],
): Observation {
  return {
    resourceType: "Observation",
    status: "final",
    category: [{ coding: [SURVEY] }],
    code: local(LOCAL_MEASURES, code),
    subject: context.subject,
    encounter: context.encounter,
    effectiveDateTime: context.effectiveDateTime,
    ...value,
    ...(components ? { component: components } : {}),
  };
}
