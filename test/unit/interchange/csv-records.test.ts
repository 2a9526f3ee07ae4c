import { describe, expect, it } from "vitest";
import { decodeRecords } from "../../../server/interchange/csv/csv-decode.ts";
import type { CsvDelimiter } from "../../../server/interchange/csv/delimiters.ts";
import { LAYOUTS } from "../../../server/interchange/csv/layouts.ts";
import { mapHeader } from "../../../server/interchange/csv/read-row.ts";
import { splitRecords, type RawRecord } from "../../../server/interchange/csv/record-splitter.ts";
import { asyncIterable } from "../../helpers/async-iterable.ts";

async function split(chunks: (string | Buffer)[], delimiter?: CsvDelimiter): Promise<RawRecord[]> {
  const records: RawRecord[] = [];
  for await (const record of splitRecords(asyncIterable(chunks), { delimiter })) records.push(record);
  return records;
}

/** The same text cut into pieces of `size` characters (or bytes), to cross every boundary. */
const pieces = (text: string, size: number) =>
  Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));

const FILE = ["a,b,c", '1,"two\r\nlines",3', "", '4,"say ""hi""",6', '"x,y",z,"', '",end', "7,8,9"].join("\r\n");

describe("splitting a CSV stream into records", () => {
  it("gives each record the line it starts on, counting lines inside quotes and blank lines", async () => {
    const records = await split([FILE]);
    expect(records.map((record) => record.line)).toEqual([1, 2, 5, 6, 8]);
    expect(records[1]!.text).toBe('1,"two\r\nlines",3');
    expect(records[3]!.text).toBe('"x,y",z,"\r\n",end');
  });

  it("finds the same records whatever the chunk boundaries", async () => {
    const whole = await split([FILE]);
    for (const size of [1, 2, 3, 5, 7, 11]) expect(await split(pieces(FILE, size))).toEqual(whole);
  });

  it("decodes UTF-8 split inside a character, and drops a byte-order mark", async () => {
    const bytes = Buffer.from("\uFEFFname\nCafé ☕,x\n", "utf8");
    const records = await split(Array.from(bytes, (byte) => Buffer.from([byte])));
    expect(records).toEqual([
      { line: 1, text: "name" },
      { line: 2, text: "Café ☕,x" },
    ]);
  });

  it("keeps a stray quote inside its own line, so the next line is read normally", async () => {
    const records = await split(['1,ab"c,3\n"bad"x,5,6\n7,8,9\n']);
    expect(records.map((record) => [record.line, record.text])).toEqual([
      [1, '1,ab"c,3'],
      [2, '"bad"x,5,6'],
      [3, "7,8,9"],
    ]);
  });

  it("lets a quoted field that is never closed run to the end of the file", async () => {
    const records = await split(['1,2\n3,"open\n4,5\n']);
    expect(records.map((record) => record.line)).toEqual([1, 2]);
    expect(records[1]!.text).toBe('3,"open\n4,5\n');
  });
});

describe("rows spreadsheet programs write", () => {
  it("skips rows made only of separators and spaces, as blank lines, still counting their lines", async () => {
    const file = "a,b,c\r\n,,\r\n1,2,3\r\n , ,\t\r\n,,\r\n4,5,6\r\n,,\r\n,,";
    const records = await split([file]);
    expect(records.map((record) => [record.line, record.text])).toEqual([
      [1, "a,b,c"],
      [3, "1,2,3"],
      [6, "4,5,6"],
    ]);
  });

  it("splits on semicolons or tabs when told, with the separator inside quotes kept and separator-only rows skipped", async () => {
    const semicolons = 'a;b;c\r\n1;"x;y\nz";3\r\n;;\r\n ; ;\r\n4;"say ""hi""";6\r\n';
    for (const size of [1, 3, 100]) {
      const records = await split(pieces(semicolons, size), ";");
      expect(records.map((record) => [record.line, record.text])).toEqual([
        [1, "a;b;c"],
        [2, '1;"x;y\nz";3'],
        [6, '4;"say ""hi""";6'],
      ]);
    }
    const tabs = await split(['a\tb\n"1\t2"\t3\n\t\n"4\n5"\t6\n'], "\t");
    expect(tabs.map((record) => [record.line, record.text])).toEqual([
      [1, "a\tb"],
      [2, '"1\t2"\t3'],
      [4, '"4\n5"\t6'],
    ]);
  });

  it("decodes fields separated by semicolons or tabs", () => {
    expect(decodeRecords([{ line: 2, text: '1;"a;b";"c ""d"""' }], ";")).toEqual([
      { ok: true, fields: ["1", "a;b", 'c "d"'] },
    ]);
    expect(decodeRecords([{ line: 2, text: '1\t"a\tb"\tc,d' }], "\t")).toEqual([
      { ok: true, fields: ["1", "a\tb", "c,d"] },
    ]);
  });
});

describe("reading the header", () => {
  const names = ["client_id", "occurred_at", "symptom", "peak_intensity", "duration_minutes", "episode_type"];

  it("ignores trailing empty header cells, a spreadsheet's formatted but empty columns", () => {
    const header = mapHeader(LAYOUTS.episodes, [...names, "", " "]);
    expect(header.width).toBe(names.length);
    expect([...header.positions]).toEqual(names.map((name, index) => [name, index]));
  });

  it("names an empty header cell between named ones by its position", () => {
    expect(() => mapHeader(LAYOUTS.episodes, ["client_id", "", ...names.slice(1)])).toThrow(
      "Column 2 of the header has no name.",
    );
  });

  it("quotes at most 40 characters of an unknown column", () => {
    const long = names.join(";");
    expect(() => mapHeader(LAYOUTS.episodes, [long])).toThrow(
      `Unknown column "${long.slice(0, 37)}..." in the header of the episodes file.`,
    );
  });
});

describe("decoding records with csv-parse", () => {
  it("decodes a batch in order, and reports the badly quoted records among good ones", () => {
    const records = [
      { line: 2, text: '1,"a ""b"", c",3' },
      { line: 3, text: '"bad"x,5,6' },
      { line: 4, text: '7,"multi\nline",9' },
      { line: 6, text: '1,ab"c,3' },
      { line: 7, text: '3,"open' },
    ];
    const decoded = decodeRecords(records);
    expect(decoded[0]).toEqual({ ok: true, fields: ["1", 'a "b", c', "3"] });
    expect(decoded[1]).toMatchObject({ ok: false, reason: expect.stringContaining("closing quote") });
    expect(decoded[2]).toEqual({ ok: true, fields: ["7", "multi\nline", "9"] });
    expect(decoded[3]).toMatchObject({ ok: false, reason: expect.stringContaining("quote inside an unquoted field") });
    expect(decoded[4]).toMatchObject({ ok: false, reason: expect.stringContaining("never closed") });
  });
});
