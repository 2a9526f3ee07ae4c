import type { CohortTables, MetricsLabels } from "../../server/supervision/cohort-tables.ts";
import { parseCohort } from "../../server/supervision/cohorts.ts";
import type { MetricsGroup } from "../../server/supervision/metrics.types.ts";
import type { GraphQLSession } from "./graphql-client.ts";

/**
 * The supervisor as attacker (docs/privacy.md): it asks for every cohort the API allows under every grouping, twice,
 * and subtracts whatever it can — every pair of overlapping cohorts, and every total minus the sum of its rows —
 * looking for counts from 1 to k − 1. Each derived figure is checked against the truth the server holds.
 */

const COUNT = `{ value suppressed }`;
const RATE = `{ numerator denominator rate suppressed }`;
const SPREAD = `{ median q1 q3 clients suppressed }`;
const OUTCOMES = `{ measure eligible ${COUNT} reliableImprovement ${RATE} noReliableChange ${RATE} reliableDeterioration ${RATE}
             atCasenessAtStart ${COUNT} recovery ${RATE} reliableRecovery ${RATE} }`;
const WHAT_WORKS_GROUP = `{ key label courses ${COUNT} outcomes { measure eligible ${COUNT} reliableImprovement ${RATE} } }`;
const WHAT_WORKS = `{ homeworkBands ${WHAT_WORKS_GROUP} plannedTechniques ${WHAT_WORKS_GROUP}
  revisionAfterFlag { responseDays flaggedCourses ${COUNT} revisedInTime ${RATE} groups ${WHAT_WORKS_GROUP} } }`;
const ROW = `{ label clients ${COUNT} active ${COUNT} discharged ${COUNT} droppedOut ${COUNT} finishedCourses ${COUNT}
  sessionsPerClient ${SPREAD} outcomes ${OUTCOMES} inTreatmentOutcomes ${OUTCOMES}
  flagged ${RATE} revisedWithinThreeWeeks ${RATE} homeworkCompletion ${RATE} selfAssignedHomework ${RATE} episodeRateRatio ${SPREAD}
  whatWorks ${WHAT_WORKS} }`;
export const METRICS_QUERY = `query ($cohort: String, $groupBy: MetricsGroup!) { caseloadMetrics(cohort: $cohort, groupBy: $groupBy) {
  cohort { id kind label } groupBy minCellSize rows ${ROW} total ${ROW} therapists ${ROW}
  typicalCourse { monthInTreatment ors ${SPREAD} phq9 ${SPREAD} } } }`;

type Value = number | null;
/** A published row as the attacker reads it: variable → value (null when hidden). */
type PublishedRow = Map<string, Value>;

