import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DomainError } from "../../../server/common/errors.ts";
import { buildEpisodeRow } from "../../../server/episodes/episode-row.ts";
import { EpisodeType, LoggedBy, Symptom, TriggerCategory } from "../../../server/episodes/episode.enums.ts";
import { buildHomeworkRow } from "../../../server/homework/homework-row.ts";
import { AssignedBy, HomeworkType } from "../../../server/homework/homework.enums.ts";
import { DOC_FILE, withGeneratedTables } from "../../../server/interchange/csv/layout-docs.ts";
import { columnOfField, LAYOUTS, type CsvColumn, type CsvKind } from "../../../server/interchange/csv/layouts.ts";
import { DEFAULT_RULES } from "../../../server/measures/rules.ts";
import { buildSessionRow } from "../../../server/sessions/session-row.ts";
import { Attendance, IssueCategory, SessionKind } from "../../../server/sessions/session.enums.ts";

const NOW = new Date("2026-11-20T17:00:00.000Z");

/** A valid input of each kind, as the services take it, with every field the layouts name filled in. */
function validInput(kind: CsvKind): Record<string, unknown> {
  switch (kind) {
    case "sessions":
      return {
        occurredAt: new Date("2026-11-02T15:00:00Z"),
        attendance: Attendance.ATTENDED,
        kind: SessionKind.FOLLOW_UP,
        weekRating: 5,
        ors: { individual: 5, interpersonal: 5, social: 5, overall: 5 },
        srs: { relationship: 9, goalsAndTopics: 9, approachOrMethod: 9, overall: 9 },
        phq9: [1, 1, 1, 1, 1, 1, 1, 1, 0],
        gad7: [1, 1, 1, 1, 1, 1, 1],
        priorityIssue: { category: IssueCategory.PANIC, text: "text" },
        techniquesUsed: [],
        crisis: false,
        privateNotes: "notes",
      };
    case "homework":
      return {
        type: HomeworkType.OTHER,
        description: "do it",
        dueDate: "2026-11-25",
        assignedBy: AssignedBy.THERAPIST,
        assignedAt: NOW,
        helpfulness: 5,
      };
    case "episodes":
      return {
        occurredAt: new Date("2026-11-02T15:00:00Z"),
        symptom: Symptom.WORRY,
        peakIntensity: 5,
        durationMinutes: 10,
        episodeType: EpisodeType.UNEXPECTED,
        triggerCategory: TriggerCategory.OTHER,
        situation: "s",
        thoughtsBefore: "t",
        feelingsBefore: "f",
        thoughtsDuring: "t",
        feelingsDuring: "f",
        thoughtsAfter: "t",
        feelingsAfter: "f",
        whatIDid: "w",
        wishIHadDone: "w",
      };
  }
}

/** Sets `ors.individual`, `phq9[8]` or `weekRating` in a copy of the input. */
function withField(input: Record<string, unknown>, field: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(input);
  const [, head, index, tail] = /^(\w+)(?:\[(\d+)\]|\.(\w+))?$/.exec(field)!;
  if (index !== undefined) (copy[head!] as unknown[])[Number(index)] = value;
  else if (tail !== undefined) (copy[head!] as Record<string, unknown>)[tail] = value;
  else copy[head!] = value;
  return copy;
}

/** The services' own row builder, which the API runs; throws their validation error. */
function build(kind: CsvKind, input: Record<string, unknown>): void {
  if (kind === "sessions")
    buildSessionRow(input as never, { clientId: 1, therapistId: 1 }, "America/Toronto", DEFAULT_RULES, NOW);
  else if (kind === "homework") buildHomeworkRow(input as never, 1, "2026-11-20");
  else
    buildEpisodeRow(
      input as never,
      { clientId: 1, loggedBy: LoggedBy.CLIENT, loggedByUserId: 1 },
      "America/Toronto",
      NOW,
    );
}

function fieldRejected(kind: CsvKind, column: CsvColumn, value: unknown): string | null {
  try {
    build(kind, withField(validInput(kind), column.field, value));
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return columnOfField(LAYOUTS[kind], error.field);
  }
}

const KINDS: CsvKind[] = ["sessions", "homework", "episodes"];

describe("the CSV layouts agree with the services' validation", () => {
  it.each(KINDS)("%s: each range is exactly what the service accepts", (kind) => {
    const ranged = LAYOUTS[kind].columns.filter((column) => column.range);
    expect(ranged.length).toBeGreaterThan(0);
    for (const column of ranged) {
      const [min, max] = column.range!(DEFAULT_RULES);
      const step = column.type === "decimal" ? 0.1 : 1;
      expect([column.name, fieldRejected(kind, column, min)]).toEqual([column.name, null]);
      expect([column.name, fieldRejected(kind, column, max)]).toEqual([column.name, null]);
      expect([column.name, fieldRejected(kind, column, min - step)]).toEqual([column.name, column.name]);
      expect([column.name, fieldRejected(kind, column, max + step)]).toEqual([column.name, column.name]);
    }
  });

  it.each(KINDS)("%s: each text length is exactly what the service accepts", (kind) => {
    const limited = LAYOUTS[kind].columns.filter((column) => column.maxLength !== undefined);
    expect(limited.length).toBeGreaterThan(0);
    for (const column of limited) {
      expect([column.name, fieldRejected(kind, column, "x".repeat(column.maxLength!))]).toEqual([column.name, null]);
      expect([column.name, fieldRejected(kind, column, "x".repeat(column.maxLength! + 1))]).toEqual([
        column.name,
        column.name,
      ]);
    }
  });

  it("names every column once, in snake case", () => {
    for (const kind of KINDS) {
      const names = LAYOUTS[kind].columns.map((column) => column.name);
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
    }
  });
});

describe("docs/csv.md", () => {
  it("has the column tables the layouts generate", () => {
    const document = readFileSync(DOC_FILE, "utf8");
    expect(document).toBe(withGeneratedTables(document));
  });

  it.each(KINDS)("has a %s template whose header is the layout", (kind) => {
    const header = readFileSync(`docs/csv/${kind}.csv`, "utf8").split("\n")[0]!.trim();
    expect(header.split(",")).toEqual(LAYOUTS[kind].columns.map((column) => column.name));
  });
});
