/**
 * Small-cell suppression for anonymised tables (CLINICAL.md "Anonymised caseload metrics").
 *
 * - Primary: a count from 1 to k − 1 is suppressed (CMS cell-size rule; k = the clinic's minimum cell size, 11 by
 *   default; 0 may be shown).
 * - Complementary: every published additive relation (a total and its parts: a row, a column, a partition of a
 *   group) must have no suppressed member or at least two, or subtraction recovers the one. Whenever a relation has
 *   exactly one, the smallest other non-zero member is suppressed too, parts before totals, until no relation has
 *   exactly one.
 *
 * This stops recovery by subtraction within any single relation, which is what the rule asks. It does not solve the
 * general linear-algebra attack over many relations at once (that needs an optimisation solver such as tau-ARGUS);
 * the tables here are small partitions, where the single-relation rule is the accepted practice.
 */
export interface SuppressionProblem {
  /** Cell id → count. */
  values: ReadonlyMap<string, number>;
  /** Each relation: [totalId, ...partIds], meaning total = sum of parts. */
  relations: readonly (readonly string[])[];
  minCellSize: number;
}

export function suppressCells(problem: SuppressionProblem): Set<string> {
  const { values, relations, minCellSize } = problem;
  const suppressed = new Set<string>();
  for (const [id, value] of values) if (value >= 1 && value < minCellSize) suppressed.add(id);

  // A worklist of relations: one is looked at again only when one of its cells has just been hidden, since only
  // that can change how many of its members are hidden. It ends when no relation has exactly one hidden member.
  const relationsOf = new Map<string, number[]>();
  relations.forEach((relation, r) => {
    for (const id of relation) (relationsOf.get(id) ?? relationsOf.set(id, []).get(id)!).push(r);
  });
  const queue = relations.map((_, r) => r);
  const queued = new Uint8Array(relations.length).fill(1);
  for (let next = 0; next < queue.length; next++) {
    const r = queue[next]!;
    queued[r] = 0;
    const relation = relations[r]!;
    let hidden = 0;
    for (const id of relation) if (suppressed.has(id)) hidden++;
    if (hidden !== 1) continue;
    const candidates = relation
      .map((id, position) => ({ id, position, value: values.get(id) ?? 0 }))
      .filter((cell) => !suppressed.has(cell.id))
      // non-zero first, then smallest, then parts (position > 0) before the total
      .sort((a, b) => Number(a.value === 0) - Number(b.value === 0) || a.value - b.value || Number(a.position === 0) - Number(b.position === 0));
    if (candidates.length === 0) continue;
    const chosen = candidates[0]!.id;
    suppressed.add(chosen);
    for (const other of relationsOf.get(chosen) ?? []) {
      if (!queued[other]) {
        queued[other] = 1;
        queue.push(other);
      }
    }
  }
  return suppressed;
}
