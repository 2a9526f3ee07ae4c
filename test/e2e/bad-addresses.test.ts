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

  it("answers a report period that is no calendar date with the page's own message", async () => {
    await signInAsTherapist();
    await page.goto(`${server.url}/clients/${practice.clientA.id}/report?from=2026-13-45`);
    await page.getByText("The period in the address must be dates written YYYY-MM-DD").waitFor();
    expect(pageErrors).toEqual([]);
  });

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
