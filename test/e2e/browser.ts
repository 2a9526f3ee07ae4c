import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

/** Debian's Chromium (installed by .ci/run with apt-get); never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's chromium package (apt-get install -y chromium).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Offline machine: no background networking, no component updates, no sandbox when run as root.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * The README's screenshots: written only when asked (`UPDATE_SCREENSHOTS=1 npm test`), so tests leave the tree clean.
 * The whole page by default; `screenOnly` keeps what one screen shows (a phone's page is many screens long).
 */
export async function documentScreenshot(
  page: Page,
  name: string,
  options: { screenOnly?: boolean } = {},
): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== "1") return;
  const folder = path.resolve("docs/screenshots");
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: path.join(folder, name), fullPage: !options.screenOnly });
}
