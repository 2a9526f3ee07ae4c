import { describe, expect, it } from "vitest";
import { checkEncoding } from "../../../server/interchange/csv/text-encoding.ts";
import { splitRecords, type RawRecord } from "../../../server/interchange/csv/record-splitter.ts";
import { asyncIterable } from "../../helpers/async-iterable.ts";

type SplitOptions = NonNullable<Parameters<typeof splitRecords>[1]>;

/** The bytes cut into pieces of `size`, to cross every boundary, as a file stream delivers them. */
const pieces = (bytes: Buffer, size: number) =>
  Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));

async function split(bytes: Buffer, options: SplitOptions = {}, size = bytes.length): Promise<RawRecord[]> {
  const records: RawRecord[] = [];
  for await (const record of splitRecords(asyncIterable(pieces(bytes, size)), options)) records.push(record);
  return records;
}

const NOT_UTF8 = "the file is not UTF-8: save it as CSV UTF-8, or pass --encoding windows-1252";
const UTF16 = `the file is UTF-16 (Excel's "Unicode Text"): save it as CSV UTF-8`;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Bytes 0x80–0x9F in the WHATWG Encoding Standard's index-windows-1252 (the five unassigned bytes stay C1 controls). */
const WINDOWS_1252_C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

describe("reading the bytes of a CSV file as text", () => {
  it("reads UTF-8 strictly and the same whatever the chunk boundaries, with characters of 2, 3 and 4 bytes", async () => {
    const bytes = Buffer.concat([UTF8_BOM, Buffer.from("id,situation\r\n1,Café – Übelkeit 😟\r\n2,naïve\r\n", "utf8")]);
    const whole = await split(bytes);
    expect(whole).toEqual([
      { line: 1, text: "id,situation" },
      { line: 2, text: "1,Café – Übelkeit 😟" },
      { line: 3, text: "2,naïve" },
    ]);
    for (const size of [1, 2, 3, 5]) expect(await split(bytes, {}, size)).toEqual(whole);
  });

  it("refuses a byte that is not UTF-8, and says what to do, wherever the byte falls", async () => {
    const windows = Buffer.from([...Buffer.from("id,situation\n1,Caf"), 0xe9, ...Buffer.from("\n")]);
    await expect(split(windows)).rejects.toThrow(NOT_UTF8);
    await expect(split(windows, {}, 1)).rejects.toThrow(NOT_UTF8);
    // A character cut short by the end of the file is not UTF-8 either.
    await expect(split(Buffer.from([...Buffer.from("id\n1,"), 0xe2, 0x80]))).rejects.toThrow(NOT_UTF8);
  });

  it("with windows-1252 reads bytes 0x80–0x9F as Windows does and 0xA0–0xFF as Latin-1", async () => {
    const high = Array.from({ length: 0x80 }, (_, i) => 0x80 + i);
    const records = await split(Buffer.from([...Buffer.from("situation\n"), ...high]), { encoding: "windows-1252" }, 7);
    const latin1 = String.fromCharCode(...high.slice(0x20));
    expect(records).toEqual([
      { line: 1, text: "situation" },
      { line: 2, text: WINDOWS_1252_C1 + latin1 },
    ]);
    expect(records[1]!.text[0x16]).toBe("–");
  });

  it("names UTF-16 by its byte-order mark, little- or big-endian, even when it arrives a byte at a time", async () => {
    const text = "id\tsituation\r\n1\tCafé\r\n";
    const littleEndian = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const bigEndian = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]);
    for (const bytes of [littleEndian, bigEndian]) {
      await expect(split(bytes, {}, 1)).rejects.toThrow(UTF16);
      await expect(split(bytes, { encoding: "windows-1252" })).rejects.toThrow(UTF16);
    }
  });

  it("names UTF-16 without a byte-order mark, and an Excel workbook, rather than reading them as text", async () => {
    await expect(split(Buffer.from("id,situation\r\n", "utf16le"), {}, 1)).rejects.toThrow(UTF16);
    await expect(split(Buffer.from("id,situation\r\n", "utf16le").swap16())).rejects.toThrow(UTF16);
    const workbook = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    await expect(split(workbook, { encoding: "windows-1252" })).rejects.toThrow(
      "the file is an Excel workbook, not CSV: save it as CSV UTF-8",
    );
  });

  it("refuses windows-1252 for a file that says it is UTF-8 with a byte-order mark", async () => {
    await expect(
      split(Buffer.concat([UTF8_BOM, Buffer.from("id\n1\n")]), { encoding: "windows-1252" }),
    ).rejects.toThrow("the file is UTF-8: leave out --encoding windows-1252");
  });
});

describe("checking a whole file's encoding before anything is read into the database", () => {
  const check = (bytes: Buffer, encoding: "utf-8" | "windows-1252", size = 4096) =>
    checkEncoding(asyncIterable(pieces(bytes, size)), encoding);
  const lines = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => `${i},plain text\r\n`).join(""));

  it("finds a windows-1252 byte far into a UTF-8 file", async () => {
    const bytes = Buffer.concat([lines(5000), Buffer.from([0x31, 0x2c, 0x96, 0x0d, 0x0a])]);
    await expect(check(bytes, "utf-8")).rejects.toThrow(NOT_UTF8);
    await expect(check(bytes, "windows-1252")).resolves.toBeUndefined();
  });

  it("refuses windows-1252 for a file that is UTF-8, and accepts plain ASCII either way", async () => {
    const utf8 = Buffer.concat([lines(3000), Buffer.from("1,Café – Übelkeit\r\n", "utf8")]);
    await expect(check(utf8, "utf-8", 1000)).resolves.toBeUndefined();
    await expect(check(utf8, "windows-1252", 1000)).rejects.toThrow(
      "the file is UTF-8: leave out --encoding windows-1252",
    );
    await expect(check(lines(10), "windows-1252")).resolves.toBeUndefined();
  });

  it("names UTF-16 before anything else", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("id\r\n1\r\n", "utf16le")]);
    await expect(check(bytes, "utf-8", 1)).rejects.toThrow(UTF16);
  });
});
