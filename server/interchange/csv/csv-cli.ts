import { once } from "node:events";
import { accessSync, constants, createReadStream, createWriteStream, statSync } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { stringify } from "csv-stringify";
import type { DataSource } from "typeorm";
import { ConfigError, loadConfig } from "../../config.ts";
import { createDataSource, openDatabase } from "../../db/data-source.ts";
import { exportCsv, ExportError } from "./csv-export.ts";
import { importCsv, ImportStoppedError, type ImportProgress } from "./csv-import.ts";
import { parseDelimiter } from "./delimiters.ts";
import { CSV_KINDS, isCsvKind } from "./layouts.ts";
import { writeOutputFile } from "../output-file.ts";
import { ProgressBar } from "./progress-bar.ts";
import { CsvHeaderError, type BadCell } from "./read-row.ts";
import { checkEncoding, CSV_ENCODINGS, CsvEncodingError, isCsvEncoding } from "./text-encoding.ts";

const IMPORT_USAGE =
  "Usage: npm run import -- --csv <sessions|homework|episodes> <file.csv> [--all-or-nothing] [--report bad-rows.csv] [--encoding windows-1252] [--delimiter ';'|tab]";
const EXPORT_USAGE = "Usage: npm run export -- --csv <sessions|homework|episodes> --out <file.csv> [--clinic <id>]";
/** Problems echoed on the terminal; the report file has them all. */
const PROBLEMS_SHOWN = 20;

/** Exit codes: 0 every row imported, 1 some rows bad (or a failure part-way), 2 nothing done (usage, file, header). */
const EXIT_BAD_ROWS = 1;
const EXIT_USAGE = 2;

const describe = (progress: ImportProgress) =>
  `${progress.rows.toLocaleString("en")} rows · ${progress.badRows} bad · ${progress.written.toLocaleString("en")} written`;

/** Stops a command before it writes anything; `showUsage` when the command line itself was wrong. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly showUsage = true,
  ) {
    super(message);
  }
}

async function withDatabase<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = await openDatabase(createDataSource(loadConfig()));
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** `npm run import -- --csv <kind> <file.csv> [--all-or-nothing] [--report bad-rows.csv] [--encoding …] [--delimiter …]` */
export async function runCsvImport(argv: string[]): Promise<void> {
  await guarded(IMPORT_USAGE, async () => {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        csv: { type: "string" },
        "all-or-nothing": { type: "boolean", default: false },
        report: { type: "string" },
        encoding: { type: "string", default: "utf-8" },
        delimiter: { type: "string", default: "," },
        help: { type: "boolean", default: false },
      },
    });
    if (values.help) return console.log(IMPORT_USAGE);
    if (!isCsvKind(values.csv)) throw new UsageError(`--csv takes one of ${CSV_KINDS.join(", ")}.`);
    if (positionals.length !== 1) throw new UsageError("Name exactly one CSV file to import.");
    const encoding = values.encoding.toLowerCase();
    if (!isCsvEncoding(encoding))
      throw new UsageError(`--encoding takes ${CSV_ENCODINGS.join(" or ")}; got "${values.encoding}".`);
    const delimiter = parseDelimiter(values.delimiter);
    if (!delimiter) throw new UsageError(`--delimiter takes ',', ';' or tab; got "${values.delimiter}".`);
    const file = positionals[0]!;
    const size = readableSize(file);
    // The whole file is checked before a row is written: a bad byte on its last line must not leave the first
    // batches written, nor a row with "�" in it.
    try {
      await checkEncoding(createReadStream(file, { highWaterMark: 256 * 1024 }), encoding);
    } catch (error) {
      if (error instanceof CsvEncodingError) throw new UsageError(nothingWritten(file, error), false);
      throw error;
    }
    const config = loadConfig();
    const report = values.report ? stringify({ header: true, columns: ["line", "column", "reason"] }) : null;
    let reportDone: Promise<void> | null = null;
    if (report) {
      if (path.resolve(values.report!) === path.resolve(file))
        throw new UsageError("--report must name another file than the one imported.", false);
      const reportFile = createWriteStream(values.report!, { mode: 0o600 });
      try {
        await once(reportFile, "open");
      } catch {
        throw new UsageError(`Cannot write the report to ${values.report}.`, false);
      }
      reportDone = pipeline(report, reportFile);
    }
    const bar = new ProgressBar();
    let shown = 0;
    // A problem line replaces the progress bar on a terminal; the bar redraws below it.
    const clearLine = process.stderr.isTTY ? "\r\x1b[K" : "";
    const onProblem = (problem: BadCell) => {
      report?.write([problem.line, problem.column, problem.reason]);
      if (shown++ < PROBLEMS_SHOWN)
        process.stderr.write(
          `${clearLine}line ${problem.line}${problem.column ? `, ${problem.column}` : ""}: ${problem.reason}\n`,
        );
    };
    try {
      const result = await withDatabase((dataSource) =>
        importCsv(dataSource, {
          kind: values.csv as (typeof CSV_KINDS)[number],
          input: createReadStream(file, { highWaterMark: 256 * 1024 }),
          encoding,
          delimiter,
          allOrNothing: values["all-or-nothing"],
          rules: config.rules,
          onProblem,
          onProgress: (progress) => bar.update(progress.bytes, size, describe(progress)),
        }),
      );
      bar.update(size, size, describe(result), true);
      bar.finish();
      if (shown > PROBLEMS_SHOWN)
        console.error(
          `... and ${shown - PROBLEMS_SHOWN} more problem(s)${values.report ? ` in ${values.report}` : "; --report <file> lists them all"}.`,
        );
      const written = result.rolledBack
        ? `${result.badRows} bad row(s), so nothing was written (all-or-nothing)`
        : `${result.written} written, ${result.badRows} bad row(s) left out`;
      console.log(`${file}: ${result.rows} row(s) read; ${written}.`);
      if (result.badRows > 0) process.exitCode = EXIT_BAD_ROWS;
    } catch (error) {
      bar.finish();
      if (error instanceof ImportStoppedError) {
        console.error(
          `${error.message}\n${error.written} row(s) from earlier batches were written; nothing from this batch on.`,
        );
        process.exitCode = EXIT_BAD_ROWS;
        return;
      }
      if (error instanceof CsvHeaderError || error instanceof CsvEncodingError)
        throw new UsageError(nothingWritten(file, error), false);
      throw error;
    } finally {
      report?.end();
      await reportDone;
    }
  });
}

