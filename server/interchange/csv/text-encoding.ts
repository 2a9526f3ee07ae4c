import { isAscii } from "node:buffer";

/**
 * The bytes of a CSV file as text. UTF-8 is read strictly: a byte that is not UTF-8 stops the import instead of
 * becoming "�" in a client's record. Excel's legacy "CSV (Comma delimited)" is windows-1252 and is read only when
 * the operator says so. UTF-16 (Excel's "Unicode Text") and workbooks are named for what they are.
 */
export const CSV_ENCODINGS = ["utf-8", "windows-1252"] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

const NOT_UTF8 = "the file is not UTF-8: save it as CSV UTF-8, or pass --encoding windows-1252";
const IS_UTF8 = "the file is UTF-8: leave out --encoding windows-1252";
const IS_UTF16 = `the file is UTF-16 (Excel's "Unicode Text"): save it as CSV UTF-8`;
const IS_WORKBOOK = "the file is an Excel workbook, not CSV: save it as CSV UTF-8";

/** The file cannot be read as text in the encoding asked for; nothing of it should be written. */
export class CsvEncodingError extends Error {
  override name = "CsvEncodingError";
}

export function isCsvEncoding(value: string): value is CsvEncoding {
  return (CSV_ENCODINGS as readonly string[]).includes(value);
}

/** What the first bytes say about the file, before a byte of it is decoded. */
function sniff(start: Buffer, encoding: CsvEncoding): { skip: number } {
  if ((start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff))
    throw new CsvEncodingError(IS_UTF16);
  // UTF-16 without a byte-order mark: text never holds a NUL, but every other byte of UTF-16 ASCII is one.
  if ((start[0] !== 0 && start[1] === 0 && start[3] === 0) || (start[0] === 0 && start[1] !== 0 && start[2] === 0))
    throw new CsvEncodingError(IS_UTF16);
  // .xlsx is a zip archive.
  if (start[0] === 0x50 && start[1] === 0x4b && start[2] === 0x03 && start[3] === 0x04)
    throw new CsvEncodingError(IS_WORKBOOK);
  const utf8Bom = start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf;
  if (utf8Bom && encoding === "windows-1252") throw new CsvEncodingError(IS_UTF8);
  return { skip: utf8Bom ? 3 : 0 };
}

/** Bytes needed to sniff; a shorter file is sniffed whole. */
const SNIFF_BYTES = 4;

/**
 * The file's text, chunk by chunk; characters split across chunks are joined. Strings pass through as they are
 * (already text), without a leading byte-order mark. `progress.bytes` counts the bytes read.
 */
export async function* decodeText(
  input: AsyncIterable<Buffer | string>,
  encoding: CsvEncoding = "utf-8",
  progress: { bytes: number } = { bytes: 0 },
): AsyncGenerator<string> {
  const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  // A single-byte encoding: every byte is a character, so chunks never split one.
  const windows1252 = new TextDecoder("windows-1252");
  const decode = (bytes: Buffer, final: boolean): string => {
    if (encoding === "windows-1252") return windows1252.decode(bytes);
    try {
      return utf8.decode(bytes, { stream: !final });
    } catch {
      throw new CsvEncodingError(NOT_UTF8);
    }
  };
  let head: Buffer | null = Buffer.alloc(0);
  let first = true;
  for await (const chunk of input) {
    if (typeof chunk === "string") {
      progress.bytes += Buffer.byteLength(chunk);
      yield first && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
      first = false;
      continue;
    }
    progress.bytes += chunk.length;
    if (head) {
      head = Buffer.concat([head, chunk]);
      if (head.length < SNIFF_BYTES) continue;
      const { skip } = sniff(head, encoding);
      const text = decode(head.subarray(skip), false);
      head = null;
      first = false;
      yield text;
      continue;
    }
    yield decode(chunk, false);
  }
  if (head && head.length > 0) {
    const { skip } = sniff(head, encoding);
    yield decode(head.subarray(skip), true);
  } else if (!head) {
    yield decode(Buffer.alloc(0), true);
  }
}

/**
 * Reads the whole file once without keeping it, and throws `CsvEncodingError` if it is not text in `encoding`:
 * run before an import, so that a bad byte on the last line stops it before the first batch is written. A file
 * that is valid UTF-8 with characters beyond ASCII is UTF-8, not windows-1252 (windows-1252 text almost never
 * forms valid UTF-8 sequences), so it is refused under `--encoding windows-1252` rather than misread.
 */
export async function checkEncoding(input: AsyncIterable<Buffer>, encoding: CsvEncoding): Promise<void> {
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  let validUtf8 = true;
  let beyondAscii = false;
  async function* watched() {
    for await (const chunk of input) {
      if (encoding === "windows-1252" && validUtf8) {
        beyondAscii ||= !isAscii(chunk);
        try {
          utf8.decode(chunk, { stream: true });
        } catch {
          validUtf8 = false;
        }
      }
      yield chunk;
    }
  }
  for await (const _text of decodeText(watched(), encoding)) {
    // Decoding is the check.
  }
  if (encoding !== "windows-1252" || !validUtf8 || !beyondAscii) return;
  try {
    utf8.decode();
  } catch {
    return;
  }
  throw new CsvEncodingError(IS_UTF8);
}
