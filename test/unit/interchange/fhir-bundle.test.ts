import type { Bundle, Encounter, Patient, QuestionnaireResponse } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";
import { AgeBand, ClientStatus, ComplaintCategory } from "../../../server/clients/client.enums.ts";
import { DomainError } from "../../../server/common/errors.ts";
import { buildClientBundle, type BundleClient, type BundleSession } from "../../../server/interchange/fhir/bundle.ts";
import { readClientBundle } from "../../../server/interchange/fhir/bundle-reader.ts";
import { Attendance, SessionKind } from "../../../server/sessions/session.enums.ts";

const CLIENT: BundleClient = {
  id: 42,
  displayName: "Alex Example",
  email: "alex@example.test",
  intakeDate: "2026-03-02",
  complaint: ComplaintCategory.SOCIAL_ANXIETY,
  ageBand: AgeBand.AGE_35_44,
  status: ClientStatus.DISCHARGED,
};

const SESSIONS: BundleSession[] = [
  {
    occurredAt: new Date("2026-03-03T15:00:00.000Z"),
    attendance: Attendance.ATTENDED,
    kind: SessionKind.INTAKE,
    crisis: false,
    weekRating: 4,
    ors: { individual: 3.1, interpersonal: 4.9, social: 2.2, overall: 3.3 },
    srs: { relationship: 9.9, goalsAndTopics: 8.4, approachOrMethod: 8.0, overall: 9.2 },
    phq9Items: [3, 2, 2, 1, 0, 1, 2, 1, 1],
    gad7Items: [3, 3, 2, 2, 1, 0, 1],
  },
  {
    occurredAt: new Date("2026-03-10T15:00:00.000Z"),
    attendance: Attendance.NO_SHOW,
    kind: SessionKind.FOLLOW_UP,
    crisis: false,
    weekRating: null,
    ors: null,
    srs: null,
    phq9Items: null,
    gad7Items: null,
  },
  {
    occurredAt: new Date("2026-03-17T16:30:00.000Z"),
    attendance: Attendance.ATTENDED,
    kind: SessionKind.CRISIS,
    crisis: true,
    weekRating: null,
    ors: null,
    srs: null,
    phq9Items: [2, 2, 1, 1, 0, 1, 1, 0, 2],
    gad7Items: null,
  },
];

function counter() {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`;
}

const build = (full = false) =>
  buildClientBundle(CLIENT, SESSIONS, { full, generatedAt: new Date("2026-04-01T12:00:00.000Z"), newId: counter() });

function refusal(bundle: unknown): DomainError {
  try {
    readClientBundle(bundle);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("the bundle was accepted");
}

describe("FHIR bundle builder and reader", () => {
  it("reads back every session and rating block it wrote, in time order", () => {
    const read = readClientBundle(build());
    expect(read).toMatchObject({
      displayName: null,
      identifier: "42",
      intakeDate: CLIENT.intakeDate,
      complaint: CLIENT.complaint,
      ageBand: CLIENT.ageBand,
      status: CLIENT.status,
    });
    expect(read.sessions.map((s) => s.draft)).toEqual(
      SESSIONS.map((s) => ({
        occurredAt: s.occurredAt,
        attendance: s.attendance,
        kind: s.kind,
        crisis: s.crisis,
        techniquesUsed: [],
        ...(s.weekRating != null ? { weekRating: s.weekRating } : {}),
        ...(s.ors ? { ors: s.ors } : {}),
        ...(s.srs ? { srs: s.srs } : {}),
        ...(s.phq9Items ? { phq9: s.phq9Items } : {}),
        ...(s.gad7Items ? { gad7: s.gad7Items } : {}),
      })),
    );
  });

  it("names the Patient only in a full export", () => {
    const patient = (bundle: Bundle) => bundle.entry![0]!.resource as Patient;
    expect(patient(build()).name).toBeUndefined();
    expect(patient(build()).telecom).toBeUndefined();
    expect(patient(build(true)).name).toEqual([{ text: CLIENT.displayName }]);
    expect(patient(build(true)).telecom).toEqual([{ system: "email", value: CLIENT.email }]);
    expect(readClientBundle(build(true)).displayName).toBe(CLIENT.displayName);
  });

  it("refuses what is not a collection Bundle", () => {
    expect(refusal({ resourceType: "Patient" }).field).toBe("resourceType");
    expect(refusal({ ...build(), type: "transaction" }).field).toBe("type");
    expect(refusal({ ...build(), entry: [] }).field).toBe("entry");
  });

  it("refuses a second Patient and resources outside the shape", () => {
    const twoPatients = build();
    twoPatients.entry!.push({
      fullUrl: "urn:uuid:00000000-0000-4000-8000-999999999999",
      resource: { resourceType: "Patient" },
    });
    expect(refusal(twoPatients).message).toMatch(/exactly one Patient; the Bundle has 2/);
    const condition = build();
    condition.entry!.push({
      fullUrl: "urn:uuid:00000000-0000-4000-8000-999999999999",
      resource: { resourceType: "Condition", subject: { reference: condition.entry![0]!.fullUrl } },
    });
    expect(refusal(condition).field).toBe(`entry[${condition.entry!.length - 1}].resource.resourceType`);
  });

  it("refuses a Patient without the intake date, and codes it does not know", () => {
    const noIntake = build();
    (noIntake.entry![0]!.resource as Patient).extension!.shift();
    expect(refusal(noIntake).field).toBe("entry[0].resource.extension");
    const badKind = build();
    (badKind.entry![1]!.resource as Encounter).type![0]!.coding![0]!.code = "GROUP";
    expect(refusal(badKind).field).toBe("entry[1].resource.type[0].coding[0].code");
    const badQuestionnaire = build();
    (badQuestionnaire.entry![2]!.resource as QuestionnaireResponse).questionnaire = "http://loinc.org/q/44249-9";
    expect(refusal(badQuestionnaire).field).toBe("entry[2].resource.questionnaire");
  });

  it("refuses an Encounter whose status contradicts its attendance, or that has a day but no time", () => {
    const contradiction = build();
    (contradiction.entry![1]!.resource as Encounter).status = "cancelled";
    expect(refusal(contradiction).field).toBe("entry[1].resource.status");
    const dayOnly = build();
    (dayOnly.entry![1]!.resource as Encounter).period = { start: "2026-03-03" };
    expect(refusal(dayOnly).field).toBe("entry[1].resource.period.start");
  });
});
