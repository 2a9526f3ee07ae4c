/**
 * Every code the FHIR bundle uses, with where it comes from. Standard terminologies (LOINC, SNOMED CT, HL7) where one
 * exists; a local code system for what none covers (the ORS items, the SRS, the week rating, session kind and
 * attendance).
 */
import { AgeBand, ClientStatus, ComplaintCategory } from "../../clients/client.enums.ts";
import { ORS_ITEMS, SRS_ITEMS } from "../../measures/instruments.ts";
import { Attendance, SessionKind } from "../../sessions/session.enums.ts";

export const LOINC = "http://loinc.org";
export const SNOMED = "http://snomed.info/sct";
export const OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
/** HL7 v3 ActCode, the R4 value set for Encounter.class; AMB = ambulatory (the client is not admitted). */
export const ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
export const UCUM = "http://unitsofmeasure.org";

/**
 * The project's own URIs. The project publishes no web site, so they sit under the reserved `.invalid` domain
 * (RFC 2606): they can never resolve to, or be mistaken for, a standard terminology. docs/fhir.md documents them.
 */
const LOCAL_BASE = "https://follow-up.invalid/fhir";
export const LOCAL_MEASURES = `${LOCAL_BASE}/CodeSystem/measures`;
export const LOCAL_SESSION_KIND = `${LOCAL_BASE}/CodeSystem/session-kind`;
export const LOCAL_ATTENDANCE = `${LOCAL_BASE}/CodeSystem/attendance`;
export const LOCAL_CLIENT_ID = `${LOCAL_BASE}/NamingSystem/client-id`;
/** Canonical URLs of the Questionnaires the bundle carries, one per form; `name` is the form's `Questionnaire.name`. */
const questionnaireUrl = (name: string) => `${LOCAL_BASE}/Questionnaire/${name}`;
export const EXTENSION = {
  intakeDate: `${LOCAL_BASE}/StructureDefinition/intake-date`,
  complaint: `${LOCAL_BASE}/StructureDefinition/complaint`,
  ageBand: `${LOCAL_BASE}/StructureDefinition/age-band`,
  clientStatus: `${LOCAL_BASE}/StructureDefinition/client-status`,
  crisis: `${LOCAL_BASE}/StructureDefinition/crisis`,
} as const;

export const SURVEY = { system: OBSERVATION_CATEGORY, code: "survey", display: "Survey" } as const;
export const AMBULATORY = { system: ACT_CODE, code: "AMB", display: "ambulatory" } as const;
/** UCUM's annotation unit for a dimensionless score, as US Core's screening assessments use it. */
export const SCORE_UNIT = { unit: "{score}", system: UCUM, code: "{score}" } as const;

export interface Code {
  code: string;
  display: string;
}

/**
 * LOINC answer list LL358-3 (frequency over the last two weeks), shared by the PHQ-9 and GAD-7 items;
 * index = the item score 0–3. Codes in docs/clinical.md, "Interchange codes".
 */
export const FREQUENCY_ANSWERS: readonly Code[] = [
  { code: "LA6568-5", display: "Not at all" },
  { code: "LA6569-3", display: "Several days" },
  { code: "LA6570-1", display: "More than half the days" },
  { code: "LA6571-9", display: "Nearly every day" },
];

export interface Questionnaire {
  /** Our name for the instrument, for error messages. */
  name: "PHQ-9" | "GAD-7";
  /** Questionnaire.name, a computer-friendly name (R4 invariant que-0). */
  id: string;
  panel: Code;
  total: Code;
  /** The canonical URL of the Questionnaire the bundle carries, which its QuestionnaireResponses name. */
  url: string;
  /**
   * LOINC's canonical Questionnaire for the panel. Ours is derived from it (it leaves out the unscored PHQ-9
   * item 10), so it is not LOINC's form itself; bundles exported before Questionnaires were carried named this one.
   */
  canonical: string;
  /** Item codes in the instrument's order; index i holds item i + 1. They are also the items' linkIds. */
  items: readonly Code[];
}

