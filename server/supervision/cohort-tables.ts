import { ClientStatus } from "../clients/client.enums.ts";
import { quantiles } from "../measures/index.ts";
import type { Cohort } from "./cohorts.ts";
import { CohortKind, cohortsOf, isPartOf } from "./cohorts.ts";
import { Technique } from "../common/technique.ts";
import {
  HOMEWORK_BANDS,
  HomeworkBand,
  REVISION_RESPONSE_DAYS,
  type ClientFacts,
  type FlagResponse,
  type OutcomeFact,
} from "./client-facts.ts";
import {
  MetricsGroup,
  type CaseloadWhatWorks,
  type CaseloadWhatWorksGroup,
  type Count,
  type CoursePoint,
  type Distribution,
  type MetricsRow,
  type OutcomeRates,
  type Rate,
} from "./metrics.types.ts";
import { cellKeyOf, perturbationFor, type PerturbationTable } from "./perturbation.ts";
import { protectIndexedCells } from "./suppression.ts";

/** One client of a year's intake cohort, as the tables read it. */
export interface CohortRecord {
  therapistId: number;
  intakeDate: string;
  complaint: string;
  /** The client's random record key (never leaves the server). */
  recordKey: number;
  facts: ClientFacts;
}

const MEASURES = ["nhs", "ors"] as const;

/**
 * The two outcome tables, each over its own clients (docs/clinical.md, "Anonymised figures for supervisors"):
 * finished courses, as NHS Talking Therapies counts them and comparable with its published rates; and clients still
 * in treatment, on their latest scores, which are not. A client who ends a course leaves the one for the other.
 */
const OUTCOME_TABLES = {
  finished: (f: ClientFacts) => f.finishedCourse,
  inTreatment: (f: ClientFacts) => f.status === ClientStatus.ACTIVE,
} as const;
type OutcomeTable = keyof typeof OUTCOME_TABLES;

/** The published counts of clients: each is the set of a row's clients for which the test holds. */
const CLIENT_COUNTS: Record<string, (f: ClientFacts) => boolean> = {
  clients: () => true,
  active: (f) => f.status === ClientStatus.ACTIVE,
  discharged: (f) => f.status === ClientStatus.DISCHARGED,
  droppedOut: (f) => f.status === ClientStatus.DROPPED_OUT,
  finished: (f) => f.finishedCourse,
  flagged: (f) => f.status === ClientStatus.ACTIVE && f.flagged,
  revised: (f) => f.status === ClientStatus.ACTIVE && f.flagged && f.revisedWithinThreeWeeks,
  ...Object.fromEntries(
    (Object.keys(OUTCOME_TABLES) as OutcomeTable[]).flatMap((table) =>
      MEASURES.flatMap((measure) => {
        const m = `${table}.${measure}`;
        const o = (f: ClientFacts): OutcomeFact | null => (OUTCOME_TABLES[table](f) ? f[measure] : null);
        return [
          [`${m}.eligible`, (f: ClientFacts) => o(f) != null],
          [`${m}.improved`, (f: ClientFacts) => o(f)?.changeClass === "RELIABLE_IMPROVEMENT"],
          [
            `${m}.unchanged`,
            (f: ClientFacts) =>
              o(f) != null &&
              o(f)!.changeClass !== "RELIABLE_IMPROVEMENT" &&
              o(f)!.changeClass !== "RELIABLE_DETERIORATION",
          ],
          [`${m}.deteriorated`, (f: ClientFacts) => o(f)?.changeClass === "RELIABLE_DETERIORATION"],
          [`${m}.caseness`, (f: ClientFacts) => o(f)?.casenessAtStart === true],
          [`${m}.recovered`, (f: ClientFacts) => o(f)?.casenessAtStart === true && o(f)!.recovered],
          [`${m}.reliablyRecovered`, (f: ClientFacts) => o(f)?.casenessAtStart === true && o(f)!.reliablyRecovered],
        ] as const;
      }),
    ),
  ),
};

/**
 * The what-works tables' groups of finished courses (docs/clinical.md, "What works, across the caseload"): by band of
 * homework completion, by each technique the plan named (a course counts under every technique its plan named), and
 * the courses flagged off track, by whether the plan was revised within three weeks of the first flag.
 */
