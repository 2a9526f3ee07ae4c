import { describe, expect, it } from "vitest";
import { ClientStatus } from "../../../server/clients/client.enums.ts";
import { Technique } from "../../../server/common/technique.ts";
import type { ChangeClass } from "../../../server/measures/classification.ts";
import { HomeworkBand, type ClientFacts, type OutcomeFact } from "../../../server/supervision/client-facts.ts";
import { CohortTables, TABLE_VARIABLES, type CohortRecord } from "../../../server/supervision/cohort-tables.ts";
import { cohortGrid, CohortKind } from "../../../server/supervision/cohorts.ts";
import { MetricsGroup } from "../../../server/supervision/metrics.types.ts";
import { KEY_SPACE, perturbationTable } from "../../../server/supervision/perturbation.ts";
import { ReferenceCohortTables } from "../../helpers/cohort-tables-reference.ts";
import { generator } from "../analytics/episode-simulation.ts";

const COMPLAINTS = ["PANIC", "DEPRESSION", "GENERALISED_ANXIETY", "SOCIAL_ANXIETY", "TRAUMA", "OTHER"];
const CHANGES: ChangeClass[] = ["RELIABLE_IMPROVEMENT", "NO_RELIABLE_CHANGE", "RELIABLE_DETERIORATION"];

/** A random client of a random clinic: every fact the tables count drawn independently, often null or zero. */
function randomRecord(random: () => number, therapists: number): CohortRecord {
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
  const outcome = (): OutcomeFact | null =>
    random() < 0.3
      ? null
      : {
          changeClass: pick(CHANGES),
          casenessAtStart: random() < 0.6,
          recovered: random() < 0.4,
          reliablyRecovered: random() < 0.3,
        };
  const byMonth = () => {
    const months = new Map<number, number>();
    for (let m = 0; m < 8; m++) if (random() < 0.5) months.set(m, Math.round(random() * 40));
    return months;
  };
  const assigned = Math.floor(random() * 12);
  const completed = Math.floor(random() * (assigned + 1));
  const facts: ClientFacts = {
    status: pick(Object.values(ClientStatus)),
    sessionsAttended: Math.floor(random() * 20),
    finishedCourse: random() < 0.5,
    nhs: outcome(),
    ors: outcome(),
    flagged: random() < 0.3,
    revisedWithinThreeWeeks: random() < 0.3,
    homework:
      random() < 0.2
        ? null
        : { assigned, completed, partial: 0, notDone: assigned - completed, open: 0, selfAssigned: assigned >> 1 },
    homeworkBand: pick(Object.values(HomeworkBand)),
    plannedTechniques: Object.values(Technique).filter(() => random() < 0.2),
    flagResponse: random() < 0.5 ? null : pick(["REVISED", "NOT_REVISED"] as const),
    episodeRateRatio: random() < 0.3 ? null : random() * 3,
    orsByMonth: byMonth(),
    phq9ByMonth: byMonth(),
  };
  const year = 2023 + Math.floor(random() * 3);
  const month = String(1 + Math.floor(random() * 12)).padStart(2, "0");
  return {
    therapistId: 1 + Math.floor(random() * therapists),
    intakeDate: `${year}-${month}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`,
    complaint: pick(COMPLAINTS),
    recordKey: Math.floor(random() * KEY_SPACE),
    facts,
  };
}

const labels = { complaint: (key: string) => key.toLowerCase(), therapist: (id: number) => `T${id}` };
const table = perturbationTable();

describe("the protected tables, numbered cell by cell", () => {
  for (const [seed, clients, therapists, k] of [
    [1, 40, 3, 5],
    [2, 300, 8, 11],
    [3, 900, 25, 11],
    [4, 1500, 12, 3],
  ] as const) {
    it(`match the tables keyed by string, figure for figure (seed ${seed}, ${clients} clients, k = ${k})`, () => {
      const random = generator(seed);
      const records = Array.from({ length: clients }, () => randomRecord(random, therapists));
      const intakes = records.map((r) => r.intakeDate).sort();
      const grid = cohortGrid(intakes[0]!, intakes.at(-1)!, "2025-12-31");
      const fast = new CohortTables(grid, records, k, table);
      const reference = new ReferenceCohortTables(grid, records, k, table);

      let hidden = 0;
      let cells = 0;
      for (const cohort of grid) {
        const groupings =
          cohort.kind === CohortKind.YEAR
            ? [MetricsGroup.COMPLAINT, MetricsGroup.INTAKE_QUARTER, MetricsGroup.THERAPIST]
            : [MetricsGroup.COMPLAINT];
        for (const groupBy of groupings) {
          expect(fast.layout(cohort, groupBy, labels, true)).toEqual(reference.layout(cohort, groupBy, labels, true));
          expect(fast.response(cohort, groupBy, labels)).toEqual(reference.response(cohort, groupBy, labels));
          const { total, rows, therapists: byTherapist } = reference.layout(cohort, groupBy, labels, true);
          for (const row of [total, ...rows.map((r) => r.id), ...byTherapist.map((r) => r.id)]) {
            for (const variable of TABLE_VARIABLES) {
              const expected = reference.figure(row, variable);
              expect(expected).toBeDefined();
              expect(fast.figure(row, variable)).toEqual(expected);
              cells++;
              if (expected!.hidden) hidden++;
            }
          }
        }
      }
      expect(fast.figure("no such row", "clients")).toBeUndefined();
      expect(fast.figure(`${grid[0]!.id}|all`, "no such variable")).toBeUndefined();
      // The comparison covered hidden and shown cells both.
      expect(hidden).toBeGreaterThan(0);
      expect(hidden).toBeLessThan(cells);
    });
  }
});
