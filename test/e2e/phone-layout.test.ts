import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoIfEmpty } from "../../server/demo/seed.ts";
import { DEFAULT_RULES } from "../../server/measures/rules.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { documentScreenshot, launchBrowser } from "./browser.ts";
import { contextFor, describeStop, everyPage, visit, type Stop, type Visitor } from "./pages/tour.ts";

const PHONE = { width: 390, height: 844 };

/** The README's phone screenshots: the therapist's client page and the client's own. */
function screenshotOf(stop: Stop): string | null {
  if (stop.visitor === "therapist" && /^\/clients\/\d+$/.test(stop.path)) return "client-progress-phone.png";
  if (stop.visitor === "client" && stop.path === "/me") return "my-progress-phone.png";
  return null;
}

describe("every page on a phone held upright (390 × 844)", () => {
  let server: TestServer;
  let browser: Browser;
  let stops: Stop[];
  const contexts = new Map<Visitor, BrowserContext>();

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

  const pageFor = async (visitor: Visitor) => {
    if (!contexts.has(visitor)) contexts.set(visitor, await contextFor(browser, server, visitor, PHONE));
    return contexts.get(visitor)!.newPage();
  };

  it("visits the pages of every role and of a signed-out visitor", () => {
    expect(new Set(stops.map((stop) => stop.visitor))).toEqual(
      new Set(["therapist", "client", "supervisor", "admin", "signed out"]),
    );
  });

  it("scrolls no page sideways: the document is no wider than the 390 px window", { timeout: 180_000 }, async () => {
    const tooWide: string[] = [];
    for (const stop of stops) {
      const page = await pageFor(stop.visitor);
      await visit(page, server, stop);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > PHONE.width) tooWide.push(`${describeStop(stop)}: ${width} px wide`);
      const screenshot = screenshotOf(stop);
      if (screenshot) await documentScreenshot(page, screenshot, { screenOnly: true });
      await page.close();
    }
    expect(tooWide).toEqual([]);
  });

  it("sends a client who opens their own record's clinician address to their own page, replacing the address", async () => {
    const page = await pageFor("client");
    const own = stops.find((stop) => stop.visitor === "client" && stop.landsOn === "/me")!;
    await page.goto(`${server.url}/account`);
    await page.getByRole("heading", { level: 1, name: "Account" }).waitFor();
    await visit(page, server, own);
    // Replaced, not pushed: Back returns to where the client was, not to the address that redirects again.
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "Account" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/account");
    await page.close();
  });
});
