import { accessSync, constants, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { DataSource } from "typeorm";
import { AuditService } from "../../audit/audit.service.ts";
import { DomainError } from "../../common/errors.ts";
import { parseId } from "../../common/ids.ts";
import { ConfigError, loadConfig } from "../../config.ts";
import { createDataSource, openDatabase } from "../../db/data-source.ts";
import { FhirExportService } from "./fhir-export.service.ts";
import { FhirImportService } from "./fhir-import.ts";
import { writeOutputFileSync } from "../output-file.ts";

const EXPORT_USAGE = "Usage: npm run export -- --fhir --client <id> --out <file.json> [--full]";
const IMPORT_USAGE = "Usage: npm run import -- --fhir <bundle.json> --therapist <email>";

/** `npm run export -- --fhir --client <id> --out <file.json> [--full]`: one client's measures as a FHIR R4 Bundle. */
export async function runFhirExport(argv: string[]): Promise<void> {
  await run(EXPORT_USAGE, async () => {
    const { values } = parseArgs({
      args: argv,
      options: {
        client: { type: "string" },
        out: { type: "string" },
        full: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    });
    if (values.help || !values.client || !values.out) return usage(EXPORT_USAGE, values.help);
    const clientId = parseId(values.client, "client");
    const out = path.resolve(values.out);
    // Before the export is read and audited: a folder that cannot take the file stops the command first.
    try {
      accessSync(path.dirname(out), constants.W_OK);
    } catch {
      throw new CliError(`Cannot write into ${path.dirname(out)}.`);
    }
    await withDatabase(async (dataSource, clock) => {
      const bundle = await new FhirExportService(dataSource, new AuditService(clock), clock).exportAsOperator(
        clientId,
        values.full,
      );
      try {
        writeOutputFileSync(out, `${JSON.stringify(bundle, null, 2)}\n`);
      } catch (error) {
        throw new CliError(`Cannot write ${out}: ${(error as Error).message}`);
      }
      console.log(
        `Wrote ${bundle.entry?.length ?? 0} entries (${values.full ? "full" : "pseudonymous"}) for client ${clientId} to ${out}.`,
      );
    });
  });
}

/** `npm run import -- --fhir <bundle.json> --therapist <email>`: a new client on that therapist's caseload. */
export async function runFhirImport(argv: string[]): Promise<void> {
  await run(IMPORT_USAGE, async () => {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { therapist: { type: "string" }, help: { type: "boolean", default: false } },
    });
    if (values.help || positionals.length !== 1 || !values.therapist) return usage(IMPORT_USAGE, values.help);
    const file = path.resolve(positionals[0]!);
    let bundle: unknown;
    try {
      bundle = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new CliError(`Cannot read ${file} as JSON: ${(error as Error).message}`);
    }
    const therapist = values.therapist;
    await withDatabase(async (dataSource, clock) => {
      const config = loadConfig();
      const service = new FhirImportService(dataSource, new AuditService(clock), config.rules, clock);
      const result = await service.importBundle(therapist, bundle);
      console.log(
        `Imported client ${result.clientId} ("${result.displayName}") with ${result.sessions} sessions for ${therapist}.`,
      );
    });
  });
}

class CliError extends Error {}

function usage(text: string, asked: boolean | undefined): void {
  console.log(text);
  process.exitCode = asked ? 0 : 2;
}

async function withDatabase(work: (dataSource: DataSource, clock: () => Date) => Promise<void>): Promise<void> {
  const dataSource = await openDatabase(createDataSource(loadConfig()));
  try {
    await work(dataSource, () => new Date());
  } finally {
    await dataSource.destroy();
  }
}

/** Expected failures get one line naming the field; anything else is a bug and keeps its stack. */
async function run(usageText: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (error instanceof DomainError) {
      console.error(`${error.field ? `${error.field}: ` : ""}${error.message}`);
    } else if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
    } else if (error instanceof CliError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`${(error as Error).message}\n${usageText}`);
    } else {
      throw error;
    }
    process.exitCode = 1;
  }
}
