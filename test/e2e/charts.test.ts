import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { User } from "../../server/auth/user.entity.ts";
import { Client } from "../../server/clients/client.entity.ts";
import { DEMO_PASSWORD, seedDemoIfEmpty } from "../../server/demo/seed.ts";
import { DEFAULT_RULES } from "../../server/measures/rules.ts";
import { createClient } from "../helpers/factories.ts";
import { GraphQLSession } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { launchBrowser } from "./browser.ts";
import { ClientProgressPage, LoginPage } from "./pages/pages.ts";

const WAIT = { timeout: 20_000 };
const DAY = 86_400_000;

const RECORD_SESSION = `mutation ($input: RecordSessionInput!) { recordSession(input: $input) { id number localDate } }`;
const REVISE_PLAN = `mutation ($input: RevisePlanInput!) { revisePlan(input: $input) { version localDate } }`;

/** An instant `days` before now, at midday UTC: the same calendar day in the clinic's timezone. */
const daysAgo = (days: number, hourUtc = 12) => {
  const date = new Date(Date.now() - days * DAY);
  date.setUTCHours(hourUtc, 0, 0, 0);
  return date.toISOString();
};

/** Numbers of an SVG attribute for every element a locator finds. */
const numbers = (locator: Locator, attribute: string) =>
  locator.evaluateAll((elements, name) => elements.map((e) => Number(e.getAttribute(name))), attribute);

