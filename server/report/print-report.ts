import { existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Browser } from "playwright-core";
import type { DataSource } from "typeorm";
import { createApp, SESSION_COOKIE } from "../app.ts";
import { Client } from "../clients/client.entity.ts";
import type { Config } from "../config.ts";
import { writeOutputFileSync } from "../interchange/output-file.ts";
import { launchChromium } from "./chromium.ts";
import type { ReportArgs } from "./report-args.ts";

/** A failure the operator can act on: printed as is, without a stack. */
export class ReportError extends Error {
  override name = "ReportError";
}

/** Recorded as the source of the command's sign-in, so the audit log tells it apart from a browser. */
export const REPORT_SOURCE = "report command";
/** Long enough to print a long course; the session is ended as soon as the PDF is written anyway. */
const SESSION_MINUTES = 10;
const READY_TIMEOUT_MS = 90_000;

/**
 * Prints one client's progress report to a PDF: the real app on a loopback port, signed in as the client's
 * therapist with a short-lived session, the report page in Chromium once every chart is drawn, then A4 through
 * Chromium's print to PDF. The file appears only when complete.
 */
export async function printReport(
  config: Pick<Config, "nodeEnv" | "rules" | "sessionPolicy" | "webRoot" | "trustProxy">,
  dataSource: DataSource,
  args: ReportArgs,
): Promise<{ bytes: number }> {
  const out = path.resolve(args.out);
  if (!existsSync(path.dirname(out))) throw new ReportError(`The folder ${path.dirname(out)} does not exist.`);
  if (!existsSync(path.join(config.webRoot, "index.html"))) {
    throw new ReportError("The dashboard is not built: run `npm run build:web` first.");
  }
  const client = await dataSource.getRepository(Client).findOneBy({ id: args.clientId });
  if (!client) throw new ReportError(`There is no client with id ${args.clientId}.`);

  const { app, services, stop } = await createApp({
    config,
    dataSource,
    log: (message, detail) => console.error(message, detail ?? ""),
  });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const signedIn = await services.auth.issueSession(client.therapistId, SESSION_MINUTES, REPORT_SOURCE);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const context = await browser.newContext();
    await context.addCookies([
      { name: SESSION_COOKIE, value: signedIn.token, url: base, httpOnly: true, sameSite: "Strict" },
    ]);
    const page = await context.newPage();
    const query = new URLSearchParams();
    if (args.from) query.set("from", args.from);
    if (args.to) query.set("to", args.to);
    await page.goto(`${base}/clients/${client.id}/report${query.size ? `?${query}` : ""}`);
    // Ready, refused or failed: whichever the page comes to first.
    const outcome = page.locator('main[data-report-ready="true"], [data-testid="refusal"], .state-error');
    await outcome.first().waitFor({ timeout: READY_TIMEOUT_MS });
    if ((await page.locator('main[data-report-ready="true"]').count()) === 0) {
      throw new ReportError(`The report page did not load: ${(await outcome.first().innerText()).trim()}`);
    }
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    writeOutputFileSync(out, pdf);
    return { bytes: statSync(out).size };
  } finally {
    await browser?.close();
    // The command's session ends with it, whatever happened.
    const viewer = await services.auth.resolve(signedIn.token);
    if (viewer) await services.auth.signOut(viewer, REPORT_SOURCE);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await stop();
  }
}
