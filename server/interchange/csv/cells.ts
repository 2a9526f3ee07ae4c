import { badInput } from "../../common/errors.ts";
import { isValidLocalDate } from "../../common/time.ts";
import { hasAtMostOneDecimal } from "../../measures/index.ts";

/**
 * How one CSV cell is read and written, by column type. Reading turns text into the value the services take
 * (or throws `badInput(column, reason)`); writing is its exact inverse, so an export imports back unchanged.
 * Ranges and lengths are checked by the layout (layouts.ts), which knows them; this file knows only syntax.
 */
export type CellType = "text" | "integer" | "decimal" | "instant" | "date" | "enum" | "enumList" | "boolean";

/** Separator of list cells (techniques used): a semicolon, so the cell needs no quoting. */
export const LIST_SEPARATOR = ";";

/**
 * Instants are ISO 8601 with an explicit offset (`2026-03-01T14:05:00Z` or `2026-03-01T09:05:00-05:00`); a
 * wall-clock time without an offset is ambiguous for an hour every autumn, so it is refused rather than guessed.
 */
const INSTANT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/;

const INTEGER_PATTERN = /^[+-]?\d+$/;
const DECIMAL_PATTERN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export function readInteger(text: string, column: string): number {
  if (!INTEGER_PATTERN.test(text)) throw badInput(column, `"${clip(text)}" is not a whole number.`);
  return Number(text);
}

export function readDecimal(text: string, column: string): number {
  if (!DECIMAL_PATTERN.test(text))
    throw badInput(column, `"${clip(text)}" is not a number (write a decimal point, not a comma).`);
  const value = Number(text);
  if (!hasAtMostOneDecimal(value)) throw badInput(column, `${text} has more than one decimal.`);
  return value;
}

export function readInstant(text: string, column: string): Date {
  const match = INSTANT_PATTERN.exec(text);
  if (!match) {
    throw badInput(
      column,
      `"${clip(text)}" is not an ISO 8601 instant with an offset, e.g. 2026-03-01T14:05:00Z or 2026-03-01T09:05:00-05:00.`,
    );
  }
  // Date.parse rolls 31 February over to March; the calendar date must exist as written.
  if (
    !isValidLocalDate(`${match[1]}-${match[2]}-${match[3]}`) ||
    Number(match[4]) > 23 ||
    Number(match[5]) > 59 ||
    Number(match[6] ?? 0) > 59
  ) {
    throw badInput(column, `"${clip(text)}" is not a real date and time.`);
  }
  const instant = new Date(text);
  // The offset too: +24:00 or +99:99 match the pattern but name no instant.
  if (Number.isNaN(instant.getTime())) throw badInput(column, `"${clip(text)}" is not a real date and time.`);
  return instant;
}

export function readDate(text: string, column: string): string {
  if (!isValidLocalDate(text)) throw badInput(column, `"${clip(text)}" is not a date written YYYY-MM-DD.`);
  return text;
}

export function readEnum<T extends string>(text: string, column: string, values: readonly T[]): T {
  if (!(values as readonly string[]).includes(text)) {
    throw badInput(column, `"${clip(text)}" is not one of ${values.join(", ")}.`);
  }
  return text as T;
}

export function readEnumList<T extends string>(text: string, column: string, values: readonly T[]): T[] {
  return text
    .split(LIST_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => readEnum(part, column, values));
}

export function readBoolean(text: string, column: string): boolean {
  if (/^(true|yes|1)$/i.test(text)) return true;
  if (/^(false|no|0)$/i.test(text)) return false;
  throw badInput(column, `"${clip(text)}" is not true or false.`);
}

/** Writing: the form each reader accepts, and the one an export produces. */
export function writeCell(type: CellType, value: unknown): string {
  if (value == null) return "";
  switch (type) {
    case "instant":
      return (value as Date).toISOString();
    case "enumList":
      return (value as string[]).join(LIST_SEPARATOR);
    case "boolean":
      return value ? "true" : "false";
    default:
      // Text, dates and enum values are strings; integers and decimals are numbers.
      return typeof value === "number" ? value.toString() : (value as string);
  }
}

/** Reasons quote a bad value so it can be found, but never a whole free-text cell. */
export function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
