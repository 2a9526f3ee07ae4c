import { expect } from "vitest";
import type { Locator, Page } from "playwright-core";
import { Secret, TOTP } from "otpauth";

/** An invitation or password-reset link: who it is for, and the password form. */
export class InvitationPage {
  readonly details: Locator;
  readonly refused: Locator;

  constructor(private readonly page: Page) {
    this.details = page.getByTestId("invitation");
    this.refused = page.getByTestId("invitation-refused");
  }

  /** "Name", "Email", "Role", "Link valid until" → what the page shows for each. */
  async shown(): Promise<Record<string, string>> {
    await this.details.waitFor();
    const terms = await this.details.locator("dt").allTextContents();
    const values = await this.details.locator("dd").allTextContents();
    return Object.fromEntries(terms.map((term, i) => [term, values[i] ?? ""]));
  }

  async setPassword(password: string): Promise<void> {
    await this.page.getByLabel("New password").fill(password);
    await this.page.getByLabel("Repeat the password").fill(password);
    await this.page.getByRole("button", { name: "Set password and sign in" }).click();
  }
}

/** Setting up two-factor sign-in as a person with an authenticator app would: the key from the page, a code from it. */
export class TwoFactorSetup {
  readonly heading: Locator;
  readonly secret: Locator;
  readonly qrCode: Locator;
  readonly recoveryCodes: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Set up two-factor sign-in" });
    this.secret = page.getByTestId("totp-secret");
    this.qrCode = page.getByRole("img", { name: /QR code/ });
    this.recoveryCodes = page.getByTestId("recovery-codes").locator("li");
  }

  /** Reads the key, types the app's code, and returns the key and the recovery codes shown once. */
  async enrol(): Promise<{ secret: string; recoveryCodes: string[] }> {
    await this.secret.waitFor();
    const secret = (await this.secret.textContent())!.trim();
    await this.page.getByLabel("Type the 6-digit code the app now shows").fill(currentCode(secret));
    await this.page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
    await this.recoveryCodes.first().waitFor();
    const recoveryCodes = (await this.recoveryCodes.allTextContents()).map((code) => code.trim());
    return { secret, recoveryCodes };
  }

  async savedThem(): Promise<void> {
    await this.page.getByRole("button", { name: "I have saved these" }).click();
  }
}

/** The code an authenticator app shows now for a base32 key (RFC 6238 defaults: SHA-1, 6 digits, 30 seconds). */
export function currentCode(secret: string): string {
  return new TOTP({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30 }).generate();
}

/** The page is no wider than the window: nothing scrolls sideways. */
export async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const widths = await page.evaluate(() => ({
    content: document.documentElement.scrollWidth,
    window: document.documentElement.clientWidth,
  }));
  expect(
    widths.content,
    `${where}: ${widths.content} px of content in a ${widths.window} px window`,
  ).toBeLessThanOrEqual(widths.window);
}