/** The counts a row carries, under the names the server's tables use. */
function countsOf(row: any): PublishedRow {
  const counts = new Map<string, Value>();
  const put = (variable: string, value: Value) => {
    // The same count shown twice in a row (a rate's denominator, a spread's size) must agree.
    if (counts.has(variable) && counts.get(variable) !== value)
      throw new Error(`${row.label}: ${variable} shown as ${counts.get(variable)} and ${value}`);
    counts.set(variable, value);
  };
  put("clients", row.clients.value);
  put("active", row.active.value);
  put("discharged", row.discharged.value);
  put("droppedOut", row.droppedOut.value);
  put("finished", row.finishedCourses.value);
  if (!row.sessionsPerClient.suppressed && row.sessionsPerClient.clients != null)
    put("clients", row.sessionsPerClient.clients);
  const rate = (r: any, numerator: string, denominator: string) => {
    if (r.suppressed) return;
    put(numerator, r.numerator);
    put(denominator, r.denominator);
  };
  rate(row.flagged, "flagged", "active");
  rate(row.revisedWithinThreeWeeks, "revised", "flagged");
  rate(row.homeworkCompletion, "hw.completed", "hw.reviewed");
  rate(row.selfAssignedHomework, "hw.self", "hw.assigned");
  for (const [table, outcome] of [
    ...row.outcomes.map((o: any) => ["finished", o]),
    ...row.inTreatmentOutcomes.map((o: any) => ["inTreatment", o]),
  ]) {
    const m = `${table}.${outcome.measure === "ORS" ? "ors" : "nhs"}`;
    put(`${m}.eligible`, outcome.eligible.value);
    put(`${m}.caseness`, outcome.atCasenessAtStart.value);
    rate(outcome.reliableImprovement, `${m}.improved`, `${m}.eligible`);
    rate(outcome.noReliableChange, `${m}.unchanged`, `${m}.eligible`);
    rate(outcome.reliableDeterioration, `${m}.deteriorated`, `${m}.eligible`);
    rate(outcome.recovery, `${m}.recovered`, `${m}.caseness`);
    rate(outcome.reliableRecovery, `${m}.reliablyRecovered`, `${m}.caseness`);
  }
  // The what-works tables, under the server's names: a group of finished courses, and per measure its rated and
  // improved courses.
  const group = (prefix: string, g: any) => {
    put(`${prefix}.courses`, g.courses.value);
    for (const outcome of g.outcomes) {
      const m = `${prefix}.${outcome.measure === "ORS" ? "ors" : "nhs"}`;
      put(`${m}.eligible`, outcome.eligible.value);
      rate(outcome.reliableImprovement, `${m}.improved`, `${m}.eligible`);
    }
  };
  for (const g of row.whatWorks.homeworkBands) group(`ww.hw.${g.key}`, g);
  for (const g of row.whatWorks.plannedTechniques) group(`ww.tech.${g.key}`, g);
  const flag = row.whatWorks.revisionAfterFlag;
  put("ww.flag.courses", flag.flaggedCourses.value);
  rate(flag.revisedInTime, "ww.flag.REVISED.courses", "ww.flag.courses");
  for (const g of flag.groups) group(`ww.flag.${g.key}`, g);
  return counts;
}

/** One thing the attacker works out: plus and minus published cells, and the truth of the same arithmetic. */
interface Derivation {
  description: string;
  derived: number;
  truth: number;
}

export interface AttackFigures {
  requests: number;
  /** Figures subtracted or summed, over all derivations. */
  cellsCompared: number;
  derivations: number;
  /** Derivations whose true value is a count from 1 to k − 1. */
  smallTargets: number;
  /** …worked out exactly: the failure the protection exists to prevent. */
  exactRecoveries: number;
  /** Derivations of exactly one client, worked out exactly. */
  singledOut: number;
  /** Every repeated request gave the same answer, and every count the same value wherever it was shown. */
  consistent: boolean;
  /** The same subtractions on figures with no protection at all, then with perturbation alone. */
  unprotected: { smallTargets: number; exactRecoveries: number };
  perturbationOnly: { smallTargets: number; exactRecoveries: number };
  /**
   * The subtractions on the what-works tables' counts alone (`ww.…`), protected, then with perturbation alone: they
   * are part of every figure above, and reported apart to show the new tables were attacked too.
   */
  whatWorks: {
    derivations: number;
    smallTargets: number;
    exactRecoveries: number;
    perturbationOnly: { smallTargets: number; exactRecoveries: number };
  };
  /** Within a row: a hidden part estimated as its total minus the shown parts (perturbation is the protection). */
  withinRow: { estimates: number; smallTargets: number; exactByChance: number };
  /**
   * Across a row's two outcome tables: the ended courses that were not finished courses, estimated as discharged +
   * dropped out − finished courses (a count no table shows). Perturbation is the protection here too.
   */
  crossTable: { estimates: number; smallTargets: number; exactByChance: number };
  /** Every published count by `row#variable`, and its true value: for comparing two moments (`differenceOverTime`). */
  published: Map<string, { shown: Value; truth: number }>;
  examples: string[];
}

/**
 * The attacker who asks again later: every count shown both times, the later figure minus the earlier one. When a
 * client finishes a course, that client leaves the clients-in-treatment table and enters the finished-course table,
 * so the differences of the cells they left and entered are ±1: the subtraction the protection must withstand.
 * Suppression protects each moment's tables on their own; across moments, a changed cell's perturbation is drawn
 * afresh (its clients changed), which is what keeps the difference uncertain.
 */
