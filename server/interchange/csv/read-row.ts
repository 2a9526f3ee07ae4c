import { badInput, DomainError } from "../../common/errors.ts";
import type { ClinicalRules } from "../../measures/index.ts";
import { clip, readBoolean, readDate, readDecimal, readEnum, readEnumList, readInstant, readInteger } from "./cells.ts";
import { decodeRecords } from "./csv-decode.ts";
import { CSV_DELIMITERS, wrongDelimiterMessage, type CsvDelimiter } from "./delimiters.ts";
import type { CsvColumn, CsvLayout } from "./layouts.ts";
import type { RawRecord } from "./record-splitter.ts";

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

export interface HeaderMap {
  /** Where each layout column sits in the file. */
  positions: Map<string, number>;
  /** Header cells up to the last named one; empty cells after it are a spreadsheet's formatted but empty columns. */
  width: number;
}

/** Unknown, unnamed, repeated or missing required columns stop the import. */
export function mapHeader(layout: CsvLayout, header: readonly string[]): HeaderMap {
  const known = new Set(layout.columns.map((column) => column.name));
  const positions = new Map<string, number>();
  let width = header.length;
  while (width > 0 && header[width - 1]!.trim() === "") width--;
  header.slice(0, width).forEach((raw, index) => {
    const name = raw.trim();
    if (name === "") throw new CsvHeaderError(`Column ${index + 1} of the header has no name.`);
    if (!known.has(name))
      throw new CsvHeaderError(`Unknown column "${clip(name)}" in the header of the ${layout.kind} file.`);
    if (positions.has(name)) throw new CsvHeaderError(`Column "${name}" appears twice in the header.`);
    positions.set(name, index);
  });
  const missing = layout.columns
    .filter((column) => column.required && !positions.has(column.name))
    .map((column) => column.name);
  if (missing.length > 0) throw new CsvHeaderError(`The header lacks required column(s): ${missing.join(", ")}.`);
  return { positions, width };
}

/**
 * Reads the header line with `delimiter`. When it does not read, but another separator finds at least two of the
 * layout's columns in it, and more than `delimiter` does, the file is named as separated by that one; a header
 * that is merely misspelt is still reported column by column.
 */
export function readHeader(layout: CsvLayout, record: RawRecord, delimiter: CsvDelimiter): HeaderMap {
  const known = new Set(layout.columns.map((column) => column.name));
  const decode = (candidate: CsvDelimiter) => decodeRecords([record], candidate)[0]!;
  const columnsFound = (candidate: CsvDelimiter) => {
    const decoded = decode(candidate);
    return decoded.ok ? decoded.fields.filter((field) => known.has(field.trim())).length : 0;
  };
  try {
    const decoded = decode(delimiter);
    if (!decoded.ok) throw new CsvHeaderError(`The header line cannot be read: ${decoded.reason}`);
    return mapHeader(layout, decoded.fields);
  } catch (error) {
    if (!(error instanceof CsvHeaderError)) throw error;
    const found = columnsFound(delimiter);
    const other = CSV_DELIMITERS.find(
      (candidate) => candidate !== delimiter && columnsFound(candidate) >= Math.max(2, found + 1),
    );
    throw other ? new CsvHeaderError(wrongDelimiterMessage(other, delimiter)) : error;
  }
}

/**
 * Why a row does not fit the header, or null: it needs a cell for every column, and may have cells after them (a
 * spreadsheet's formatted but empty columns) only when they are empty.
 */
export function rowShapeProblem(fields: readonly string[], header: HeaderMap): string | null {
  if (fields.length < header.width) return `The row has ${fields.length} fields; the header has ${header.width}.`;
  const beyond = fields.findIndex((field, index) => index >= header.width && field.trim() !== "");
  if (beyond < 0) return null;
  return `Field ${beyond + 1} ("${clip(fields[beyond]!)}") is after the header's last column, ${header.width}.`;
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
