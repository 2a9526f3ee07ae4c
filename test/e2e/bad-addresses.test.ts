import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPractice, TEST_PASSWORD } from "../helpers/factories.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { launchBrowser } from "./browser.ts";
import { CaseloadPage, LoginPage, ProblemPage } from "./pages/pages.ts";

const WAIT = { timeout: 20_000 };

describe("addresses and answers the dashboard cannot show", () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  /** Uncaught errors in the page: a page that survives a bad address has none. */
  let pageErrors: string[];
  let practice: Awaited<ReturnType<typeof createPractice>>;

  beforeAll(async () => {
    server = await startTestServer();
    practice = await createPractice(server.dataSource);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(WAIT.timeout);
    pageErrors = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
  });
  afterEach(async () => {
    await page.close();
  });

  const signInAsTherapist = async () => {
    const login = new LoginPage(page, server.url);
    await login.open("/");
    await login.signIn(practice.therapistA.email, TEST_PASSWORD);
    await new CaseloadPage(page).waitForRows();
  };

  /**
   * The server's real answer to the client page's query, with one list the page relies on taken away, as a server
   * of another version might send it: the page cannot draw it.
   */
  const answerProgressWithoutSessions = () =>
    page.route("**/graphql", async (route) => {
      if (!route.request().postData()?.includes("query ClientProgress")) return route.continue();
      const response = await route.fetch();
      const body = (await response.json()) as { data: { clientProgress: { sessions: unknown } } };
      body.data.clientProgress.sessions = null;
      await route.fulfill({ response, json: body });
    });

  it("answers a malformed address (a cut-off percent escape) with 'not found' and a way home, not a blank page", async () => {
    await signInAsTherapist();
    const problem = new ProblemPage(page);
    for (const address of ["/clients/%E0%A4%A", "/clients/%E0%A4%A/report", "/clients/%zz"]) {
      await page.goto(`${server.url}${address}`);
      await problem.notFound.waitFor();
      expect(await problem.homeLink.getAttribute("href")).toBe("/caseload");
    }
    await problem.homeLink.click();
    await page.getByRole("heading", { level: 1, name: "My caseload" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/caseload");
    expect(pageErrors).toEqual([]);
  });

  it.each([
    ["?from=garbage", "The start of the period, “garbage”, is not a date"],
    ["?from=2026-13-45", "The start of the period, 2026-13-45, is not a day of the calendar."],
    ["?to=2026-02-30", "The end of the period, 2026-02-30, is not a day of the calendar."],
    ["?from=0001-01-01", "The start of the period, 0001-01-01, is outside the dates Follow-Up keeps"],
    ["?from=2026-11-30&to=2026-09-01", "The period ends on 1 Sep 2026, before it starts on 30 Nov 2026."],
  ])(
    "answers a report period it cannot show (%s) in plain words, with the default period a link away",
    async (query, words) => {
      await signInAsTherapist();
      await page.goto(`${server.url}/clients/${practice.clientA.id}/report${query}`);
      await page.getByRole("heading", { level: 1, name: "This period cannot be shown" }).waitFor();
      await page.getByRole("alert").filter({ hasText: words }).waitFor();
      const text = await page.locator("main").innerText();
      for (const internal of ["Variable", "$from", "DateTimeISO", "RangeError", "input."])
        expect(text).not.toContain(internal);
      await page.getByRole("link", { name: "Show the report from intake to today" }).click();
      await page.locator('main.report[data-report-ready="true"]').waitFor();
      expect(new URL(page.url()).search).toBe("");
      expect(await page.getByTestId("report-client").textContent()).toBe(practice.clientA.displayName);
      expect(pageErrors).toEqual([]);
    },
  );

  it("catches a page that fails to draw, says so in plain words, and offers home and a second try", async () => {
    await signInAsTherapist();
    await answerProgressWithoutSessions();
    await page.goto(`${server.url}/clients/${practice.clientA.id}`);
    const problem = new ProblemPage(page);
    await problem.cannotShow.waitFor();
    const text = (await page.locator("main").innerText()).toLowerCase();
    for (const internal of ["typeerror", "cannot read", "null", "graphql", " at "])
      expect(text).not.toContain(internal);
    expect(await problem.homeLink.getAttribute("href")).toBe("/caseload");
    // The top bar stays: only the page failed, and the error was caught, not left to the window.
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    expect(pageErrors).toEqual([]);

    await page.unroute("**/graphql");
    await problem.tryAgain.click();
    await page.getByRole("heading", { level: 1, name: practice.clientA.displayName }).waitFor();

    await answerProgressWithoutSessions();
    await page.goto(`${server.url}/clients/${practice.clientA.id}`);
    await problem.cannotShow.waitFor();
    await problem.homeLink.click();
    await page.getByRole("heading", { level: 1, name: "My caseload" }).waitFor();
  });
});
