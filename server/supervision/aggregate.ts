import { quantiles } from "../measures/index.ts";
import { ClientStatus } from "../clients/client.enums.ts";
import type { ClientFacts, OutcomeFact } from "./client-facts.ts";
import type { Count, CoursePoint, Distribution, MetricsRow, OutcomeRates, Rate } from "./metrics.types.ts";
import { suppressCells } from "./suppression.ts";

const TOTAL = "__total__";

/** Counts kept per group; each list below is an additive relation [total, ...parts]. */
const COUNT_RELATIONS = [
  ["clients", "active", "discharged", "droppedOut"],
  ["active", "flagged", "notFlagged"],
  ["flagged", "revised", "notRevised"],
  ...(["nhs", "ors"] as const).flatMap((m) => [
    [`${m}.eligible`, `${m}.improved`, `${m}.unchanged`, `${m}.deteriorated`],
    [`${m}.eligible`, `${m}.caseness`, `${m}.notCaseness`],
    [`${m}.caseness`, `${m}.recovered`, `${m}.notRecovered`],
    [`${m}.caseness`, `${m}.reliablyRecovered`, `${m}.notReliablyRecovered`],
  ]),
];
const COUNT_NAMES = [...new Set(COUNT_RELATIONS.flat())];

function counts(facts: ClientFacts[]): Record<string, number> {
  const c: Record<string, number> = Object.fromEntries(COUNT_NAMES.map((name) => [name, 0]));
  for (const f of facts) {
    c.clients!++;
    if (f.status === ClientStatus.ACTIVE) c.active!++;
    if (f.status === ClientStatus.DISCHARGED) c.discharged!++;
    if (f.status === ClientStatus.DROPPED_OUT) c.droppedOut!++;
    if (f.status === ClientStatus.ACTIVE) c[f.flagged ? "flagged" : "notFlagged"]!++;
    if (f.flagged) c[f.revisedWithinThreeWeeks ? "revised" : "notRevised"]!++;
    for (const [m, o] of [["nhs", f.nhs], ["ors", f.ors]] as [string, OutcomeFact | null][]) {
      if (!o) continue;
      c[`${m}.eligible`]!++;
      c[`${m}.${o.changeClass === "RELIABLE_IMPROVEMENT" ? "improved" : o.changeClass === "RELIABLE_DETERIORATION" ? "deteriorated" : "unchanged"}`]!++;
      if (!o.casenessAtStart) {
        c[`${m}.notCaseness`]!++;
        continue;
      }
      c[`${m}.caseness`]!++;
      c[`${m}.${o.recovered ? "recovered" : "notRecovered"}`]!++;
      c[`${m}.${o.reliablyRecovered ? "reliablyRecovered" : "notReliablyRecovered"}`]!++;
    }
  }
  return c;
}

export function distribution(values: number[], minCellSize: number, hidden = false): Distribution {
  if (hidden || values.length < minCellSize) {
    return { median: null, q1: null, q3: null, clients: null, suppressed: hidden || values.length > 0 };
  }
  const [q1, median, q3] = quantiles(values, [0.25, 0.5, 0.75]);
  return { median: median!, q1: q1!, q3: q3!, clients: values.length, suppressed: false };
}

export interface Grouping {
  /** Prefix that keeps this grouping's cells apart from another's. */
  name: string;
  groups: Map<string, ClientFacts[]>;
  labelOf: (key: string) => string;
}

/**
 * Groupings of one cohort → anonymised rows. All cells of all groupings go through primary and complementary
 * suppression together, sharing the one total row, so a figure hidden in one table cannot be recovered from the
 * same total shown beside another table (rows, columns and within-group partitions are the relations). A rate is
 * shown only when both of its counts are; medians and homework rates need at least `minCellSize` clients behind
 * them.
 */
