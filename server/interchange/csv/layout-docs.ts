import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DEFAULT_RULES, type ClinicalRules } from "../../measures/index.ts";
import { CSV_KINDS, LAYOUTS, type CsvColumn, type CsvKind } from "./layouts.ts";

/**
 * The column tables of docs/csv.md, generated from the layouts. A unit test fails when the document and the
 * layouts differ; `npx tsx server/interchange/csv/layout-docs.ts` rewrites the tables in place.
 */
export const DOC_FILE = path.resolve(import.meta.dirname, "../../../docs/csv.md");

const TYPE_NAMES: Record<CsvColumn["type"], string> = {
  text: "text",
  integer: "whole number",
  decimal: "number",
  instant: "instant",
  date: "date",
  enum: "one of",
  enumList: "list of",
  boolean: "true/false",
};

function escape(text: string): string {
  return text.replaceAll("|", "\\|");
}

function describeType(column: CsvColumn, rules: ClinicalRules): string {
  const parts = [TYPE_NAMES[column.type]];
  if (column.range) {
    const [min, max] = column.range(rules);
    parts.push(`${min}–${max}`);
  }
  if (column.maxLength !== undefined) parts.push(`≤ ${column.maxLength.toLocaleString("en")} characters`);
  if (column.values) parts.push(column.values.map((value) => `\`${value}\``).join(", "));
  return parts.join(" ");
}

export function layoutTable(kind: CsvKind, rules: ClinicalRules = DEFAULT_RULES): string {
  const lines = ["| column | required | type | when empty | meaning |", "|---|---|---|---|---|"];
  for (const column of LAYOUTS[kind].columns) {
    const blank = column.required ? "—" : (column.whenBlank ?? "not recorded");
    lines.push(
      `| \`${column.name}\` | ${column.required ? "yes" : "no"} | ${escape(describeType(column, rules))} | ${escape(blank)} | ${escape(column.description)} |`,
    );
  }
  return lines.join("\n");
}

const begin = (kind: CsvKind) => `<!-- columns:${kind} (generated from layouts.ts) -->`;
const end = (kind: CsvKind) => `<!-- /columns:${kind} -->`;

/** The document with each kind's table replaced by the generated one. */
export function withGeneratedTables(document: string): string {
  let result = document;
  for (const kind of CSV_KINDS) {
    const from = result.indexOf(begin(kind));
    const to = result.indexOf(end(kind));
    if (from < 0 || to < from) throw new Error(`docs/csv.md lacks the markers of the ${kind} table.`);
    result = `${result.slice(0, from)}${begin(kind)}\n${layoutTable(kind)}\n${result.slice(to)}`;
  }
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(DOC_FILE, withGeneratedTables(readFileSync(DOC_FILE, "utf8")));
  console.log(`Rewrote the column tables of ${path.relative(process.cwd(), DOC_FILE)}.`);
}
