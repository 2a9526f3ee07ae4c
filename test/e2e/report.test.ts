import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { User } from "../../server/auth/user.entity.ts";
import { Client } from "../../server/clients/client.entity.ts";
import { DEMO_PASSWORD, seedDemoIfEmpty } from "../../server/demo/seed.ts";
import { DEFAULT_RULES } from "../../server/measures/rules.ts";
import { PlanRevision } from "../../server/plans/plan-revision.entity.ts";
import { jargonIn } from "../../web/src/features/my-progress/plain-language.ts";
import { GraphQLSession } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { documentScreenshot, launchBrowser } from "./browser.ts";
import { CHART_IDS, ClientProgressPage, LoginPage } from "./pages/pages.ts";

const run = promisify(execFile);
const WAIT = { timeout: 20_000 };

/** A rule's configured value ("= 0.1") as the page may say it: the number itself, or a fraction as a percentage. */
const numberIn = (assignment: string) => {
  const value = Number(assignment.slice(2));
  const said = [String(value), String(Math.round(value * 100))].map((n) => n.replace(".", "\\."));
  return new RegExp(`(?<![\\d.])(${said.join("|")})(?!\\.?\\d)`);
};

/** The report page, as a reader sees it. */
class ReportPage {
  readonly main: Locator;

  constructor(private readonly page: Page) {
    this.main = page.locator("main.report");
  }

  async waitUntilReady(): Promise<void> {
    await this.page.locator('main.report[data-report-ready="true"]').waitFor();
  }

  status(): Locator {
    return this.page.getByTestId("report-status").locator("[data-status]");
  }

  alerts(): Promise<string[]> {
    return this.page.getByTestId("report-alert").allTextContents();
  }

  outcome(measure: string): Locator {
    return this.page.locator(`[data-testid="report-outcome"][data-measure="${measure}"]`);
  }

  revisions(): Locator {
    return this.page.getByTestId("plan-revision");
  }
}

interface Outcome {
  measure: string;
  ratedSessions: number;
  baseline: number | null;
  latest: number | null;
  change: number | null;
  classification: string | null;
}
interface Progress {
  clientProgress: {
    summary: { status: string; alerts: { code: string; message: string; rule: string }[]; outcomes: Outcome[] };
  };
}

const PROGRESS = `query ($clientId: ID!) {
  clientProgress(clientId: $clientId) {
    summary { status alerts { code message rule } outcomes { measure ratedSessions baseline latest change classification } }
  }
}`;

/** Status words of the dashboard's summary, as the design names the statuses. */
const STATUS_WORDS: Record<string, string> = {
  AT_RISK: "At risk",
  NOT_ON_TRACK: "Not on track",
  INSUFFICIENT_DATA: "Not enough data yet",
  ON_TRACK: "On track",
};
const CLASSIFICATION_WORDS: Record<string, string> = {
  RELIABLE_IMPROVEMENT: "reliable improvement",
  NO_RELIABLE_CHANGE: "no reliable change",
  RELIABLE_DETERIORATION: "reliable deterioration",
};

/** "2026-02-19" → "19 Feb 2026", with the platform's month names rather than the dashboard's formatter. */
function paperDate(localDate: string): string {
  const date = new Date(`${localDate}T00:00:00Z`);
  const month = new Intl.DateTimeFormat("en-US", { month: "short", timeZone: "UTC" }).format(date);
  return `${date.getUTCDate()} ${month} ${date.getUTCFullYear()}`;
}

/** Pages of a PDF, from its structure: every page object, and the page tree's own count. */
function pdfPages(pdf: Buffer): { pageObjects: number; treeCount: number } {
  const text = pdf.toString("latin1");
  const pageObjects = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  const counts = [
    ...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g),
  ].map((m) => Number(m[1] ?? m[2]));
  return { pageObjects, treeCount: Math.max(0, ...counts) };
}

