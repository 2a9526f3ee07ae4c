import type {
  Bundle,
  Coding,
  Encounter,
  Extension,
  Observation,
  Patient,
  Questionnaire as FhirQuestionnaire,
  QuestionnaireResponse,
  Reference,
  Resource,
} from "@medplum/fhirtypes";
import type { AgeBand, ClientStatus, ComplaintCategory } from "../../clients/client.enums.ts";
import { badInput } from "../../common/errors.ts";
import { isValidLocalDate } from "../../common/time.ts";
import { EARLIEST_DATE } from "../../common/validation.ts";
import { ORS_ITEMS, SRS_ITEMS } from "../../measures/instruments.ts";
import type { SessionDraft } from "../../sessions/session-row.ts";
import type { Attendance, SessionKind } from "../../sessions/session.enums.ts";
import {
  AGE_BANDS,
  ATTENDANCES,
  CLIENT_STATUSES,
  COMPLAINTS,
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
  ORS_FORM,
  ORS_ITEM_CODES,
  PHQ9,
  SESSION_KINDS,
  SRS_FORM,
  SRS_ITEM_CODES,
  WEEK_RATING_FORM,
  type Code,
  type Questionnaire,
  type RatingForm,
} from "./codes.ts";
import { validateR4 } from "./r4-validation.ts";

/**
 * More entries than any real client has (an attended session with every form makes 11: its Encounter, five responses
 * and five Observations, so 500 such sessions make 5,500); a bound on the work one file can cause.
 */
export const MAX_ENTRIES = 20_000;

/** A session read from a bundle, with the entry each rating block came from, for error messages. */
export interface ImportedSession {
  draft: SessionDraft;
  /** Entry index of the Encounter, and of the resource each block was read from. */
  entries: { encounter: number } & Partial<Record<"weekRating" | "ors" | "srs" | "phq9" | "gad7", number>>;
}

export interface ImportedClient {
  /** From a full export's Patient.name; null in a pseudonymous bundle. */
  displayName: string | null;
  /** The exporter's pseudonymous identifier, used to name a client that arrives without a name. */
  identifier: string | null;
  intakeDate: string;
  complaint: ComplaintCategory;
  ageBand: AgeBand;
  status: ClientStatus;
  /** In time order. */
  sessions: ImportedSession[];
}

interface Entry {
  index: number;
  field: string;
  resource: Resource;
}

/** Instants only: a session happened at a time, not on a day. */
const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))$/;

