import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable, Writable } from "node:stream";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataSource } from "typeorm";
import { Role } from "../../server/auth/role.ts";
import { exportCsv } from "../../server/interchange/csv/csv-export.ts";
import { importCsv, ImportStoppedError, type ImportOptions } from "../../server/interchange/csv/csv-import.ts";
import { LAYOUTS, type CsvKind } from "../../server/interchange/csv/layouts.ts";
import type { BadCell } from "../../server/interchange/csv/read-row.ts";
import { DEFAULT_RULES } from "../../server/measures/rules.ts";
import { createPractice, TEST_PASSWORD } from "../helpers/factories.ts";
import { asyncIterable } from "../helpers/async-iterable.ts";
import { GraphQLSession } from "../helpers/graphql-client.ts";
import { ENGINE, startTestServer, type TestServer } from "../helpers/test-server.ts";

// A fixed "now" for servers and imports alike: Friday 20 November 2026, noon in Toronto.
const NOW = new Date("2026-11-20T17:00:00.000Z");
const clock = () => NOW;
const KINDS: CsvKind[] = ["sessions", "homework", "episodes"];

async function exportText(dataSource: DataSource, kind: CsvKind): Promise<string> {
  const chunks: Buffer[] = [];
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  await exportCsv(dataSource, { kind, output, clock });
  return Buffer.concat(chunks).toString("utf8");
}

async function importText(dataSource: DataSource, kind: CsvKind, text: string, options: Partial<ImportOptions> = {}) {
  const problems: BadCell[] = [];
  const result = await importCsv(dataSource, {
    kind,
    input: Readable.from([Buffer.from(text, "utf8")]),
    rules: DEFAULT_RULES,
    clock,
    onProblem: (problem) => problems.push(problem),
    ...options,
  });
  return { result, problems };
}

