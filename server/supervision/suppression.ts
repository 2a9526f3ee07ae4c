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

export function protectCells(problem: DisclosureProblem): Set<string> {
  const { values, relations, minCellSize } = problem;
  const groups = problem.groups ?? new Map<string, readonly string[]>();
  const small = (n: number) => n >= 1 && n < minCellSize;
  const valueOf = (id: string) => values.get(id) ?? 0;

  const relationsOf = new Map<string, number[]>();
  relations.forEach((relation, r) => {
    for (const id of relation) (relationsOf.get(id) ?? relationsOf.set(id, []).get(id)!).push(r);
  });
  // A worklist of relations: one is looked at again only when one of its cells has just been hidden.
  const queue = relations.map((_, r) => r);
  const queued = new Uint8Array(relations.length).fill(1);
  const hidden = new Set<string>();
  const hide = (id: string) => {
    for (const cell of [id, ...(groups.get(id) ?? [])]) {
      if (hidden.has(cell)) continue;
      hidden.add(cell);
      for (const r of relationsOf.get(cell) ?? []) {
        if (!queued[r]) {
          queued[r] = 1;
          queue.push(r);
        }
      }
    }
  };
  for (const id of problem.primary) hide(id);

  // Cost of hiding a cell to protect another: a group's head last, a zero never helps, then the smaller value, and
  // a part before the total.
  const cost = (id: string, position: number) => [
    groups.has(id) ? 1 : 0,
    valueOf(id) === 0 ? 1 : 0,
    valueOf(id),
    position === 0 ? 1 : 0,
  ];
  const compare = (a: number[], b: number[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return 0;
  };

  for (let next = 0; next < queue.length; next++) {
    const r = queue[next]!;
    queued[r] = 0;
    const relation = relations[r]!;
    let hiddenMembers = 0;
    let hiddenParts = 0;
    let hiddenSum = 0;
    relation.forEach((id, position) => {
      if (!hidden.has(id)) return;
      hiddenMembers++;
      if (position > 0) {
        hiddenParts++;
        hiddenSum += valueOf(id);
      }
    });
    const single = hiddenMembers === 1;
    const smallSum = !hidden.has(relation[0]!) && hiddenParts >= 2 && small(hiddenSum);
    if (!single && !smallSum) continue;
    // A small sum grows only by hiding another part; a single hidden member is covered by any other.
    const candidates = relation
      .map((id, position) => ({ id, position }))
      .filter(({ id, position }) => !hidden.has(id) && (single || position > 0))
      .sort((a, b) => compare(cost(a.id, a.position), cost(b.id, b.position)));
    const chosen = candidates[0]?.id ?? (smallSum ? relation[0]! : null);
    if (chosen) hide(chosen);
  }
  return hidden;
}