/** An instant that exists as written: the pattern (which R4 shares) lets 31 February and +99:99 through. */
function isInstant(text: string): boolean {
  const match = INSTANT.exec(text);
  if (!match || !isValidLocalDate(match[1]!)) return false;
  const [hour, minute, second, offsetHour, offsetMinute] = [
    match[2],
    match[3],
    match[4],
    match[7] ?? "0",
    match[8] ?? "0",
  ].map(Number);
  return (
    hour! <= 23 &&
    minute! <= 59 &&
    second! <= 59 &&
    offsetHour! <= 14 &&
    offsetMinute! <= 59 &&
    !Number.isNaN(Date.parse(text))
  );
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Reads a bundle of the shape `buildClientBundle` writes, checking it against the R4 definitions first and then
 * every code and link this shape relies on. Pure: throws BAD_USER_INPUT naming the entry and field
 * (`entry[4].resource.item[2].answer[0].valueCoding.code`) at the first problem; writes nothing anywhere.
 */
export function readClientBundle(input: unknown): ImportedClient {
  if (!isObject(input) || input.resourceType !== "Bundle")
    throw badInput("resourceType", 'Expected a FHIR R4 Bundle (resourceType "Bundle").');
  if (input.type !== "collection")
    throw badInput("type", `Expected a Bundle of type "collection", got ${JSON.stringify(input.type)}.`);
  if (!Array.isArray(input.entry) || input.entry.length === 0) throw badInput("entry", "The Bundle has no entries.");
  if (input.entry.length > MAX_ENTRIES)
    throw badInput("entry", `At most ${MAX_ENTRIES} entries per Bundle; this one has ${input.entry.length}.`);
  const [issue] = validateR4(input as unknown as Bundle);
  if (issue)
    throw badInput(issue.path.replace(/^Bundle\./, ""), `Not valid FHIR R4 (${issue.path}): ${issue.message}.`);

  const bundle = input as unknown as Bundle;
  const entries: Entry[] = [];
  const byUrl = new Map<string, Entry>();
  bundle.entry!.forEach((bundleEntry, index) => {
    const field = `entry[${index}]`;
    if (!bundleEntry.resource) throw badInput(`${field}.resource`, `${field} has no resource.`);
    if (!bundleEntry.fullUrl)
      throw badInput(`${field}.fullUrl`, `${field} needs a fullUrl, so other entries can refer to it.`);
    if (byUrl.has(bundleEntry.fullUrl))
      throw badInput(
        `${field}.fullUrl`,
        `${field} repeats the fullUrl of entry[${byUrl.get(bundleEntry.fullUrl)!.index}].`,
      );
    const entry = { index, field: `${field}.resource`, resource: bundleEntry.resource };
    entries.push(entry);
    byUrl.set(bundleEntry.fullUrl, entry);
  });

  const patients = entries.filter((entry) => entry.resource.resourceType === "Patient");
  if (patients.length !== 1)
    throw badInput("entry", `Expected exactly one Patient; the Bundle has ${patients.length}.`);
  const patientEntry = patients[0]!;
  const client = readPatient(patientEntry.resource as Patient, patientEntry.field);

  const resolve = (reference: Reference | undefined, field: string, type: string): Entry => {
    const target = reference?.reference ? byUrl.get(reference.reference) : undefined;
    if (!target || target.resource.resourceType !== type) {
      throw badInput(`${field}.reference`, `${field} must refer to a ${type} in this Bundle (by its fullUrl).`);
    }
    return target;
  };
  const requireSubject = (resource: { subject?: Reference }, entry: Entry) => {
    if (resolve(resource.subject, `${entry.field}.subject`, "Patient") !== patientEntry)
      throw badInput(`${entry.field}.subject`, "Every resource must be about the Bundle's Patient.");
  };

  const sessions = new Map<Entry, ImportedSession>();
  for (const entry of entries) {
    const { resourceType } = entry.resource;
    if (resourceType === "Patient") continue;
    if (!["Encounter", "QuestionnaireResponse", "Observation", "Questionnaire"].includes(resourceType)) {
      throw badInput(
        `${entry.field}.resourceType`,
        `${resourceType} is not part of a client measures Bundle (Patient, Encounter, QuestionnaireResponse, Observation, Questionnaire).`,
      );
    }
    if (resourceType === "Encounter") {
      const encounter = entry.resource;
      requireSubject(encounter, entry);
      sessions.set(entry, { draft: readEncounter(encounter, entry.field), entries: { encounter: entry.index } });
    }
  }

  const carried = readQuestionnaires(entries);
  const sessionOf = (resource: { encounter?: Reference }, entry: Entry) =>
    sessions.get(resolve(resource.encounter, `${entry.field}.encounter`, "Encounter"))!;
  const responses = new Map<Entry, { questionnaire: Questionnaire; values: number[]; session: ImportedSession }>();
  const ratings = new Map<Entry, RatingResponse>();
  for (const entry of entries.filter((e) => e.resource.resourceType === "QuestionnaireResponse")) {
    const response = entry.resource as QuestionnaireResponse;
    requireSubject(response, entry);
    const session = sessionOf(response, entry);
    if (response.status !== "completed")
      throw badInput(
        `${entry.field}.status`,
        `Only completed questionnaires can be imported, got "${response.status}".`,
      );
    const form = FORMS.find((f) => f.url === response.questionnaire);
    if (form && !carried.has(form.url)) {
      throw badInput(
        `${entry.field}.questionnaire`,
        `The Questionnaire ${form.url} this response answers is not in the Bundle.`,
      );
    }
    if (form && !("panel" in form)) {
      ratings.set(entry, { form, values: readRatingAnswers(form, response, entry.field), session, used: false });
      continue;
    }
    // Bundles exported before Questionnaires were carried name LOINC's own form; they are read the same way.
    const questionnaire = form ?? [PHQ9, GAD7].find((q) => q.canonical === response.questionnaire);
    if (!questionnaire) {
      throw badInput(
        `${entry.field}.questionnaire`,
        `Expected one of the questionnaires ${FORMS.map((f) => f.url).join(", ")} (or LOINC's ${PHQ9.canonical}, ${GAD7.canonical}), got ${JSON.stringify(response.questionnaire)}.`,
      );
    }
    const block = questionnaire === PHQ9 ? "phq9" : "gad7";
    if (session.draft[block])
      throw badInput(
        entry.field,
        `The Encounter at entry[${session.entries.encounter}] already has a ${questionnaire.name} (entry[${session.entries[block]}]).`,
      );
    const values = readAnswers(questionnaire, response, entry.field);
    session.draft[block] = values;
    session.entries[block] = entry.index;
    responses.set(entry, { questionnaire, values, session });
  }
  /** An ORS, SRS or week-rating Observation agrees with the response it names (older bundles name none). */
  const checkDerivation = (observation: Observation, entry: Entry, form: RatingForm, values: number[]) => {
    if (observation.derivedFrom === undefined) return;
    const field = `${entry.field}.derivedFrom`;
    if (observation.derivedFrom.length !== 1)
      throw badInput(field, `A ${form.name} Observation is derivedFrom exactly one QuestionnaireResponse.`);
    const rating = ratings.get(resolve(observation.derivedFrom[0], `${field}[0]`, "QuestionnaireResponse"));
    if (!rating || rating.form !== form || rating.session !== sessionOf(observation, entry) || rating.used) {
      throw badInput(
        `${field}[0]`,
        `A ${form.name} Observation must derive from its own ${form.name} response of the same Encounter.`,
      );
    }
    if (rating.values.some((value, i) => value !== values[i]))
      throw badInput(`${field}[0]`, `The ${form.name} response's answers differ from the Observation's values.`);
    rating.used = true;
  };

  for (const entry of entries.filter((e) => e.resource.resourceType === "Observation")) {
    const observation = entry.resource as Observation;
    requireSubject(observation, entry);
    const session = sessionOf(observation, entry);
    if (observation.status !== "final")
      throw badInput(`${entry.field}.status`, `Only final observations can be imported, got "${observation.status}".`);
    const codings = observation.code.coding ?? [];
    const has = (system: string, code: Code) =>
      codings.some((coding) => coding.system === system && coding.code === code.code);
    const total = [PHQ9, GAD7].find((q) => has(LOINC, q.total));
    if (total) {
      readTotal(total, observation, entry, session, (reference, field) => {
        const response = responses.get(resolve(reference, field, "QuestionnaireResponse"));
        return response!;
      });
    } else if (has(LOCAL_MEASURES, LOCAL_CODES.orsTotal)) {
      claim(session, "ors", entry, "ORS");
      const ors = readScale(observation, entry.field, ORS_ITEMS, ORS_ITEM_CODES);
      checkDerivation(
        observation,
        entry,
        ORS_FORM,
        ORS_ITEMS.map((name) => ors[name]),
      );
      session.draft.ors = ors;
    } else if (has(LOCAL_MEASURES, LOCAL_CODES.srsTotal)) {
      claim(session, "srs", entry, "SRS");
      const srs = readScale(observation, entry.field, SRS_ITEMS, SRS_ITEM_CODES);
      checkDerivation(
        observation,
        entry,
        SRS_FORM,
        SRS_ITEMS.map((name) => srs[name]),
      );
      session.draft.srs = srs;
    } else if (has(LOCAL_MEASURES, LOCAL_CODES.weekRating)) {
      claim(session, "weekRating", entry, "week rating");
      if (observation.valueInteger === undefined)
        throw badInput(`${entry.field}.valueInteger`, "A week rating is a valueInteger 0–10.");
      checkDerivation(observation, entry, WEEK_RATING_FORM, [observation.valueInteger]);
      session.draft.weekRating = observation.valueInteger;
    } else {
      throw badInput(
        `${entry.field}.code`,
        `Unknown measure ${describeCodings(codings)}: expected LOINC ${PHQ9.total.code} or ${GAD7.total.code}, or ${LOCAL_MEASURES} ${Object.values(
          LOCAL_CODES,
        )
          .map((c) => c.code)
          .join(", ")}.`,
      );
    }
  }

  for (const [entry, rating] of ratings) {
    if (!rating.used)
      throw badInput(entry.field, `This ${rating.form.name} response has no Observation derived from it.`);
  }

  return {
    ...client,
    sessions: [...sessions.values()].sort(
      (a, b) =>
        a.draft.occurredAt.getTime() - b.draft.occurredAt.getTime() || a.entries.encounter - b.entries.encounter,
    ),
  };
}

/** Every form a bundle may carry a Questionnaire for. */
const FORMS: readonly (Questionnaire | RatingForm)[] = [PHQ9, GAD7, ORS_FORM, SRS_FORM, WEEK_RATING_FORM];

interface RatingResponse {
  form: RatingForm;
  values: number[];
  session: ImportedSession;
  /** Whether an Observation has been read from it; a response nothing derives from is refused. */
  used: boolean;
}

/**
 * The bundle's Questionnaires, by url. Each must be one of ours, carried once, with exactly our items as linkIds:
 * the answers are read by our definitions, so a Questionnaire that says otherwise is refused, not trusted.
 */
function readQuestionnaires(entries: Entry[]): Set<string> {
  const carried = new Set<string>();
  for (const entry of entries.filter((e) => e.resource.resourceType === "Questionnaire")) {
    const questionnaire = entry.resource as FhirQuestionnaire;
    const form = FORMS.find((f) => f.url === questionnaire.url);
    if (!form)
      throw badInput(
        `${entry.field}.url`,
        `Unknown Questionnaire ${JSON.stringify(questionnaire.url)}; expected one of ${FORMS.map((f) => f.url).join(", ")}.`,
      );
    if (carried.has(form.url)) throw badInput(`${entry.field}.url`, `The Questionnaire ${form.url} appears twice.`);
    const linkIds = (questionnaire.item ?? []).map((item) => item.linkId);
    const expected = form.items.map((item) => item.code);
    if (linkIds.length !== expected.length || expected.some((code, i) => linkIds[i] !== code)) {
      throw badInput(
        `${entry.field}.item`,
        `The ${form.name} Questionnaire's items must be ${expected.join(", ")}, in that order.`,
      );
    }
    carried.add(form.url);
  }
  return carried;
}

function readRatingAnswers(form: RatingForm, response: QuestionnaireResponse, field: string): number[] {
  const items = response.item ?? [];
  const expected = form.items.map((item) => item.code);
  if (items.length !== expected.length || items.some((item, i) => item.linkId !== expected[i])) {
    throw badInput(`${field}.item`, `A ${form.name} response answers ${expected.join(", ")}, in that order.`);
  }
  return items.map((item, i) => {
    const answer = item.answer?.length === 1 ? item.answer[0]! : undefined;
    const value = form.answer === "decimal" ? answer?.valueDecimal : answer?.valueInteger;
    if (value === undefined) {
      throw badInput(
        `${field}.item[${i}].answer`,
        `${form.name} item ${expected[i]} needs exactly one ${form.answer === "decimal" ? "valueDecimal" : "valueInteger"} answer.`,
      );
    }
    return value;
  });
}

function claim(session: ImportedSession, block: "ors" | "srs" | "weekRating", entry: Entry, name: string): void {
  if (session.entries[block] !== undefined) {
    throw badInput(
      entry.field,
      `The Encounter at entry[${session.entries.encounter}] already has a ${name} (entry[${session.entries[block]}]).`,
    );
  }
  session.entries[block] = entry.index;
}

function describeCodings(codings: Coding[]): string {
  return codings.length ? codings.map((c) => `${c.system ?? "(no system)"}|${c.code ?? ""}`).join(", ") : "(no coding)";
}

function extensionValue(extensions: Extension[] | undefined, url: string): Extension | undefined {
  return extensions?.find((extension) => extension.url === url);
}

function requireCode<T extends string>(
  extensions: Extension[] | undefined,
  url: string,
  allowed: string[],
  field: string,
  what: string,
): T {
  const index = extensions?.findIndex((extension) => extension.url === url) ?? -1;
  const value = index >= 0 ? extensions![index]!.valueCode : undefined;
  if (value === undefined || !allowed.includes(value)) {
    throw badInput(
      index >= 0 ? `${field}.extension[${index}].valueCode` : `${field}.extension`,
      `The Patient needs the ${what} extension (${url}) with one of ${allowed.join(", ")}.`,
    );
  }
  return value as T;
}

function readPatient(patient: Patient, field: string): Omit<ImportedClient, "sessions"> {
  const intakeDate = extensionValue(patient.extension, EXTENSION.intakeDate)?.valueDate;
  if (!intakeDate || !isValidLocalDate(intakeDate) || intakeDate < EARLIEST_DATE) {
    throw badInput(
      `${field}.extension`,
      `The Patient needs the intake-date extension (${EXTENSION.intakeDate}) with a full date YYYY-MM-DD, on or after ${EARLIEST_DATE}.`,
    );
  }
  const name = patient.name?.[0];
  const displayName = (name?.text ?? [...(name?.given ?? []), name?.family ?? ""].join(" ")).trim();
  const identifier = patient.identifier?.find((id) => id.system === LOCAL_CLIENT_ID) ?? patient.identifier?.[0];
  return {
    displayName: displayName || null,
    identifier: identifier?.value ?? null,
    intakeDate,
    complaint: requireCode(patient.extension, EXTENSION.complaint, COMPLAINTS, field, "complaint"),
    ageBand: requireCode(patient.extension, EXTENSION.ageBand, AGE_BANDS, field, "age-band"),
    status: requireCode(patient.extension, EXTENSION.clientStatus, CLIENT_STATUSES, field, "client-status"),
  };
}

function typeCode(encounter: Encounter, system: string, allowed: string[], field: string, what: string): string {
  for (const [i, concept] of (encounter.type ?? []).entries()) {
    for (const [j, coding] of (concept.coding ?? []).entries()) {
      if (coding.system !== system) continue;
      if (!coding.code || !allowed.includes(coding.code)) {
        throw badInput(
          `${field}.type[${i}].coding[${j}].code`,
          `Unknown ${what} ${JSON.stringify(coding.code)}; expected one of ${allowed.join(", ")}.`,
        );
      }
      return coding.code;
    }
  }
  throw badInput(`${field}.type`, `The Encounter needs a type coding from ${system} (${what}).`);
}

function readEncounter(encounter: Encounter, field: string): SessionDraft {
  const kind = typeCode(encounter, LOCAL_SESSION_KIND, SESSION_KINDS, field, "session kind") as SessionKind;
  const attendance = typeCode(encounter, LOCAL_ATTENDANCE, ATTENDANCES, field, "attendance") as Attendance;
  if (encounter.status !== ENCOUNTER_STATUS[attendance]) {
    throw badInput(
      `${field}.status`,
      `An Encounter with attendance ${attendance} has status "${ENCOUNTER_STATUS[attendance]}", not "${encounter.status}".`,
    );
  }
  const start = encounter.period?.start;
  if (!start || !isInstant(start)) {
    throw badInput(
      `${field}.period.start`,
      "The Encounter needs period.start as an instant with time and offset, e.g. 2026-11-10T15:00:00Z.",
    );
  }
  const crisis = extensionValue(encounter.extension, EXTENSION.crisis)?.valueBoolean ?? false;
  return { occurredAt: new Date(start), attendance, kind, techniquesUsed: [], crisis };
}

function readAnswers(questionnaire: Questionnaire, response: QuestionnaireResponse, field: string): number[] {
  const values: (number | undefined)[] = questionnaire.items.map(() => undefined);
  for (const [i, item] of (response.item ?? []).entries()) {
    const itemField = `${field}.item[${i}]`;
    const position = questionnaire.items.findIndex((code) => code.code === item.linkId);
    if (position < 0)
      throw badInput(
        `${itemField}.linkId`,
        `${JSON.stringify(item.linkId)} is not a ${questionnaire.name} item code (LOINC ${questionnaire.items.map((c) => c.code).join(", ")}).`,
      );
    if (values[position] !== undefined)
      throw badInput(`${itemField}.linkId`, `${questionnaire.name} item ${item.linkId} is answered twice.`);
    if (item.answer?.length !== 1)
      throw badInput(`${itemField}.answer`, `${questionnaire.name} item ${item.linkId} needs exactly one answer.`);
    const coding = item.answer[0]!.valueCoding;
    const score = coding?.system === LOINC ? FREQUENCY_ANSWERS.findIndex((answer) => answer.code === coding.code) : -1;
    if (score < 0) {
      throw badInput(
        `${itemField}.answer[0].valueCoding`,
        `Expected a LOINC answer ${FREQUENCY_ANSWERS.map((a) => a.code).join(", ")}, got ${coding ? describeCodings([coding]) : "no valueCoding"}.`,
      );
    }
    values[position] = score;
  }
  const missing = questionnaire.items.filter((_, i) => values[i] === undefined);
  if (missing.length)
    throw badInput(
      `${field}.item`,
      `${questionnaire.name} items not answered: ${missing.map((c) => c.code).join(", ")}.`,
    );
  return values as number[];
}

function readTotal(
  questionnaire: Questionnaire,
  observation: Observation,
  entry: Entry,
  session: ImportedSession,
  responseOf: (
    reference: Reference | undefined,
    field: string,
  ) => { questionnaire: Questionnaire; values: number[]; session: ImportedSession },
): void {
  if (observation.derivedFrom?.length !== 1) {
    throw badInput(
      `${entry.field}.derivedFrom`,
      `A ${questionnaire.name} total is derivedFrom exactly one QuestionnaireResponse.`,
    );
  }
  const response = responseOf(observation.derivedFrom[0], `${entry.field}.derivedFrom[0]`);
  if (response.questionnaire !== questionnaire || response.session !== session) {
    throw badInput(
      `${entry.field}.derivedFrom[0]`,
      `A ${questionnaire.name} total must derive from a ${questionnaire.name} response of the same Encounter.`,
    );
  }
  const sum = response.values.reduce((a, b) => a + b, 0);
  if (observation.valueInteger !== sum) {
    throw badInput(
      `${entry.field}.valueInteger`,
      `The ${questionnaire.name} total ${observation.valueInteger ?? "(none)"} is not the sum of its answers (${sum}).`,
    );
  }
}

function readScale<K extends string>(
  observation: Observation,
  field: string,
  names: readonly K[],
  codes: Record<K, Code>,
): Record<K, number> {
  const items = {} as Record<K, number>;
  for (const [i, component] of (observation.component ?? []).entries()) {
    const name = names.find((n) =>
      component.code.coding?.some((c) => c.system === LOCAL_MEASURES && c.code === codes[n].code),
    );
    if (!name)
      throw badInput(
        `${field}.component[${i}].code`,
        `Unknown item ${describeCodings(component.code.coding ?? [])}; expected ${names.map((n) => codes[n].code).join(", ")}.`,
      );
    if (items[name] !== undefined)
      throw badInput(`${field}.component[${i}].code`, `Item ${codes[name].code} appears twice.`);
    const value = component.valueQuantity?.value;
    if (value === undefined)
      throw badInput(`${field}.component[${i}].valueQuantity`, `Item ${codes[name].code} needs a valueQuantity.`);
    items[name] = value;
  }
  const missing = names.filter((name) => items[name] === undefined);
  if (missing.length)
    throw badInput(`${field}.component`, `Items missing: ${missing.map((n) => codes[n].code).join(", ")}.`);
  const total = observation.valueQuantity?.value;
  const sum = Math.round(names.reduce((a, name) => a + items[name], 0) * 10) / 10;
  if (total !== sum)
    throw badInput(`${field}.valueQuantity`, `The total ${total ?? "(none)"} is not the sum of its items (${sum}).`);
  return items;
}
