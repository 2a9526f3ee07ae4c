/**
 * Dashboard speed in headless Chromium: time from navigation to every chart of a client page drawn with data,
 * against the sign-in page drawn (the floor: the same app shell with no data), median of 5 each, in one run.
 * Also the built app's initial JavaScript, gzip. Writes docs/benchmarks-dashboard.md. Not a test: it never fails
 * on a number.
 */
import "reflect-metadata";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { seedDemoIfEmpty } from "../../server/demo/seed.ts";
import { DEFAULT_RULES } from "../../server/measures/rules.ts";
import { launchBrowser } from "../e2e/browser.ts";
import { CHART_IDS } from "../e2e/pages/pages.ts";
import { startTestServer } from "../helpers/test-server.ts";

const RUNS = 5;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const server = await startTestServer();
await seedDemoIfEmpty(server.dataSource, { seed: 20261126, rules: DEFAULT_RULES });
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();

const signInDrawn: number[] = [];
for (let i = 0; i < RUNS; i++) {
  await context.clearCookies();
  const started = performance.now();
  await page.goto(`${server.url}/login`);
  await page.getByRole("button", { name: "Sign in" }).waitFor();
  signInDrawn.push(performance.now() - started);
}

await page.getByLabel("Email").fill("therapist@demo.local");
await page.getByLabel("Password").fill("demo1234");
await page.getByRole("button", { name: "Sign in" }).click();
await page.getByTestId("caseload-row").first().waitFor();
const href = await page.getByTestId("caseload-row").first().getByRole("link").getAttribute("href");

const chartsDrawn: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const started = performance.now();
  await page.goto(`${server.url}${href}`);
  await page.waitForFunction(
    (ids) =>
      ids.every((id) =>
        document.querySelector(`[data-testid="${id}"] .recharts-dot, [data-testid="${id}"] .recharts-rectangle`),
      ),
    [...CHART_IDS],
    { timeout: 30_000 },
  );
  chartsDrawn.push(performance.now() - started);
}
await browser.close();
await server.close();

const html = readFileSync("web/dist/index.html", "utf8");
const scripts = [...html.matchAll(/src="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
const initialGzip = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(path.join("web/dist", file))).length, 0);
const allJs = readdirSync("web/dist/assets").filter((f) => f.endsWith(".js"));

const rows = [
  ["Sign-in page drawn (floor)", median(signInDrawn)],
  ["Client page, all 5 charts drawn with data", median(chartsDrawn)],
];
const table = [
  `| measure (median of ${RUNS}, headless Chromium, loopback) | ms |`,
  "|---|---|",
  ...rows.map(([label, ms]) => `| ${label} | ${(ms as number).toFixed(0)} |`),
  `| ratio, charts ÷ floor | ${(median(chartsDrawn) / median(signInDrawn)).toFixed(2)} |`,
  "",
  `Initial JavaScript: ${scripts.join(", ")} — ${(initialGzip / 1024).toFixed(1)} KiB gzip (${allJs.length} JavaScript file${allJs.length === 1 ? "" : "s"} in the build).`,
].join("\n");
console.log(table);
writeFileSync(
  "docs/benchmarks-dashboard.md",
  `# Dashboard speed\n\nMeasured by \`npm run bench\` (test/bench/dashboard.bench.ts) on the demo clinic.\n\n${table}\n\nAll runs: sign-in ${signInDrawn.map((v) => v.toFixed(0)).join(", ")} ms; client page ${chartsDrawn.map((v) => v.toFixed(0)).join(", ")} ms.\n`,
);