export function aggregate(groupings: Grouping[], minCellSize: number): { tables: MetricsRow[][]; total: MetricsRow } {
  const all = [...groupings[0]!.groups.values()].flat();
  const keyed = groupings.map((grouping) => ({
    ...grouping,
    keys: [...grouping.groups.keys()].sort().map((key) => ({ key, id: `${grouping.name}:${key}` })),
  }));
  const perGroup = new Map<string, Record<string, number>>([[TOTAL, counts(all)]]);
  for (const grouping of keyed) for (const { key, id } of grouping.keys) perGroup.set(id, counts(grouping.groups.get(key)!));
  const values = new Map<string, number>();
  for (const [key, c] of perGroup) for (const [name, value] of Object.entries(c)) values.set(`${key}|${name}`, value);
  const relations = [
    ...[...perGroup.keys()].flatMap((key) => COUNT_RELATIONS.map((relation) => relation.map((name) => `${key}|${name}`))),
    ...keyed.flatMap((grouping) => COUNT_NAMES.map((name) => [`${TOTAL}|${name}`, ...grouping.keys.map(({ id }) => `${id}|${name}`)])),
  ];
  const suppressed = suppressCells({ values, relations, minCellSize });

  const count = (key: string, name: string): Count => {
    const id = `${key}|${name}`;
    return suppressed.has(id) ? { value: null, suppressed: true } : { value: values.get(id)!, suppressed: false };
  };
  const rate = (key: string, numerator: string, denominator: string): Rate => {
    const n = count(key, numerator);
    const d = count(key, denominator);
    if (n.suppressed || d.suppressed) return { numerator: null, denominator: null, rate: null, suppressed: true };
    return { numerator: n.value, denominator: d.value, rate: d.value ? n.value! / d.value : null, suppressed: false };
  };
  const itemRate = (key: string, facts: ClientFacts[], part: "completed" | "selfAssigned"): Rate => {
    const whole = part === "completed" ? (h: NonNullable<ClientFacts["homework"]>) => h.completed + h.partial + h.notDone : (h: NonNullable<ClientFacts["homework"]>) => h.assigned;
    const numerator = facts.reduce((sum, f) => sum + (f.homework?.[part] ?? 0), 0);
    const denominator = facts.reduce((sum, f) => sum + (f.homework ? whole(f.homework) : 0), 0);
    const clients = count(key, "clients");
    // Item counts are counts too: none from 1 to k − 1 is shown, and the group itself must be shown.
    const small = (n: number) => n >= 1 && n < minCellSize;
    if (clients.suppressed || (clients.value ?? 0) < minCellSize || small(numerator) || small(denominator)) {
      return { numerator: null, denominator: null, rate: null, suppressed: facts.length > 0 };
    }
    return { numerator, denominator, rate: denominator ? numerator / denominator : null, suppressed: false };
  };
  const outcomes = (key: string): OutcomeRates[] =>
    (["nhs", "ors"] as const).map((m) => ({
      measure: m === "nhs" ? "NHS_PHQ9_GAD7" : "ORS",
      eligible: count(key, `${m}.eligible`),
      reliableImprovement: rate(key, `${m}.improved`, `${m}.eligible`),
      noReliableChange: rate(key, `${m}.unchanged`, `${m}.eligible`),
      reliableDeterioration: rate(key, `${m}.deteriorated`, `${m}.eligible`),
      atCasenessAtStart: count(key, `${m}.caseness`),
      recovery: rate(key, `${m}.recovered`, `${m}.caseness`),
      reliableRecovery: rate(key, `${m}.reliablyRecovered`, `${m}.caseness`),
    }));
  const row = (key: string, facts: ClientFacts[], label: string): MetricsRow => {
    // A distribution's client count would give away a group size that suppression hid.
    const hidden = count(key, "clients").suppressed;
    const spread = (values: number[]) => (hidden ? distribution([], minCellSize, true) : distribution(values, minCellSize));
    return {
    label,
    clients: count(key, "clients"),
    active: count(key, "active"),
    discharged: count(key, "discharged"),
    droppedOut: count(key, "droppedOut"),
    sessionsPerClient: spread(facts.map((f) => f.sessionsAttended)),
    outcomes: outcomes(key),
    flagged: rate(key, "flagged", "active"),
    revisedWithinThreeWeeks: rate(key, "revised", "flagged"),
    homeworkCompletion: itemRate(key, facts, "completed"),
    selfAssignedHomework: itemRate(key, facts, "selfAssigned"),
    episodeRateRatio: spread(facts.flatMap((f) => (f.episodeRateRatio == null ? [] : [f.episodeRateRatio]))),
    };
  };
  return {
    tables: keyed.map((grouping) => grouping.keys.map(({ key, id }) => row(id, grouping.groups.get(key)!, grouping.labelOf(key)))),
    total: row(TOTAL, all, "All clients"),
  };
}

/** Clinic-wide median ORS and PHQ-9 by month in treatment; a month with fewer clients than the cell size is suppressed. */
export function typicalCourse(facts: ClientFacts[], minCellSize: number): CoursePoint[] {
  const byMonth = new Map<number, { ors: number[]; phq9: number[] }>();
  const at = (month: number) => byMonth.get(month) ?? byMonth.set(month, { ors: [], phq9: [] }).get(month)!;
  for (const f of facts) {
    for (const [month, value] of f.orsByMonth) at(month).ors.push(value);
    for (const [month, value] of f.phq9ByMonth) at(month).phq9.push(value);
  }
  return [...byMonth]
    .sort(([a], [b]) => a - b)
    .map(([month, values]) => ({
      monthInTreatment: month,
      ors: distribution(values.ors, minCellSize),
      phq9: distribution(values.phq9, minCellSize),
    }));
}