const WHAT_WORKS_GROUPS: Record<string, (f: ClientFacts) => boolean> = {
  ...Object.fromEntries(
    Object.values(HomeworkBand).map((band) => [`ww.hw.${band}`, (f: ClientFacts) => f.homeworkBand === band]),
  ),
  ...Object.fromEntries(
    Object.values(Technique).map((technique) => [
      `ww.tech.${technique}`,
      (f: ClientFacts) => f.plannedTechniques.includes(technique),
    ]),
  ),
  "ww.flag.REVISED": (f) => f.flagResponse === "REVISED",
  "ww.flag.NOT_REVISED": (f) => f.flagResponse === "NOT_REVISED",
};

/** Each what-works group's counts: its finished courses, and per measure those rated twice and those improved. */
const WHAT_WORKS_COUNTS: Record<string, (f: ClientFacts) => boolean> = {
  "ww.flag.courses": (f) => f.finishedCourse && f.flagResponse != null,
  ...Object.fromEntries(
    Object.entries(WHAT_WORKS_GROUPS).flatMap(([group, member]): [string, (f: ClientFacts) => boolean][] => {
      const inGroup = (f: ClientFacts) => f.finishedCourse && member(f);
      return [
        [`${group}.courses`, inGroup],
        ...MEASURES.flatMap((measure): [string, (f: ClientFacts) => boolean][] => [
          [`${group}.${measure}.eligible`, (f: ClientFacts) => inGroup(f) && f[measure] != null],
          [
            `${group}.${measure}.improved`,
            (f: ClientFacts) => inGroup(f) && f[measure]?.changeClass === "RELIABLE_IMPROVEMENT",
          ],
        ]),
      ];
    }),
  ),
};

const HOMEWORK_BAND_LABELS: Record<HomeworkBand, string> = {
  [HomeworkBand.TOO_FEW]: `Fewer than ${HOMEWORK_BANDS.MIN_REVIEWED} homework items reviewed`,
  [HomeworkBand.LOW]: `Under ${HOMEWORK_BANDS.LOW_BELOW * 100}% of homework completed`,
  [HomeworkBand.MIDDLE]: `${HOMEWORK_BANDS.LOW_BELOW * 100}–${HOMEWORK_BANDS.HIGH_FROM * 100 - 1}% of homework completed`,
  [HomeworkBand.HIGH]: `${HOMEWORK_BANDS.HIGH_FROM * 100}% or more of homework completed`,
};

const TECHNIQUE_LABELS: Record<Technique, string> = {
  [Technique.PSYCHOEDUCATION]: "Psychoeducation",
  [Technique.GROUNDING]: "Grounding",
  [Technique.BREATHING]: "Paced breathing",
  [Technique.THOUGHT_RECORD]: "Thought records",
  [Technique.COGNITIVE_RESTRUCTURING]: "Cognitive restructuring",
  [Technique.ASSERTIVENESS_PRACTICE]: "Assertiveness practice",
  [Technique.BEHAVIOURAL_EXPERIMENT]: "Behavioural experiments",
  [Technique.EXPOSURE]: "Exposure",
  [Technique.ACTIVITY_SCHEDULING]: "Activity scheduling",
  [Technique.PROBLEM_SOLVING]: "Problem solving",
  [Technique.RELAXATION]: "Relaxation",
  [Technique.MINDFULNESS]: "Mindfulness",
  [Technique.OTHER]: "Other techniques",
};

const FLAG_RESPONSE_LABELS: Record<FlagResponse, string> = {
  REVISED: `Plan revised within ${REVISION_RESPONSE_DAYS / 7} weeks of the first flag`,
  NOT_REVISED: `Plan not revised within ${REVISION_RESPONSE_DAYS / 7} weeks`,
};

/** The published counts of homework items, summed over a row's clients. */
const ITEM_COUNTS: Record<string, (f: ClientFacts) => number> = {
  "hw.assigned": (f) => f.homework?.assigned ?? 0,
  "hw.reviewed": (f) => (f.homework ? f.homework.completed + f.homework.partial + f.homework.notDone : 0),
  "hw.completed": (f) => f.homework?.completed ?? 0,
  "hw.self": (f) => f.homework?.selfAssigned ?? 0,
};

/** Item counts are keyed apart from client counts over the same clients, by a fixed offset per variable. */
const ITEM_KEY_OFFSET: Record<string, number> = Object.fromEntries(
  Object.keys(ITEM_COUNTS).map((name, i) => [name, 0x2545f491 * (i + 1)]),
);

