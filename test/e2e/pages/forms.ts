import { expect } from "vitest";
import type { Locator, Page } from "playwright-core";
import { RULE_NAMES } from "../../../server/measures/rules.ts";

/** An entry form: its fields by label, its problems as a person reads them, and where the focus went. */
export class EntryForm {
  constructor(
    private readonly page: Page,
    readonly form: Locator,
  ) {}

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  async fill(values: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(values)) await this.field(label).fill(value);
  }

  async submit(name: string): Promise<void> {
    await this.form.getByRole("button", { name }).click();
  }

  /** The message shown beside the field with this label: the first thing its aria-describedby names. */
  async messageOf(label: string): Promise<string> {
    const field = this.field(label);
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    const [id] = ((await field.getAttribute("aria-describedby")) ?? "").split(/\s+/);
    return (await this.page.locator(`[id="${id}"]`).textContent()) ?? "";
  }

  /** The labels of the fields marked invalid, in page order. */
  async invalidLabels(): Promise<string[]> {
    return this.form
      .locator('[aria-invalid="true"]')
      .evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).labels?.[0]?.textContent ?? "?"));
  }

  /** The label of the focused element, or its text when it has none. */
  async focusedLabel(): Promise<string> {
    return this.page.evaluate(() => {
      const active = document.activeElement as HTMLInputElement | null;
      return active?.labels?.[0]?.textContent ?? active?.textContent ?? "";
    });
  }

  /** Whether anything in the form is wider than the form (at a phone's width, nothing may be). */
  async overflows(): Promise<boolean> {
    return this.form.evaluate((form) => form.scrollWidth > form.clientWidth + 1);
  }

  summary(): Locator {
    return this.form.getByTestId("problem-summary");
  }

  draftNote(): Locator {
    return this.form.getByTestId("draft-note");
  }
}

/**
 * Nothing of the machinery reaches the page: GraphQL's wording or a field path anywhere, nor a rule's code in the
 * form (the summary panel names the rule behind each alert on purpose, for the therapist to look it up).
 */
export async function expectNoInternals(page: Page, form: Locator): Promise<void> {
  const text = await page.locator("body").innerText();
  expect(text).not.toContain('Variable "$');
  expect(text).not.toContain("input.");
  expect(text).not.toMatch(/\b(ors|srs|phq9|gad7|newHomework|priorityIssue|homeworkReviews)[.[]\w/);
  const written = await form.innerText();
  for (const rule of RULE_NAMES) expect(written).not.toContain(rule);
  expect(written).not.toMatch(/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/);
}