describe("charts that can't be misread, in Chromium", () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let therapist: GraphQLSession;
  /** A new client: four sessions rated on the ORS, PHQ-9 and GAD-7, a plan revised on the day of session 2. */
  let client: Client;
  let sessionDates: string[];

  beforeAll(async () => {
    server = await startTestServer();
    await seedDemoIfEmpty(server.dataSource, { seed: 20261126, rules: DEFAULT_RULES });
    browser = await launchBrowser();
    const user = await server.dataSource.getRepository(User).findOneByOrFail({ email: "therapist@demo.local" });
    client = await createClient(server.dataSource, user, {
      intakeDate: new Date(Date.now() - 70 * DAY).toISOString().slice(0, 10),
    });
    therapist = new GraphQLSession(server.url);
    expect((await therapist.login("therapist@demo.local", DEMO_PASSWORD)).errors).toBeUndefined();
    const plan = (effectiveFrom: string, rationale: string) =>
      therapist.request<{ revisePlan: { version: number; localDate: string } }>(REVISE_PLAN, {
        input: {
          clientId: String(client.id),
          effectiveFrom,
          goals: ["Sleep through the night"],
          targets: [],
          rationale,
        },
      });
    expect((await plan(daysAgo(63), "Initial plan")).errors).toBeUndefined();
    sessionDates = [];
    for (const [days, ors, phq9, gad7] of [
      [63, 4, 2, 2],
      [49, 5, 2, 1],
      [35, 6, 1, 1],
      [21, 7, 1, 0],
    ] as const) {
      const recorded = await therapist.request<{ recordSession: { localDate: string } }>(RECORD_SESSION, {
        input: {
          clientId: String(client.id),
          occurredAt: daysAgo(days),
          attendance: "ATTENDED",
          ors: { individual: ors, interpersonal: ors, social: ors, overall: ors },
          phq9: Array.from({ length: 9 }, () => phq9),
          gad7: Array.from({ length: 7 }, () => gad7),
        },
      });
      expect(recorded.errors).toBeUndefined();
      sessionDates.push(recorded.data!.recordSession.localDate);
    }
    // Revised at the end of the day of session 2, after it.
    const revised = await plan(daysAgo(49, 18), "Adding sleep restriction");
    expect(revised.errors).toBeUndefined();
    expect(revised.data!.revisePlan.localDate).toBe(sessionDates[1]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(WAIT.timeout);
  });
  afterEach(async () => {
    await page.close();
  });

  const signIn = async () => {
    const login = new LoginPage(page, server.url);
    await login.open("/login");
    await login.signIn("therapist@demo.local", DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign out" }).waitFor();
  };

  const openClient = async () => {
    await signIn();
    await page.goto(`${server.url}/clients/${client.id}`);
    const progress = new ClientProgressPage(page);
    await progress.waitForCharts(["chart-outcome", "chart-symptoms"]);
    await expect.poll(() => progress.outcomeDots(), WAIT).toBe(4);
    return progress;
  };

  it("draws the ORS and the symptom questionnaires as two charts, each questionnaire on its own scale with its cut-off labelled", async () => {
    const progress = await openClient();
    const ors = progress.chart("chart-outcome");
    const symptoms = progress.chart("chart-symptoms");
    // The ORS chart has one axis, 0–40, and nothing of PHQ-9 or GAD-7.
    expect(await ors.locator(".recharts-yAxis-tick-labels").count()).toBe(1);
    expect(await ors.locator(".recharts-yAxis-tick-labels text").last().textContent()).toBe("40");
    expect(await ors.textContent()).not.toMatch(/PHQ-9|GAD-7/);
    expect(await ors.textContent()).toContain(`ORS clinical cut-off ${DEFAULT_RULES.ORS_CLINICAL_CUTOFF_ADULT}`);

    // The symptoms chart: one plot per questionnaire, each with its own top and its caseness line where its own axis
    // puts that number.
    const plots = symptoms.locator(".chart-canvas");
    expect(await plots.count()).toBe(2);
    for (const [i, name, top, cutoff] of [
      [0, "PHQ-9", "27", DEFAULT_RULES.PHQ9_CASENESS],
      [1, "GAD-7", "21", DEFAULT_RULES.GAD7_CASENESS],
    ] as const) {
      const plot = plots.nth(i);
      expect(await plot.textContent()).toContain(`${name} cut-off ${cutoff}`);
      expect(await plot.locator(".recharts-yAxis-tick-labels").count()).toBe(1);
      const ticks = plot.locator(".recharts-yAxis-tick-labels text");
      expect(await ticks.last().textContent()).toBe(top);
      const tick = ticks.filter({ hasText: new RegExp(`^${cutoff}$`) });
      const [tickY] = await numbers(tick, "y");
      const [lineY] = await numbers(plot.locator(".cutoff-line line"), "y1");
      expect(Math.abs(tickY! - lineY!)).toBeLessThan(1);
    }
    // The data table still has every score.
    await symptoms.getByRole("button", { name: "Show data" }).click();
    expect(await symptoms.locator("tbody tr td:nth-child(3)").allTextContents()).toEqual(["18", "18", "9", "9"]);
    expect(await symptoms.locator("tbody tr td:nth-child(4)").allTextContents()).toEqual(["14", "7", "7", "0"]);
  });

  it("draws a revision made on the day of a session after that session, before the next", async () => {
    const progress = await openClient();
    const dots = await numbers(progress.chart("chart-outcome").locator("circle.dot-ors"), "cx");
    const [marker] = await numbers(progress.chart("chart-outcome").locator(".plan-revision-marker line"), "x1");
    expect(dots).toHaveLength(4);
    expect(marker).toBeGreaterThan(dots[1]!);
    expect(marker).toBeLessThan(dots[2]!);
    // Half-way: the revision is placed at session 2.5.
    expect(marker).toBeCloseTo((dots[1]! + dots[2]!) / 2, 0);
  });

  it("draws caseload sparklines on a fixed scale: ORS 16 to 28 spans 12 of the 40 points, not the whole cell", async () => {
    await signIn();
    await page.goto(`${server.url}/caseload`);
    const row = page.getByTestId("caseload-row").filter({ hasText: client.displayName });
    const line = row.getByTestId("sparkline-ors").locator("path.recharts-curve");
    await line.waitFor();
    const box = await line.evaluate((path) => ({ height: (path as SVGPathElement).getBBox().height }));
    expect(await row.getByTestId("sparkline-ors").getAttribute("aria-label")).toContain("16, 20, 24, 28");
    // A 28-pixel cell with 3 pixels of margin above and below: 22 pixels for 0–40.
    expect(box.height).toBeCloseTo(((28 - 16) / 40) * 22, 0);
  });

  it("says there are too few weeks to tell a revision's effect, with the weeks and ratings on each side", async () => {
    await openClient();
    // Revised 14 days after the first plan, at the end of session 2's day: 2 full weeks before, 7 after; one ORS
    // rating before (session 1) and three from the revision's day on.
    const effect = page.getByTestId("plan-panel").locator('[data-testid="revision-effect"][data-version="2"]');
    await effect.waitFor();
    const text = await effect.textContent();
    expect(text).toContain(
      "Episodes: too few weeks to tell (2 full weeks before the change and 7 after; 4 each side are needed).",
    );
    expect(text).toContain(
      "ORS scores: too few ratings to tell (1 before the change and 3 after; 3 each side are needed).",
    );
  });

  it("says a revision made today is too early to compare, and gives no effect for it", async () => {
    const client2 = await createClient(
      server.dataSource,
      await server.dataSource.getRepository(User).findOneByOrFail({ email: "therapist@demo.local" }),
      { intakeDate: new Date(Date.now() - 40 * DAY).toISOString().slice(0, 10) },
    );
    for (const [effectiveFrom, rationale] of [
      [daysAgo(35), "Initial plan"],
      [new Date().toISOString(), "Changing to behavioural activation"],
    ]) {
      const revised = await therapist.request(REVISE_PLAN, {
        input: { clientId: String(client2.id), effectiveFrom, goals: ["Back to work"], targets: [], rationale },
      });
      expect(revised.errors).toBeUndefined();
    }
    await signIn();
    await page.goto(`${server.url}/clients/${client2.id}`);
    const plan = page.getByTestId("plan-panel");
    const row = plan.getByRole("row").filter({ hasText: "v2" });
    await row.waitFor();
    expect(await row.getByTestId("too-early").textContent()).toMatch(/^Too early to compare: .* from \d+ \w+ \d{4}\.$/);
    // Neither "Episodes after 0" nor a ratio: the row holds the version, date, reason, the before figures, the note.
    expect(await row.locator("td").count()).toBe(3 + 3 + 1);
    expect(await plan.locator('[data-testid="revision-effect"][data-version="2"]').count()).toBe(0);

    await page.goto(`${server.url}/clients/${client2.id}/report`);
    await page.locator('main.report[data-report-ready="true"]').waitFor();
    const history = page.locator('[data-testid="plan-revision"][data-version="2"]');
    expect(await history.getByTestId("too-early").textContent()).toContain("Too early to compare");
    expect(await history.getByTestId("revision-effect").count()).toBe(0);
  });
});