export function differenceOverTime(
  before: AttackFigures,
  after: AttackFigures,
  minCellSize: number,
): { compared: number; changed: number; smallTargets: number; exactByChance: number; unchangedShownSame: boolean } {
  let compared = 0;
  let changed = 0;
  let smallTargets = 0;
  let exactByChance = 0;
  let unchangedShownSame = true;
  for (const [key, earlier] of before.published) {
    const later = after.published.get(key);
    if (later == null || earlier.shown == null || later.shown == null) continue;
    compared++;
    const truth = later.truth - earlier.truth;
    if (truth === 0) {
      // Nobody entered or left the cell: the same clients give the same published figure.
      if (later.shown !== earlier.shown) unchangedShownSame = false;
      continue;
    }
    changed++;
    if (Math.abs(truth) >= minCellSize) continue;
    smallTargets++;
    if (later.shown - earlier.shown === truth) exactByChance++;
  }
  return { compared, changed, smallTargets, exactByChance, unchangedShownSame };
}

interface Truth {
  tables: CohortTables;
  labels: MetricsLabels;
  minCellSize: number;
}

/** The published rows of one response, by the row ids the server's tables use for the same clients. */
interface Response {
  cohort: string;
  groupBy: string;
  total: { id: string; counts: PublishedRow };
  rows: { id: string; label: string; counts: PublishedRow }[];
}