/** Every published variable of a row, in a fixed order: the client counts, the what-works counts, the item counts. */
const COUNT_TESTS = [...Object.values(CLIENT_COUNTS), ...Object.values(WHAT_WORKS_COUNTS)];
const ITEMS = Object.entries(ITEM_COUNTS);
const VARIABLES = [...Object.keys(CLIENT_COUNTS), ...Object.keys(WHAT_WORKS_COUNTS), ...ITEMS.map(([name]) => name)];
/** The names of a row's published counts, for privacy audits and tests that read every cell with `figure`. */
export const TABLE_VARIABLES: readonly string[] = VARIABLES;
const VARIABLE_INDEX = new Map(VARIABLES.map((variable, index) => [variable, index]));
const CLIENTS = VARIABLE_INDEX.get("clients")!;

/**
 * Canonical rows: a cohort (its id, see cohorts.ts) and an optional group within it. The same clients form the same
 * row whichever request shows them: the year's quarter rows are the quarters' totals, the whole history's year rows
 * the years' totals.
 */
const rowId = (cohort: string, dimension: string | null) => `${cohort}|${dimension ?? "all"}`;

interface Row {
  id: string;
  cohort: string;
  /** `complaint=…` or `therapist=…`; null for the cohort's total. */
  dimension: string | null;
  records: CohortRecord[];
}

export interface MetricsLabels {
  complaint: (key: string) => string;
  therapist: (id: number) => string;
}

export interface ListedRow {
  id: string;
  label: string;
}

export interface CellFigure {
  value: number;
  perturbed: number;
  hidden: boolean;
}

/**
 * Every table a supervisor may ask for in a clinic — the whole history, each year and each quarter, by complaint;
 * the history by year and by therapist; each year by quarter and by therapist — built, perturbed and protected
 * together, so that what one request shows no other request can undo (docs/privacy.md). Read one cohort's tables
 * with `response`.
 *
 * Cells are numbered row by row, `row × VARIABLES.length + variable`, and held in typed arrays: a network's tables
 * have some hundred thousand cells, which as keyed objects cost tens of megabytes.
 */
export class CohortTables {
  private readonly rowIndex = new Map<string, number>();
  private readonly rows: Row[] = [];
  private readonly values: Float64Array;
  private readonly perturbed: Float64Array;
  private readonly hidden: Uint8Array;
  private readonly courseMonths: number[];

