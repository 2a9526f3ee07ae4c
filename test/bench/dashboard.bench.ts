/**
 * The dashboard in headless Chromium, on the demo clinic:
 * - the JavaScript each page needs, from Chromium's network log: the sign-in page on a first visit, everything a
 *   client's page needs when opened directly (signed in, nothing cached), and a repeat visit in the same browser;
 *   sizes are the gzip copies the server sends (web/build/precompress.ts), and also the bytes that came over the
 *   wire in the coding the browser chose;
 * - time from navigation to every chart of a client page drawn with data, against the sign-in page drawn (the
 *   floor: the same app shell with no data), median of 5 each, in one run.
 * `measureDashboard()` gives the figures; run on its own, this file writes docs/benchmarks-dashboard.md. Not a test:
 * it never fails on a number.
 */
import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { BrowserContext } from "playwright-core";
import { DEMO_PASSWORD, seedDemoIfEmpty } from "../../server/demo/seed.ts";
import { DEFAULT_RULES } from "../../server/measures/rules.ts";
import { launchBrowser } from "../e2e/browser.ts";
import { CHART_IDS, CaseloadPage } from "../e2e/pages/pages.ts";
import { gzipBytes, watchScripts, type ScriptTransfer } from "../e2e/script-transfers.ts";
import { startTestServer } from "../helpers/test-server.ts";

const RUNS = 5;
const KIB = 1024;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export interface DashboardFigures {
  /** JavaScript the sign-in page loads on a first visit: gzip KiB as sent. */
  signInJsGzipKB: number;
  /** All JavaScript a client's page needs, opened directly with nothing cached: gzip KiB as sent. */
  clientPageJsGzipKB: number;
  /** JavaScript bytes over the network on a repeat visit to a client's page in the same browser. */
  repeatVisitJsBytes: number;
  /** The same first loads as they came over the wire (headers included), in `encoding`. */
  signInJsTransferredKB: number;
  clientPageJsTransferredKB: number;
  encoding: string;
  signInScripts: string[];
  clientPageScripts: string[];
  /** Medians of RUNS, milliseconds. */
  signInDrawnMs: number;
  chartsDrawnMs: number;
  runs: { signIn: number[]; charts: number[] };
}

const unique = (scripts: ScriptTransfer[]) => [...new Set(scripts.map((s) => s.path))].sort();
const gzipKB = (paths: string[]) => paths.reduce((sum, p) => sum + gzipBytes(p), 0) / KIB;
const wireKB = (scripts: ScriptTransfer[]) => scripts.reduce((sum, s) => sum + s.bytes, 0) / KIB;

async function chartsDrawn(context: BrowserContext, url: string): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.waitForFunction(
    (ids) =>
      ids.every((id) =>
        // A data mark of any kind: a dot, a bar, or a line.
        document.querySelector(
          [".recharts-dot", ".recharts-line-dots circle", ".recharts-rectangle", "path.recharts-curve"]
            .map((mark) => `[data-testid="${id}"] ${mark}`)
            .join(", "),
        ),
      ),
    [...CHART_IDS],
    { timeout: 30_000 },
  );
}

