import { describe, expect, it } from "vitest";
import { protectCells } from "../../../server/supervision/suppression.ts";

const K = 11;
const small = (n: number) => n >= 1 && n < K;

/**
 * An attacker written independently of the code under test: it repeats "a relation with one unknown member gives
 * that member" over every relation until nothing changes, then reports every small value it learnt, either as a
 * derived cell or as the sum of the unknown parts of a relation whose total it knows.
 */
function attack(values: Map<string, number>, relations: string[][], hidden: Set<string>): string[] {
  const known = new Map<string, number>();
  for (const [id, value] of values) if (!hidden.has(id)) known.set(id, value);
  for (let changed = true; changed;) {
    changed = false;
    for (const [total, ...parts] of relations) {
      const unknown = [total!, ...parts].filter((id) => !known.has(id));
      if (unknown.length !== 1) continue;
      const missing = unknown[0]!;
      const value =
        missing === total
          ? parts.reduce((sum, id) => sum + known.get(id)!, 0)
          : known.get(total!)! - parts.filter((id) => id !== missing).reduce((sum, id) => sum + known.get(id)!, 0);
      known.set(missing, value);
      changed = true;
    }
  }
  const leaks: string[] = [];
  for (const [id, value] of known) if (hidden.has(id) && small(value)) leaks.push(`${id} = ${value}`);
  for (const [total, ...parts] of relations) {
    if (!known.has(total!)) continue;
    const unknown = parts.filter((id) => !known.has(id));
    const sum = known.get(total!)! - parts.filter((id) => known.has(id)).reduce((s, id) => s + known.get(id)!, 0);
    if (unknown.length >= 2 && small(sum)) leaks.push(`${unknown.join(" + ")} = ${sum}`);
  }
  return leaks;
}

const primaryOf = (values: Map<string, number>) => [...values].filter(([, value]) => small(value)).map(([id]) => id);

describe("small-cell protection against an attacker who subtracts", () => {
  it("hides a second cell in the row [3, 20, 25] with total 48, and the attacker learns no small count", () => {
    const values = new Map([
      ["total", 48],
      ["a", 3],
      ["b", 20],
      ["c", 25],
    ]);
    const relations = [["total", "a", "b", "c"]];
    const hidden = protectCells({ values, primary: primaryOf(values), relations, minCellSize: K });
    expect([...hidden].sort()).toEqual(["a", "b"]);
    expect(attack(values, relations, hidden)).toEqual([]);
  });

  it("hides more than two cells when the two smallest still sum to a small count", () => {
    // Hiding 5 and 3 alone would give 30 − 22 = 8 "left treatment": a count from 1 to 10.
    const values = new Map([
      ["clients", 30],
      ["active", 22],
      ["discharged", 5],
      ["dropped", 3],
    ]);
    const relations = [["clients", "active", "discharged", "dropped"]];
    const hidden = protectCells({ values, primary: primaryOf(values), relations, minCellSize: K });
    expect([...hidden].sort()).toEqual(["active", "discharged", "dropped"]);
    expect(attack(values, relations, hidden)).toEqual([]);
  });

  it("blocks a chain: a cell hidden to protect another cannot be worked out through a second relation", () => {
    // a = 4 is hidden, b = 15 with it; but b is also T2 − c, which would give back a = T1 − b.
    const values = new Map([
      ["T1", 19],
      ["a", 4],
      ["b", 15],
      ["T2", 40],
      ["c", 25],
    ]);
    const relations = [
      ["T1", "a", "b"],
      ["T2", "b", "c"],
    ];
    const hidden = protectCells({ values, primary: primaryOf(values), relations, minCellSize: K });
    expect(hidden.has("a")).toBe(true);
    expect(attack(values, relations, hidden)).toEqual([]);
    // Without the second relation's protection the attack would have worked: the attacker is live.
    expect(attack(values, relations, new Set(["a", "b"]))).toEqual(["a = 4"]);
  });

  it("never hides a zero or a count of k or more on its own, and shows whatever nothing needs hidden", () => {
    const values = new Map([
      ["zero", 0],
      ["one", 1],
      ["ten", 10],
      ["eleven", 11],
    ]);
    const hidden = protectCells({ values, primary: primaryOf(values), relations: [], minCellSize: K });
    expect([...hidden].sort()).toEqual(["one", "ten"]);
  });

  it("hides a group with its head, and hides a head only when nothing cheaper protects the relation", () => {
    const values = new Map([
      ["T", 50],
      ["A", 4],
      ["B", 20],
      ["C", 26],
      ["B.x", 12],
      ["B.y", 8],
    ]);
    const relations = [
      ["T", "A", "B", "C"],
      ["B", "B.x", "B.y"],
    ];
    const groups = new Map([["B", ["B.x", "B.y"]]]);
    const hidden = protectCells({ values, primary: primaryOf(values), relations, minCellSize: K, groups });
    // C is the cheaper complement for A (B is a group head): B stays listed, and B.y = 8 takes B.x with it.
    expect(hidden.has("C")).toBe(true);
    expect(hidden.has("B")).toBe(false);
    expect(hidden.has("B.x")).toBe(true);
    expect(attack(values, relations, hidden)).toEqual([]);
    const headHidden = protectCells({
      values,
      primary: ["B", ...primaryOf(values)],
      relations,
      minCellSize: K,
      groups,
    });
    expect(headHidden.has("B.x") && headHidden.has("B.y")).toBe(true);
  });

  it("leaves nothing for the attacker in 300 random two-way tables with their margins, and still shows most large cells", () => {
    // A seeded generator, so a failure can be replayed.
    let state = 12345;
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let shownLarge = 0;
    let large = 0;
    for (let trial = 0; trial < 300; trial++) {
      const rows = 2 + Math.floor(next() * 5);
      const columns = 2 + Math.floor(next() * 4);
      const values = new Map<string, number>();
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < columns; c++)
          values.set(`${r},${c}`, next() < 0.4 ? Math.floor(next() * 11) : 11 + Math.floor(next() * 40));
      const relations: string[][] = [];
      for (let r = 0; r < rows; r++) {
        values.set(
          `${r},T`,
          Array.from({ length: columns }, (_, c) => values.get(`${r},${c}`)!).reduce((a, b) => a + b, 0),
        );
        relations.push([`${r},T`, ...Array.from({ length: columns }, (_, c) => `${r},${c}`)]);
      }
      for (const c of [...Array.from({ length: columns }, (_, i) => String(i)), "T"]) {
        values.set(
          `T,${c}`,
          Array.from({ length: rows }, (_, r) => values.get(`${r},${c}`)!).reduce((a, b) => a + b, 0),
        );
        relations.push([`T,${c}`, ...Array.from({ length: rows }, (_, r) => `${r},${c}`)]);
      }
      relations.push(["T,T", ...Array.from({ length: columns }, (_, c) => `T,${c}`)]);
      const hidden = protectCells({ values, primary: primaryOf(values), relations, minCellSize: K });
      expect(attack(values, relations, hidden), `table ${trial}`).toEqual([]);
      for (const [id, value] of values) {
        if (value < K) continue;
        large++;
        if (!hidden.has(id)) shownLarge++;
      }
    }
    // Protection has a cost, but it is not "hide everything".
    expect(shownLarge / large).toBeGreaterThan(0.5);
  });
});