/** `npm run export -- --csv <kind> --out <file.csv> [--clinic <id>]` */
export async function runCsvExport(argv: string[]): Promise<void> {
  await guarded(EXPORT_USAGE, async () => {
    const { values } = parseArgs({
      args: argv,
      options: {
        csv: { type: "string" },
        out: { type: "string" },
        clinic: { type: "string" },
        help: { type: "boolean", default: false },
      },
    });
    if (values.help) return console.log(EXPORT_USAGE);
    if (!isCsvKind(values.csv)) throw new UsageError(`--csv takes one of ${CSV_KINDS.join(", ")}.`);
    if (!values.out) throw new UsageError("--out <file.csv> is required.");
    const clinicId = values.clinic === undefined ? null : Number(values.clinic);
    if (clinicId !== null && (!Number.isInteger(clinicId) || clinicId < 1))
      throw new UsageError(`--clinic takes a clinic id; got "${values.clinic}".`);
    const bar = new ProgressBar();
    try {
      // Owner-only, and in place only once complete (output-file.ts): an export that stops leaves the old file as it was.
      const { rows } = await withDatabase((dataSource) =>
        writeOutputFile(path.resolve(values.out!), (output) =>
          exportCsv(dataSource, {
            kind: values.csv as (typeof CSV_KINDS)[number],
            output,
            clinicId,
            onProgress: (done, total) =>
              bar.update(done, total, `${done.toLocaleString("en")} of ${total.toLocaleString("en")} rows`),
          }),
        ),
      );
      bar.finish();
      console.log(`Wrote ${rows} ${values.csv} row(s) to ${values.out}.`);
    } catch (error) {
      bar.finish();
      if (error instanceof ExportError) throw new UsageError(error.message);
      throw error;
    }
  });
}

const nothingWritten = (file: string, error: Error) => `${file}: ${error.message}\nNothing was written.`;

/** The size of a regular file that can be read, for the progress bar; anything else stops the command. */
function readableSize(file: string): number {
  try {
    const stats = statSync(file);
    if (stats.isFile()) {
      accessSync(file, constants.R_OK);
      return stats.size;
    }
  } catch {
    // Reported below, the same way for every reason.
  }
  throw new UsageError(`Cannot read the file ${file}.`, false);
}

async function guarded(usage: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof ConfigError ||
      String((error as { code?: string }).code).startsWith("ERR_PARSE_ARGS")
    ) {
      console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : (error as Error).message);
      if (error instanceof UsageError && error.showUsage) console.error(usage);
      process.exitCode = EXIT_USAGE;
      return;
    }
    // Anything else is unexpected: say what failed, without a stack trace, and fail the command.
    console.error(`The command failed: ${(error as Error).message ?? String(error)}`);
    process.exitCode = EXIT_BAD_ROWS;
  }
}