export async function measureDashboard(): Promise<DashboardFigures> {
  const server = await startTestServer();
  const browser = await launchBrowser();
  try {
    await seedDemoIfEmpty(server.dataSource, { seed: 20261126, rules: DEFAULT_RULES });
    const viewport = { width: 1280, height: 900 };

    // First visit: the sign-in page with an empty cache, then sign in and open the first charted client.
    const first = await browser.newContext({ viewport });
    const page = await first.newPage();
    const watch = await watchScripts(page);
    await page.goto(`${server.url}/login`);
    await page.getByRole("button", { name: "Sign in" }).waitFor();
    await page.waitForLoadState("networkidle");
    const signIn = watch.take();
    await page.getByLabel("Email").fill("therapist@demo.local");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    // The most concerning client with an ORS line: one with data in every chart.
    const caseload = new CaseloadPage(page);
    await caseload.waitForRows();
    const href = await caseload.withOrsLine().first().getByRole("link").getAttribute("href");
    const clientUrl = `${server.url}${href}`;
    await chartsDrawn(first, clientUrl);
    await watch.detach();

    // Everything a client's page needs: opened directly, signed in, in a browser with nothing cached.
    const fresh = await browser.newContext({ viewport });
    await fresh.addCookies(await first.cookies());
    const direct = await fresh.newPage();
    const directWatch = await watchScripts(direct);
    await chartsDrawn(fresh, clientUrl);
    await direct.waitForLoadState("networkidle");
    const clientPage = directWatch.take();
    await fresh.close();

    // A repeat visit in the first browser.
    const again = await first.newPage();
    const againWatch = await watchScripts(again);
    await again.goto(clientUrl);
    await again.waitForLoadState("networkidle");
    const repeat = againWatch.take();
    await again.close();

    // Time to draw, as before: the sign-in page (signed out) against a client page with all its charts.
    const signInDrawn: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await page.goto(`${server.url}/login`);
      if (i === 0) await first.clearCookies();
      if (i === 0) await page.goto(`${server.url}/login`);
      await page.getByRole("button", { name: "Sign in" }).waitFor();
      signInDrawn.push(performance.now() - started);
    }
    await page.getByLabel("Email").fill("therapist@demo.local");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByTestId("caseload-row").first().waitFor();
    const charts: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await chartsDrawn(first, clientUrl);
      charts.push(performance.now() - started);
    }
    await first.close();

    const encodings = [...new Set([...signIn, ...clientPage].map((s) => s.encoding || "identity"))];
    return {
      signInJsGzipKB: gzipKB(unique(signIn)),
      clientPageJsGzipKB: gzipKB(unique(clientPage)),
      repeatVisitJsBytes: repeat.reduce((sum, s) => sum + s.bytes, 0),
      signInJsTransferredKB: wireKB(signIn),
      clientPageJsTransferredKB: wireKB(clientPage),
      encoding: encodings.join(", "),
      signInScripts: unique(signIn),
      clientPageScripts: unique(clientPage),
      signInDrawnMs: median(signInDrawn),
      chartsDrawnMs: median(charts),
      runs: { signIn: signInDrawn, charts },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The figures as docs/benchmarks-dashboard.md shows them. */
export function dashboardReport(f: DashboardFigures): string {
  const kb = (n: number) => n.toFixed(1);
  return [
    "# Dashboard speed",
    "",
    "Measured by `npm run bench` (test/bench/dashboard.bench.ts) on the demo clinic, in headless Chromium over loopback.",
    "",
    "| JavaScript | target | measured |",
    "|---|---|---|",
    `| sign-in page, first visit (gzip) | ≤ 120 KiB | ${kb(f.signInJsGzipKB)} KiB |`,
    `| client page, everything it needs (gzip) | ≤ 250 KiB | ${kb(f.clientPageJsGzipKB)} KiB |`,
    `| repeat visit to a client page | 0 bytes | ${f.repeatVisitJsBytes} bytes |`,
    "",
    `Over the wire Chromium asked for, and got, ${f.encoding}: ${kb(f.signInJsTransferredKB)} KiB for the sign-in page ` +
      `and ${kb(f.clientPageJsTransferredKB)} KiB for a client page, headers included.`,
    `Sign-in scripts: ${f.signInScripts.join(", ")}. Client page scripts: ${f.clientPageScripts.length}.`,
    "",
    `| time (median of ${RUNS}) | ms |`,
    "|---|---|",
    `| sign-in page drawn (floor) | ${f.signInDrawnMs.toFixed(0)} |`,
    `| client page, all ${CHART_IDS.length} charts drawn with data | ${f.chartsDrawnMs.toFixed(0)} |`,
    `| ratio, charts ÷ floor | ${(f.chartsDrawnMs / f.signInDrawnMs).toFixed(2)} |`,
    "",
    `All runs: sign-in ${f.runs.signIn.map((v) => v.toFixed(0)).join(", ")} ms; client page ${f.runs.charts.map((v) => v.toFixed(0)).join(", ")} ms.`,
    "",
  ].join("\n");
}

// Run on its own (`tsx test/bench/dashboard.bench.ts`), not when imported by another bench.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = dashboardReport(await measureDashboard());
  console.log(report);
  writeFileSync("docs/benchmarks-dashboard.md", report);
}
