import { describe, expect, it } from "vitest";
import { suppressCells } from "../../../server/supervision/suppression.ts";

const K = 11;

/** Every relation must have 0 or ≥ 2 suppressed members: with exactly one, total − others gives it away. */
function recoverable(relations: string[][], suppressed: Set<string>): string[] {
  return relations.flatMap((relation) => {
    const hidden = relation.filter((id) => suppressed.has(id));
    return hidden.length === 1 ? hidden : [];
  });
}

describe("small-cell suppression", () => {
  it("suppresses a second cell in the CLINICAL.md row [3, 20, 25] with total 48", () => {
    const values = new Map([["total", 48], ["a", 3], ["b", 20], ["c", 25]]);
    const relations = [["total", "a", "b", "c"]];
    const suppressed = suppressCells({ values, relations, minCellSize: K });
    expect(suppressed.has("a")).toBe(true);
    expect(suppressed.size).toBeGreaterThanOrEqual(2);
    expect(suppressed.has("total")).toBe(false);
    // What is left published cannot give 3 back: 48 − 25 = 23 is the sum of two hidden cells.
    expect(recoverable(relations, suppressed)).toEqual([]);
    const published = [...values.keys()].filter((id) => !suppressed.has(id));
    expect(published).toEqual(["total", "c"]);
  });

  it("suppresses every count from 1 to k − 1 and shows 0 and k", () => {
    const values = new Map([["zero", 0], ["one", 1], ["ten", 10], ["eleven", 11]]);
    const suppressed = suppressCells({ values, relations: [], minCellSize: K });
    expect([...suppressed].sort()).toEqual(["one", "ten"]);
  });

  it("protects a small group across a two-way table: its row, its column and the totals", () => {
    // Groups A (3 clients), B (30), C (40); columns active / discharged.
    const cells: Record<string, number> = {
      "A.all": 3, "A.active": 2, "A.discharged": 1,
      "B.all": 30, "B.active": 18, "B.discharged": 12,
      "C.all": 40, "C.active": 25, "C.discharged": 15,
      "T.all": 73, "T.active": 45, "T.discharged": 28,
    };
    const values = new Map(Object.entries(cells));
    const relations = [
      ["A.all", "A.active", "A.discharged"],
      ["B.all", "B.active", "B.discharged"],
      ["C.all", "C.active", "C.discharged"],
      ["T.all", "T.active", "T.discharged"],
      ["T.all", "A.all", "B.all", "C.all"],
      ["T.active", "A.active", "B.active", "C.active"],
      ["T.discharged", "A.discharged", "B.discharged", "C.discharged"],
    ];
    const suppressed = suppressCells({ values, relations, minCellSize: K });
    for (const id of ["A.all", "A.active", "A.discharged"]) expect(suppressed.has(id)).toBe(true);
    expect(recoverable(relations, suppressed)).toEqual([]);
    // At least one cell of another group is hidden in each column that held A's.
    for (const column of ["all", "active", "discharged"]) {
      expect(["B", "C"].some((group) => suppressed.has(`${group}.${column}`))).toBe(true);
    }
  });
});
