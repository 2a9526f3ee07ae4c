import type { Bundle, Observation, Questionnaire, QuestionnaireResponse, Resource } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";
import { AgeBand, ClientStatus, ComplaintCategory } from "../../../server/clients/client.enums.ts";
import { DomainError } from "../../../server/common/errors.ts";
import { buildClientBundle, type BundleSession } from "../../../server/interchange/fhir/bundle.ts";
import { readClientBundle } from "../../../server/interchange/fhir/bundle-reader.ts";
import { GAD7, PHQ9 } from "../../../server/interchange/fhir/codes.ts";
import { validateR4 } from "../../../server/interchange/fhir/r4-validation.ts";
import { Attendance, SessionKind } from "../../../server/sessions/session.enums.ts";
import { questionnaireItems, resolveLinks, responseItems } from "./fhir-links.ts";
import { r4SchemaErrors, SCHEMA_ID, SCHEMA_RESOURCE_TYPES } from "./r4-json-schema.ts";

/**
 * LOINC's panels as LOINC defines them, written out here rather than read from the code under test: PHQ-9 panel
 * 44249-1 (items 1–9 in order, total 44261-6) and GAD-7 panel 69737-5 (items 1–7 in order, total 70274-6).
 */
const LOINC_PANELS = {
  "44249-1": {
    total: "44261-6",
    items: ["44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8"],
  },
  "69737-5": {
    total: "70274-6",
    items: ["69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"],
  },
} as const;
const LOINC = "http://loinc.org";
const LOCAL = "https://follow-up.invalid/fhir/CodeSystem/measures";
const SNOMED_ORS_TOTAL = { system: "http://snomed.info/sct", code: "716613004" };

const CLIENT = {
  id: 7,
  displayName: "Sam Example",
  email: null,
  intakeDate: "2026-05-04",
  complaint: ComplaintCategory.DEPRESSION,
  ageBand: AgeBand.AGE_25_34,
  status: ClientStatus.ACTIVE,
};

const attended = (day: string, ratings: Partial<BundleSession>): BundleSession => ({
  occurredAt: new Date(`2026-05-${day}T09:00:00.000Z`),
  attendance: Attendance.ATTENDED,
  kind: SessionKind.FOLLOW_UP,
  crisis: false,
  weekRating: null,
  ors: null,
  srs: null,
  phq9Items: null,
  gad7Items: null,
  ...ratings,
});

/** Two sessions that between them use every form, and one that uses none. */
const SESSIONS: BundleSession[] = [
  attended("05", {
    kind: SessionKind.INTAKE,
    weekRating: 2,
    ors: { individual: 2.5, interpersonal: 3.9, social: 4.1, overall: 3.0 },
    srs: { relationship: 9.0, goalsAndTopics: 8.2, approachOrMethod: 8.8, overall: 9.4 },
    phq9Items: [2, 2, 3, 1, 1, 2, 1, 1, 0],
    gad7Items: [1, 2, 2, 1, 0, 1, 1],
  }),
  { ...attended("12", {}), attendance: Attendance.CANCELLED },
  attended("19", {
    ors: { individual: 5.2, interpersonal: 5.0, social: 4.8, overall: 5.6 },
    phq9Items: [1, 1, 2, 1, 0, 1, 1, 0, 0],
  }),
];

