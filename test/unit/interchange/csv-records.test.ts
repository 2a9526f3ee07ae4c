import { describe, expect, it } from "vitest";
import { decodeRecords } from "../../../server/interchange/csv/csv-decode.ts";
import { splitRecords, type RawRecord } from "../../../server/interchange/csv/record-splitter.ts";

async function split(chunks: (string | Buffer)[]): Promise<RawRecord[]> {
  const records: RawRecord[] = [];
  for await (const record of splitRecords((async function* () { yield* chunks; })())) records.push(record);
  return records;
}

/** The same text cut into pieces of `size` characters (or bytes), to cross every boundary. */
const pieces = (text: string, size: number) => Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));

const FILE = [
  "a,b,c",
  '1,"two\r\nlines",3',
  "",
  '4,"say ""hi""",6',
  '"x,y",z,"',
  '",end',
  "7,8,9",
].join("\r\n");

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

describe("decoding records with csv-parse", () => {
  it("decodes a batch in order, and reports the badly quoted records among good ones", () => {
    const records = [
      { line: 2, text: '1,"a ""b"", c",3' },
      { line: 3, text: '"bad"x,5,6' },
      { line: 4, text: '7,"multi\nline",9' },
      { line: 6, text: "1,ab\"c,3" },
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