  constructor(
    readonly cohorts: Cohort[],
    records: CohortRecord[],
    private readonly minCellSize: number,
    table: PerturbationTable,
  ) {
    const rowOf = (cohort: string, dimension: string | null) => {
      const id = rowId(cohort, dimension);
      let index = this.rowIndex.get(id);
      if (index === undefined) {
        index = this.rows.length;
        this.rowIndex.set(id, index);
        this.rows.push({ id, cohort, dimension, records: [] });
      }
      return index;
    };
    for (const cohort of cohorts) rowOf(cohort.id, null);
    // Each record's rows (the same order of rows as the records give), then its count tests once, added into every
    // row it belongs to.
    const memberStarts = [0];
    const memberRows: number[] = [];
    for (const record of records) {
      for (const cohort of cohortsOf(record.intakeDate)) {
        memberRows.push(rowOf(cohort.id, null), rowOf(cohort.id, `complaint=${record.complaint}`));
        if (cohort.kind !== CohortKind.QUARTER) memberRows.push(rowOf(cohort.id, `therapist=${record.therapistId}`));
      }
      memberStarts.push(memberRows.length);
    }
    const V = VARIABLES.length;
    const cells = this.rows.length * V;
    const values = (this.values = new Float64Array(cells));
    const keySums = new Float64Array(cells);
    const rowKeys = new Float64Array(this.rows.length);
    const tested = new Uint8Array(COUNT_TESTS.length);
    const items = new Float64Array(ITEMS.length);
    records.forEach((record, r) => {
      for (let t = 0; t < COUNT_TESTS.length; t++) tested[t] = COUNT_TESTS[t]!(record.facts) ? 1 : 0;
      for (let i = 0; i < ITEMS.length; i++) items[i] = ITEMS[i]![1](record.facts);
      for (let m = memberStarts[r]!; m < memberStarts[r + 1]!; m++) {
        const row = memberRows[m]!;
        this.rows[row]!.records.push(record);
        rowKeys[row]! += record.recordKey;
        const base = row * V;
        for (let t = 0; t < COUNT_TESTS.length; t++) {
          if (!tested[t]) continue;
          values[base + t]!++;
          keySums[base + t]! += record.recordKey;
        }
        for (let i = 0; i < ITEMS.length; i++) values[base + COUNT_TESTS.length + i]! += items[i]!;
      }
    });
    for (let row = 0; row < this.rows.length; row++)
      for (let i = 0; i < ITEMS.length; i++)
        keySums[row * V + COUNT_TESTS.length + i] = rowKeys[row]! + ITEM_KEY_OFFSET[ITEMS[i]![0]]!;

    const months = new Set<number>();
    for (const record of records)
      for (const byMonth of [record.facts.orsByMonth, record.facts.phq9ByMonth])
        for (const month of byMonth.keys()) months.add(month);
    this.courseMonths = [...months].sort((a, b) => a - b);

    // A row is listed only with its client count: hiding that count hides the row.
    const groups = new Map<number, number[]>();
    for (let row = 0; row < this.rows.length; row++)
      groups.set(
        row * V + CLIENTS,
        Array.from({ length: V }, (_, variable) => row * V + variable),
      );

    // Between rows: a cohort's total is the sum of its groups; the history is the sum of its years and a year the
    // sum of its quarters, in total and group by group. A relation without parts says nothing and is left out.
    const starts: number[] = [0];
    const members: number[] = [];
    const relate = (total: string, parts: string[]) => {
      const totalRow = this.rowIndex.get(total);
      if (totalRow === undefined) return;
      const present: number[] = [];
      for (const part of parts) {
        const row = this.rowIndex.get(part);
        if (row !== undefined) present.push(row);
      }
      if (present.length === 0) return;
      for (let variable = 0; variable < V; variable++) {
        members.push(totalRow * V + variable);
        for (const part of present) members.push(part * V + variable);
        starts.push(members.length);
      }
    };
    const dimensionsByCohort = new Map<string, string[]>();
    for (const row of this.rows) {
      if (row.dimension == null) continue;
      const found = dimensionsByCohort.get(row.cohort) ?? dimensionsByCohort.set(row.cohort, []).get(row.cohort)!;
      found.push(row.dimension);
    }
    for (const cohort of cohorts) {
      const dimensions = dimensionsByCohort.get(cohort.id) ?? [];
      for (const prefix of ["complaint=", "therapist="]) {
        relate(
          rowId(cohort.id, null),
          dimensions.filter((d) => d.startsWith(prefix)).map((d) => rowId(cohort.id, d)),
        );
      }
      const parts = cohorts
        .filter((other) => other.id !== cohort.id && isPartOf(other, cohort))
        .map((other) => other.id);
      for (const dimension of [null, ...dimensions])
        relate(
          rowId(cohort.id, dimension),
          parts.map((part) => rowId(part, dimension)),
        );
    }

    const small = (n: number) => n >= 1 && n < minCellSize;
    const perturbed = (this.perturbed = new Float64Array(cells));
    const primary: number[] = [];
    for (let cell = 0; cell < cells; cell++) {
      const value = values[cell]!;
      const noisy = value + perturbationFor(table, value, cellKeyOf(keySums[cell]!));
      perturbed[cell] = noisy;
      // Suppressed after perturbation: a small true count, or a count whose published value would be small.
      if (small(value) || (value > 0 && noisy < minCellSize)) primary.push(cell);
    }
    this.hidden = protectIndexedCells({ cells, values, primary, starts, members, minCellSize, groups });
  }

  private rowRecords(id: string): CohortRecord[] {
    const index = this.rowIndex.get(id);
    return index === undefined ? [] : this.rows[index]!.records;
  }

  /** A cell's number, if its row exists. */
  private cellOf(row: string, variable: string): number | undefined {
    const index = this.rowIndex.get(row);
    const v = VARIABLE_INDEX.get(variable);
    return index === undefined || v === undefined ? undefined : index * VARIABLES.length + v;
  }

  /**
   * The rows one request shows, by id and label: the cohort's total, its groups under `groupBy`, its therapists.
   * With `everyGroup`, also the groups too small to list (for privacy audits, which compare with no protection).
   */
  layout(
    cohort: Cohort,
    groupBy: MetricsGroup,
    labels: MetricsLabels,
    everyGroup = false,
  ): { total: string; rows: ListedRow[]; therapists: ListedRow[] } {
    const listed = (ids: ListedRow[]) =>
      ids.filter(({ id }) => {
        const cell = this.cellOf(id, "clients");
        return cell !== undefined && (everyGroup || (!this.hidden[cell] && this.values[cell]! > 0));
      });
    const byDimension = (prefix: string, label: (key: string) => string) =>
      this.rows
        .filter((row) => row.cohort === cohort.id && row.dimension?.startsWith(`${prefix}=`))
        .map((row) => ({ id: row.id, label: label(row.dimension!.slice(prefix.length + 1)) }))
        .sort((a, b) => a.label.localeCompare(b.label));
    const byPeriod = () =>
      this.cohorts
        .filter((other) => isPartOf(other, cohort))
        .sort((a, b) => a.from.localeCompare(b.from))
        .map((other) => ({ id: rowId(other.id, null), label: other.label }));
    const therapists =
      cohort.kind === CohortKind.QUARTER
        ? []
        : listed(byDimension("therapist", (key) => labels.therapist(Number(key))));
    const rows =
      groupBy === MetricsGroup.COMPLAINT
        ? listed(byDimension("complaint", labels.complaint))
        : groupBy === MetricsGroup.THERAPIST
          ? therapists
          : listed(byPeriod());
    return { total: rowId(cohort.id, null), rows, therapists };
  }