/**
 * PHQ-9 (LOINC panel 44249-1, total 44261-6). Item codes in docs/clinical.md, "Interchange codes", in questionnaire
 * order. Item 10 ("how difficult have these problems made it…", 69722-7) is not scored and not stored, so it is
 * not exported.
 */
export const PHQ9: Questionnaire = {
  name: "PHQ-9",
  id: "PHQ9",
  url: questionnaireUrl("PHQ9"),
  panel: { code: "44249-1", display: "PHQ-9 quick depression assessment panel" },
  total: { code: "44261-6", display: "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]" },
  canonical: "http://loinc.org/q/44249-1",
  items: [
    { code: "44250-9", display: "Little interest or pleasure in doing things" },
    { code: "44255-8", display: "Feeling down, depressed, or hopeless" },
    { code: "44259-0", display: "Trouble falling or staying asleep, or sleeping too much" },
    { code: "44254-1", display: "Feeling tired or having little energy" },
    { code: "44251-7", display: "Poor appetite or overeating" },
    {
      code: "44258-2",
      display: "Feeling bad about yourself-or that you are a failure or have let yourself or your family down",
    },
    {
      code: "44252-5",
      display: "Trouble concentrating on things, such as reading the newspaper or watching television",
    },
    {
      code: "44253-3",
      display:
        "Moving or speaking so slowly that other people could have noticed. Or the opposite-being so fidgety or restless that you have been moving around a lot more than usual",
    },
    { code: "44260-8", display: "Thoughts that you would be better off dead, or of hurting yourself in some way" },
  ],
};

/**
 * GAD-7 (LOINC panel 69737-5, total 70274-6). Item codes in docs/clinical.md, "Interchange codes", in questionnaire
 * order: LOINC's items of panel 69737-5 as HL7 publishes them in the Patient Reported Outcomes IG's Questionnaire
 * 69737-5 (build.fhir.org/ig/HL7/pco-ig, Questionnaire-69737-5) and in the HL7 Personal Health Record Format IG's
 * GAD-7 example (github.com/HL7/personal-health-record-format-ig,
 * input/fsh/pghd/examples/Mind/QuestionnaireResponse-ScoredAssessment-GAD7.fsh).
 */
export const GAD7: Questionnaire = {
  name: "GAD-7",
  id: "GAD7",
  url: questionnaireUrl("GAD7"),
  panel: { code: "69737-5", display: "Generalized anxiety disorder 7 item (GAD-7)" },
  total: { code: "70274-6", display: "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]" },
  canonical: "http://loinc.org/q/69737-5",
  items: [
    { code: "69725-0", display: "Feeling nervous, anxious or on edge" },
    { code: "68509-9", display: "Not being able to stop or control worrying" },
    { code: "69733-4", display: "Worrying too much about different things" },
    { code: "69734-2", display: "Trouble relaxing" },
    { code: "69735-9", display: "Being so restless that it is hard to sit still" },
    { code: "69689-8", display: "Becoming easily annoyed or irritable" },
    { code: "69736-7", display: "Feeling afraid as if something awful might happen" },
  ],
};

export type OrsItem = (typeof ORS_ITEMS)[number];
export type SrsItem = (typeof SRS_ITEMS)[number];

/**
 * Local codes (LOCAL_MEASURES). No standard terminology code is used for the ORS items, the SRS or our week rating;
 * the ORS total also carries ORS_TOTAL_SNOMED.
 */
export const LOCAL_CODES = {
  orsTotal: { code: "ors-total", display: "Outcome Rating Scale (ORS) total, 0–40" },
  srsTotal: { code: "srs-total", display: "Session Rating Scale (SRS) total, 0–40" },
  weekRating: { code: "week-rating", display: 'Week rating ("How was your week?"), 0–10' },
} as const;

