import "reflect-metadata";
import { existsSync } from "node:fs";
import { ConfigError, loadConfig } from "../config.ts";
import { createDataSource, openDatabase } from "../db/data-source.ts";
import { ChromiumMissing } from "./chromium.ts";
import { printReport, ReportError } from "./print-report.ts";
import { parseReportArgs, USAGE, UsageError } from "./report-args.ts";

/**
 * `npm run report -- --client <id> --out file.pdf [--from YYYY-MM-DD] [--to YYYY-MM-DD]`: a client's progress
 * report as a PDF, from the database of the normal configuration (DATABASE_PATH or DATABASE_URL). Whoever runs it
 * holds the database already; the report is read as the client's therapist and audited like any other read.
 */
async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.length === 0 || argv.includes("--help")) {
    console.log(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  const args = parseReportArgs(argv);
  const config = loadConfig();
  if (!config.databaseUrl && !existsSync(config.databasePath)) {
    throw new ReportError(`There is no database at ${config.databasePath}: set DATABASE_PATH or DATABASE_URL.`);
  }
  const dataSource = await openDatabase(createDataSource(config));
  try {
    const { bytes } = await printReport(config, dataSource, args);
    console.log(`Wrote ${args.out} (${Math.round(bytes / 1024)} kB): the progress report of client ${args.clientId}.`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${USAGE}`);
      process.exit(2);
    }
    if (error instanceof ReportError || error instanceof ConfigError || error instanceof ChromiumMissing) {
      console.error(`No report written: ${error.message}`);
    } else {
      console.error(`No report written: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exit(1);
  },
);
