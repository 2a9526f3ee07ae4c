import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Role } from "../../server/auth/role.ts";
import type { Client } from "../../server/clients/client.entity.ts";
import { createClient, createPractice, createUser, TEST_PASSWORD } from "../helpers/factories.ts";
import { GraphQLSession } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { launchBrowser } from "./browser.ts";
import { expectNoSidewaysScroll } from "./pages/accounts.ts";
import { expectNoInternals } from "./pages/forms.ts";
import { LoginPage } from "./pages/pages.ts";

const WAIT = { timeout: 20_000 };
const PHONE = { width: 390, height: 844 };
const DAY = 86_400_000;

const NOTE = "Phoned her within the hour; she is staying with her sister tonight and has the crisis line number.";
/** PHQ-9 answers whose item 9 (thoughts of self-harm) is 1, "several days": above the default rule's 0. */
const PHQ9_ITEM9_SEVERAL_DAYS = [1, 1, 2, 1, 0, 1, 1, 0, 1];
const CHECK_IN_ORS = { individual: 6.4, interpersonal: 5.1, social: 7, overall: 6 };

const ok = <T>(response: { data: T | null | undefined; errors?: unknown }): T => {
  expect(response.errors).toBeUndefined();
  return response.data!;
};

/**
 * The safety net and the check-in adopted as a session's ratings, end to end: a client's check-in sent over the API
 * as their phone would, then the therapist's pages at a phone's width.
 */