function counter() {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`;
}
const build = (sessions = SESSIONS) =>
  buildClientBundle(CLIENT, sessions, {
    full: false,
    generatedAt: new Date("2026-06-01T00:00:00.000Z"),
    newId: counter(),
  });
const ofType = <T extends Resource>(bundle: Bundle, type: T["resourceType"]) =>
  bundle.entry!.map((e) => e.resource!).filter((r): r is T => r.resourceType === type);
const questionnaireFor = (bundle: Bundle, code: string) =>
  ofType<Questionnaire>(bundle, "Questionnaire").find((q) =>
    q.code?.some((c) => c.system === LOINC && c.code === code),
  );

function refusal(bundle: unknown): DomainError {
  try {
    readClientBundle(bundle);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("the bundle was accepted");
}

describe("FHIR bundle: Questionnaires, codes and the R4 JSON schema", () => {
  it("loads HL7's R4 JSON schema, which knows every R4 resource type the bundle uses", () => {
    expect(SCHEMA_ID).toBe("http://hl7.org/fhir/json-schema/4.0");
    for (const type of ["Bundle", "Patient", "Encounter", "Observation", "Questionnaire", "QuestionnaireResponse"])
      expect(SCHEMA_RESOURCE_TYPES).toContain(type);
    // HL7's own schema, not a server's extended copy: Medplum's adds its resources (Project, Bot…).
    expect(SCHEMA_RESOURCE_TYPES).not.toContain("Project");
    expect(SCHEMA_RESOURCE_TYPES).not.toContain("Bot");
  });

  it("validates against the R4 JSON schema and Medplum's R4 validator with no errors", () => {
    const bundle = build();
    expect(r4SchemaErrors(bundle)).toEqual([]);
    expect(validateR4(bundle)).toEqual([]);
    for (const entry of bundle.entry!) expect(r4SchemaErrors(entry.resource)).toEqual([]);
  });

  it("has a live schema check: an unknown element, a code outside its value set and a string total all fail", () => {
    const colour = build();
    (colour.entry![0]!.resource as unknown as Record<string, unknown>).colour = "blue";
    expect(r4SchemaErrors(colour).length).toBeGreaterThan(0);
    const itemType = build();
    ofType<Questionnaire>(itemType, "Questionnaire")[0]!.item![0]!.type = "multiple-choice" as "choice";
    expect(r4SchemaErrors(itemType).length).toBeGreaterThan(0);
    const total = build();
    (ofType<Observation>(total, "Observation")[0] as unknown as Record<string, unknown>).valueInteger = "twelve";
    expect(r4SchemaErrors(total).length).toBeGreaterThan(0);
  });

  it("resolves every response linkId to an item of the Questionnaire it names, and leaves no item unanswered", () => {
    const bundle = build();
    const report = resolveLinks(bundle);
    expect(report).toMatchObject({ unresolved: [], unanswered: [], orphans: [] });
    // Written out: 2 PHQ-9 × 9 + 1 GAD-7 × 7 + 2 ORS × 4 + 1 SRS × 4 + 1 week rating × 1 = 38 answered items.
    expect(report.linkIdsChecked).toBe(2 * 9 + 7 + 2 * 4 + 4 + 1);
    const urls = ofType<Questionnaire>(bundle, "Questionnaire").map((q) => q.url);
    expect(new Set(urls).size).toBe(5);
    for (const response of ofType<QuestionnaireResponse>(bundle, "QuestionnaireResponse"))
      expect(urls).toContain(response.questionnaire);
  });

  it("carries a Questionnaire only for the forms a response uses", () => {
    const bundle = build([SESSIONS[2]!]);
    const questionnaires = ofType<Questionnaire>(bundle, "Questionnaire");
    expect(questionnaires.map((q) => q.name).sort()).toEqual(["ORS", "PHQ9"]);
    expect(resolveLinks(bundle)).toMatchObject({ unresolved: [], unanswered: [], orphans: [] });
    expect(ofType(build([{ ...SESSIONS[1]! }]), "Questionnaire")).toEqual([]);
  });

  it("codes each PHQ-9 and GAD-7 item with LOINC's item code, in the panel's order, and the panel itself", () => {
    const bundle = build();
    for (const [panel, { items }] of Object.entries(LOINC_PANELS)) {
      const questionnaire = questionnaireFor(bundle, panel)!;
      expect(questionnaire.item!.map((item) => item.code)).toEqual(
        items.map((code) => [expect.objectContaining({ system: LOINC, code })]),
      );
      expect(questionnaire.item!.map((item) => item.linkId)).toEqual(items);
      for (const item of questionnaire.item!) {
        expect(item.type).toBe("choice");
        expect(item.answerOption!.map((o) => o.valueCoding!.code)).toEqual([
          "LA6568-5",
          "LA6569-3",
          "LA6570-1",
          "LA6571-9",
        ]);
      }
    }
    // The code table agrees with LOINC's panels, so the totals and responses are coded the same way.
    expect(PHQ9).toMatchObject({ panel: { code: "44249-1" }, total: { code: LOINC_PANELS["44249-1"].total } });
    expect(GAD7).toMatchObject({ panel: { code: "69737-5" }, total: { code: LOINC_PANELS["69737-5"].total } });
    expect(PHQ9.items.map((i) => i.code)).toEqual(LOINC_PANELS["44249-1"].items);
    expect(GAD7.items.map((i) => i.code)).toEqual(LOINC_PANELS["69737-5"].items);
  });

  it("codes the ORS total with SNOMED CT 716613004 beside its local code, and derives it from the ORS response", () => {
    const bundle = build();
    const ors = ofType<Observation>(bundle, "Observation").filter((o) =>
      o.code.coding!.some((c) => c.system === LOCAL && c.code === "ors-total"),
    );
    expect(ors).toHaveLength(2);
    for (const observation of ors) {
      expect(observation.code.coding).toEqual([
        expect.objectContaining({ system: LOCAL, code: "ors-total" }),
        expect.objectContaining(SNOMED_ORS_TOTAL),
      ]);
      const response = bundle.entry!.find((e) => e.fullUrl === observation.derivedFrom![0]!.reference)!
        .resource as QuestionnaireResponse;
      const answers = responseItems(response).map((item) => item.answer![0]!.valueDecimal!);
      expect(observation.component!.map((c) => c.valueQuantity!.value)).toEqual(answers);
    }
    const others = ofType<Observation>(bundle, "Observation").filter((o) => !ors.includes(o));
    for (const observation of others) expect(JSON.stringify(observation.code)).not.toContain("snomed");
  });

  it("reads its own export back, Questionnaires and all, and reads bundles exported before it carried them", () => {
    expect(readClientBundle(build()).sessions.map((s) => s.draft.ors ?? null)).toEqual(SESSIONS.map((s) => s.ors));
    // The earlier shape: no Questionnaires, no rating responses, PHQ-9/GAD-7 responses naming LOINC's forms.
    const old = build();
    const ratings = new Set(
      old.entry!.filter((e) => {
        const r = e.resource!;
        return (
          r.resourceType === "Questionnaire" ||
          (r.resourceType === "QuestionnaireResponse" && !r.questionnaire!.match(/PHQ9|GAD7/))
        );
      }),
    );
    old.entry = old.entry!.filter((e) => !ratings.has(e));
    for (const response of ofType<QuestionnaireResponse>(old, "QuestionnaireResponse"))
      response.questionnaire = response.questionnaire!.endsWith("PHQ9") ? PHQ9.canonical : GAD7.canonical;
    for (const observation of ofType<Observation>(old, "Observation"))
      if (!observation.code.coding!.some((c) => c.system === LOINC)) delete observation.derivedFrom;
    expect(readClientBundle(old).sessions.map((s) => s.draft)).toEqual(
      readClientBundle(build()).sessions.map((s) => s.draft),
    );
  });

  it("refuses Questionnaires and rating responses that disagree with what it reads", () => {
    const entryOf = (bundle: Bundle, resource: Resource) => bundle.entry!.findIndex((e) => e.resource === resource);

    const reordered = build();
    const phq9 = questionnaireFor(reordered, "44249-1")!;
    phq9.item!.reverse();
    expect(refusal(reordered).field).toBe(`entry[${entryOf(reordered, phq9)}].resource.item`);

    const stranger = build();
    const unknown = ofType<Questionnaire>(stranger, "Questionnaire")[0]!;
    unknown.url = "https://example.org/Questionnaire/other";
    expect(refusal(stranger).field).toBe(`entry[${entryOf(stranger, unknown)}].resource.url`);

    const missing = build();
    missing.entry = missing.entry!.filter((e) => (e.resource as Questionnaire).name !== "SRS");
    const srsResponse = ofType<QuestionnaireResponse>(missing, "QuestionnaireResponse").find((r) =>
      r.questionnaire!.endsWith("/SRS"),
    )!;
    expect(refusal(missing).field).toBe(`entry[${entryOf(missing, srsResponse)}].resource.questionnaire`);

    const disagree = build();
    const orsResponse = ofType<QuestionnaireResponse>(disagree, "QuestionnaireResponse").find((r) =>
      r.questionnaire!.endsWith("/ORS"),
    )!;
    orsResponse.item![0]!.answer![0]!.valueDecimal = 9.9;
    const orsTotal = ofType<Observation>(disagree, "Observation").find(
      (o) => o.derivedFrom?.[0]?.reference === disagree.entry![entryOf(disagree, orsResponse)]!.fullUrl,
    )!;
    expect(refusal(disagree).field).toBe(`entry[${entryOf(disagree, orsTotal)}].resource.derivedFrom[0]`);

    const unused = build();
    const week = ofType<Observation>(unused, "Observation").find((o) =>
      o.code.coding!.some((c) => c.code === "week-rating"),
    )!;
    const weekResponse = unused.entry!.find((e) => e.fullUrl === week.derivedFrom![0]!.reference)!.resource!;
    unused.entry = unused.entry!.filter((e) => e.resource !== week);
    expect(refusal(unused).field).toBe(`entry[${entryOf(unused, weekResponse)}].resource`);
  });

  it("keeps the Questionnaire items to what it defines: every item is answered by linkId, none nested", () => {
    for (const questionnaire of ofType<Questionnaire>(build(), "Questionnaire")) {
      const items = questionnaireItems(questionnaire);
      expect(items.size).toBe(questionnaire.item!.length);
      for (const item of items.values()) expect(item.required).toBe(true);
    }
  });
});
