import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, seedDemoIfEmpty } from "../../server/demo/seed.ts";
import { DEFAULT_RULES, RULE_NAMES } from "../../server/measures/rules.ts";
import { CLIENT_JARGON, jargonIn } from "../../web/src/features/my-progress/plain-language.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { launchBrowser } from "./browser.ts";
import { ClientProgressPage, LoginPage } from "./pages/pages.ts";

const WAIT = { timeout: 20_000 };

/**
 * Everything a client can read on the page in the dashboard's own words: the text (the hidden data tables included,
 * as a screen reader or "Show data" reveals them), the words drawn in the charts, and the accessible names and
 * tooltips. What the therapist wrote in the plan (`data-author="therapist"`: its reason, goals and targets) is quoted
 * as written and left out of the check; the dashboard does not reword it.
 */
const everythingReadable = (page: Page) =>
  page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const quoted of body.querySelectorAll('[data-author="therapist"]')) quoted.remove();
    const labels = [...body.querySelectorAll("[aria-label], [title]")].flatMap((e) => [
      e.getAttribute("aria-label") ?? "",
      e.getAttribute("title") ?? "",
    ]);
    return [document.title, body.textContent ?? "", ...labels].join("\n");
  });

describe("the client's own pages, in plain language", () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    await seedDemoIfEmpty(server.dataSource, { seed: 20261126, rules: DEFAULT_RULES });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    // A phone's width: the client's view is read on one.
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(WAIT.timeout);
  });
  afterEach(async () => {
    await page.close();
  });

  const signIn = async () => {
    const login = new LoginPage(page, server.url);
    await login.open("/login");
    await login.signIn("client@demo.local", DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign out" }).waitFor();
  };

  const expectNoJargon = async () => {
    const text = await everythingReadable(page);
    // Where each term stands, so a failure says what to reword.
    const found = jargonIn(text).map((term) => {
      const at = text.toLowerCase().indexOf(term.toLowerCase());
      return `${term}: …${text.slice(Math.max(0, at - 60), at + 60).replace(/\s+/g, " ")}…`;
    });
    expect(found, "jargon on the page").toEqual([]);
    // Every rule code of the server by name, beyond the general pattern.
    for (const rule of RULE_NAMES) expect(text, rule).not.toContain(rule);
  };

  it("checks for jargon that is really there on a clinician's page", async () => {
    // The same check on the therapist's view of a client finds their terms: the check itself can fail.
    const login = new LoginPage(page, server.url);
    await login.open("/login");
    await login.signIn("therapist@demo.local", DEMO_PASSWORD);
    await page.getByRole("link").filter({ hasText: /\w/ }).first().waitFor();
    const row = page.getByTestId("caseload-row").first();
    await row.getByRole("link").click();
    await new ClientProgressPage(page).waitForCharts(["chart-outcome"]);
    expect(jargonIn(await everythingReadable(page))).toEqual(expect.arrayContaining(["ORS", "cut-off"]));
    expect(CLIENT_JARGON.length).toBeGreaterThan(20);
  });

  it("/me: the summary in the client's words, their charts without a second axis, cut-offs or comparisons", async () => {
    await signIn();
    expect(new URL(page.url()).pathname).toBe("/me");
    const mine = new ClientProgressPage(page);
    await mine.waitForCharts(["chart-outcome", "chart-episodes", "chart-homework"]);
    const inShort = await page.getByTestId("in-short").locator("li").allTextContents();
    expect(inShort.length).toBeGreaterThan(0);
    for (const line of inShort) expect(line).toMatch(/^Your (wellbeing|low mood|worry) score /);
    // One vertical axis per plot, nothing on the right.
    for (const id of ["chart-outcome", "chart-episodes", "chart-homework"] as const) {
      const canvases = mine.chart(id).locator(".chart-canvas");
      for (let i = 0; i < (await canvases.count()); i++)
        expect(await canvases.nth(i).locator(".recharts-yAxis-tick-labels").count(), id).toBe(1);
    }
    expect(await page.locator(".cutoff-line").count()).toBe(0);
    // Homework per week as done of looked at, over every week with reviewed items in the chart's own table.
    const homework = mine.chart("chart-homework");
    await homework.getByRole("button", { name: "Show data" }).click();
    const reviewedWeeks = (await homework.locator("tbody tr td:nth-child(7)").allTextContents()).filter(
      (cell) => cell !== "—",
    );
    expect(reviewedWeeks.length).toBeGreaterThan(0);
    // SVG text wraps word by word into tspans; labels come series by series, so they are compared as a set.
    const labels = await homework
      .locator(".recharts-label-list text")
      .evaluateAll((texts) =>
        texts.map((text) => [...text.querySelectorAll("tspan")].map((span) => span.textContent).join(" ")),
      );
    expect(labels.sort()).toEqual(reviewedWeeks.map((cell) => cell.replace(/ \(\d+%\)$/, "")).sort());
    for (const label of labels) expect(label).toMatch(/^\d+ of \d+$/);
    await expectNoJargon();
    // The summary and every chart fit the phone's width.
    const rightEdges = await page
      .locator("figure.chart, [data-testid='in-short']")
      .evaluateAll((parts) => parts.map((part) => part.getBoundingClientRect().right));
    expect(rightEdges.length).toBeGreaterThan(3);
    for (const right of rightEdges) expect(right).toBeLessThanOrEqual(390);
  });

  it("/me/report: the printable copy in the same words", async () => {
    await signIn();
    await page.goto(`${server.url}/me/report`);
    await page.locator('main.report[data-report-ready="true"]').waitFor();
    expect(await page.getByTestId("report-outcome").count()).toBeGreaterThan(0);
    expect(await page.locator("[data-status]").count()).toBe(0);
    await expectNoJargon();
  });
});
