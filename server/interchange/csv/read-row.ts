import { badInput, DomainError } from "../../common/errors.ts";
import type { ClinicalRules } from "../../measures/index.ts";
import { readBoolean, readDate, readDecimal, readEnum, readEnumList, readInstant, readInteger } from "./cells.ts";
import type { CsvColumn, CsvLayout } from "./layouts.ts";

/** One problem of one row: the file line it starts on, the column ("" for the whole row) and why. */
export interface BadCell {
  line: number;
  column: string;
  reason: string;
}

/** Cell values by column name; null where the cell is empty. */
export type CellValues = Record<string, unknown>;

export class CsvHeaderError extends Error {
  override name = "CsvHeaderError";
}

/** Where each layout column sits in the file. Unknown, repeated or missing required columns stop the import. */
export function mapHeader(layout: CsvLayout, header: readonly string[]): Map<string, number> {
  const known = new Set(layout.columns.map((column) => column.name));
  const positions = new Map<string, number>();
  header.forEach((raw, index) => {
    const name = raw.trim();
    if (!known.has(name)) throw new CsvHeaderError(`Unknown column "${name}" in the header of a ${layout.kind} file.`);
    if (positions.has(name)) throw new CsvHeaderError(`Column "${name}" appears twice in the header.`);
    positions.set(name, index);
  });
  const missing = layout.columns.filter((column) => column.required && !positions.has(column.name)).map((column) => column.name);
  if (missing.length > 0) throw new CsvHeaderError(`The header lacks required column(s): ${missing.join(", ")}.`);
  return positions;
}

/** Reads every cell of a row; each bad cell is one problem, so a row with three bad cells reports three. */
export function readRow(
  layout: CsvLayout,
  positions: Map<string, number>,
  fields: readonly string[],
  line: number,
  rules: ClinicalRules,
): { values: CellValues; problems: BadCell[]; unreadable: Set<string> } {
  const values: CellValues = {};
  const problems: BadCell[] = [];
  const unreadable = new Set<string>();
  for (const column of layout.columns) {
    const index = positions.get(column.name);
    const text = index === undefined ? "" : fields[index]!;
    try {
      values[column.name] = readCell(column, text, rules);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      problems.push({ line, column: column.name, reason: error.message });
      unreadable.add(column.name);
      values[column.name] = null;
    }
  }
  return { values, problems, unreadable };
}

function readCell(column: CsvColumn, raw: string, rules: ClinicalRules): unknown {
  // Free text keeps its spaces for the services to trim; everything else is read trimmed.
  const text = column.type === "text" ? raw : raw.trim();
  if (text.trim() === "") {
    if (column.required) throw badInput(column.field, `${column.name} is required.`);
    return null;
  }
  const name = column.name;
  switch (column.type) {
    case "text":
      if (column.maxLength !== undefined && text.trim().length > column.maxLength) {
        throw badInput(column.field, `${name} is longer than ${column.maxLength} characters.`);
      }
      return text;
    case "integer":
      return inRange(column, readInteger(text, name), rules);
    case "decimal":
      return inRange(column, readDecimal(text, name), rules);
    case "instant":
      return readInstant(text, name);
    case "date":
      return readDate(text, name);
    case "enum":
      return readEnum(text, name, column.values!);
    case "enumList":
      return readEnumList(text, name, column.values!);
    case "boolean":
      return readBoolean(text, name);
  }
}

function inRange(column: CsvColumn, value: number, rules: ClinicalRules): number {
  if (!column.range) return value;
  const [min, max] = column.range(rules);
  if (value < min || value > max) {
    throw badInput(column.field, `${column.name} must be from ${min} to ${max}; got ${value}.`);
  }
  return value;
}
