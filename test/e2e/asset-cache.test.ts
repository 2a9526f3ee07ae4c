import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, seedDemoIfEmpty } from "../../server/demo/seed.ts";
import { DEFAULT_RULES } from "../../server/measures/rules.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { launchBrowser } from "./browser.ts";
import { CaseloadPage, ClientProgressPage, LoginPage } from "./pages/pages.ts";
import { chartScripts, entryScripts, watchScripts, type ScriptTransfer } from "./script-transfers.ts";

const WAIT = { timeout: 20_000 };
const paths = (scripts: ScriptTransfer[]) => [...new Set(scripts.map((s) => s.path))].sort();
const bytes = (scripts: ScriptTransfer[]) => scripts.reduce((sum, s) => sum + s.bytes, 0);

/**
 * What the dashboard's JavaScript costs a browser, from Chromium's own network log: the sign-in page fetches only
 * the app shell, a client page fetches its own code on demand, and a second visit fetches nothing at all.
 */
describe("the dashboard's JavaScript over the network", () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    await seedDemoIfEmpty(server.dataSource, { seed: 20261126, rules: DEFAULT_RULES });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("loads only the shell for sign-in, a client page's code on demand, and no JavaScript at all on a repeat visit", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(WAIT.timeout);
      const scripts = await watchScripts(page);

      // First visit: the sign-in page, with nothing in the cache.
      await new LoginPage(page, server.url).open("/login");
      await page.getByRole("button", { name: "Sign in" }).waitFor();
      await page.waitForLoadState("networkidle");
      const signIn = scripts.take();
      expect(paths(signIn)).toEqual([...entryScripts()].sort());
      const charts = chartScripts();
      expect(charts.length).toBeGreaterThan(0);
      expect(paths(signIn).filter((path) => charts.includes(path))).toEqual([]);
      // Sent compressed, from the copies made at build.
      expect(signIn.map((s) => s.encoding).filter((e) => e !== "br" && e !== "gzip")).toEqual([]);
      expect(signIn.every((s) => !s.fromCache && s.bytes > 0)).toBe(true);

      // Then a client's page: its own code, the chart library among it, fetched as it is opened.
      await new LoginPage(page, server.url).signIn("therapist@demo.local", DEMO_PASSWORD);
      const caseload = new CaseloadPage(page);
      await caseload.waitForRows();
      const row = caseload.withOrsLine().first();
      await row.waitFor();
      const clientHref = await row.getByRole("link").getAttribute("href");
      const name = await caseload.openClient(row);
      await page.getByRole("heading", { level: 1, name }).waitFor();
      await new ClientProgressPage(page).waitForCharts();
      await page.waitForLoadState("networkidle");
      const firstClientVisit = scripts.take();
      expect(paths(firstClientVisit).filter((path) => charts.includes(path))).toEqual(charts);
      expect(bytes(firstClientVisit)).toBeGreaterThan(0);
      await scripts.detach();
      await page.close();

      // A repeat visit in the same browser: the sign-in page's address and the client's page, every script from
      // the cache, not one byte of JavaScript over the network.
      const again = await context.newPage();
      again.setDefaultTimeout(WAIT.timeout);
      const repeat = await watchScripts(again);
      await again.goto(`${server.url}${clientHref}`);
      await again.getByRole("heading", { level: 1, name }).waitFor();
      await new ClientProgressPage(again).waitForCharts();
      await again.waitForLoadState("networkidle");
      const repeatVisit = repeat.take();
      expect(paths(repeatVisit)).toEqual(expect.arrayContaining([...entryScripts(), ...charts]));
      expect(repeatVisit.every((s) => s.fromCache)).toBe(true);
      expect(bytes(repeatVisit)).toBe(0);

      // The page itself is asked for again (no-cache), and answered from its ETag.
      const shell = await again.goto(`${server.url}/login`);
      expect(shell?.headers()["cache-control"]).toBe("no-cache");
      await again.getByRole("heading", { level: 1 }).waitFor();
      await again.waitForLoadState("networkidle");
      expect(bytes(repeat.take())).toBe(0);
      await repeat.detach();
    } finally {
      await context.close();
    }
  });
});
