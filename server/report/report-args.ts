import { localDateProblem } from "../common/validation.ts";

/** `--client <id> --out <file.pdf> [--from YYYY-MM-DD] [--to YYYY-MM-DD]`, checked before anything is opened. */
export interface ReportArgs {
  clientId: number;
  out: string;
  from: string | null;
  to: string | null;
}

export class UsageError extends Error {
  override name = "UsageError";
}

export const USAGE = "Usage: npm run report -- --client <id> --out <file.pdf> [--from YYYY-MM-DD] [--to YYYY-MM-DD]";

const KNOWN = new Set(["--client", "--out", "--from", "--to"]);

function calendarDate(name: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  const problem = localDateProblem(value);
  if (problem) throw new UsageError(`${name} ${problem}; got "${value}".`);
  return value;
}

export function parseReportArgs(argv: string[]): ReportArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i]!;
    const value = argv[i + 1];
    if (!KNOWN.has(name)) throw new UsageError(`Unknown option "${name}".`);
    if (value === undefined || value.startsWith("--")) throw new UsageError(`${name} needs a value.`);
    if (values.has(name)) throw new UsageError(`${name} is given twice.`);
    values.set(name, value);
  }
  const rawId = values.get("--client");
  if (rawId === undefined) throw new UsageError("--client is required.");
  if (!/^[1-9]\d{0,15}$/.test(rawId))
    throw new UsageError(`--client must be a client id (a positive whole number); got "${rawId}".`);
  const out = values.get("--out");
  if (!out) throw new UsageError("--out is required.");
  if (!out.toLowerCase().endsWith(".pdf")) throw new UsageError(`--out must name a .pdf file; got "${out}".`);
  const from = calendarDate("--from", values.get("--from"));
  const to = calendarDate("--to", values.get("--to"));
  if (from && to && from > to) throw new UsageError(`--from (${from}) is after --to (${to}).`);
  return { clientId: Number(rawId), out, from, to };
}