export const ORS_ITEM_CODES: Record<OrsItem, Code> = {
  individual: { code: "ors-individual", display: "ORS individually (personal well-being), 0–10" },
  interpersonal: { code: "ors-interpersonal", display: "ORS interpersonally (family, close relationships), 0–10" },
  social: { code: "ors-social", display: "ORS socially (work, school, friendships), 0–10" },
  overall: { code: "ors-overall", display: "ORS overall (general sense of well-being), 0–10" },
};

export const SRS_ITEM_CODES: Record<SrsItem, Code> = {
  relationship: { code: "srs-relationship", display: "SRS relationship, 0–10" },
  goalsAndTopics: { code: "srs-goals-and-topics", display: "SRS goals and topics, 0–10" },
  approachOrMethod: { code: "srs-approach-or-method", display: "SRS approach or method, 0–10" },
  overall: { code: "srs-overall", display: "SRS overall, 0–10" },
};

/**
 * SNOMED CT 716613004 "Outcome Rating Scale total score", the concept NHS England's Mental Health Services Data
 * Set lists for the ORS total (range 0–40); docs/clinical.md, "Interchange codes". The ORS total Observation
 * carries it beside the local code. No SNOMED CT or LOINC concept for the adult SRS or its items is used.
 */
export const ORS_TOTAL_SNOMED: Code = { code: "716613004", display: "Outcome Rating Scale total score" };

/**
 * A rating form without a standard questionnaire code (ORS, SRS, the week rating): its Questionnaire's items are
 * the local codes, which are also the linkIds of its responses; answers are marks (decimal) or whole numbers.
 */
export interface RatingForm {
  name: "ORS" | "SRS" | "week rating";
  id: string;
  title: string;
  url: string;
  total: Code;
  answer: "decimal" | "integer";
  items: readonly Code[];
}

export const ORS_FORM: RatingForm = {
  name: "ORS",
  id: "ORS",
  title: "Outcome Rating Scale (ORS)",
  url: questionnaireUrl("ORS"),
  total: LOCAL_CODES.orsTotal,
  answer: "decimal",
  items: ORS_ITEMS.map((item) => ORS_ITEM_CODES[item]),
};

export const SRS_FORM: RatingForm = {
  name: "SRS",
  id: "SRS",
  title: "Session Rating Scale (SRS)",
  url: questionnaireUrl("SRS"),
  total: LOCAL_CODES.srsTotal,
  answer: "decimal",
  items: SRS_ITEMS.map((item) => SRS_ITEM_CODES[item]),
};

/** The week rating is one question, so its one item carries the same code as its Observation. */
export const WEEK_RATING_FORM: RatingForm = {
  name: "week rating",
  id: "WeekRating",
  title: "How was your week?",
  url: questionnaireUrl("WeekRating"),
  total: LOCAL_CODES.weekRating,
  answer: "integer",
  items: [LOCAL_CODES.weekRating],
};

/** Local codes for our enums: the code is the enum value itself, so nothing needs a mapping table. */
export const SESSION_KINDS = Object.values(SessionKind) as string[];
export const ATTENDANCES = Object.values(Attendance) as string[];
export const COMPLAINTS = Object.values(ComplaintCategory) as string[];
export const AGE_BANDS = Object.values(AgeBand) as string[];
export const CLIENT_STATUSES = Object.values(ClientStatus) as string[];

/** Encounter.status for each attendance (R4 EncounterStatus); attendance itself travels as a local type code. */
export const ENCOUNTER_STATUS: Record<Attendance, "finished" | "cancelled"> = {
  [Attendance.ATTENDED]: "finished",
  [Attendance.CANCELLED]: "cancelled",
  [Attendance.NO_SHOW]: "cancelled",
};

/** The severity band's wording, sent as Observation.interpretation text (informative only; not read back). */
export const BAND_TEXT: Record<string, string> = {
  MINIMAL: "Minimal",
  MILD: "Mild",
  MODERATE: "Moderate",
  MODERATELY_SEVERE: "Moderately severe",
  SEVERE: "Severe",
};
