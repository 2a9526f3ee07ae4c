import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";

/** The therapist's plan review panel: its findings, each with its rule, and the evidence each way. */
export class PlanReviewPart {
  readonly panel: Locator;
  readonly lines: Locator;
  readonly rules: Locator;
  readonly evidenceFor: Locator;
  readonly evidenceAgainst: Locator;

  constructor(page: Page) {
    this.panel = page.getByTestId("plan-review");
    this.lines = this.panel.getByTestId("review-line");
    this.rules = this.lines.locator(".rule");
    this.evidenceFor = this.panel.getByTestId("review-for");
    this.evidenceAgainst = this.panel.getByTestId("review-against");
  }

  async waitFor(): Promise<void> {
    await this.lines.first().waitFor();
  }
}

/** A chart of the what-works panels: its one-line summary and the data table behind "Show data". */
export class WhatWorksChart {
  readonly figure: Locator;

  constructor(page: Page, testId: string) {
    this.figure = page.getByTestId(testId);
  }

  async summary(): Promise<string> {
    return ((await this.figure.locator(".chart-summary").textContent()) ?? "").trim();
  }

  /** Opens the data table and returns its header cells and its number of body rows. */
  async table(): Promise<{ headers: string[]; rows: number }> {
    await this.figure.getByRole("button", { name: "Show data" }).click();
    const table = this.figure.getByRole("region").locator("table");
    await table.waitFor();
    return {
      headers: await table.locator("thead th").allTextContents(),
      rows: await table.locator("tbody tr").count(),
    };
  }
}

/**
 * A README screenshot of one part of a page, under the same rule as the whole-page ones (test/e2e/browser.ts):
 * written only with UPDATE_SCREENSHOTS=1, so tests leave the tree clean.
 */
export async function partScreenshot(part: Locator, name: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== "1") return;
  const folder = path.resolve("docs/screenshots");
  mkdirSync(folder, { recursive: true });
  await part.screenshot({ path: path.join(folder, name) });
}
