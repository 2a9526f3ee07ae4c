import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, seedDemoIfEmpty } from "../../server/demo/seed.ts";
import { DEFAULT_RULES, RULE_NAMES } from "../../server/measures/rules.ts";
import { jargonIn, RULE_CODE } from "../../web/src/features/my-progress/plain-language.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { launchBrowser } from "./browser.ts";
import { CaseloadPage, LoginPage } from "./pages/pages.ts";
import { contextFor } from "./pages/tour.ts";
import { partScreenshot, PlanReviewPart, WhatWorksChart } from "./pages/what-works.ts";

const WAIT = { timeout: 20_000 };
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** axe-core's violations inside the given parts of the page, each with its rule and the nodes it found. */
async function violationsIn(page: Page, selectors: string[]): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(
    (include) => (window as unknown as { axe: { run(context: unknown): Promise<AxeResults> } }).axe.run({ include }),
    selectors,
  );
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

describe("the plan review and what works, in Chromium", () => {
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
  afterEach(async () => {
    await page?.close();
  });

  const signIn = async (email: string, viewport: { width: number; height: number }) => {
    page = await browser.newPage({ viewport });
    page.setDefaultTimeout(WAIT.timeout);
    const login = new LoginPage(page, server.url);
    await login.open("/login");
    await login.signIn(email, DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign out" }).waitFor();
  };

  /** The therapist's first client with two ORS-rated sessions or more, opened: one with something to analyse. */
  const openFirstClient = async (viewport: { width: number; height: number }) => {
    await signIn("therapist@demo.local", viewport);
    const caseload = new CaseloadPage(page);
    await caseload.waitForRows();
    await caseload.openClient(caseload.withOrsLine().first());
    const review = new PlanReviewPart(page);
    await review.waitFor();
    return review;
  };

  it("shows the therapist the plan review: findings with their rules in words, then the evidence each way", async () => {
    const review = await openFirstClient(DESKTOP);
    expect(await review.panel.getByRole("heading", { level: 2 }).textContent()).toBe("Plan review");
    expect(await review.lines.count()).toBeGreaterThanOrEqual(4);
    const rules = (await review.rules.allTextContents()).join("\n");
    // The coping and trigger findings are always there (with a result or with "not enough"), each naming its method.
    expect(rules).toContain("Welch's t-test on peak intensity");
    expect(rules).toContain("Poisson trend test");
    expect(rules).toMatch(/Segmented regression \(Wagner et al\. 2002\)/);
    // Every rule is said in words: no configuration key or method code is shown.
    expect(RULE_CODE.exec(rules)).toBeNull();
    for (const rule of RULE_NAMES) expect(rules, rule).not.toContain(rule);
    await expect(review.evidenceFor.getByRole("heading").textContent()).resolves.toBe("For reworking the plan");
    await expect(review.evidenceAgainst.getByRole("heading").textContent()).resolves.toBe("Against reworking");
    // Every finding that weighs one way is listed on its side, and no side holds a line weighing the other way.
    const lines = await review.lines.evaluateAll((items) =>
      items.map((item) => ({ direction: item.getAttribute("data-direction") })),
    );
    const forCount = lines.filter((l) => l.direction === "FOR_REWORKING").length;
    const againstCount = lines.filter((l) => l.direction === "AGAINST_REWORKING").length;
    expect(await review.evidenceFor.locator("li").count()).toBe(forCount);
    expect(await review.evidenceAgainst.locator("li").count()).toBe(againstCount);
    // No verdict: the panel never tells the therapist to rework or to keep the plan.
    const text = (await review.panel.textContent()) ?? "";
    expect(text).not.toMatch(/\b(you should|recommend|verdict:)/i);
    await partScreenshot(review.panel, "plan-review.png");
  });

  it("gives every new chart a one-line summary and a data table", async () => {
    await openFirstClient(DESKTOP);
    const ids = await page
      .getByTestId("what-works")
      .locator("figure.chart")
      .evaluateAll((figures) => figures.map((f) => f.getAttribute("data-testid")!));
    // The grid of times, the trigger trends, and one homework chart per measure rated twice.
    expect(ids).toEqual(expect.arrayContaining(["chart-episode-times", "chart-trigger-trends"]));
    expect(ids.some((id) => id.startsWith("chart-homework-change-"))).toBe(true);
    for (const id of ids) {
      const chart = new WhatWorksChart(page, id);
      const summary = await chart.summary();
      expect(summary.length, id).toBeGreaterThan(10);
      expect(summary.split("\n"), id).toHaveLength(1);
      const table = await chart.table();
      expect(table.headers.length, id).toBeGreaterThanOrEqual(2);
      expect(table.rows, id).toBeGreaterThan(0);
    }
    // The grid's table: seven days and a totals row, four times of day and a total.
    const times = await new WhatWorksChart(page, "chart-episode-times").figure.locator("tbody tr").count();
    expect(times).toBe(8);
    const headers = await new WhatWorksChart(page, "chart-episode-times").figure.locator("thead th").allTextContents();
    expect(headers).toEqual(["Day", "Night", "Morning", "Afternoon", "Evening", "Total"]);
    // The grid draws a square per day and time of day, in seven rows and four columns, labelled with the table's counts.
    const grid = new WhatWorksChart(page, "chart-episode-times").figure;
    const squares = await grid
      .locator(".recharts-scatter-symbol rect")
      .evaluateAll((rects) => rects.map((r) => [r.getAttribute("x"), r.getAttribute("y")]));
    expect(squares).toHaveLength(28);
    expect(new Set(squares.map(([x]) => x)).size).toBe(4);
    expect(new Set(squares.map(([, y]) => y)).size).toBe(7);
    const axis = (which: string) => grid.locator(`.recharts-${which}-tick-labels text`).allTextContents();
    expect(await axis("yAxis")).toEqual(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
    expect(await axis("xAxis")).toEqual(["Night", "Morning", "Afternoon", "Evening"]);
    const cells = await grid
      .locator("tbody tr")
      .evaluateAll((rows) =>
        rows.slice(0, 7).flatMap((row) => [...row.querySelectorAll("td")].slice(1, 5).map((td) => td.textContent)),
      );
    const labels = await grid.locator(".recharts-label-list text").allTextContents();
    expect([...labels].sort()).toEqual([...cells].sort());
    const total = Number(
      (await new WhatWorksChart(page, "chart-episode-times").summary()).match(/^(\d+) episodes?/)?.[1],
    );
    expect(cells.reduce((sum, cell) => sum + Number(cell), 0)).toBe(total);
    // The trigger chart's summary names a trend word for each trigger listed under it.
    const trends = page.getByTestId("trigger-trend-list").locator("li");
    expect(await trends.count()).toBeGreaterThan(0);
    const summary = await new WhatWorksChart(page, "chart-trigger-trends").summary();
    expect(summary).toMatch(/(rising|falling|no clear trend|too few to tell)/);
  });

  it("fits the therapist's client page on a phone, with the plan review, without sideways scroll", async () => {
    const review = await openFirstClient(PHONE);
    await page.getByTestId("chart-episode-times").waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    const right = await review.panel.evaluate((panel) => panel.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(PHONE.width);
  });

  it("gives the client their own version in plain words, without rules, methods or questionnaire names", async () => {
    await signIn("client@demo.local", PHONE);
    const mine = page.getByTestId("my-what-works");
    await mine.waitFor();
    expect(await page.getByTestId("plan-review").count()).toBe(0);
    const lines = await mine.getByTestId("my-what-works-lines").locator("li").allTextContents();
    expect(lines.length).toBeGreaterThan(0);
    const text = (await mine.textContent()) ?? "";
    expect(jargonIn(text)).toEqual([]);
    for (const rule of RULE_NAMES) expect(text, rule).not.toContain(rule);
    for (const word of ["Welch", "Poisson", "interval", "Bonferroni", "method"]) expect(text).not.toContain(word);
    // A finding is said only when clear; anything else says it is too early to tell.
    for (const line of lines)
      expect(line).toMatch(
        /(too early to tell|lower|higher|shorter|longer|less frequent|more frequent|improve|met in)/,
      );
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
  });

  it(
    "passes axe-core on the new panels, with every data table shown, for the therapist and for the client",
    {
      timeout: 60_000,
    },
    async () => {
      const therapist = await contextFor(browser, server, "therapist", DESKTOP, { bypassCSP: true });
      page = await therapist.newPage();
      await page.goto(`${server.url}/caseload`);
      const caseload = new CaseloadPage(page);
      await caseload.waitForRows();
      await caseload.openClient(caseload.withOrsLine().first());
      await new PlanReviewPart(page).waitFor();
      const shows = page.getByTestId("what-works").getByRole("button", { name: "Show data" });
      while ((await shows.count()) > 0) await shows.first().click();
      expect(await violationsIn(page, ['[data-testid="plan-review"]', '[data-testid="what-works"]'])).toEqual([]);
      await page.close();
      await therapist.close();

      const client = await contextFor(browser, server, "client", PHONE, { bypassCSP: true });
      page = await client.newPage();
      await page.goto(`${server.url}/me`);
      await page.getByTestId("my-what-works").waitFor();
      expect(await violationsIn(page, ['[data-testid="my-what-works"]'])).toEqual([]);
      await page.close();
      await client.close();
    },
  );
});