async function count(server: TestServer, table: string): Promise<number> {
  const [row] = await server.query<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${table}`);
  return Number(row!.n);
}

const PROGRESS = `query ($clientId: ID!) {
  clientProgress(clientId: $clientId, bucket: WEEK) {
    sessions { number localDate ors srs phq9 gad7 weekRating attendance }
    homework { start assigned completed partial notDone open completionRate selfAssigned }
    episodes { start count perWeek meanIntensity maxIntensity totalMinutes bySymptom { symptom count } }
    summary { status alerts { code rule } outcomes { measure baseline latest change classification } sessionsAttended }
  }
}`;
const RECORD_SESSION = `mutation ($input: RecordSessionInput!) { recordSession(input: $input) { id } }`;
const LOG_EPISODE = `mutation ($input: LogEpisodeInput!) { logEpisode(input: $input) { id } }`;

/** Text that needs every kind of CSV quoting: commas, quotes and line breaks. */
const AWKWARD = 'She said "not again", then:\nwent home, early.';

describe("CSV round trip: export from one server, import into another", () => {
  let serverA: TestServer;
  let serverB: TestServer;
  const exported: Record<string, string> = {};
  const imported: Record<string, Awaited<ReturnType<typeof importText>>> = {};
  let practiceA: Awaited<ReturnType<typeof createPractice>>;
  let practiceB: Awaited<ReturnType<typeof createPractice>>;

  beforeAll(async () => {
    serverA = await startTestServer({ clock });
    practiceA = await createPractice(serverA.dataSource);
    const therapist = new GraphQLSession(serverA.url);
    const client = new GraphQLSession(serverA.url);
    expect((await therapist.login(practiceA.therapistA.email, TEST_PASSWORD)).data?.login.role).toBe(Role.THERAPIST);
    expect((await client.login(practiceA.clientUserA.email, TEST_PASSWORD)).data?.login.role).toBe(Role.CLIENT);
    const clientId = String(practiceA.clientA.id);

    const sessions = [
      {
        occurredAt: "2026-10-05T14:00:00.000Z",
        attendance: "ATTENDED",
        kind: "INTAKE",
        weekRating: 3,
        ors: { individual: 4.2, interpersonal: 5, social: 3.9, overall: 4.1 },
        srs: { relationship: 9.5, goalsAndTopics: 9, approachOrMethod: 8.8, overall: 9.2 },
        phq9: [2, 3, 2, 2, 1, 2, 1, 1, 1],
        gad7: [3, 2, 2, 2, 1, 1, 2],
        priorityIssue: { category: "PANIC", text: 'Panic on the "subway", mornings' },
        techniquesUsed: ["PSYCHOEDUCATION", "BREATHING"],
        crisis: true,
        privateNotes: AWKWARD,
        newHomework: [
          { type: "THOUGHT_RECORD", description: "Thought record, after each attack", dueDate: "2026-10-11" },
        ],
      },
      { occurredAt: "2026-10-12T14:00:00.000Z", attendance: "NO_SHOW" },
      {
        occurredAt: "2026-10-19T14:30:00.000Z",
        attendance: "ATTENDED",
        weekRating: 6,
        ors: { individual: 6, interpersonal: 6.5, social: 5.5, overall: 6.1 },
        phq9: [1, 1, 1, 1, 1, 1, 1, 0, 0],
        newHomework: [{ type: "EXPOSURE", description: "Two subway stops", dueDate: "2026-10-25" }],
      },
      {
        // Recorded after the third but earlier in time: session numbers must follow time, not insertion.
        occurredAt: "2026-10-15T18:00:00.000Z",
        attendance: "ATTENDED",
        kind: "CRISIS",
        ors: { individual: 3, interpersonal: 3, social: 3, overall: 3 },
      },
    ];
    for (const input of sessions) {
      const response = await therapist.request(RECORD_SESSION, { input: { clientId, ...input } });
      expect(response.errors).toBeUndefined();
    }
    const [firstHomework] = await serverA.query<{ id: number }>(`SELECT id FROM homework ORDER BY id LIMIT 1`);
    const [thirdSession] = await serverA.query<{ id: number }>(`SELECT id FROM therapy_session WHERE occurred_at = ?`, [
      "2026-10-19T14:30:00.000Z",
    ]);
    const review = await therapist.request(
      `mutation ($input: UpdateHomeworkInput!) { updateHomework(input: $input) { id } }`,
      {
        input: {
          homeworkId: String(firstHomework!.id),
          status: "PARTIAL",
          helpfulness: 6,
          reviewedInSessionId: String(thirdSession!.id),
        },
      },
    );
    expect(review.errors).toBeUndefined();
    const selfSet = await client.request(
      `mutation ($input: AssignHomeworkInput!) { assignHomework(input: $input) { id } }`,
      {
        input: { type: "GROUNDING", description: "Grounding before work", dueDate: "2026-11-23" },
      },
    );
    expect(selfSet.errors).toBeUndefined();
    const episodes = [
      {
        author: client,
        input: {
          occurredAt: "2026-10-07T12:10:00.000Z",
          symptom: "PANIC_ATTACK",
          peakIntensity: 8,
          durationMinutes: 12,
          episodeType: "SITUATIONAL",
          triggerCategory: "PLACE_OR_CROWD",
          situation: AWKWARD,
          thoughtsDuring: "I can't breathe",
          copingTechnique: "BREATHING",
        },
      },
      {
        author: client,
        input: {
          occurredAt: "2026-10-21T03:30:00.000Z",
          symptom: "WORRY",
          peakIntensity: 4,
          durationMinutes: 45,
          episodeType: "ANTICIPATED",
        },
      },
      {
        author: therapist,
        input: {
          clientId,
          occurredAt: "2026-11-02T16:00:00.000Z",
          symptom: "PANIC_ATTACK",
          peakIntensity: 5,
          durationMinutes: 8,
          episodeType: "UNEXPECTED",
          wishIHadDone: 'Stayed, "breathed"',
        },
      },
    ];
    for (const { author, input } of episodes) {
      const response = await author.request(LOG_EPISODE, { input });
      expect(response.errors).toBeUndefined();
    }
    for (const kind of KINDS) exported[kind] = await exportText(serverA.dataSource, kind);

    serverB = await startTestServer({ clock });
    practiceB = await createPractice(serverB.dataSource);
    for (const kind of KINDS) imported[kind] = await importText(serverB.dataSource, kind, exported[kind]!);
  });

  afterAll(async () => {
    await serverA?.close();
    await serverB?.close();
  });

  it("exports every row of server A, in the documented layout", () => {
    const expectedRows = { sessions: 4, homework: 3, episodes: 3 };
    for (const kind of KINDS) {
      const rows = parse(exported[kind]!);
      expect(rows[0]).toEqual(LAYOUTS[kind].columns.map((column) => column.name));
      expect(rows.length - 1).toBe(expectedRows[kind]);
    }
    const sessionRows = parse<Record<string, string>>(exported.sessions!, { columns: true });
    expect(sessionRows.map((row) => row.private_notes)).toContain(AWKWARD);
    const homeworkRows = parse<Record<string, string>>(exported.homework!, { columns: true });
    expect(homeworkRows.find((row) => row.status === "PARTIAL")).toMatchObject({
      assigned_in_session_at: "2026-10-05T14:00:00.000Z",
      reviewed_in_session_at: "2026-10-19T14:30:00.000Z",
      helpfulness: "6",
    });
  });

  it("imports into server B with the same clinic, therapists and clients, row for row and column for column", async () => {
    expect([practiceB.clientA.id, practiceB.clientB.id, practiceB.therapistA.id]).toEqual([
      practiceA.clientA.id,
      practiceA.clientB.id,
      practiceA.therapistA.id,
    ]);
    for (const kind of KINDS) {
      expect(imported[kind]!.problems).toEqual([]);
      expect(imported[kind]!.result.written).toBe(parse(exported[kind]!).length - 1);
      expect(parse(await exportText(serverB.dataSource, kind))).toEqual(parse(exported[kind]!));
    }
  });

  it("stores what the API stores: bucket keys, totals and session numbers, row for row", async () => {
    const columns =
      "client_id, therapist_id, number, occurred_at, local_date, week_start, month_start, ors_total, srs_total, phq9_total, gad7_total";
    const sql = `SELECT ${columns} FROM therapy_session ORDER BY occurred_at`;
    expect(await serverB.query(sql)).toEqual(await serverA.query(sql));
    const homeworkSql = `SELECT client_id, due_date, due_week_start, due_month_start, status FROM homework ORDER BY id`;
    expect(await serverB.query(homeworkSql)).toEqual(await serverA.query(homeworkSql));
    const episodeSql = `SELECT client_id, logged_by, logged_by_user_id, local_date, week_start, month_start FROM symptom_episode ORDER BY id`;
    expect(await serverB.query(episodeSql)).toEqual(await serverA.query(episodeSql));
  });

  it("gives the same clientProgress on both servers", async () => {
    const readProgress = async (server: TestServer, email: string, clientId: number) => {
      const session = new GraphQLSession(server.url);
      await session.login(email, TEST_PASSWORD);
      const response = await session.request<{ clientProgress: { sessions: unknown[] } }>(PROGRESS, {
        clientId: String(clientId),
      });
      expect(response.errors).toBeUndefined();
      return response.data!.clientProgress;
    };
    const progressA = await readProgress(serverA, practiceA.therapistA.email, practiceA.clientA.id);
    const progressB = await readProgress(serverB, practiceB.therapistA.email, practiceB.clientA.id);
    expect(progressA.sessions).toHaveLength(4);
    expect(progressB).toEqual(progressA);
  });

  it("writes an audit event for every client whose rows were imported", async () => {
    const events = await serverB.query<{ action: string; client_id: number }>(
      `SELECT action, client_id FROM audit_event WHERE source_address = 'csv import' ORDER BY id`,
    );
    expect(events.map((event) => event.action).sort()).toEqual(["ASSIGN_HOMEWORK", "LOG_EPISODE", "RECORD_SESSION"]);
    expect(new Set(events.map((event) => Number(event.client_id)))).toEqual(new Set([practiceB.clientA.id]));
  });
});

/** A minimal CSV writer of the test's own: quote when needed, double the quotes. */
const csvLine = (cells: string[]) =>
  cells.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(",");

describe("a file of 1,000 session rows with 20 bad ones", () => {
  let server: TestServer;
  let practice: Awaited<ReturnType<typeof createPractice>>;
  let file: string;
  const expectedBad = new Map<number, string[]>();
  const goodByClient = new Map<number, number>();

  beforeAll(async () => {
    server = await startTestServer({ clock });
    practice = await createPractice(server.dataSource);
    // The good rows go back 125 days; one bad row lies before this intake.
    await server.query(`UPDATE client SET intake_date = '2026-01-01'`);
    const header = LAYOUTS.sessions.columns.map((column) => column.name);
    const hours = (n: number) => new Date(NOW.getTime() - n * 3_600_000).toISOString();

    type Cells = Record<string, string>;
    // Each bad row: how to spoil a good row, and the columns the report must name ("" = the whole row).
    const spoilers: [(cells: Cells) => Cells | string, string[]][] = [
      [(c) => ({ ...c, week_rating: "11" }), ["week_rating"]],
      [(c) => ({ ...c, ors_individual: "10.5" }), ["ors_individual"]],
      [(c) => ({ ...c, ors_social: "7.25" }), ["ors_social"]],
      [(c) => ({ ...c, phq9_9: "4" }), ["phq9_9"]],
      [(c) => ({ ...c, attendance: "PRESENT" }), ["attendance"]],
      [(c) => ({ ...c, kind: "follow_up" }), ["kind"]],
      [(c) => ({ ...c, occurred_at: "2026-03-01 14:00" }), ["occurred_at"]],
      [(c) => ({ ...c, occurred_at: "2026-02-30T10:00:00Z" }), ["occurred_at"]],
      [(c) => ({ ...c, occurred_at: new Date(NOW.getTime() + 2 * 86_400_000).toISOString() }), ["occurred_at"]],
      [(c) => ({ ...c, client_id: "99999" }), ["client_id"]],
      [(c) => ({ ...c, client_id: "" }), ["client_id"]],
      [(c) => ({ ...c, occurred_at: "2025-12-31T15:00:00Z" }), ["occurred_at"]],
      [(c) => csvLine(header.map((name) => c[name]!)).replace(/,[^,]*$/, ""), [""]],
      [
        (c) =>
          csvLine(header.map((name) => (name === "priority_issue_text" ? '"Panic"attack' : c[name]!))).replace(
            '"""Panic""attack"',
            '"Panic"attack',
          ),
        [""],
      ],
      [(c) => ({ ...c, techniques_used: "GROUNDING;YOGA" }), ["techniques_used"]],
      [(c) => ({ ...c, crisis: "maybe" }), ["crisis"]],
      [(c) => ({ ...c, ors_overall: "" }), ["ors_overall"]],
      [(c) => ({ ...c, attendance: "CANCELLED" }), ["week_rating"]],
      [(c) => ({ ...c, week_rating: "-1", gad7_2: "x" }), ["week_rating", "gad7_2"]],
      [(c) => ({ ...c, therapist_id: String(practice.supervisor.id) }), ["therapist_id"]],
    ];
    // Bad rows at 20, 70, 120…: never one of the rows with a multi-line note (i % 40 === 5).
    const badAt = new Map(spoilers.map((spoiler, index) => [20 + index * 50, spoiler]));

    const lines = [csvLine(header)];
    let line = 2;
    for (let i = 0; i < 1000; i++) {
      const client = i % 3 === 0 ? practice.clientB : practice.clientA;
      const good: Cells = Object.fromEntries(header.map((name) => [name, ""]));
      Object.assign(good, {
        client_id: String(client.id),
        occurred_at: hours(3000 - i * 3),
        attendance: "ATTENDED",
        week_rating: String(i % 11),
        ors_individual: String((i % 100) / 10),
        ors_interpersonal: "5",
        ors_social: "6.5",
        ors_overall: "7",
        priority_issue_category: "PANIC",
        priority_issue_text: `Issue ${i}`,
        techniques_used: "GROUNDING;BREATHING",
        crisis: "false",
      });
      for (let q = 1; q <= 9; q++) good[`phq9_${q}`] = String((i + q) % 4);
      for (let q = 1; q <= 7; q++) good[`gad7_${q}`] = String((i * q) % 4);
      // Every 40th row has a note over three lines, so later line numbers depend on counting inside quotes.
      if (i % 40 === 5) good.private_notes = `First line, of ${i}\nsecond "line"\nthird`;
      const spoiler = badAt.get(i);
      const spoiled = spoiler ? spoiler[0](good) : good;
      const text = typeof spoiled === "string" ? spoiled : csvLine(header.map((name) => spoiled[name]!));
      if (spoiler) expectedBad.set(line, spoiler[1]);
      else goodByClient.set(client.id, (goodByClient.get(client.id) ?? 0) + 1);
      lines.push(text);
      line += 1 + (text.match(/\n/g)?.length ?? 0);
    }
    file = `${lines.join("\r\n")}\r\n`;
    expect(expectedBad.size).toBe(20);
  });

  afterAll(async () => {
    await server?.close();
  });

  const columnsByLine = (problems: BadCell[]) => {
    const byLine = new Map<number, string[]>();
    for (const problem of problems) byLine.set(problem.line, [...(byLine.get(problem.line) ?? []), problem.column]);
    return new Map([...byLine].map(([line, columns]) => [line, columns.sort()]));
  };

  it("in all-or-nothing mode reports exactly those 20 rows and writes nothing", async () => {
    const before = await count(server, "therapy_session");
    const { result, problems } = await importText(server.dataSource, "sessions", file, {
      allOrNothing: true,
      batchSize: 100,
    });
    expect(result).toMatchObject({ rows: 1000, badRows: 20, written: 0, rolledBack: true });
    expect(columnsByLine(problems)).toEqual(
      new Map([...expectedBad].map(([line, columns]) => [line, [...columns].sort()])),
    );
    expect(await count(server, "therapy_session")).toBe(before);
  });

  it("by default writes the 980 good rows and reports exactly the 20 bad ones, line and column", async () => {
    const before = await count(server, "therapy_session");
    const { result, problems } = await importText(server.dataSource, "sessions", file, { batchSize: 100 });
    expect(result).toMatchObject({ rows: 1000, badRows: 20, written: 980, rolledBack: false });
    expect(columnsByLine(problems)).toEqual(
      new Map([...expectedBad].map(([line, columns]) => [line, [...columns].sort()])),
    );
    expect(await count(server, "therapy_session")).toBe(before + 980);
    for (const [clientId, good] of goodByClient) {
      const [row] = await server.query<{ n: number | string; numbered: number | string }>(
        `SELECT COUNT(*) AS n, MAX(number) AS numbered FROM therapy_session WHERE client_id = ?`,
        [clientId],
      );
      expect(Number(row!.n)).toBe(good);
      // Every imported session is attended, so they are numbered 1..n in time order.
      expect(Number(row!.numbered)).toBe(good);
    }
  });
});

describe("the templates in docs/csv", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ clock });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("import cleanly into a fresh database with clients 1 and 2", async () => {
    const practice = await createPractice(server.dataSource);
    expect([practice.clientA.id, practice.clientB.id]).toEqual([1, 2]);
    // The templates tell a course from January 2026: the clients came in before it.
    await server.query(`UPDATE client SET intake_date = '2026-01-05'`);
    for (const kind of KINDS) {
      const text = readFileSync(`docs/csv/${kind}.csv`, "utf8");
      const rows = parse(text).length - 1;
      expect(rows).toBeGreaterThanOrEqual(2);
      const { result, problems } = await importText(server.dataSource, kind, text);
      expect(problems).toEqual([]);
      expect(result.written).toBe(rows);
    }
    // The homework template's session instants were resolved to the sessions just imported.
    const [linked] = await server.query<{ n: number | string }>(
      `SELECT COUNT(*) AS n FROM homework WHERE assigned_in_session_id IS NOT NULL`,
    );
    expect(Number(linked!.n)).toBe(2);
  });
});

describe("streaming", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ clock });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("writes the first batch before it has read much more than one batch of the file", async () => {
    const practice = await createPractice(server.dataSource);
    const total = 6000;
    const batchSize = 500;
    let produced = 0;
    function* lazyFile() {
      yield "client_id,occurred_at,symptom,peak_intensity,duration_minutes,episode_type\n";
      for (let i = 0; i < total; i++) {
        produced++;
        yield `${practice.clientA.id},${new Date(NOW.getTime() - (i + 1) * 60_000).toISOString()},WORRY,${i % 11},${i % 60},UNEXPECTED\n`;
      }
    }
    const producedAtWrites: number[] = [];
    const result = await importCsv(server.dataSource, {
      kind: "episodes",
      input: asyncIterable(lazyFile()),
      rules: DEFAULT_RULES,
      clock,
      batchSize,
      onProgress: (progress) => {
        if (progress.written > 0) producedAtWrites.push(produced);
      },
    });
    expect(result).toMatchObject({ rows: total, written: total, badRows: 0 });
    // A batch is complete when the next row has been read: the first write comes after batchSize + 1 rows at most.
    expect(producedAtWrites[0]).toBeLessThanOrEqual(batchSize + 1);
    expect(producedAtWrites).toHaveLength(total / batchSize);
  });
});

/** Text that spreadsheet users type: accents, a dash, curly quotes, a euro sign, a comma, a semicolon, a line break. */
const SITUATIONS = ["Café – Übelkeit", "Bus, “again” – €5, ‘late’", "First line\nsecond; line"];
const SHEET_HEADER = [
  "client_id",
  "occurred_at",
  "symptom",
  "peak_intensity",
  "duration_minutes",
  "episode_type",
  "situation",
];

const sheetRows = (clientId: number) =>
  SITUATIONS.map((situation, i) => [
    String(clientId),
    `2026-11-0${i + 1}T10:00:00Z`,
    "WORRY",
    String(3 + i),
    "20",
    "ANTICIPATED",
    situation,
  ]);

/**
 * A sheet as a spreadsheet program writes it: a cell with the separator, a quote or a line break in quotes (a line
 * break inside a cell is a bare LF, even in a CRLF file); `emptyColumns` formatted but empty columns after the last
 * one, header included; `separatorRows` formatted but empty rows, written as separators only, after the second row
 * and at the end.
 */
function sheetText(
  rows: string[][],
  { delimiter = ",", newline = "\r\n", emptyColumns = 0, separatorRows = false, finalNewline = true } = {},
): string {
  const width = SHEET_HEADER.length + emptyColumns;
  const line = (cells: string[]) =>
    [...cells, ...Array<string>(emptyColumns).fill("")]
      .map((cell) => (cell.includes(delimiter) || /["\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell))
      .join(delimiter);
  const separators = delimiter.repeat(width - 1);
  const lines = [line(SHEET_HEADER), ...rows.map(line)];
  if (separatorRows) {
    lines.splice(3, 0, separators);
    lines.push(separators, separators);
  }
  return lines.join(newline) + (finalNewline ? newline : "");
}

const utf8WithBom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
const utf16leWithBom = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
/** Windows-1252 for the characters these tests use: Latin-1 as is, and the few that Windows puts at 0x80–0x9F. */
const WINDOWS_1252_EXTRAS: Record<string, number> = {
  "€": 0x80,
  "‘": 0x91,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
  "–": 0x96,
};
const windows1252 = (text: string) =>
  Buffer.from(
    Array.from(text, (char) => {
      const code = char.codePointAt(0)!;
      const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : WINDOWS_1252_EXTRAS[char];
      if (byte === undefined) throw new Error(`no windows-1252 byte for ${char}`);
      return byte;
    }),
  );

describe("files as Excel and Google Sheets save them", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ clock });
  });
  afterAll(async () => {
    await server?.close();
  });

  /** The file in 5-byte chunks, so that multi-byte characters fall across chunk boundaries. */
  async function importBytes(bytes: Buffer, options: Partial<ImportOptions> = {}) {
    const problems: BadCell[] = [];
    const chunks = Array.from({ length: Math.ceil(bytes.length / 5) }, (_, i) => bytes.subarray(i * 5, (i + 1) * 5));
    const result = await importCsv(server.dataSource, {
      kind: "episodes",
      input: Readable.from(chunks),
      rules: DEFAULT_RULES,
      clock,
      onProblem: (problem) => problems.push(problem),
      ...options,
    });
    return { result, problems };
  }

  const situations = async (clientId: number) =>
    (
      await server.query<{ situation: string }>(
        `SELECT situation FROM symptom_episode WHERE client_id = ? ORDER BY occurred_at`,
        [clientId],
      )
    ).map((row) => row.situation);

  it('Excel "CSV UTF-8": byte-order mark, CRLF, formatted but empty rows and columns; every character kept', async () => {
    const { clientA } = await createPractice(server.dataSource);
    const bytes = utf8WithBom(sheetText(sheetRows(clientA.id), { emptyColumns: 2, separatorRows: true }));
    const { result, problems } = await importBytes(bytes);
    expect(problems).toEqual([]);
    expect(result).toMatchObject({ rows: 3, badRows: 0, written: 3 });
    expect(await situations(clientA.id)).toEqual(SITUATIONS);
  });

  it('Excel "CSV (Comma delimited)" is windows-1252: refused as not UTF-8 with nothing written, read exactly with the encoding named', async () => {
    const { clientA } = await createPractice(server.dataSource);
    const bytes = windows1252(sheetText(sheetRows(clientA.id), { separatorRows: true }));
    await expect(importBytes(bytes)).rejects.toThrow(
      "the file is not UTF-8: save it as CSV UTF-8, or pass --encoding windows-1252",
    );
    await expect(importBytes(bytes, { allOrNothing: true })).rejects.toThrow("the file is not UTF-8");
    expect(await situations(clientA.id)).toEqual([]);

    const { result, problems } = await importBytes(bytes, { encoding: "windows-1252" });
    expect(problems).toEqual([]);
    expect(result.written).toBe(3);
    expect(await situations(clientA.id)).toEqual(SITUATIONS);
  });

  it("a file that turns out not to be UTF-8 part-way says from which line nothing was written", async () => {
    const { clientA } = await createPractice(server.dataSource);
    const rows = Array.from({ length: 30 }, (_, i) => [
      String(clientA.id),
      new Date(NOW.getTime() - (i + 1) * 3_600_000).toISOString(),
      "WORRY",
      "3",
      "10",
      "UNEXPECTED",
      i === 24 ? "Übelkeit" : "plain",
    ]);
    const bytes = windows1252(sheetText(rows));
    const error = await importBytes(bytes, { batchSize: 10 }).then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(ImportStoppedError);
    // Rows 21–30 (file lines 22–31) are the third batch, the one the bad byte falls in.
    expect(error).toMatchObject({ line: 22, written: 20, message: expect.stringContaining("the file is not UTF-8") });
    expect((await situations(clientA.id)).length).toBe(20);
  });

  it("European Excel separates with semicolons: named as such, and read with --delimiter ';' in UTF-8 or windows-1252", async () => {
    const { clientA, clientB } = await createPractice(server.dataSource);
    const utf8 = utf8WithBom(
      sheetText(sheetRows(clientA.id), { delimiter: ";", emptyColumns: 1, separatorRows: true }),
    );
    const refusal = await importBytes(utf8).then(
      () => null,
      (failure: unknown) => failure as Error,
    );
    expect(refusal?.message).toContain("separated by semicolons; use commas, or pass --delimiter ';'");
    expect(refusal!.message.length).toBeLessThan(120);
    expect(await situations(clientA.id)).toEqual([]);

    expect((await importBytes(utf8, { delimiter: ";" })).problems).toEqual([]);
    expect(await situations(clientA.id)).toEqual(SITUATIONS);
    const legacy = windows1252(sheetText(sheetRows(clientB.id), { delimiter: ";", separatorRows: true }));
    expect((await importBytes(legacy, { delimiter: ";", encoding: "windows-1252" })).problems).toEqual([]);
    expect(await situations(clientB.id)).toEqual(SITUATIONS);
  });

  it('Excel "Unicode Text" (UTF-16 with tabs) is named for what it is, and nothing is written', async () => {
    const { clientA } = await createPractice(server.dataSource);
    const bytes = utf16leWithBom(sheetText(sheetRows(clientA.id), { delimiter: "\t" }));
    const attempts: Partial<ImportOptions>[] = [{}, { delimiter: "\t" }, { encoding: "windows-1252" }];
    for (const options of attempts) {
      await expect(importBytes(bytes, options)).rejects.toThrow(
        `the file is UTF-16 (Excel's "Unicode Text"): save it as CSV UTF-8`,
      );
    }
    expect(await situations(clientA.id)).toEqual([]);
    // The same sheet saved as tab-separated UTF-8 reads with --delimiter tab.
    expect(
      (await importBytes(Buffer.from(sheetText(sheetRows(clientA.id), { delimiter: "\t" })), { delimiter: "\t" }))
        .problems,
    ).toEqual([]);
    expect(await situations(clientA.id)).toEqual(SITUATIONS);
  });

  it("Google Sheets: UTF-8 without a byte-order mark and no line break after the last row (LF or CRLF)", async () => {
    for (const newline of ["\n", "\r\n"]) {
      const { clientA } = await createPractice(server.dataSource);
      const bytes = Buffer.from(sheetText(sheetRows(clientA.id), { newline, finalNewline: false }), "utf8");
      const { result, problems } = await importBytes(bytes);
      expect(problems).toEqual([]);
      expect(result.written).toBe(3);
      expect(await situations(clientA.id)).toEqual(SITUATIONS);
    }
  });

  it("a row may leave out or leave empty the cells under unnamed columns, but a value there is reported", async () => {
    const { clientA } = await createPractice(server.dataSource);
    const cells = (i: number) =>
      [clientA.id, `2026-11-0${i}T10:00:00Z`, "WORRY", 3, 20, "ANTICIPATED", `note ${i}`].join(",");
    const text = [`${SHEET_HEADER.join(",")},,`, `${cells(1)},,`, cells(2), `${cells(3)},,stray`].join("\r\n");
    const { result, problems } = await importBytes(Buffer.from(text, "utf8"));
    expect(result).toMatchObject({ rows: 3, badRows: 1, written: 2 });
    expect(problems).toEqual([
      { line: 4, column: "", reason: `Field 9 ("stray") is after the header's last column, 7.` },
    ]);
  });
});

