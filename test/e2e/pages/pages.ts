import { expect } from "vitest";
import type { Locator, Page } from "playwright-core";

/** Page objects: what a person sees and does, by role and label rather than by markup. */
export class LoginPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(path = "/"): Promise<void> {
    await this.page.goto(`${this.baseUrl}${path}`);
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }
}

export class CaseloadPage {
  readonly rows: Locator;

  constructor(private readonly page: Page) {
    this.rows = page.getByTestId("caseload-row");
  }

  async waitForRows(): Promise<void> {
    await this.page.getByRole("heading", { name: "My caseload" }).waitFor();
    await this.rows.first().waitFor();
  }

  /** Rows whose ORS sparkline is drawn as a line: clients with at least two ORS-rated sessions. */
  withOrsLine(): Locator {
    return this.rows.filter({ has: this.page.getByTestId("sparkline-ors").locator("path.recharts-curve") });
  }

  async openFirstClient(): Promise<string> {
    return this.openClient(this.rows.first());
  }

  async openClient(row: Locator): Promise<string> {
    const link = row.getByRole("link");
    const name = (await link.textContent())!.trim();
    await link.click();
    return name;
  }
}

export const CHART_IDS = [
  "chart-outcome",
  "chart-symptoms",
  "chart-alliance",
  "chart-episodes",
  "chart-homework",
  "chart-cadence",
] as const;

export class ClientProgressPage {
  constructor(private readonly page: Page) {}

  chart(testId: (typeof CHART_IDS)[number]): Locator {
    return this.page.getByTestId(testId);
  }

  async waitForCharts(ids: readonly (typeof CHART_IDS)[number][] = CHART_IDS): Promise<void> {
    for (const id of ids) await this.chart(id).locator("svg.recharts-surface").first().waitFor();
  }

  /** Drawn data marks in a chart: line dots, bar rectangles and area paths, not the containers. */
  async marks(testId: (typeof CHART_IDS)[number]): Promise<{ dots: number; bars: number; lines: number }> {
    const chart = this.chart(testId);
    return {
      dots: await chart.locator(".recharts-line-dots circle, .recharts-dot").count(),
      bars: await chart.locator(".recharts-bar-rectangle path, .recharts-rectangle").count(),
      lines: await chart.locator("path.recharts-line-curve, path.recharts-curve").count(),
    };
  }

  /** Dots of the ORS line only (Recharts 3 draws dots in their own z-index layer, so they are found by class). */
  async outcomeDots(): Promise<number> {
    return this.chart("chart-outcome").locator(".dot-ors").count();
  }

  async openRecordSession(): Promise<Locator> {
    await this.page.getByRole("button", { name: "Record a session" }).click();
    const form = this.page.getByTestId("record-session-form");
    await form.waitFor();
    return form;
  }

  async openRevisePlan(): Promise<RevisePlanPart> {
    await this.page.getByRole("button", { name: "Revise the plan" }).click();
    const form = new RevisePlanPart(this.page);
    await form.form.waitFor();
    return form;
  }
}

/** The therapist's form for a new version of the client's plan. */
export class RevisePlanPart {
  readonly form: Locator;

  constructor(page: Page) {
    this.form = page.getByTestId("revise-plan-form");
  }

  /** The labels of the ticked planned techniques, in the order shown. */
  async tickedTechniques(): Promise<string[]> {
    const boxes = this.form.getByRole("group", { name: "Planned techniques" }).getByRole("checkbox");
    const ticked: string[] = [];
    for (const box of await boxes.all())
      if (await box.isChecked()) ticked.push((await box.locator("xpath=..").textContent())!.trim());
    return ticked;
  }

  async save(rationale: string): Promise<void> {
    await this.form.getByLabel("Why the plan changes").fill(rationale);
    await this.form.getByRole("button", { name: "Save revision" }).click();
  }
}

/** The client's own homework list, a page at a time. */
export class HomeworkListPart {
  readonly rows: Locator;
  readonly showMore: Locator;
  readonly shown: Locator;

  constructor(page: Page) {
    this.rows = page.getByTestId("homework-list").locator("tbody tr");
    this.showMore = page.getByRole("button", { name: "Show more" });
    this.shown = page.getByRole("status").filter({ hasText: " shown" });
  }

  async descriptions(): Promise<string[]> {
    return this.rows.locator("td:first-child").allTextContents();
  }
}

/** What a person sees when an address leads nowhere or a page cannot be drawn, and the ways back from there. */
export class ProblemPage {
  readonly notFound: Locator;
  readonly cannotShow: Locator;
  readonly homeLink: Locator;
  readonly tryAgain: Locator;

  constructor(page: Page) {
    this.notFound = page.getByRole("heading", { level: 1, name: "Not found" });
    this.cannotShow = page.getByRole("alert").filter({ hasText: "This page could not be shown." });
    this.homeLink = page.getByRole("link", { name: "Go to your home page" });
    this.tryAgain = page.getByRole("button", { name: "Try again" });
  }
}

export async function expectNoText(page: Page, text: string): Promise<void> {
  expect(await page.content()).not.toContain(text);
}