describe("check-ins and the safety net, in Chromium", () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let practice: Awaited<ReturnType<typeof createPractice>>;
  let therapist: GraphQLSession;

  /** A client of therapist A with a login of their own, signed in over the API. */
  async function clientWithLogin(displayName: string): Promise<{ client: Client; session: GraphQLSession }> {
    const user = await createUser(server.dataSource, practice.clinic, Role.CLIENT);
    const client = await createClient(server.dataSource, practice.therapistA, { displayName, userId: user.id });
    const session = new GraphQLSession(server.url);
    ok(await session.login(user.email, TEST_PASSWORD));
    return { client, session };
  }

  const recordSession = async (clientId: number, fields: Record<string, unknown>) =>
    ok(
      await therapist.request<{ recordSession: { id: string } }>(
        `mutation ($i: RecordSessionInput!) { recordSession(input: $i) { id } }`,
        { i: { clientId: String(clientId), attendance: "ATTENDED", ...fields } },
      ),
    ).recordSession.id;

  const setPlan = async (clientId: number, measures: string[]) =>
    ok(
      await therapist.request(
        `mutation ($id: ID!, $i: MeasurementPlanInput!) { setMeasurementPlan(clientId: $id, input: $i) { measures } }`,
        { id: String(clientId), i: { measures, schedule: "BEFORE_EACH_SESSION" } },
      ),
    );

  /** The client's due check-in, sent with these answers. */
  async function checkIn(client: GraphQLSession, answers: Record<string, unknown>) {
    const due = ok(
      await client.request<{ checkInsDue: { kind: string; key: string }[] }>(`{ checkInsDue { kind key } }`),
    );
    const key = due.checkInsDue.find((d) => d.kind === "CHECK_IN")!.key;
    return ok(
      await client.request<{
        submitCheckIn: { id: string; safetyConcern: boolean; crisisResources: { name: string }[] };
      }>(
        `mutation ($i: SubmitCheckInInput!) {
          submitCheckIn(input: $i) { id safetyConcern crisisResources { name } }
        }`,
        { i: { due: key, ...answers } },
      ),
    ).submitCheckIn;
  }

  beforeAll(async () => {
    server = await startTestServer();
    practice = await createPractice(server.dataSource);
    therapist = new GraphQLSession(server.url);
    ok(await therapist.login(practice.therapistA.email, TEST_PASSWORD));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: PHONE });
    page.setDefaultTimeout(WAIT.timeout);
  });
  afterEach(async () => {
    await page.close();
  });

  const signInAsTherapist = async () => {
    const login = new LoginPage(page, server.url);
    await login.open("/");
    await login.signIn(practice.therapistA.email, TEST_PASSWORD);
    await page.getByRole("heading", { level: 1, name: "My caseload" }).waitFor();
  };

  it("a check-in with PHQ-9 item 9 above 0 puts the client first on the caseload until acknowledged, all audited", async () => {
    // Two other clients, one of them at risk from a crisis in her last session, both before Zoe by name.
    const atRisk = await createClient(server.dataSource, practice.therapistA, { displayName: "Anna Crisis" });
    await recordSession(atRisk.id, {
      occurredAt: new Date(Date.now() - 2 * DAY).toISOString(),
      ors: { individual: 3, interpersonal: 4, social: 3, overall: 3 },
      crisis: true,
      kind: "CRISIS",
    });
    await createClient(server.dataSource, practice.therapistA, { displayName: "Ben Steady" });
    const { client, session: zoe } = await clientWithLogin("Zoe Safety");
    await recordSession(client.id, {
      occurredAt: new Date(Date.now() - 6 * DAY).toISOString(),
      ors: { individual: 5, interpersonal: 5, social: 5, overall: 5 },
    });
    await setPlan(client.id, ["ORS", "PHQ9"]);
    const sent = await checkIn(zoe, { ors: CHECK_IN_ORS, phq9: PHQ9_ITEM9_SEVERAL_DAYS });
    expect(sent.safetyConcern).toBe(true);
    expect(sent.crisisResources.length).toBeGreaterThan(0);

    await signInAsTherapist();
    const rows = page.getByTestId("caseload-row");
    await rows.first().waitFor();
    expect((await rows.first().getByRole("link").textContent())?.trim()).toBe("Zoe Safety");
    // Found by name from here on: once acknowledged, the alert no longer puts her first.
    const zoeRow = rows.filter({ has: page.getByRole("link", { name: "Zoe Safety" }) });
    const alert = zoeRow.getByTestId("risk-alert");
    expect(await alert.count()).toBe(1);
    const shown = (await alert.textContent()) ?? "";
    expect(shown).toContain("Safety alert");
    expect(shown).toContain("PHQ-9 item 9 above 0");
    expect(shown).toMatch(/Raised .+ · open for \d+ min/);
    expect(shown).not.toContain("PHQ9_ITEM9_RISK_ABOVE");
    // The crisis client is at risk too, but the open safety alert comes first; nobody else has one.
    expect(await rows.nth(1).getByTestId("risk-alert").count()).toBe(0);
    await expectNoSidewaysScroll(page, "the caseload with a safety alert");

    await alert.getByRole("button", { name: /^Acknowledge/ }).click();
    const form = alert.getByTestId("acknowledge-form");
    // Saving without an action is refused in words before anything is sent.
    await form.getByRole("button", { name: "Save acknowledgement" }).click();
    await form.getByText("Choose the action taken.").first().waitFor();
    await form.getByRole("group", { name: "Action taken" }).getByLabel("Contacted the client").check();
    await form.getByLabel("Note").fill(NOTE);
    await form.getByRole("button", { name: "Save acknowledgement" }).click();
    await alert.getByTestId("risk-acknowledged").waitFor();
    const acknowledged = (await alert.textContent()) ?? "";
    expect(acknowledged).toContain("Acknowledged");
    expect(acknowledged).toContain("Contacted the client");
    expect(acknowledged).toContain(practice.therapistA.displayName);
    expect(acknowledged).not.toContain("open for");
    await expectNoInternals(page, alert);
    await expectNoSidewaysScroll(page, "the caseload after the acknowledgement");

    await zoeRow.getByRole("link", { name: "Zoe Safety" }).click();
    const panel = page.getByRole("region", { name: "Safety alerts" });
    await panel.getByTestId("risk-acknowledged").waitFor();
    const history = (await panel.textContent()) ?? "";
    expect(history).toContain("PHQ-9 item 9 above 0");
    expect(history).toContain("Contacted the client");
    expect(history).toContain(NOTE);
    expect(history).toContain(practice.therapistA.displayName);
    await expectNoSidewaysScroll(page, "the client page's safety alerts");

    const actions = (
      await server.query<{ action: string }>(`SELECT action FROM audit_event WHERE client_id = ? ORDER BY id`, [
        client.id,
      ])
    ).map((row) => row.action);
    for (const action of [
      "CHECK_IN_SUBMITTED",
      "RISK_ALERT_RAISED",
      "CRISIS_RESOURCES_SHOWN",
      "READ_CASELOAD",
      "RISK_ALERT_ACKNOWLEDGED",
    ]) {
      expect(actions).toContain(action);
    }
    // Raised before the caseload was read, acknowledged after.
    expect(actions.indexOf("RISK_ALERT_RAISED")).toBeLessThan(actions.lastIndexOf("READ_CASELOAD"));
    expect(actions.indexOf("READ_CASELOAD")).toBeLessThan(actions.indexOf("RISK_ALERT_ACKNOWLEDGED"));
  });

  it("the therapist adopts the client's check-in as the session's ratings; the chart says where they came from", async () => {
    const { client, session: owner } = await clientWithLogin("Carla Checkin");
    await recordSession(client.id, {
      occurredAt: new Date(Date.now() - 7 * DAY).toISOString(),
      weekRating: 4,
      ors: { individual: 4, interpersonal: 5, social: 4, overall: 4 },
    });
    await setPlan(client.id, ["ORS", "WEEK_RATING", "SRS"]);
    const sent = await checkIn(owner, { ors: CHECK_IN_ORS, weekRating: 6, weekWords: "Better at work this week." });
    expect(sent.safetyConcern).toBe(false);

    await signInAsTherapist();
    // On the caseload, her ORS trend ends with the check-in: marked as hers, in the picture and in words.
    const carla = page.getByTestId("caseload-row").filter({ has: page.getByRole("link", { name: "Carla Checkin" }) });
    const sparkline = carla.getByTestId("sparkline-ors");
    await sparkline.locator("path.sparkline-client").waitFor();
    expect(await sparkline.getAttribute("aria-label")).toBe(
      "ORS, last sessions: 17, 24.5 (scale 0–40); the last from the client's check-in before the session",
    );
    await page.getByRole("link", { name: "Carla Checkin" }).click();
    await page.getByRole("heading", { level: 1, name: "Carla Checkin" }).waitFor();
    // Not used yet: the check-in is on the chart already, as the client's.
    const chart = page.getByTestId("chart-outcome");
    await chart.locator("path.dot-client").first().waitFor();

    await page.getByRole("button", { name: "Record a session" }).click();
    const form = page.getByTestId("record-session-form");
    const offer = form.getByRole("region", { name: "Check-in from the client" });
    await offer.waitFor();
    const offered = (await offer.textContent()) ?? "";
    expect(offered).toContain("24.5"); // 6.4 + 5.1 + 7 + 6
    expect(offered).toContain("Better at work this week.");
    await offer.getByRole("button", { name: "Use these ratings for this session" }).click();
    await form.getByText("Ratings from the client's check-in").waitFor();
    expect(await form.getByLabel(/^ORS Individually/).count()).toBe(0);
    expect(await form.getByLabel(/How was your week/).count()).toBe(0);

    // The draft keeps the choice: a reload opens the form with the check-in still used.
    await page.waitForFunction(
      (marker) => Object.keys(localStorage).some((key) => (localStorage.getItem(key) ?? "").includes(marker)),
      `"adoptCheckInId":"${sent.id}"`,
    );
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Carla Checkin" }).waitFor();
    // The form that was open opens again, with its draft.
    const reopened = page.getByTestId("record-session-form");
    await reopened.getByText("Ratings from the client's check-in").waitFor();
    await reopened.getByTestId("draft-note").waitFor();

    await reopened.getByRole("button", { name: "Save session" }).click();
    await reopened.getByRole("status").filter({ hasText: "Session 2 saved." }).waitFor();
    await expectNoInternals(page, reopened);

    await chart.getByRole("button", { name: "Show data" }).click();
    const table = chart.getByRole("table");
    const headers = await table.locator("thead th").allTextContents();
    const column = (label: string) => headers.indexOf(label) + 1;
    expect(column("Source")).toBeGreaterThan(0);
    const cells = async (label: string) => table.locator(`tbody tr td:nth-child(${column(label)})`).allTextContents();
    expect(await cells("Session")).toEqual(["1", "2"]);
    expect(await cells("ORS")).toEqual(["17", "24.5"]);
    expect(await cells("Source")).toEqual(["In the session", "Client, before the session"]);
    expect(await chart.getByTestId("source-legend").textContent()).toContain("Client, before the session");
    await expectNoSidewaysScroll(page, "the client page after the adoption");

    const session = ok(
      await therapist.request<{ client: { pendingCheckIn: { id: string } | null } }>(
        `query ($id: ID!) { client(id: $id) { pendingCheckIn { id } } }`,
        { id: String(client.id) },
      ),
    );
    expect(session.client.pendingCheckIn).toBeNull();
  });

  it("the administrator sets the clinic's crisis resources, and a check-in with a safety concern returns them", async () => {
    const admin = await createUser(server.dataSource, practice.clinic, Role.ADMIN);
    const login = new LoginPage(page, server.url);
    await login.open("/");
    await login.signIn(admin.email, TEST_PASSWORD);
    await page.getByRole("heading", { level: 1, name: "Staff" }).waitFor();
    const section = page.getByTestId("crisis-resources");
    await section.getByRole("button", { name: "Change the crisis resources" }).click();
    const form = section.getByRole("form", { name: "Crisis resources" });
    const entries = form.getByTestId("crisis-entry");
    // A web address that is not one is refused in words before anything is sent.
    await entries.nth(0).getByLabel("Name").fill("Riverside crisis line");
    await entries.nth(0).getByLabel("Phone").fill("555-0100");
    await entries.nth(0).getByLabel("Web address").fill("riverside.example");
    await entries.nth(0).getByLabel("Hours").fill("Every day, all day");
    await entries.nth(0).getByLabel("This is an example").check();
    await form.getByRole("button", { name: "Save crisis resources" }).click();
    await form.getByTestId("problem-summary").waitFor();
    expect(await form.getByTestId("problem-summary").textContent()).toContain("web address starts with http");
    await entries.nth(0).getByLabel("Web address").fill("https://riverside.example/help");
    await form.getByRole("button", { name: "Add an entry" }).click();
    await entries.nth(1).getByLabel("Name").fill("Text line");
    await entries.nth(1).getByLabel("Text").fill("741741");
    await form.getByRole("button", { name: "Save crisis resources" }).click();
    await form.getByRole("status").filter({ hasText: "Crisis resources saved: 2 entries." }).waitFor();
    const current = (await section.getByTestId("crisis-current").textContent()) ?? "";
    expect(current).toContain("Riverside crisis line (an example) · phone 555-0100");
    expect(current).toContain("Text line · text 741741");
    await expectNoInternals(page, form);
    await expectNoSidewaysScroll(page, "the staff page with the crisis resources");

    const { client, session: owner } = await clientWithLogin("Dana Notsafe");
    await setPlan(client.id, ["WEEK_RATING"]);
    const sent = await checkIn(owner, { weekRating: 2, notSafeNow: true });
    expect(sent.safetyConcern).toBe(true);
    expect(sent.crisisResources.map((r) => r.name)).toEqual(["Riverside crisis line", "Text line"]);
  });

  it("a check-in another session took meanwhile is refused in words beside it, and the form keeps what was typed", async () => {
    const { client, session: owner } = await clientWithLogin("Eva Twice");
    await recordSession(client.id, {
      occurredAt: new Date(Date.now() - 7 * DAY).toISOString(),
      ors: { individual: 4, interpersonal: 5, social: 4, overall: 4 },
    });
    await setPlan(client.id, ["ORS"]);
    const sent = await checkIn(owner, { ors: CHECK_IN_ORS });

    await signInAsTherapist();
    await page.getByRole("link", { name: "Eva Twice" }).click();
    await page.getByRole("button", { name: "Record a session" }).click();
    const form = page.getByTestId("record-session-form");
    const offer = form.getByRole("region", { name: "Check-in from the client" });
    await offer.getByRole("button", { name: "Use these ratings for this session" }).click();
    const notes = "Talked about the move; she wants to keep the Tuesday slot.";
    await form.getByLabel("Private notes (therapist only)").fill(notes);

    // Another session (a colleague's tab, an import) takes the check-in first.
    await recordSession(client.id, {
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
      adoptCheckInId: sent.id,
    });
    await form.getByRole("button", { name: "Save session" }).click();
    await offer.getByText("This check-in is already the ratings of another session.").waitFor();
    expect(await form.getByLabel("Private notes (therapist only)").inputValue()).toBe(notes);
    await expectNoInternals(page, form);
  });
});