/** The commands as an operator runs them, on the test server's SQLite file (the server keeps running beside them). */
describe.skipIf(ENGINE === "postgres")("the import and export commands", () => {
  let server: TestServer;
  let directory: string;

  beforeAll(async () => {
    server = await startTestServer({ clock });
    directory = mkdtempSync(path.join(tmpdir(), "follow-up-csv-cli-"));
  });
  afterAll(async () => {
    await server?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const run = (script: "import" | "export", args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", `server/interchange/${script}-cli.ts`, ...args], {
      encoding: "utf8",
      env: { ...process.env, DATABASE_PATH: server.databasePath, DATABASE_URL: "", NODE_ENV: "test" },
    });

  it("import: writes the good rows, reports the bad ones to a file and exits with 1; a bad header writes nothing and exits with 2", async () => {
    const practice = await createPractice(server.dataSource);
    const file = path.join(directory, "episodes.csv");
    const report = path.join(directory, "bad-rows.csv");
    writeFileSync(
      file,
      [
        "client_id,occurred_at,symptom,peak_intensity,duration_minutes,episode_type,situation",
        `${practice.clientA.id},2026-11-01T10:00:00Z,WORRY,4,20,ANTICIPATED,"Before work,\nagain"`,
        `${practice.clientA.id},2026-11-02T10:00:00Z,WORRY,12,20,SOMETIMES,`,
        `${practice.clientB.id},2026-11-03T10:00:00Z,PANIC_ATTACK,7,5,UNEXPECTED,Bus`,
      ].join("\n"),
    );
    const before = await count(server, "symptom_episode");
    const imported = run("import", ["--csv", "episodes", file, "--report", report]);
    expect(imported.status).toBe(1);
    expect(imported.stdout).toContain("3 row(s) read; 2 written, 1 bad row(s) left out");
    const reported = parse<Record<string, string>>(readFileSync(report, "utf8"), { columns: true });
    expect(reported.map((row) => [row.line, row.column])).toEqual([
      ["4", "peak_intensity"],
      ["4", "episode_type"],
    ]);
    expect(await count(server, "symptom_episode")).toBe(before + 2);

    writeFileSync(file, "client_id,occurred_at,symptom,peak_intensity,duration_minutes,episode_type,mood\n");
    const badHeader = run("import", ["--csv", "episodes", file]);
    expect(badHeader.status).toBe(2);
    expect(badHeader.stderr).toContain('Unknown column "mood"');
    expect(badHeader.stderr).not.toMatch(/\n\s+at /);
    expect(await count(server, "symptom_episode")).toBe(before + 2);
  });

  it(
    "import: names a file that is not UTF-8 with commas, exits with 2 and writes nothing; reads it with --encoding and --delimiter",
    { timeout: 90_000 },
    async () => {
      const practice = await createPractice(server.dataSource);
      const file = path.join(directory, "sheet.csv");
      const attempt = (bytes: Buffer, options: string[] = []) => {
        writeFileSync(file, bytes);
        return run("import", ["--csv", "episodes", file, ...options]);
      };
      const before = await count(server, "symptom_episode");

      // Excel "CSV (Comma delimited)" whose first accent comes long after the first batch of 1,000 rows.
      const rows = Array.from({ length: 1500 }, (_, i) => [
        String(practice.clientA.id),
        new Date(NOW.getTime() - (i + 1) * 60_000).toISOString(),
        "WORRY",
        "3",
        "10",
        "UNEXPECTED",
        i === 1200 ? SITUATIONS[0]! : "plain",
      ]);
      const legacy = windows1252(sheetText(rows, { separatorRows: true }));
      const refused = attempt(legacy);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain("the file is not UTF-8: save it as CSV UTF-8, or pass --encoding windows-1252");
      expect(refused.stderr).not.toMatch(/\n\s+at /);
      expect(await count(server, "symptom_episode")).toBe(before);

      const read = attempt(legacy, ["--encoding", "windows-1252"]);
      expect(read.status).toBe(0);
      expect(read.stdout).toContain("1500 row(s) read; 1500 written, 0 bad row(s) left out");
      const accented = await server.query<{ situation: string }>(
        `SELECT situation FROM symptom_episode WHERE client_id = ? AND situation <> 'plain'`,
        [practice.clientA.id],
      );
      expect(accented).toEqual([{ situation: SITUATIONS[0] }]);

      // European Excel, semicolons.
      const semicolons = utf8WithBom(
        sheetText(sheetRows(practice.clientB.id), { delimiter: ";", separatorRows: true }),
      );
      const named = attempt(semicolons);
      expect(named.status).toBe(2);
      expect(named.stderr).toContain("separated by semicolons; use commas, or pass --delimiter ';'");
      expect(named.stderr.length).toBeLessThan(300);
      expect(await count(server, "symptom_episode")).toBe(before + 1500);
      expect(attempt(semicolons, ["--delimiter", ";"]).status).toBe(0);

      // Excel "Unicode Text".
      const unicode = attempt(utf16leWithBom(sheetText(sheetRows(practice.clientB.id), { delimiter: "\t" })), [
        "--delimiter",
        "tab",
      ]);
      expect(unicode.status).toBe(2);
      expect(unicode.stderr).toContain(`the file is UTF-16 (Excel's "Unicode Text"): save it as CSV UTF-8`);
      expect(await count(server, "symptom_episode")).toBe(before + 1500 + 3);

      const unknown = attempt(semicolons, ["--encoding", "latin9"]);
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toContain("--encoding takes utf-8 or windows-1252");
    },
  );

  it("export: writes the layout's header and every row", async () => {
    const out = path.join(directory, "export.csv");
    const exported = run("export", ["--csv", "episodes", "--out", out]);
    expect(exported.status).toBe(0);
    const rows = parse(readFileSync(out, "utf8"));
    expect(rows[0]).toEqual(LAYOUTS.episodes.columns.map((column) => column.name));
    expect(rows.length - 1).toBe(await count(server, "symptom_episode"));
  });
});

describe("a database failure part-way through an import", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ clock });
    // The database refuses one particular row, as a constraint or a full disk would refuse a write.
    if (server.engine === "postgres") {
      await server.query(
        `CREATE FUNCTION refuse_episode() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$ LANGUAGE plpgsql`,
      );
      await server.query(
        `CREATE TRIGGER refuse_episode BEFORE INSERT ON symptom_episode FOR EACH ROW WHEN (NEW.duration_minutes = 777) EXECUTE FUNCTION refuse_episode()`,
      );
    } else {
      await server.query(
        `CREATE TRIGGER refuse_episode BEFORE INSERT ON symptom_episode WHEN NEW.duration_minutes = 777 BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`,
      );
    }
  });
  afterAll(async () => {
    await server?.close();
  });

  it("keeps the batches already committed whole and writes nothing of the failing batch", async () => {
    const practice = await createPractice(server.dataSource);
    const lines = ["client_id,occurred_at,symptom,peak_intensity,duration_minutes,episode_type"];
    for (let i = 0; i < 30; i++) {
      lines.push(
        `${practice.clientA.id},${new Date(NOW.getTime() - (i + 1) * 3_600_000).toISOString()},WORRY,3,${i === 14 ? 777 : 10},UNEXPECTED`,
      );
    }
    const before = await count(server, "symptom_episode");
    const error = await importText(server.dataSource, "episodes", lines.join("\n"), { batchSize: 10 }).then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(ImportStoppedError);
    // Rows 11–20 (file lines 12–21) are the second batch.
    expect(error).toMatchObject({ line: 12, written: 10 });
    expect(await count(server, "symptom_episode")).toBe(before + 10);
    // The failing batch's first rows fired the rollup triggers before the refusal; their effect rolled back with them.
    const [rollup] = await server.query<{ n: number | string | null }>(
      `SELECT SUM(episodes) AS n FROM client_week_rollup WHERE client_id = ?`,
      [practice.clientA.id],
    );
    const [raw] = await server.query<{ n: number | string }>(
      `SELECT COUNT(*) AS n FROM symptom_episode WHERE client_id = ?`,
      [practice.clientA.id],
    );
    expect(Number(raw!.n)).toBe(10);
    expect(Number(rollup!.n)).toBe(10);
    const [audited] = await server.query<{ n: number | string }>(
      `SELECT COUNT(*) AS n FROM audit_event WHERE source_address = 'csv import'`,
    );
    expect(Number(audited!.n)).toBe(1);
  });
});