export async function attackAsSupervisor(
  supervisor: GraphQLSession,
  truth: Truth,
  repeats = 2,
): Promise<AttackFigures> {
  const k = truth.minCellSize;
  const small = (n: number) => n >= 1 && n < k;
  let requests = 0;
  const cohortsResponse = await supervisor.request<any>(`{ metricsCohorts { id kind groupings } }`);
  requests++;
  if (cohortsResponse.errors) throw new Error(JSON.stringify(cohortsResponse.errors));
  const cohorts: { id: string; kind: string; groupings: string[] }[] = cohortsResponse.data.metricsCohorts;

  let consistent = true;
  const responses: Response[] = [];
  /** The same requests as an unprotected server would answer them: every group listed. */
  const unprotectedResponses: Response[] = [];
  for (const cohort of cohorts) {
    for (const groupBy of cohort.groupings) {
      let first: string | null = null;
      for (let i = 0; i < repeats; i++) {
        const response = await supervisor.request<any>(METRICS_QUERY, { cohort: cohort.id, groupBy });
        requests++;
        if (response.errors) throw new Error(JSON.stringify(response.errors));
        const text = JSON.stringify(response.data);
        if (first != null && text !== first) consistent = false;
        first ??= text;
      }
      const metrics = JSON.parse(first!).caseloadMetrics;
      const layout = truth.tables.layout(parseCohort(cohort.id), groupBy as MetricsGroup, truth.labels);
      const idOf = new Map(layout.rows.map((row) => [row.label, row.id]));
      if (metrics.rows.length !== layout.rows.length)
        throw new Error(`${cohort.id} ${groupBy}: rows do not match the tables`);
      responses.push({
        cohort: cohort.id,
        groupBy,
        total: { id: layout.total, counts: countsOf(metrics.total) },
        rows: metrics.rows.map((row: any) => ({ id: idOf.get(row.label)!, label: row.label, counts: countsOf(row) })),
      });
      const everyRow = truth.tables.layout(parseCohort(cohort.id), groupBy as MetricsGroup, truth.labels, true);
      const variables = countsOf(metrics.total);
      unprotectedResponses.push({
        cohort: cohort.id,
        groupBy,
        total: { id: everyRow.total, counts: variables },
        rows: everyRow.rows.map((row) => ({ ...row, counts: variables })),
      });
    }
  }

  // Every count must read the same wherever it is shown (a quarter's total inside its year, say).
  const seen = new Map<string, Value>();
  for (const response of responses) {
    for (const row of [response.total, ...response.rows]) {
      for (const [variable, value] of row.counts) {
        const key = `${row.id}#${variable}`;
        if (seen.has(key) && seen.get(key) !== value) consistent = false;
        seen.set(key, value);
      }
    }
  }

  const trueValue = (row: string, variable: string) => truth.tables.figure(row, variable)?.value ?? 0;
  const perturbed = (row: string, variable: string) => truth.tables.figure(row, variable)?.perturbed ?? 0;

  /**
   * The attacker's subtractions: `whole` minus each `part` it can see. `read` gives the figure the attacker has for
   * a cell (null when it has none); the truth is the same arithmetic on true values over the same cells.
   */
  const derivations = (responses: Response[], read: (row: string, variable: string) => Value) => {
    const found: Derivation[] = [];
    let cells = 0;
    const subtract = (description: string, whole: string, parts: string[], variables: Iterable<string>) => {
      for (const variable of variables) {
        const top = read(whole, variable);
        if (top == null) continue;
        const known = parts.filter((part) => read(part, variable) != null);
        if (known.length === 0) continue;
        cells += 1 + known.length;
        found.push({
          description: `${description}: ${variable}`,
          derived: top - known.reduce((sum, part) => sum + read(part, variable)!, 0),
          truth: trueValue(whole, variable) - known.reduce((sum, part) => sum + trueValue(part, variable), 0),
        });
      }
    };
    const byCohort = new Map<string, Response[]>();
    for (const response of responses)
      (byCohort.get(response.cohort) ?? byCohort.set(response.cohort, []).get(response.cohort)!).push(response);
    for (const response of responses) {
      const variables = new Set([...response.total.counts.keys()]);
      // Every total minus the sum of its rows.
      subtract(
        `${response.cohort} by ${response.groupBy}, total − rows`,
        response.total.id,
        response.rows.map((row) => row.id),
        variables,
      );
      // Every pair of overlapping cohorts: a year and each of its quarters, row by row and total by total; and the
      // year minus all its quarters together.
      if (response.cohort.includes("-Q")) continue;
      const quarters = [...byCohort.keys()].filter((id) => id.startsWith(`${response.cohort}-Q`));
      for (const quarter of quarters) {
        for (const other of byCohort.get(quarter)!) {
          if (other.groupBy !== response.groupBy && response.groupBy !== "COMPLAINT") continue;
          subtract(`${response.cohort} − ${quarter}, total`, response.total.id, [other.total.id], variables);
          for (const row of response.rows) {
            const match = other.rows.find((candidate) => candidate.label === row.label);
            if (match) subtract(`${response.cohort} − ${quarter}, ${row.label}`, row.id, [match.id], variables);
          }
        }
      }
      for (const row of response.rows) {
        const parts = quarters.flatMap((quarter) =>
          byCohort
            .get(quarter)!
            .flatMap((other) =>
              other.rows.filter((candidate) => candidate.label === row.label).map((candidate) => candidate.id),
            ),
        );
        subtract(`${response.cohort} − its quarters, ${row.label}`, row.id, [...new Set(parts)], variables);
      }
    }
    return { found, cells };
  };

  const published = (row: string, variable: string): Value => {
    const key = `${row}#${variable}`;
    return seen.has(key) ? seen.get(key)! : null;
  };
  const attack = derivations(responses, published);
  const smallTargets = attack.found.filter((d) => small(d.truth));
  const exact = smallTargets.filter((d) => d.derived === d.truth);

  // Controls: the same subtractions with nothing hidden, first on true figures, then on perturbed ones.
  const everything =
    (value: (row: string, variable: string) => number) =>
    (row: string, variable: string): Value =>
      truth.tables.figure(row, variable) ? value(row, variable) : null;
  const bare = derivations(unprotectedResponses, everything(trueValue)).found.filter((d) => small(d.truth));
  const noisy = derivations(unprotectedResponses, everything(perturbed)).found.filter((d) => small(d.truth));

  // Within a row, a hidden part is only estimated: total minus the shown parts, each with its own perturbation.
  // The homework bands split the finished courses, and the flagged courses split by their plan's revision.
  const bands = ["TOO_FEW", "LOW", "MIDDLE", "HIGH"].map((band) => `ww.hw.${band}`);
  const partitions = [
    ["clients", "active", "discharged", "droppedOut"],
    ...["finished", "inTreatment"].flatMap((table) =>
      ["nhs", "ors"].map((m) => ["eligible", "improved", "unchanged", "deteriorated"].map((v) => `${table}.${m}.${v}`)),
    ),
    ["finished", ...bands.map((band) => `${band}.courses`)],
    ...["nhs", "ors"].flatMap((m) =>
      ["eligible", "improved"].map((v) => [`finished.${m}.${v}`, ...bands.map((band) => `${band}.${m}.${v}`)]),
    ),
    ["ww.flag.courses", "ww.flag.REVISED.courses", "ww.flag.NOT_REVISED.courses"],
  ];
  let estimates = 0;
  let withinSmall = 0;
  let exactByChance = 0;
  for (const response of responses) {
    for (const row of [response.total, ...response.rows]) {
      for (const [total, ...parts] of partitions) {
        const top = row.counts.get(total!);
        const hidden = parts.filter((part) => row.counts.get(part) == null);
        if (top == null || hidden.length === 0) continue;
        estimates++;
        const derived =
          top -
          parts.filter((part) => row.counts.get(part) != null).reduce((sum, part) => sum + row.counts.get(part)!, 0);
        const target = hidden.reduce((sum, part) => sum + trueValue(row.id, part), 0);
        if (!small(target)) continue;
        withinSmall++;
        if (derived === target) exactByChance++;
      }
    }
  }

  // Across the two outcome tables of a row: ended courses that were not finished courses.
  const crossTable = { estimates: 0, smallTargets: 0, exactByChance: 0 };
  for (const response of responses) {
    for (const row of [response.total, ...response.rows]) {
      const [discharged, droppedOut, finished] = ["discharged", "droppedOut", "finished"].map((v) => row.counts.get(v));
      if (discharged == null || droppedOut == null || finished == null) continue;
      crossTable.estimates++;
      const target = trueValue(row.id, "discharged") + trueValue(row.id, "droppedOut") - trueValue(row.id, "finished");
      if (!small(target)) continue;
      crossTable.smallTargets++;
      if (discharged + droppedOut - finished === target) crossTable.exactByChance++;
    }
  }
  const isWhatWorks = (d: Derivation) => d.description.includes(": ww.");
  const publishedFigures = new Map<string, { shown: Value; truth: number }>();
  for (const [key, shown] of seen) {
    const [row, variable] = key.split("#") as [string, string];
    publishedFigures.set(key, { shown, truth: trueValue(row, variable) });
  }

  return {
    requests,
    cellsCompared: attack.cells,
    derivations: attack.found.length,
    smallTargets: smallTargets.length,
    exactRecoveries: exact.length,
    singledOut: exact.filter((d) => d.truth === 1).length,
    consistent,
    unprotected: { smallTargets: bare.length, exactRecoveries: bare.length },
    perturbationOnly: {
      smallTargets: noisy.length,
      exactRecoveries: noisy.filter((d) => d.derived === d.truth).length,
    },
    whatWorks: {
      derivations: attack.found.filter(isWhatWorks).length,
      smallTargets: smallTargets.filter(isWhatWorks).length,
      exactRecoveries: exact.filter(isWhatWorks).length,
      perturbationOnly: {
        smallTargets: noisy.filter(isWhatWorks).length,
        exactRecoveries: noisy.filter((d) => isWhatWorks(d) && d.derived === d.truth).length,
      },
    },
    withinRow: { estimates, smallTargets: withinSmall, exactByChance },
    crossTable,
    published: publishedFigures,
    examples: exact.slice(0, 5).map((d) => `${d.description} = ${d.derived}`),
  };
}
