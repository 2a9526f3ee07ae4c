import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CheckIn } from "../../server/check-ins/check-in.entity.ts";
import { RiskAlert } from "../../server/check-ins/risk-alert.entity.ts";
import { bulkInsert } from "../../server/db/bulk-insert.ts";
import { copyField } from "../../server/db/copy-insert.ts";
import { seedDemoIfEmpty } from "../../server/demo/seed.ts";
import { DEFAULT_RULES } from "../../server/measures/rules.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

const NOW = new Date("2026-11-20T17:00:00.000Z");

/** Text that would break a naive COPY or CSV line: delimiters, line ends, escapes, NULL markers, unicode. */
const AWKWARD = [
  "tab\there",
  "new\nline",
  "carriage\r\nreturn",
  "back\\slash",
  "trailing backslash\\",
  "\\N",
  "\\.",
  "\\x41\\t",
  "",
  " ",
  "NULL",
  "null",
  "quotes ' and \" and , and ;",
  "ünïcødé — 中文 — 🙂 — \u200b zero width",
  "\u00a0non-breaking\u00a0",
];

describe("bulk insert stores every value exactly as TypeORM's own insert does", () => {
  let server: TestServer;
  let clientId: number;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    await seedDemoIfEmpty(server.dataSource, { seed: 3, rules: DEFAULT_RULES, now: NOW });
    clientId = Number((await server.query(`SELECT MIN(id) AS id FROM client`))[0].id);
  }, 120_000);
  afterAll(() => server.close());

  /** Inserts the rows both ways, in one transaction each, and returns the raw stored rows of each, ids left out. */
  async function bothWays<T extends { id?: number }>(
    entity: typeof CheckIn | typeof RiskAlert,
    table: string,
    rows: (key: string) => Partial<T>[],
  ) {
    const stored = async (insert: (rows: Partial<T>[]) => Promise<unknown>, key: string) => {
      const [{ last }] = await server.query(`SELECT COALESCE(MAX(id), 0) AS last FROM ${table}`);
      await insert(rows(key));
      const raw = await server.query(`SELECT * FROM ${table} WHERE id > ? ORDER BY id`, [Number(last)]);
      return raw.map(({ id: _id, window_key: windowKey, ...row }) => ({
        ...row,
        ...(windowKey === undefined ? {} : { window_key: String(windowKey).replace(key, "") }),
      }));
    };
    const bulk = await stored(
      (list) => server.dataSource.transaction((m) => bulkInsert(m, entity, list as never[])),
      "b",
    );
    const typeorm = await stored(
      (list) => server.dataSource.transaction((m) => m.insert(entity, list as never[])),
      "t",
    );
    return { bulk, typeorm };
  }

  it("stores awkward text, nulls, unicode, JSON and instants alike", async () => {
    const { bulk, typeorm } = await bothWays<RiskAlert>(RiskAlert, "risk_alert", () =>
      AWKWARD.map((note, i) => ({
        clientId,
        checkInId: 1,
        rules: [note, `rule ${i}`],
        raisedAt: new Date(Date.UTC(2026, 2, 1, 14, 5, i, 123)),
        acknowledgedAt: i % 2 ? null : new Date(Date.UTC(1999, 11, 31, 23, 59, 59, 999)),
        acknowledgedById: i % 3 ? null : i,
        action: null,
        note: i === 0 ? null : note,
      })),
    );
    expect(bulk).toHaveLength(AWKWARD.length);
    expect(bulk).toEqual(typeorm);
    // And back through the entity layer, every value as it went in.
    const alerts = await server.dataSource
      .getRepository(RiskAlert)
      .find({ order: { id: "DESC" }, take: AWKWARD.length * 2 });
    const fromBulk = alerts.slice(AWKWARD.length).reverse();
    expect(fromBulk.map((alert) => alert.note)).toEqual([null, ...AWKWARD.slice(1)]);
    expect(fromBulk.map((alert) => alert.rules[0])).toEqual(AWKWARD);
    expect(fromBulk.map((alert) => alert.raisedAt.toISOString())).toEqual(
      AWKWARD.map((_, i) => new Date(Date.UTC(2026, 2, 1, 14, 5, i, 123)).toISOString()),
    );
    expect(fromBulk[1]!.acknowledgedAt).toBeNull();
    expect(fromBulk[2]!.acknowledgedAt!.toISOString()).toBe("1999-12-31T23:59:59.999Z");
  });

  it("stores booleans, reals, small integers and left-out columns alike", async () => {
    const { bulk, typeorm } = await bothWays<CheckIn>(CheckIn, "check_in", (key) =>
      AWKWARD.map((words, i) => ({
        clientId,
        windowKey: `${key}:${i}`,
        submittedAt: new Date(Date.UTC(2026, 10, 1 + i, 8, 30)),
        localDate: `2026-11-${String(1 + i).padStart(2, "0")}`,
        weekWords: i === 1 ? null : words,
        notSafe: i % 2 === 0,
        sessionId: null,
        weekRating: i % 4 === 0 ? null : i % 5,
        orsIndividual: i === 2 ? null : 0.1 * i + 3.3,
        orsTotal: 23.4,
        phq9Q1: i % 4,
        phq9Total: 27,
      })),
    );
    expect(bulk).toHaveLength(AWKWARD.length);
    expect(bulk).toEqual(typeorm);
    expect(bulk.map((row) => Boolean(row.not_safe))).toEqual(AWKWARD.map((_, i) => i % 2 === 0));
  });
});

describe("COPY text fields", () => {
  it("escape the backslash and the characters that end a field or a row, and mark NULL", () => {
    expect(copyField(null)).toBe("\\N");
    expect(copyField(undefined)).toBe("\\N");
    expect(copyField("\\N")).toBe("\\\\N");
    expect(copyField("a\tb\nc\rd\\e")).toBe("a\\tb\\nc\\rd\\\\e");
    expect(copyField("ünï 🙂")).toBe("ünï 🙂");
    expect(copyField(true)).toBe("true");
    expect(copyField(false)).toBe("false");
    expect(copyField(0)).toBe("0");
    expect(copyField(23.4)).toBe("23.4");
    expect(copyField({ a: "x\ty" })).toBe('{"a":"x\\\\ty"}');
  });
});
