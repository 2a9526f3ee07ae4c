import { CsvError, parse } from "csv-parse/sync";
import { delimiterName, type CsvDelimiter } from "./delimiters.ts";
import type { RawRecord } from "./record-splitter.ts";

export type Decoded = { ok: true; fields: string[] } | { ok: false; reason: string };

const options = (delimiter: CsvDelimiter) =>
  ({ delimiter, relax_column_count: true, skip_empty_lines: false }) as const;

/**
 * Decodes the fields of a batch of records with csv-parse: the whole batch in one call, and record by record only
 * when that call fails, to find which records are badly quoted. One result per record, in order.
 */
export function decodeRecords(records: readonly RawRecord[], delimiter: CsvDelimiter = ","): Decoded[] {
  if (records.length === 0) return [];
  try {
    const rows = parse(records.map((record) => record.text).join("\n"), options(delimiter));
    if (rows.length === records.length) return rows.map((fields) => ({ ok: true, fields }));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
  }
  return records.map((record) => decodeOne(record, delimiter));
}

function decodeOne(record: RawRecord, delimiter: CsvDelimiter): Decoded {
  try {
    const rows = parse(record.text, options(delimiter));
    if (rows.length !== 1) return { ok: false, reason: "A line ending that is not inside quotes splits this row." };
    return { ok: true, fields: rows[0]! };
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, reason: quotingReason(error, delimiter) };
    throw error;
  }
}

/** csv-parse's messages count lines inside the record; say what is wrong in words that fit any line. */
function quotingReason(error: CsvError, delimiter: CsvDelimiter): string {
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return "A quoted field is never closed, so the rest of the file cannot be read.";
    case "CSV_INVALID_CLOSING_QUOTE":
      return `A closing quote must be followed by ${delimiterName(delimiter)} or the end of the row (write a quote inside a quoted field as two quotes).`;
    case "INVALID_OPENING_QUOTE":
      return "A quote inside an unquoted field: quote the whole field and write the quote as two quotes.";
    default:
      return `Not readable as CSV (${error.code}).`;
  }
}
