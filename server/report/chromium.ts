import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium package (`apt-get install chromium`), or CHROMIUM_PATH; a browser is never downloaded. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export class ChromiumMissing extends Error {
  override name = "ChromiumMissing";
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new ChromiumMissing(
      `Chromium was not found at ${CHROMIUM_PATH}: install the chromium package, or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // The page is our own server on the loopback interface: nothing else to fetch, no background traffic. No
    // sandbox, as operators often run commands as root in containers, where Chromium's sandbox cannot start.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