describe("the printable progress report", () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let therapist: User;
  let outputs: string;

  beforeAll(async () => {
    server = await startTestServer();
    await seedDemoIfEmpty(server.dataSource, { seed: 20261126, rules: DEFAULT_RULES });
    therapist = await server.dataSource.getRepository(User).findOneByOrFail({ email: "therapist@demo.local" });
    browser = await launchBrowser();
    outputs = mkdtempSync(path.join(tmpdir(), "follow-up-report-"));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outputs) rmSync(outputs, { recursive: true, force: true });
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
    page.setDefaultTimeout(WAIT.timeout);
  });
  afterEach(async () => {
    await page.close();
  });

  const signIn = async (email: string) => {
    const login = new LoginPage(page, server.url);
    await login.open("/login");
    await login.signIn(email, DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign out" }).waitFor();
  };

  /**
   * The therapist's most concerning client with alerts and more than one session (the caseload's own order), with
   * clientProgress for them.
   */
  async function alertedClient(): Promise<{ client: Client; progress: Progress["clientProgress"] }> {
    const api = new GraphQLSession(server.url);
    await api.login("therapist@demo.local", DEMO_PASSWORD);
    const caseload = await api.request<{
      caseload: { client: { id: string }; alertCount: number; sessionsAttended: number }[];
    }>(`{ caseload { client { id } alertCount sessionsAttended } }`);
    const entry = caseload.data!.caseload.find((e) => e.alertCount > 0 && e.sessionsAttended > 1);
    expect(entry, "a client with alerts on the demo caseload").toBeDefined();
    const client = await server.dataSource.getRepository(Client).findOneByOrFail({ id: Number(entry!.client.id) });
    const response = await api.request<Progress>(PROGRESS, { clientId: String(client.id) });
    expect(response.errors).toBeUndefined();
    return { client, progress: response.data!.clientProgress };
  }

  /** The therapist's client with the most plan revisions. */
  async function mostRevisedClient(): Promise<Client> {
    const [row] = await server.query<{ client_id: number }>(
      `SELECT r.client_id FROM plan_revision r JOIN client c ON c.id = r.client_id WHERE c.therapist_id = ?
       GROUP BY r.client_id ORDER BY COUNT(*) DESC, r.client_id LIMIT 1`,
      [therapist.id],
    );
    return server.dataSource.getRepository(Client).findOneByOrFail({ id: Number(row!.client_id) });
  }

  it("shows the therapist the status, alerts and outcomes clientProgress returns, and every chart drawn with data", async () => {
    const { client, progress } = await alertedClient();
    expect(progress.summary.alerts.length).toBeGreaterThan(0);

    await signIn("therapist@demo.local");
    await page.goto(`${server.url}/clients/${client.id}/report`);
    const report = new ReportPage(page);
    await report.waitUntilReady();

    expect(await page.getByTestId("report-client").textContent()).toBe(client.displayName);
    expect(await page.getByTestId("report-therapist").textContent()).toBe(therapist.displayName);
    expect(await report.status().getAttribute("data-status")).toBe(progress.summary.status);
    expect(await report.status().textContent()).toContain(STATUS_WORDS[progress.summary.status]);

    const alerts = await report.alerts();
    expect(alerts).toHaveLength(progress.summary.alerts.length);
    progress.summary.alerts.forEach((alert, i) => {
      expect(alerts[i]).toContain(alert.message);
      // The rule is named in words with its configured values, never by its configuration key.
      expect(alerts[i]).toContain("Rule: ");
      for (const value of alert.rule.match(/= (-?[\d.]+)/g) ?? []) expect(alerts[i]).toMatch(numberIn(value));
      expect(alerts[i]).not.toMatch(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/);
    });

    expect(await page.getByTestId("report-outcome").count()).toBe(progress.summary.outcomes.length);
    const compared = progress.summary.outcomes.filter((o) => o.ratedSessions > 1);
    expect(compared.length).toBeGreaterThan(0);
    for (const outcome of compared) {
      const line = (await report.outcome(outcome.measure).textContent())!;
      expect(line).toContain(`${outcome.baseline} → ${outcome.latest}`);
      expect(line).toContain(`(${outcome.change! > 0 ? "+" : ""}${outcome.change})`);
      if (outcome.classification) expect(line).toContain(CLASSIFICATION_WORDS[outcome.classification]);
    }

    const charts = new ClientProgressPage(page);
    for (const id of CHART_IDS) {
      expect(await page.getByTestId(id).count(), id).toBe(1);
      const marks = await charts.marks(id);
      expect(marks.dots + marks.bars, `${id} has data marks`).toBeGreaterThan(0);
    }

    await documentScreenshot(page, "report.png");

    // On paper: no navigation, no buttons.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".topbar").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Print or save as PDF" }).isVisible()).toBe(false);
    expect(await page.getByTestId("chart-outcome").isVisible()).toBe(true);
  });

  it("lists every plan revision of the client, as the database has them, with its before/after comparison", async () => {
    const client = await mostRevisedClient();
    const revisions = await server.dataSource
      .getRepository(PlanRevision)
      .find({ where: { clientId: client.id }, order: { version: "ASC" } });
    expect(revisions.length).toBeGreaterThan(1);
    await signIn("therapist@demo.local");
    await page.goto(`${server.url}/clients/${client.id}/report`);
    const report = new ReportPage(page);
    await report.waitUntilReady();

    const items = report.revisions();
    expect(await items.count()).toBe(revisions.length);
    for (const [i, revision] of revisions.entries()) {
      const item = items.nth(i);
      expect(await item.getAttribute("data-version")).toBe(String(revision.version));
      expect(await item.getByRole("heading").textContent()).toBe(
        `Version ${revision.version}, effective ${paperDate(revision.localDate)}`,
      );
      expect(await item.getByTestId("plan-rationale").textContent()).toBe(revision.rationale);
      const text = (await item.textContent())!;
      for (const goal of revision.goals) expect(text).toContain(goal);
      for (const target of revision.targets) expect(text).toContain(target);
    }
    // Every revision after the first is compared with the weeks before it.
    expect(
      await items
        .nth(1)
        .getByRole("row", { name: /^Before/ })
        .textContent(),
    ).toMatch(/\(\d+ days\)/);
  });

  it("prints the plan review's evidence each way and one line per analysis on the therapist's copy", async () => {
    const client = await mostRevisedClient();
    const api = new GraphQLSession(server.url);
    await api.login("therapist@demo.local", DEMO_PASSWORD);
    const response = await api.request<{
      clientProgress: {
        whatWorks: {
          triggerShares: { version: number }[];
          planReview: { evidenceFor: { text: string }[]; evidenceAgainst: { text: string }[] };
        };
      };
    }>(
      `query ($clientId: ID!) { clientProgress(clientId: $clientId, bucket: WEEK) { whatWorks {
        triggerShares { version } planReview { evidenceFor { text } evidenceAgainst { text } } } } }`,
      { clientId: String(client.id) },
    );
    expect(response.errors).toBeUndefined();
    const { planReview, triggerShares } = response.data!.clientProgress.whatWorks;
    const revisions = await server.dataSource.getRepository(PlanRevision).countBy({ clientId: client.id });
    expect(triggerShares.map((t) => t.version)).toEqual(Array.from({ length: revisions }, (_, i) => i + 1));

    await signIn("therapist@demo.local");
    await page.goto(`${server.url}/clients/${client.id}/report`);
    const report = new ReportPage(page);
    await report.waitUntilReady();
    const section = page.getByTestId("report-what-works");
    expect(await section.getByRole("heading", { level: 2 }).textContent()).toBe("What works");
    const items = async (testId: string) => {
      const list = section.getByTestId(testId);
      return (await list.count()) === 0 ? [] : list.locator("li").allTextContents();
    };
    expect(await items("report-review-for")).toEqual(planReview.evidenceFor.map((l) => l.text));
    expect(await items("report-review-against")).toEqual(planReview.evidenceAgainst.map((l) => l.text));
    expect(planReview.evidenceFor.length + planReview.evidenceAgainst.length).toBeGreaterThan(0);
    // At least the timing line, which every course has; the demo client has findings beyond it.
    expect((await items("report-what-works-lines")).length).toBeGreaterThan(1);
  });

  it("follows the period in the address", async () => {
    const client = await mostRevisedClient();
    await signIn("therapist@demo.local");
    await page.goto(`${server.url}/clients/${client.id}/report?from=2026-06-01&to=2026-08-31`);
    await new ReportPage(page).waitUntilReady();
    expect(await page.getByTestId("report-period").textContent()).toBe(
      `${paperDate("2026-06-01")} to ${paperDate("2026-08-31")}`,
    );

    await page.goto(`${server.url}/clients/${client.id}/report?from=June`);
    await page.getByRole("alert").filter({ hasText: "YYYY-MM-DD" }).waitFor();
    await page.goto(`${server.url}/clients/${client.id}/report?from=2026-08-31&to=2026-06-01`);
    await page
      .getByRole("alert")
      .filter({ hasText: "The period ends on 1 Jun 2026, before it starts on 31 Aug 2026." })
      .waitFor();
  });

  it("gives a client their own report, and refuses them another client's", async () => {
    const user = await server.dataSource.getRepository(User).findOneByOrFail({ email: "client@demo.local" });
    const own = await server.dataSource.getRepository(Client).findOneByOrFail({ userId: user.id });
    const other = await server.dataSource
      .getRepository(Client)
      .findOneOrFail({ where: { therapistId: own.therapistId, id: own.id === 1 ? 2 : 1 } });

    await signIn("client@demo.local");
    await page.getByRole("link", { name: "Print report" }).click();
    const report = new ReportPage(page);
    await report.waitUntilReady();
    expect(new URL(page.url()).pathname).toBe("/me/report");
    expect(await page.getByTestId("report-client").textContent()).toBe(own.displayName);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("My progress report");
    // The plain sentences of their progress page, and no clinical words.
    const section = page.getByTestId("report-what-works");
    expect(await section.getByRole("heading", { level: 2 }).textContent()).toBe("What seems to help");
    const printed = await section.locator("li").allTextContents();
    expect(printed.length, "the demo client has findings to print").toBeGreaterThan(0);
    expect(jargonIn(await section.innerText())).toEqual([]);
    await page.goto(`${server.url}/me`);
    await page.getByTestId("my-what-works").waitFor();
    expect(
      await page.getByTestId("my-what-works").locator("ul[data-testid=my-what-works-lines] li").allTextContents(),
    ).toEqual(printed);

    await page.goto(`${server.url}/clients/${other.id}/report`);
    await page.getByTestId("refusal").waitFor();
    expect(await page.content()).not.toContain(other.displayName);
    expect(await page.locator("svg.recharts-surface").count()).toBe(0);
  });

  const report = (args: string[]) =>
    run(path.resolve("node_modules/.bin/tsx"), ["server/report/report-cli.ts", ...args], {
      env: { ...process.env, DATABASE_PATH: server.databasePath, DATABASE_URL: "", NODE_ENV: "test" },
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        stdout: error.stdout,
        stderr: error.stderr,
      }),
    );

  it("npm run report prints a seeded client's report to an A4 PDF, signed in as their therapist and audited", async () => {
    const client = await mostRevisedClient();
    const out = path.join(outputs, "report.pdf");
    const { lastAudit } = (
      await server.query<{ lastAudit: number }>(`SELECT COALESCE(MAX(id), 0) AS "lastAudit" FROM audit_event`)
    )[0]!;

    const result = await report(["--client", String(client.id), "--out", out]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);

    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pages = pdfPages(pdf);
    expect(pages.pageObjects).toBeGreaterThanOrEqual(1);
    expect(pages.treeCount).toBe(pages.pageObjects);
    // Five charts on A4 take more than one page; a text-only or empty page would be far smaller than 20 kB.
    expect(pages.pageObjects).toBeGreaterThanOrEqual(2);
    expect(pdf.length).toBeGreaterThan(20_000);
    expect(pdf.length).toBeLessThan(5_000_000);
    // A4 portrait: 210 × 297 mm in points (1/72 inch); Chromium rounds the sheet to hundredths of an inch.
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString("latin1"));
    expect(Math.abs(Number(box![1]) - (210 / 25.4) * 72)).toBeLessThan(2);
    expect(Math.abs(Number(box![2]) - (297 / 25.4) * 72)).toBeLessThan(2);

    const events = await server.query<{
      action: string;
      client_id: number | null;
      actor_user_id: number;
      source_address: string | null;
    }>(`SELECT action, client_id, actor_user_id, source_address FROM audit_event WHERE id > ? ORDER BY id`, [
      lastAudit,
    ]);
    expect(events[0]).toEqual({
      action: "SIGN_IN",
      client_id: null,
      actor_user_id: therapist.id,
      source_address: "report command",
    });
    expect(
      events.some((e) => e.action === "READ_PROGRESS" && e.client_id === client.id && e.actor_user_id === therapist.id),
    ).toBe(true);
    expect(events.at(-1)).toMatchObject({ action: "SIGN_OUT", actor_user_id: therapist.id });
    const open = await server.query(
      `SELECT token_hash FROM auth_session WHERE source_address = 'report command' AND revoked_at IS NULL`,
    );
    expect(open).toHaveLength(0);
  });

  it("refuses an unknown or malformed client id with a clear message, a non-zero exit and no file", async () => {
    const { top } = (await server.query<{ top: number }>(`SELECT MAX(id) AS top FROM client`))[0]!;
    const out = path.join(outputs, "unknown.pdf");

    const unknown = await report(["--client", String(Number(top) + 1000), "--out", out]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(`There is no client with id ${Number(top) + 1000}.`);
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);

    const malformed = await report(["--client", "seven", "--out", out]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('--client must be a client id (a positive whole number); got "seven".');
    expect(existsSync(out)).toBe(false);
  });
});
