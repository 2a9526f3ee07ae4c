import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from "vitest";
import { Role } from "../../server/auth/role.ts";
import { User } from "../../server/auth/user.entity.ts";
import { Client } from "../../server/clients/client.entity.ts";
import { Clinic } from "../../server/clinics/clinic.entity.ts";
import { buildHomeworkRow } from "../../server/homework/homework-row.ts";
import { Homework } from "../../server/homework/homework.entity.ts";
import { AssignedBy, HomeworkType } from "../../server/homework/homework.enums.ts";
import { createClient, createUser, TEST_PASSWORD } from "../helpers/factories.ts";
import { GraphQLSession } from "../helpers/graphql-client.ts";
import { DEMO_PASSWORD, seedDemoIfEmpty } from "../../server/demo/seed.ts";
import { DEFAULT_RULES } from "../../server/measures/rules.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { documentScreenshot, launchBrowser } from "./browser.ts";
import { CHART_IDS, CaseloadPage, ClientProgressPage, HomeworkListPart, LoginPage } from "./pages/pages.ts";

const WAIT = { timeout: 20_000 };

describe("the dashboard in Chromium", () => {
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
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(WAIT.timeout);
  });
  afterEach(async () => {
    await page.close();
  });

  const signIn = async (email: string, path = "/", password = DEMO_PASSWORD) => {
    const login = new LoginPage(page, server.url);
    await login.open(path);
    await login.signIn(email, password);
  };

  it.each([
    ["therapist@demo.local", "/caseload", "My caseload"],
    ["client@demo.local", "/me", "My progress"],
    ["supervisor@demo.local", "/supervision", "Clinic overview"],
  ])("%s lands on their home, %s, and can sign out", async (email, home, heading) => {
    await signIn(email);
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
    expect(new URL(page.url()).pathname).toBe(home);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("button", { name: "Sign in" }).waitFor();
  });

  it("shows the therapist's caseload most concerning first, and every chart of the most at-risk client drawn with data", async () => {
    await signIn("therapist@demo.local");
    const caseload = new CaseloadPage(page);
    await caseload.waitForRows();
    expect(await caseload.rows.first().getAttribute("data-status")).toBe("AT_RISK");
    // The most serious concern comes first however new the client; the first with an ORS line has charts to check.
    const charted = caseload.withOrsLine().first();
    await charted.waitFor();
    expect(await charted.getAttribute("data-status")).toBe("AT_RISK");
    await documentScreenshot(page, "caseload.png");

    const name = await caseload.openClient(charted);
    await page.getByRole("heading", { level: 1, name }).waitFor();
    const progress = new ClientProgressPage(page);
    await progress.waitForCharts();
    for (const id of CHART_IDS) {
      await expect
        .poll(async () => {
          const marks = await progress.marks(id);
          return marks.dots + marks.bars;
        }, WAIT)
        .toBeGreaterThan(0);
    }
    // The ORS line has one dot per ORS-rated session in the chart's own data table.
    await progress.chart("chart-outcome").getByRole("button", { name: "Show data" }).click();
    const orsCells = await progress.chart("chart-outcome").locator("tbody tr td:nth-child(3)").allTextContents();
    expect(orsCells.filter((cell) => cell !== "—").length).toBeGreaterThan(1);
    await expect.poll(() => progress.outcomeDots(), WAIT).toBe(orsCells.filter((cell) => cell !== "—").length);
    expect(await page.getByTestId("summary-panel").locator("[data-status]").getAttribute("data-status")).toBe(
      "AT_RISK",
    );
    await documentScreenshot(page, "client-progress.png");
  });

  it("names an invalid ORS item next to its field, then shows a valid session as a new point without a reload", async () => {
    await signIn("therapist@demo.local");
    const caseload = new CaseloadPage(page);
    await caseload.waitForRows();
    await caseload.openFirstClient();
    const progress = new ClientProgressPage(page);
    await progress.waitForCharts(["chart-outcome"]);
    await expect.poll(() => progress.outcomeDots(), WAIT).toBeGreaterThan(0);
    const dotsBefore = await progress.outcomeDots();
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = "same page"));

    const form = await progress.openRecordSession();
    await form.getByLabel("ORS Individually (personal well-being)").fill("10.5");
    for (const label of ["ORS Interpersonally", "ORS Socially", "ORS Overall"])
      await form.getByLabel(label, { exact: false }).fill("5");
    await form.getByRole("button", { name: "Save session" }).click();
    const fieldError = form.locator("#error-ors-individual");
    await fieldError.waitFor();
    expect(await fieldError.textContent()).toBe(
      "Rate all four ORS items from 0 to 10 (one decimal at most), or leave the ORS empty.",
    );
    expect(await form.getByLabel("ORS Individually (personal well-being)").getAttribute("aria-invalid")).toBe("true");

    await form.getByLabel("ORS Individually (personal well-being)").fill("7.5");
    await form.getByRole("button", { name: "Save session" }).click();
    await form.getByRole("status").filter({ hasText: "saved" }).waitFor();
    await expect.poll(() => progress.outcomeDots(), WAIT).toBe(dotsBefore + 1);
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe("same page");
  });

  it("lets a client log an episode as a thought record and see this week's count rise", async () => {
    await signIn("client@demo.local");
    const thisWeek = page.getByTestId("this-week");
    await thisWeek.waitFor();
    const count = async () => Number(/(\d+) episode/.exec((await thisWeek.textContent()) ?? "")?.[1] ?? 0);
    const before = await count();
    await new ClientProgressPage(page).waitForCharts(["chart-outcome", "chart-episodes"]);
    await documentScreenshot(page, "my-progress.png");

    const form = page.getByTestId("log-episode-form");
    await form.getByLabel("How strong at its peak (0–10)").fill("6");
    await form.getByLabel("Situation: where, with whom, what was happening").fill("Queue at the pharmacy");
    await form.getByLabel("Thoughts during").fill("I have to get out");
    await form.getByLabel("What I wish I had done").fill("Stayed and breathed slowly");
    await form.getByRole("button", { name: "Save episode" }).click();
    await form.getByRole("status").filter({ hasText: "Episode saved" }).waitFor();
    await expect.poll(count, WAIT).toBe(before + 1);
  });

  it("shows a supervisor anonymised clinic metrics, explains suppressed cells, and names no client anywhere", async () => {
    const names = (await server.dataSource.getRepository(Client).find()).map((client) => client.displayName);
    expect(names.length).toBe(240);
    await signIn("supervisor@demo.local");
    await page.getByTestId("suppression-note").waitFor();
    const note = await page.getByTestId("suppression-note").textContent();
    expect(note).toContain("Fewer than 11");
    expect(note).toContain("may not add up");
    await page.getByTestId("chart-outcome-rates").locator(".recharts-rectangle").first().waitFor();
    expect(await page.locator(".suppressed").count()).toBeGreaterThan(0);
    // The NHS rates over finished courses, and the clients still in treatment apart, each labelled.
    await page.getByRole("table", { name: "Finished courses — comparable with NHS published rates" }).waitFor();
    await page
      .getByRole("table", { name: "Clients still in treatment — not comparable with NHS published rates" })
      .waitFor();
    await page.getByRole("heading", { name: "NHS Talking Therapies outcomes" }).waitFor();
    // What works across the caseload: three labelled tables, each explained in a line.
    for (const name of [
      "Reliable improvement by homework completed",
      "Reliable improvement by technique in the plan",
      "Reliable improvement after an off-track flag, by plan revision",
    ])
      await page.getByRole("table", { name }).waitFor();
    expect(await page.getByTestId("revision-after-flag").textContent()).toMatch(/within 3 weeks of the first flag/);
    await page.getByLabel("Group clients by").selectOption("THERAPIST");
    await page.getByRole("table", { name: "Clients by therapist" }).waitFor();
    for (const groupBy of ["INTAKE_QUARTER", "COMPLAINT"]) {
      await page.getByLabel("Group clients by").selectOption(groupBy);
      const html = await page.content();
      for (const name of names) expect(html, `page shows ${name}`).not.toContain(name);
    }
    // A quarter: by complaint only, and no therapist table.
    await page.getByLabel("Intake cohort").selectOption("2026-Q3");
    await page.getByRole("table", { name: "Clients by chief complaint" }).waitFor();
    await expect.poll(() => page.getByRole("heading", { name: "Therapists" }).count(), WAIT).toBe(0);
    expect(await page.getByLabel("Group clients by").locator("option").allTextContents()).toEqual(["Chief complaint"]);
    await page.getByLabel("Intake cohort").selectOption("2026");
    await page.getByRole("heading", { name: "Therapists" }).waitFor();
    await documentScreenshot(page, "supervision.png");
  });

  it("refuses a client another client's address, showing no data", async () => {
    const other = await server.dataSource.getRepository(Client).findOneOrFail({ where: { id: 2 } });
    await signIn("client@demo.local");
    await page.getByTestId("this-week").waitFor();
    await page.goto(`${server.url}/clients/${other.id}`);
    await page.getByTestId("refusal").waitFor();
    expect(await page.content()).not.toContain(other.displayName);
    expect(await page.locator("svg.recharts-surface").count()).toBe(0);
  });

  it("shows the empty, slow and failed states of a client page", async () => {
    const therapist = await server.dataSource.getRepository(User).findOneByOrFail({ email: "therapist@demo.local" });
    const fresh = await createClient(server.dataSource, therapist, { intakeDate: "2026-11-01" });
    await signIn("therapist@demo.local");
    await new CaseloadPage(page).waitForRows();

    await page.goto(`${server.url}/clients/${fresh.id}`);
    await page.getByText("No sessions or episodes recorded yet.").waitFor();

    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/graphql", async (route) => {
      if (route.request().postData()?.includes("query ClientProgress")) await held;
      await route.continue();
    });
    await page.goto(`${server.url}/clients/${fresh.id}`);
    await page.getByText("This is taking longer than usual").waitFor();
    release();
    await page.getByText("No sessions or episodes recorded yet.").waitFor();

    await page.unroute("**/graphql");
    await page.route("**/graphql", (route) =>
      route.request().postData()?.includes("query ClientProgress")
        ? route.abort("connectionrefused")
        : route.continue(),
    );
    await page.goto(`${server.url}/clients/${fresh.id}`);
    await page.getByText("This client's progress could not be loaded.").waitFor();
    await page.unroute("**/graphql");
    await page.getByRole("button", { name: "Try again" }).click();
    await page.getByText("No sessions or episodes recorded yet.").waitFor();
  });

  it("revises a plan keeping its planned techniques when only the rationale changes", async () => {
    const therapist = await server.dataSource.getRepository(User).findOneByOrFail({ email: "therapist@demo.local" });
    const client = await createClient(server.dataSource, therapist, { intakeDate: "2026-01-05" });
    const api = new GraphQLSession(server.url);
    await api.login(therapist.email, DEMO_PASSWORD);
    const planned = ["GROUNDING", "BREATHING", "THOUGHT_RECORD"];
    const first = await api.request(`mutation ($input: RevisePlanInput!) { revisePlan(input: $input) { version } }`, {
      input: {
        clientId: client.id,
        goals: ["Fewer panic attacks"],
        targets: ["ORS above 25"],
        plannedTechniques: planned,
        rationale: "Intake formulation",
      },
    });
    expect(first.errors).toBeUndefined();

    await signIn("therapist@demo.local");
    await new CaseloadPage(page).waitForRows();
    await page.goto(`${server.url}/clients/${client.id}`);
    await page.getByRole("heading", { level: 1, name: client.displayName }).waitFor();
    const form = await new ClientProgressPage(page).openRevisePlan();
    expect(await form.tickedTechniques()).toEqual(["Grounding", "Breathing", "Thought record"]);
    await form.save("Review after four sessions");
    await form.form.getByRole("status").filter({ hasText: "Plan version 2 saved." }).waitFor();

    const after = await api.request<{
      clientProgress: { planRevisions: { plannedTechniques: string[]; rationale: string }[] };
    }>(
      `query ($clientId: ID!) { clientProgress(clientId: $clientId) { planRevisions { plannedTechniques rationale } } }`,
      { clientId: client.id },
    );
    expect(after.errors).toBeUndefined();
    expect(after.data!.clientProgress.planRevisions.map((r) => [r.rationale, [...r.plannedTechniques].sort()])).toEqual(
      [
        ["Intake formulation", [...planned].sort()],
        ["Review after four sessions", [...planned].sort()],
      ],
    );
  });

  it("shows a client their latest 30 homework items, and the rest with Show more", async () => {
    const therapist = await server.dataSource.getRepository(User).findOneByOrFail({ email: "therapist@demo.local" });
    const clinic = await server.dataSource.getRepository(Clinic).findOneByOrFail({ id: therapist.clinicId });
    const login = await createUser(server.dataSource, clinic, Role.CLIENT);
    const client = await createClient(server.dataSource, therapist, { userId: login.id, intakeDate: "2026-01-05" });
    // 45 items, one due each day from 2026-01-06: the latest due is listed first.
    const rows = Array.from({ length: 45 }, (_, i) =>
      buildHomeworkRow(
        {
          type: HomeworkType.READING,
          description: `Reading ${String(i + 1).padStart(2, "0")}`,
          dueDate: `2026-${i < 26 ? "01" : "02"}-${String(i < 26 ? i + 6 : i - 25).padStart(2, "0")}`,
          assignedBy: AssignedBy.THERAPIST,
          assignedAt: new Date("2026-01-05T15:00:00.000Z"),
        },
        client.id,
        "2026-01-05",
      ),
    );
    await server.dataSource.getRepository(Homework).insert(rows);

    await signIn(login.email, "/", TEST_PASSWORD);
    const list = new HomeworkListPart(page);
    await list.rows.first().waitFor();
    await expect.poll(() => list.rows.count(), WAIT).toBe(30);
    const latestFirst = Array.from({ length: 45 }, (_, i) => `Reading ${String(45 - i).padStart(2, "0")}`);
    expect(await list.descriptions()).toEqual(latestFirst.slice(0, 30));
    expect(await list.shown.textContent()).toBe("30 of 45 shown");

    await list.showMore.click();
    await expect.poll(() => list.rows.count(), WAIT).toBe(45);
    expect(await list.descriptions()).toEqual(latestFirst);
    expect(await list.showMore.count()).toBe(0);
    expect(await list.shown.textContent()).toBe("45 of 45 shown");
  });

  it("returns to sign-in with a message when the session has expired", async () => {
    await signIn("therapist@demo.local");
    await new CaseloadPage(page).waitForRows();
    await server.query(`UPDATE auth_session SET revoked_at = '2026-01-01T00:00:00.000Z'`);
    // Any request now meets the revoked session.
    await page.getByLabel("Include discharged and dropped-out clients").click();
    await page.getByText("Your session has expired. Please sign in again.").waitFor();
    expect(new URL(page.url()).pathname).toBe("/login");
  });
});