  /**
   * The figures one request gets: the cohort's total, its groups under `groupBy`, and the typical course, the course
   * worked out when first read.
   */
  response(
    cohort: Cohort,
    groupBy: MetricsGroup,
    labels: MetricsLabels,
  ): { total: MetricsRow; rows: MetricsRow[]; therapists: MetricsRow[]; typicalCourse: CoursePoint[] } {
    const { total, rows, therapists } = this.layout(cohort, groupBy, labels);
    return lazily({
      total: () => this.row(total, "All clients"),
      rows: () => rows.map(({ id, label }) => this.row(id, label)),
      therapists: () => therapists.map(({ id, label }) => this.row(id, label)),
      typicalCourse: () => this.course(total),
    });
  }

  /** A published count's figures: its true value, what is shown, and whether it is hidden (for privacy audits). */
  figure(row: string, variable: string): CellFigure | undefined {
    const cell = this.cellOf(row, variable);
    if (cell === undefined) return undefined;
    return { value: this.values[cell]!, perturbed: this.perturbed[cell]!, hidden: this.hidden[cell] === 1 };
  }

  private count(row: string, variable: string): Count {
    const cell = this.cellOf(row, variable);
    if (cell === undefined) return { value: 0, suppressed: false };
    return this.hidden[cell] ? { value: null, suppressed: true } : { value: this.perturbed[cell]!, suppressed: false };
  }

  /** Rates come from the perturbed numerator and denominator. */
  private rate(row: string, numerator: string, denominator: string): Rate {
    const n = this.count(row, numerator);
    const d = this.count(row, denominator);
    if (n.suppressed || d.suppressed) return { numerator: null, denominator: null, rate: null, suppressed: true };
    return { numerator: n.value, denominator: d.value, rate: d.value ? n.value! / d.value : null, suppressed: false };
  }

  /**
   * Median and quartiles over values from a shown row's clients, when there are at least k of them. Only the row's
   * own client count is published beside them (`counted`); the number of values behind any other spread is not, so
   * it is no count to protect: whether a spread is shown says only whether k values were there.
   */
  private distribution(row: string, values: number[], counted: boolean): Distribution {
    const clients = this.count(row, "clients");
    if (clients.suppressed || values.length < this.minCellSize) {
      return { median: null, q1: null, q3: null, clients: null, suppressed: clients.suppressed || values.length > 0 };
    }
    const [q1, median, q3] = quantiles(values, [0.25, 0.5, 0.75]);
    return { median: median!, q1: q1!, q3: q3!, clients: counted ? clients.value : null, suppressed: false };
  }

