/**
 * Small-cell suppression over linked tables (docs/privacy.md).
 *
 * A relation [total, ...parts] says total = sum of parts: a cohort's total and its groups, a year and its quarters.
 * All the tables a supervisor may ask for in a clinic are one problem, so what one request hides another cannot
 * give away.
 *
 * - Primary: the caller hides counts from 1 to k − 1 (k = the clinic's minimum cell size), and counts whose
 *   perturbed value fell below k.
 * - Every relation then holds no hidden member or at least two. So no relation has a single unknown member, and an
 *   attacker who subtracts cannot work out any hidden cell, not even along a chain of relations: the first step of
 *   any chain would need such a relation.
 * - Where a relation's total is shown, its hidden parts sum to 0 or to k or more: subtracting the shown parts from
 *   the total gives that sum, which must not be a small count either.
 * Each relation that breaks a rule hides one more of its cells, the smallest non-zero one first, a part before the
 * total, and a group's head (a row's client count, which takes the row with it) last; until every relation keeps
 * both rules. This answers subtraction along any chain of relations, which is what differencing is. It does not
 * solve the general linear system over many relations at once (an optimiser such as tau-ARGUS does that); the
 * perturbation of every shown count (perturbation.ts) is what protects against those combinations.
 */
export interface DisclosureProblem {
  /** Cell id → true count. */
  values: ReadonlyMap<string, number>;
  /** Cells hidden from the start. */
  primary: Iterable<string>;
  /** Each relation: [totalId, ...partIds], meaning total = sum of parts. */
  relations: readonly (readonly string[])[];
  minCellSize: number;
  /** Head cell → every cell of its group: hiding the head hides the group (a row is not listed without its count). */
  groups?: ReadonlyMap<string, readonly string[]>;
}

/**
 * The same problem over cells numbered 0 … cells − 1, for large tables: values in an array, relations packed one
 * after another (relation r is `members[starts[r]]` … `members[starts[r + 1] − 1]`, its total first), and a group
 * head's cells listed by `groups`. Returns a flag per cell: 1 where hidden.
 */
export interface IndexedDisclosureProblem {
  cells: number;
  values: ArrayLike<number>;
  primary: Iterable<number>;
  /** Offsets into `members`: one per relation, and one past the last. */
  starts: ArrayLike<number>;
  members: ArrayLike<number>;
  minCellSize: number;
  groups?: ReadonlyMap<number, readonly number[]>;
}

export function protectCells(problem: DisclosureProblem): Set<string> {
  // Number every cell named anywhere, in the order first met, and solve over the numbers.
  const index = new Map<string, number>();
  const ids: string[] = [];
  const number = (id: string) => {
    let n = index.get(id);
    if (n === undefined) {
      n = ids.length;
      index.set(id, n);
      ids.push(id);
    }
    return n;
  };
  for (const id of problem.values.keys()) number(id);
  const starts = [0];
  const members: number[] = [];
  for (const relation of problem.relations) {
    for (const id of relation) members.push(number(id));
    starts.push(members.length);
  }
  const primary = [...problem.primary].map(number);
  const groups = new Map<number, number[]>();
  for (const [head, cells] of problem.groups ?? []) groups.set(number(head), cells.map(number));
  const values = ids.map((id) => problem.values.get(id) ?? 0);
  const hidden = protectIndexedCells({
    cells: ids.length,
    values,
    primary,
    starts,
    members,
    minCellSize: problem.minCellSize,
    groups,
  });
  const result = new Set<string>();
  hidden.forEach((flag, n) => {
    if (flag) result.add(ids[n]!);
  });
  return result;
}

export function protectIndexedCells(problem: IndexedDisclosureProblem): Uint8Array {
  const { values, starts, members, minCellSize } = problem;
  const groups = problem.groups ?? new Map<number, readonly number[]>();
  const small = (n: number) => n >= 1 && n < minCellSize;
  const relationCount = starts.length - 1;

  // Each cell's relations, in relation order, packed the same way.
  const memberships = new Int32Array(problem.cells + 1);
  for (let i = 0; i < members.length; i++) memberships[members[i]! + 1]!++;
  for (let c = 0; c < problem.cells; c++) memberships[c + 1]! += memberships[c]!;
  const relationsOf = new Int32Array(members.length);
  const filled = memberships.slice(0, problem.cells);
  for (let r = 0; r < relationCount; r++)
    for (let i = starts[r]!; i < starts[r + 1]!; i++) relationsOf[filled[members[i]!]!++] = r;

  // A worklist of relations: one is looked at again only when one of its cells has just been hidden.
  const queue: number[] = Array.from({ length: relationCount }, (_, r) => r);
  const queued = new Uint8Array(relationCount).fill(1);
  const hidden = new Uint8Array(problem.cells);
  const hideOne = (cell: number) => {
    if (hidden[cell]) return;
    hidden[cell] = 1;
    for (let i = memberships[cell]!; i < memberships[cell + 1]!; i++) {
      const r = relationsOf[i]!;
      if (!queued[r]) {
        queued[r] = 1;
        queue.push(r);
      }
    }
  };
  const hide = (cell: number) => {
    hideOne(cell);
    for (const other of groups.get(cell) ?? []) hideOne(other);
  };
  for (const cell of problem.primary) hide(cell);

  // Cost of hiding a cell to protect another: a group's head last, a zero never helps, then the smaller value, and
  // a part before the total. Of equal costs, the first in the relation.
  const cheaper = (a: number, aPosition: number, b: number, bPosition: number) => {
    const headA = groups.has(a) ? 1 : 0;
    const headB = groups.has(b) ? 1 : 0;
    if (headA !== headB) return headA < headB;
    const zeroA = values[a] === 0 ? 1 : 0;
    const zeroB = values[b] === 0 ? 1 : 0;
    if (zeroA !== zeroB) return zeroA < zeroB;
    if (values[a] !== values[b]) return values[a]! < values[b]!;
    return (aPosition === 0 ? 1 : 0) < (bPosition === 0 ? 1 : 0);
  };

  for (let next = 0; next < queue.length; next++) {
    const r = queue[next]!;
    queued[r] = 0;
    const start = starts[r]!;
    const end = starts[r + 1]!;
    let hiddenMembers = 0;
    let hiddenParts = 0;
    let hiddenSum = 0;
    for (let i = start; i < end; i++) {
      const cell = members[i]!;
      if (!hidden[cell]) continue;
      hiddenMembers++;
      if (i > start) {
        hiddenParts++;
        hiddenSum += values[cell]!;
      }
    }
    const total = members[start]!;
    const single = hiddenMembers === 1;
    const smallSum = !hidden[total] && hiddenParts >= 2 && small(hiddenSum);
    if (!single && !smallSum) continue;
    // A small sum grows only by hiding another part; a single hidden member is covered by any other.
    let chosen = -1;
    let chosenPosition = -1;
    for (let i = start; i < end; i++) {
      const cell = members[i]!;
      const position = i - start;
      if (hidden[cell] || !(single || position > 0)) continue;
      if (chosen === -1 || cheaper(cell, position, chosen, chosenPosition)) {
        chosen = cell;
        chosenPosition = position;
      }
    }
    if (chosen === -1 && smallSum) chosen = total;
    if (chosen !== -1) hide(chosen);
  }
  return hidden;
}
