import { createRequire } from "node:module";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { AxeResults } from "axe-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoIfEmpty } from "../../server/demo/seed.ts";
import { DEFAULT_RULES } from "../../server/measures/rules.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { launchBrowser } from "./browser.ts";
import { contextFor, describeStop, everyPage, visit, type Stop, type Visitor } from "./pages/tour.ts";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const VIEWPORTS = [
  { name: "desktop", width: 1366, height: 768 },
  { name: "phone", width: 390, height: 844 },
] as const;

/** axe-core's verdict on the page as drawn: each violation with its rule, its impact and the nodes it found. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .map((node) => node.target.join(" "))
        .join(", ")}`,
  );
}

describe("accessibility of every page (axe-core)", () => {
  let server: TestServer;
  let browser: Browser;
  let stops: Stop[];
  const contexts = new Map<string, BrowserContext>();

  beforeAll(async () => {
    server = await startTestServer();
    await seedDemoIfEmpty(server.dataSource, { seed: 20261126, rules: DEFAULT_RULES });
    stops = await everyPage(server);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts.values()) await context.close();
    await browser?.close();
    await server?.close();
  });

  const pageFor = async (visitor: Visitor, viewport: (typeof VIEWPORTS)[number]) => {
    const key = `${visitor} ${viewport.name}`;
    if (!contexts.has(key))
      contexts.set(key, await contextFor(browser, server, visitor, viewport, { bypassCSP: true }));
    return contexts.get(key)!.newPage();
  };

  for (const viewport of VIEWPORTS) {
    it(`finds no violation on any page at ${viewport.width} × ${viewport.height}`, { timeout: 240_000 }, async () => {
      const found: Record<string, string[]> = {};
      for (const stop of stops) {
        const page = await pageFor(stop.visitor, viewport);
        await visit(page, server, stop);
        const problems = await violations(page);
        if (problems.length > 0) found[describeStop(stop)] = problems;
        await page.close();
      }
      expect(found).toEqual({});
    });
  }

  it(
    "finds no violation with every chart's data table shown, on a phone and on a desktop screen",
    { timeout: 180_000 },
    async () => {
      const found: Record<string, string[]> = {};
      for (const viewport of VIEWPORTS) {
        for (const stop of stops.filter(
          (s) => ["/me", "/supervision"].includes(s.path) || /^\/clients\/\d+$/.test(s.path),
        )) {
          if (stop.landsOn) continue;
          const page = await pageFor(stop.visitor, viewport);
          await visit(page, server, stop);
          const buttons = page.getByRole("button", { name: "Show data" });
          const charts = await buttons.count();
          expect(charts, `${describeStop(stop)}: charts with a data table`).toBeGreaterThan(0);
          for (let i = 0; i < charts; i++) await buttons.first().click();
          expect(await page.getByRole("button", { name: "Hide data" }).count()).toBe(charts);
          const problems = await violations(page);
          if (problems.length > 0) found[`${describeStop(stop)} at ${viewport.width} px`] = problems;
          await page.close();
        }
      }
      expect(found).toEqual({});
    },
  );

  it("names the page and the client in the title, and offers a skip link first", async () => {
    const stop = stops.find((s) => s.visitor === "therapist" && /^\/clients\/\d+$/.test(s.path))!;
    const page = await pageFor("therapist", VIEWPORTS[0]);
    await visit(page, server, stop);
    expect(await page.title()).toBe(`${stop.heading} — Follow-Up`);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    // Focus is past the top bar: the next Tab reaches the page, not the navigation.
    expect(await page.evaluate(() => document.activeElement!.contains(document.querySelector("main")))).toBe(true);
    expect(await page.evaluate(() => document.activeElement!.contains(document.querySelector("nav")))).toBe(false);

    const account = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Account" });
    expect(await account.getAttribute("aria-current")).toBeNull();
    await account.click();
    await page.getByRole("heading", { level: 1, name: "Account" }).waitFor();
    expect(await page.title()).toBe("Account — Follow-Up");
    expect(await account.getAttribute("aria-current")).toBe("page");
    await page.close();
  });

  it("moves focus to the new page's heading after a move, but not on the first load", async () => {
    const page = await pageFor("therapist", VIEWPORTS[0]);
    await page.goto(`${server.url}/caseload`);
    const caseload = page.getByRole("heading", { level: 1, name: "My caseload" });
    await caseload.waitFor();
    await page.getByTestId("caseload-row").first().waitFor();
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

    const link = page.getByTestId("caseload-row").first().getByRole("link");
    const name = (await link.textContent())!.trim();
    await link.click();
    const heading = page.getByRole("heading", { level: 1, name, exact: true });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((h1) => h1 === document.activeElement)).toBe(true);
    expect(await page.title()).toBe(`${name} — Follow-Up`);

    await page.goBack();
    await caseload.waitFor();
    await expect.poll(() => caseload.evaluate((h1) => h1 === document.activeElement)).toBe(true);
    await page.close();
  });
});