  /** A row's figures, each worked out when first read: a request that asks only for labels builds no figure. */
  private row(id: string, label: string): MetricsRow {
    const records = () => this.rowRecords(id);
    const outcomes = (table: OutcomeTable): OutcomeRates[] =>
      MEASURES.map((measure) => ({ measure, m: `${table}.${measure}` })).map(({ measure, m }) => ({
        measure: measure === "nhs" ? "NHS_PHQ9_GAD7" : "ORS",
        eligible: this.count(id, `${m}.eligible`),
        reliableImprovement: this.rate(id, `${m}.improved`, `${m}.eligible`),
        noReliableChange: this.rate(id, `${m}.unchanged`, `${m}.eligible`),
        reliableDeterioration: this.rate(id, `${m}.deteriorated`, `${m}.eligible`),
        atCasenessAtStart: this.count(id, `${m}.caseness`),
        recovery: this.rate(id, `${m}.recovered`, `${m}.caseness`),
        reliableRecovery: this.rate(id, `${m}.reliablyRecovered`, `${m}.caseness`),
      }));
    return lazily<MetricsRow>({
      label: () => label,
      clients: () => this.count(id, "clients"),
      active: () => this.count(id, "active"),
      discharged: () => this.count(id, "discharged"),
      droppedOut: () => this.count(id, "droppedOut"),
      finishedCourses: () => this.count(id, "finished"),
      sessionsPerClient: () =>
        this.distribution(
          id,
          records().map((r) => r.facts.sessionsAttended),
          true,
        ),
      outcomes: () => outcomes("finished"),
      inTreatmentOutcomes: () => outcomes("inTreatment"),
      flagged: () => this.rate(id, "flagged", "active"),
      revisedWithinThreeWeeks: () => this.rate(id, "revised", "flagged"),
      homeworkCompletion: () => this.rate(id, "hw.completed", "hw.reviewed"),
      selfAssignedHomework: () => this.rate(id, "hw.self", "hw.assigned"),
      episodeRateRatio: () =>
        this.distribution(
          id,
          records().flatMap((r) => (r.facts.episodeRateRatio == null ? [] : [r.facts.episodeRateRatio])),
          false,
        ),
      whatWorks: () => this.whatWorks(id),
    });
  }

  /** One what-works group's finished courses and their reliable improvement, from the row's protected cells. */
  private whatWorksGroup(row: string, group: string, key: string, label: string): CaseloadWhatWorksGroup {
    return {
      key,
      label,
      courses: this.count(row, `${group}.courses`),
      outcomes: MEASURES.map((measure) => ({
        measure: measure === "nhs" ? "NHS_PHQ9_GAD7" : "ORS",
        eligible: this.count(row, `${group}.${measure}.eligible`),
        reliableImprovement: this.rate(row, `${group}.${measure}.improved`, `${group}.${measure}.eligible`),
      })),
    };
  }

  /**
   * The row's what-works tables. A technique no finished course of the row planned is left out: its row would be
   * zeros, which the list already says by leaving it out.
   */
  private whatWorks(row: string): CaseloadWhatWorks {
    const shown = (group: CaseloadWhatWorksGroup) => group.courses.suppressed || group.courses.value !== 0;
    return {
      homeworkBands: Object.values(HomeworkBand).map((band) =>
        this.whatWorksGroup(row, `ww.hw.${band}`, band, HOMEWORK_BAND_LABELS[band]),
      ),
      plannedTechniques: Object.values(Technique)
        .map((technique) => this.whatWorksGroup(row, `ww.tech.${technique}`, technique, TECHNIQUE_LABELS[technique]))
        .filter(shown),
      revisionAfterFlag: {
        responseDays: REVISION_RESPONSE_DAYS,
        flaggedCourses: this.count(row, "ww.flag.courses"),
        revisedInTime: this.rate(row, "ww.flag.REVISED.courses", "ww.flag.courses"),
        groups: (["REVISED", "NOT_REVISED"] as const).map((response) =>
          this.whatWorksGroup(row, `ww.flag.${response}`, response, FLAG_RESPONSE_LABELS[response]),
        ),
      },
    };
  }

  /** The row's scores month by month, gathered in one pass over its clients (in their order). */
  private course(id: string): CoursePoint[] {
    const records = this.rowRecords(id);
    const gather = (byMonth: (facts: ClientFacts) => Map<number, number>) => {
      const scores = new Map<number, number[]>();
      for (const record of records)
        for (const [month, score] of byMonth(record.facts)) {
          const list = scores.get(month);
          if (list) list.push(score);
          else scores.set(month, [score]);
        }
      return scores;
    };
    const ors = gather((facts) => facts.orsByMonth);
    const phq9 = gather((facts) => facts.phq9ByMonth);
    return this.courseMonths
      .map((month) => ({
        monthInTreatment: month,
        ors: this.distribution(id, ors.get(month) ?? [], false),
        phq9: this.distribution(id, phq9.get(month) ?? [], false),
      }))
      .filter(
        (point) =>
          point.ors.median != null || point.phq9.median != null || point.ors.suppressed || point.phq9.suppressed,
      );
  }
}

/**
 * An object whose fields are each worked out when first read, then kept as plain values. GraphQL reads only the
 * fields a query selects, so the others are never built.
 */
function lazily<T extends object>(fields: { [K in keyof T]: () => T[K] }): T {
  const object = {} as T;
  for (const key of Object.keys(fields) as (keyof T)[]) {
    Object.defineProperty(object, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        const value = fields[key]();
        Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
        return value;
      },
    });
  }
  return object;
}
