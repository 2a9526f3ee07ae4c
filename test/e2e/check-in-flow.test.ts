import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/auth/role.ts";
import type { User } from "../../server/auth/user.entity.ts";
import type { Client } from "../../server/clients/client.entity.ts";
import { ANSWER_WORDS, MOOD_QUESTIONS } from "../../web/src/features/check-in/questions.ts";
import { createClient, createPractice, createUser, TEST_PASSWORD } from "../helpers/factories.ts";
import { GraphQLSession } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { documentScreenshot, launchBrowser } from "./browser.ts";
import { answer, phoneOf, scaleLine, tapLine } from "./pages/check-in.ts";

const DAY = 86_400_000;

/**
 * The two journeys, each from one person's phone to the other's and back, with nothing arranged between
 * the steps: a check-in that becomes a session's ratings and is rated afterwards, and a check-in that meets a
 * safety rule and is acknowledged.
 */
describe("a client's check-in, from their phone to the therapist's and back (390 × 844)", () => {
  let server: TestServer;
  let browser: Browser;
  let practice: Awaited<ReturnType<typeof createPractice>>;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    practice = await createPractice(server.dataSource);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  const signedInPhone = (user: User, home: string) => phoneOf(browser, server, contexts, user, home);

  /** The therapist's API, for arranging a course before the journey and reading the record after it. */
  const therapistApi = async () => {
    const session = new GraphQLSession(server.url);
    expect((await session.login(practice.therapistA.email, TEST_PASSWORD)).errors).toBeUndefined();
    return async <T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
      const response = await session.request<T>(query, variables);
      expect(response.errors, query).toBeUndefined();
      return response.data!;
    };
  };

  /** A client of therapist A who signs in themself, with a first session a week ago and a measurement plan. */
  const clientWithPlan = async (displayName: string, measures: string[]): Promise<{ user: User; client: Client }> => {
    const user = await createUser(server.dataSource, practice.clinic, Role.CLIENT);
    const client = await createClient(server.dataSource, practice.therapistA, { displayName, userId: user.id });
    const api = await therapistApi();
    await api(`mutation ($i: RecordSessionInput!) { recordSession(input: $i) { id } }`, {
      i: {
        clientId: String(client.id),
        occurredAt: new Date(Date.now() - 7 * DAY).toISOString(),
        attendance: "ATTENDED",
        weekRating: 3,
        ors: { individual: 4, interpersonal: 4, social: 5, overall: 4 },
      },
    });
    await api(
      `mutation ($id: ID!, $i: MeasurementPlanInput!) { setMeasurementPlan(clientId: $id, input: $i) { measures } }`,
      { id: String(client.id), i: { measures, schedule: "BEFORE_EACH_SESSION" } },
    );
    return { user, client };
  };

  const line = scaleLine;
  const tap = tapLine;

  it("the client checks in; the therapist takes it as the session's ratings; the chart says so; the client rates the session", async () => {
    const { user, client } = await clientWithPlan("Maya Checkin", ["ORS", "WEEK_RATING", "PHQ9", "SRS"]);

    // The client, on their phone: the check-in due, two lines by touch and two by keyboard.
    const phone = await signedInPhone(user, "My progress");
    await phone.getByTestId("to-do").getByRole("link", { name: "Check-in before your next session" }).click();
    await phone.getByRole("heading", { level: 1, name: "Check-in" }).waitFor();
    const individual = await tap(phone, line(phone, "Me personally"), 0.62);
    const interpersonal = await tap(phone, line(phone, "Family and close relationships"), 0.55);
    await line(phone, "Work, school and friendships").focus();
    await phone.keyboard.press("ArrowRight"); // the first key marks the middle: 5.0
    await phone.keyboard.press("PageUp"); // 6.0
    await phone.keyboard.press("ArrowRight"); // 6.1
    await phone.keyboard.press("Tab");
    await phone.keyboard.press("Home"); // 0.0
    await phone.keyboard.press("PageUp"); // 1.0
    for (let i = 0; i < 5; i++) await phone.keyboard.press("PageUp"); // 6.0
    await phone.keyboard.press("ArrowLeft"); // 5.9
    expect(await line(phone, "Work, school and friendships").getAttribute("aria-valuetext")).toBe("6.1 out of 10");
    expect(await line(phone, "Overall").getAttribute("aria-valuetext")).toBe("5.9 out of 10");
    await answer(phone, "How was your week?", "6");
    await phone.getByLabel("In your own words (optional)").fill("Went back to the gym twice.");
    const mood = [1, 1, 1, 0, 1, 0, 0, 0, 0];
    for (const [i, question] of MOOD_QUESTIONS.entries()) {
      await answer(phone, `${i + 1}. ${question}`, ANSWER_WORDS[mood[i]!]!);
    }
    await answer(phone, "Right now, do you feel safe?", "I am safe");
    await line(phone, "Me personally").scrollIntoViewIfNeeded();
    await documentScreenshot(phone, "check-in-phone.png", { screenOnly: true });
    await phone.getByRole("button", { name: "Send my check-in" }).click();
    await phone.getByRole("heading", { level: 1, name: "Thank you" }).waitFor();
    const orsTotal = Math.round((individual + interpersonal + 6.1 + 5.9) * 10) / 10;

    // The therapist, on theirs: the record-session form offers the check-in, and takes it.
    const therapist = await signedInPhone(practice.therapistA, "My caseload");
    await therapist.getByRole("link", { name: "Maya Checkin" }).click();
    await therapist.getByRole("heading", { level: 1, name: "Maya Checkin" }).waitFor();
    await therapist.getByRole("button", { name: "Record a session" }).click();
    const form = therapist.getByTestId("record-session-form");
    const offer = form.getByRole("region", { name: "Check-in from the client" });
    await offer.waitFor();
    const offered = (await offer.textContent()) ?? "";
    expect(offered).toContain(String(orsTotal));
    expect(offered).toContain("Went back to the gym twice.");
    await offer.getByRole("button", { name: "Use these ratings for this session" }).click();
    await form.getByText("Ratings from the client's check-in").waitFor();
    await form.getByRole("button", { name: "Save session" }).click();
    await form.getByRole("status").filter({ hasText: "Session 2 saved." }).waitFor();

    // The chart marks the session's point as the client's, in its drawing and in its table.
    const chart = therapist.getByTestId("chart-outcome");
    await chart.locator("path.dot-client").first().waitFor();
    await chart.getByRole("button", { name: "Show data" }).click();
    const table = chart.getByRole("table");
    const headers = await table.locator("thead th").allTextContents();
    const column = (label: string) => headers.indexOf(label) + 1;
    const cells = (label: string) => table.locator(`tbody tr td:nth-child(${column(label)})`).allTextContents();
    expect(await cells("ORS")).toEqual(["17", String(orsTotal)]);
    expect(await cells("Source")).toEqual(["In the session", "Client, before the session"]);

    // The client, afterwards: the session to rate is on the to-do list; the SRS by touch.
    await phone.goto(`${server.url}/me`);
    const rate = phone.getByTestId("to-do").getByRole("link", { name: /^Rate your session on / });
    await rate.click();
    await phone.getByRole("heading", { level: 1, name: "Rate your session" }).waitFor();
    const srs = {
      relationship: await tap(phone, line(phone, "Feeling heard and respected"), 0.88),
      goalsAndTopics: await tap(phone, line(phone, "What we worked on"), 0.8),
      approachOrMethod: await tap(phone, line(phone, "The way we worked"), 0.75),
      overall: await tap(phone, line(phone, "Overall"), 0.82),
    };
    await phone.getByRole("button", { name: "Send my rating" }).click();
    await phone.getByRole("heading", { level: 1, name: "Thank you" }).waitFor();

    // The record: one session from the check-in, with the client's own SRS.
    const api = await therapistApi();
    const { clientSessions } = await api<{
      clientSessions: { edges: { node: Record<string, any> }[] };
    }>(
      `query ($id: ID!) {
        clientSessions(clientId: $id, first: 1) {
          edges { node { number orsTotal weekRating phq9Total ratingsSource checkInId srsSource
            srs { relationship goalsAndTopics approachOrMethod overall } } }
        }
      }`,
      { id: String(client.id) },
    );
    const latest = clientSessions.edges[0]!.node;
    expect(latest).toMatchObject({
      number: 2,
      orsTotal,
      weekRating: 6,
      phq9Total: 4,
      ratingsSource: "CLIENT",
      srsSource: "CLIENT",
      srs,
    });
    expect(latest.checkInId).not.toBeNull();
  });

  it("a PHQ-9 item 9 answer shows help at once, and puts the client first on the therapist's caseload until acknowledged, all audited", async () => {
    const { user, client } = await clientWithPlan("Ravi Safety", ["ORS", "PHQ9"]);
    await createClient(server.dataSource, practice.therapistA, { displayName: "Aaron Steady" });

    // The client answers item 9 "Several days"; the next screen is help.
    const phone = await signedInPhone(user, "My progress");
    await phone.getByTestId("to-do").getByRole("link", { name: "Check-in before your next session" }).click();
    await phone.getByRole("heading", { level: 1, name: "Check-in" }).waitFor();
    for (const [i, name] of [
      "Me personally",
      "Family and close relationships",
      "Work, school and friendships",
      "Overall",
    ].entries()) {
      await tap(phone, line(phone, name), 0.3 + i * 0.05);
    }
    const mood = [2, 2, 1, 1, 1, 2, 1, 0, 1];
    for (const [i, question] of MOOD_QUESTIONS.entries()) {
      await answer(phone, `${i + 1}. ${question}`, ANSWER_WORDS[mood[i]!]!);
    }
    await answer(phone, "Right now, do you feel safe?", "I am safe");
    await phone.getByRole("button", { name: "Send my check-in" }).click();
    await phone.getByRole("heading", { level: 1, name: "Help is available now" }).waitFor();
    await phone.getByTestId("crisis-resources").getByRole("heading", { name: "Emergency services" }).waitFor();
    await documentScreenshot(phone, "check-in-help-phone.png", { screenOnly: true });

    // The therapist's caseload, on its next load: that client first, with the rule in words.
    const therapist = await signedInPhone(practice.therapistA, "My caseload");
    const rows = therapist.getByTestId("caseload-row");
    await rows.first().waitFor();
    expect((await rows.first().getByRole("link").first().textContent())?.trim()).toBe("Ravi Safety");
    const alert = rows.first().getByTestId("risk-alert");
    const shown = (await alert.textContent()) ?? "";
    expect(shown).toContain("Safety alert");
    expect(shown).toContain("PHQ-9 item 9 above 0");
    expect(shown).toMatch(/open for/);
    await documentScreenshot(therapist, "safety-alert-phone.png", { screenOnly: true });

    // Acknowledged with the action taken; then shown as acknowledged, and no longer open.
    await alert.getByRole("button", { name: /^Acknowledge/ }).click();
    const form = alert.getByTestId("acknowledge-form");
    await form.getByRole("group", { name: "Action taken" }).getByLabel("Safety plan reviewed").check();
    await form.getByLabel("Note").fill("Called him; reviewed his safety plan together.");
    await form.getByRole("button", { name: "Save acknowledgement" }).click();
    const ravi = rows.filter({ has: therapist.getByRole("link", { name: "Ravi Safety" }) });
    await ravi.getByTestId("risk-acknowledged").waitFor();
    const acknowledged = (await ravi.getByTestId("risk-alert").textContent()) ?? "";
    expect(acknowledged).toContain("Acknowledged");
    expect(acknowledged).toContain("Safety plan reviewed");
    expect(acknowledged).not.toContain("open for");

    // Every step is in the audit log, in the order it happened.
    const actions = (
      await server.query<{ action: string }>(`SELECT action FROM audit_event WHERE client_id = ? ORDER BY id`, [
        client.id,
      ])
    ).map((row) => row.action);
    const order = [
      "CHECK_IN_SUBMITTED",
      "RISK_ALERT_RAISED",
      "CRISIS_RESOURCES_SHOWN",
      "READ_CASELOAD",
      "RISK_ALERT_ACKNOWLEDGED",
    ].map((action) => actions.indexOf(action));
    expect(
      order.every((index) => index >= 0),
      actions.join(", "),
    ).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
