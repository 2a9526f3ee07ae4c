import { randomUUID } from "node:crypto";
import type {
  Bundle,
  BundleEntry,
  Encounter,
  Extension,
  Observation,
  ObservationComponent,
  Patient,
  Questionnaire as FhirQuestionnaire,
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
  LOCAL_MEASURES,
  LOCAL_SESSION_KIND,
  LOINC,
  ORS_FORM,
  ORS_ITEM_CODES,
  ORS_TOTAL_SNOMED,
  PHQ9,
  SCORE_UNIT,
  SNOMED,
  SRS_FORM,
  SRS_ITEM_CODES,
  SURVEY,
  WEEK_RATING_FORM,
  type Code,
  type Questionnaire,
  type RatingForm,
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
/** The forms, in the order their Questionnaires close the bundle. */
const FORMS: readonly (Questionnaire | RatingForm)[] = [PHQ9, GAD7, ORS_FORM, SRS_FORM, WEEK_RATING_FORM];

const loinc = (code: Code) => ({
  coding: [{ system: LOINC, code: code.code, display: code.display }],
  text: code.display,
});
const score = (value: number) => ({ value, ...SCORE_UNIT });

/**
 * A client's measures as a FHIR R4 collection Bundle: the Patient, an Encounter per session, and per attended
 * session a QuestionnaireResponse for each form filled in (PHQ-9, GAD-7, ORS, SRS, week rating) with the
 * Observation derived from it: the PHQ-9 / GAD-7 total, the ORS and SRS totals (items as components), the week
 * rating. The bundle ends with one Questionnaire per form used, whose items are exactly the linkIds its responses
 * answer. Pure: the caller has already decided the viewer may see all of it. Private notes, the priority issue and
 * techniques are not session measures and never leave here.
 */
export function buildClientBundle(client: BundleClient, sessions: BundleSession[], options: BundleOptions): Bundle {
  const newId = options.newId ?? randomUUID;
  const entries: BundleEntry[] = [];
  const used = new Set<Questionnaire | RatingForm>();
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
    for (const [questionnaire, values, band] of [
      [PHQ9, session.phq9Items, phq9Band],
      [GAD7, session.gad7Items, gad7Band],
    ] as const) {
      if (!values) continue;
      used.add(questionnaire);
      const response = add(questionnaireResponse(questionnaire, values, context));
      add(totalObservation(questionnaire, values, band, response, context));
    }
    if (session.ors) {
      const items = session.ors;
      const values = ORS_ITEMS.map((name) => items[name]);
      used.add(ORS_FORM);
      const response = add(ratingResponse(ORS_FORM, values, context));
      add(
        localObservation(
          ORS_FORM.total,
          { valueQuantity: score(sum(values)) },
          context,
          response,
          ORS_ITEMS.map((name) => component(ORS_ITEM_CODES[name], items[name])),
          { system: SNOMED, ...ORS_TOTAL_SNOMED },
        ),
      );
    }
    if (session.srs) {
      const items = session.srs;
      const values = SRS_ITEMS.map((name) => items[name]);
      used.add(SRS_FORM);
      const response = add(ratingResponse(SRS_FORM, values, context));
      add(
        localObservation(
          SRS_FORM.total,
          { valueQuantity: score(sum(values)) },
          context,
          response,
          SRS_ITEMS.map((name) => component(SRS_ITEM_CODES[name], items[name])),
        ),
      );
    }
    if (session.weekRating != null) {
      used.add(WEEK_RATING_FORM);
      const response = add(ratingResponse(WEEK_RATING_FORM, [session.weekRating], context));
      add(localObservation(WEEK_RATING_FORM.total, { valueInteger: session.weekRating }, context, response));
    }
  }
  for (const form of FORMS) {
    if (used.has(form)) add("panel" in form ? scoredQuestionnaire(form) : ratingQuestionnaire(form));
  }
  return { resourceType: "Bundle", type: "collection", timestamp: options.generatedAt.toISOString(), entry: entries };
}

/**
 * The PHQ-9 or GAD-7 as a Questionnaire: LOINC's panel and item codes, each item a choice among the LOINC answers.
 * It is derived from LOINC's own form, which it does not copy whole (the PHQ-9's unscored item 10 is left out).
 */
function scoredQuestionnaire(questionnaire: Questionnaire): FhirQuestionnaire {
  return {
    resourceType: "Questionnaire",
    url: questionnaire.url,
    name: questionnaire.id,
    title: questionnaire.name,
    status: "active",
    derivedFrom: [questionnaire.canonical],
    subjectType: ["Patient"],
    code: [{ system: LOINC, ...questionnaire.panel }],
    item: questionnaire.items.map((item) => ({
      linkId: item.code,
      code: [{ system: LOINC, ...item }],
      text: item.display,
      type: "choice",
      required: true,
      answerOption: FREQUENCY_ANSWERS.map((answer) => ({ valueCoding: { system: LOINC, ...answer } })),
    })),
  };
}

/** The ORS, the SRS or the week rating as a Questionnaire: local codes, since no standard terminology has them. */
function ratingQuestionnaire(form: RatingForm): FhirQuestionnaire {
  return {
    resourceType: "Questionnaire",
    url: form.url,
    name: form.id,
    title: form.title,
    status: "active",
    subjectType: ["Patient"],
    code: [{ system: LOCAL_MEASURES, ...form.total }],
    item: form.items.map((item) => ({
      linkId: item.code,
      code: [{ system: LOCAL_MEASURES, ...item }],
      text: item.display,
      type: form.answer,
      required: true,
    })),
  };
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
    questionnaire: questionnaire.url,
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

/** A rating form's answers, one per item in the form's order. */
function ratingResponse(form: RatingForm, values: number[], context: Context): QuestionnaireResponse {
  return {
    resourceType: "QuestionnaireResponse",
    questionnaire: form.url,
    status: "completed",
    subject: context.subject,
    encounter: context.encounter,
    authored: context.effectiveDateTime,
    item: form.items.map((item, i) => ({
      linkId: item.code,
      text: item.display,
      answer: [form.answer === "decimal" ? { valueDecimal: values[i]! } : { valueInteger: values[i]! }],
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
  response: Reference<QuestionnaireResponse>,
  components?: ObservationComponent[],
  standard?: { system: string; code: string; display: string },
): Observation {
  const concept = local(LOCAL_MEASURES, code);
  return {
    resourceType: "Observation",
    status: "final",
    category: [{ coding: [SURVEY] }],
    code: standard ? { ...concept, coding: [...concept.coding, standard] } : concept,
    subject: context.subject,
    encounter: context.encounter,
    effectiveDateTime: context.effectiveDateTime,
    ...value,
    derivedFrom: [response],
    ...(components ? { component: components } : {}),
  };
}
