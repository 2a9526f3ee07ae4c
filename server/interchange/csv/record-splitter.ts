/**
 * Splits a CSV byte stream into records, each with the file line it starts on, without decoding fields (csv-parse
 * does that, record by record, in csv-decode.ts). Why not csv-parse's own stream: after a quoting error it cannot
 * find the next record again — with `skip_records_with_error` it swallows the good rows that follow — so one bad
 * quote would end the import. Here a quote opens a quoted field only at the start of a field, as RFC 4180 has it;
 * a stray quote elsewhere stays inside its own line, which csv-parse then reports as that line's error. Only a
 * quoted field that is never closed runs to the end of the file, as it must in any CSV reader.
 *
 * Rows made only of separators and spaces — what spreadsheet programs write for formatted but empty rows — are
 * skipped like blank lines.
 *
 * Memory holds one chunk of the file and the record being read, never the file.
 */
import type { CsvDelimiter } from "./delimiters.ts";
import { decodeText, type CsvEncoding } from "./text-encoding.ts";

export interface RawRecord {
  /** Line of the file where the record starts (the header is line 1). */
  line: number;
  /** The record's text without its line ending. */
  text: string;
}

export interface SplitOptions {
  /** Counts the bytes read. */
  progress?: { bytes: number };
  encoding?: CsvEncoding;
  delimiter?: CsvDelimiter;
}

const QUOTE = 34;
const NEWLINE = 10;
const CARRIAGE_RETURN = 13;

export async function* splitRecords(
  input: AsyncIterable<Buffer | string>,
  options: SplitOptions = {},
): AsyncGenerator<RawRecord> {
  const delimiter = options.delimiter ?? ",";
  const delimiterCode = delimiter.charCodeAt(0);
  const blank = new RegExp(`^[\\s${delimiter}]*$`);
  const complete = (record: string) => (record.endsWith("\r") ? record.slice(0, -1) : record);
  let pending = "";
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let atFieldStart = true;
  let justClosedQuote = false;

  for await (const text of decodeText(input, options.encoding, options.progress)) {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (inQuotes) {
        if (code === QUOTE) {
          inQuotes = false;
          justClosedQuote = true;
        } else if (code === NEWLINE) {
          line++;
        }
        continue;
      }
      if (code === QUOTE) {
        // `""` inside a quoted field closes and at once reopens: an escaped quote.
        if (atFieldStart || justClosedQuote) inQuotes = true;
        atFieldStart = false;
        justClosedQuote = false;
      } else if (code === delimiterCode) {
        atFieldStart = true;
        justClosedQuote = false;
      } else if (code === NEWLINE) {
        const record = pending + text.slice(start, i);
        pending = "";
        start = i + 1;
        if (!blank.test(record)) yield { line: recordLine, text: complete(record) };
        line++;
        recordLine = line;
        atFieldStart = true;
        justClosedQuote = false;
      } else if (code !== CARRIAGE_RETURN) {
        atFieldStart = false;
        justClosedQuote = false;
      }
    }
    pending += text.slice(start);
  }
  if (!blank.test(pending)) yield { line: recordLine, text: complete(pending) };
}
