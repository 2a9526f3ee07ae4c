/**
 * The straightforward computation of the protected tables, kept as the reference the faster one in
 * server/supervision/cohort-tables.ts must match figure for figure: every row filtered once per variable, every cell
 * keyed by its string id, and small-cell protection over string ids.
 */
import { ClientStatus } from "../../server/clients/client.enums.ts";
import { quantiles } from "../../server/measures/index.ts";
import type { Cohort } from "../../server/supervision/cohorts.ts";
import { CohortKind, cohortsOf, isPartOf } from "../../server/supervision/cohorts.ts";
import { Technique } from "../../server/common/technique.ts";
import {
  HOMEWORK_BANDS,
  HomeworkBand,
  REVISION_RESPONSE_DAYS,
  type ClientFacts,
  type FlagResponse,
  type OutcomeFact,
} from "../../server/supervision/client-facts.ts";
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
} from "../../server/supervision/metrics.types.ts";
import { cellKeyOf, perturbationFor, type PerturbationTable } from "../../server/supervision/perturbation.ts";
import type { DisclosureProblem } from "../../server/supervision/suppression.ts";

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

/**
 * Canonical rows: a cohort (its id, see cohorts.ts) and an optional group within it. The same clients form the same
 * row whichever request shows them: the year's quarter rows are the quarters' totals, the whole history's year rows
 * the years' totals.
 */
const rowId = (cohort: string, dimension: string | null) => `${cohort}|${dimension ?? "all"}`;
const cellId = (row: string, variable: string) => `${row}#${variable}`;

interface Row {
  id: string;
  records: CohortRecord[];
}

const isTotal = (id: string) => id.endsWith("|all");

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
 */
export class ReferenceCohortTables {
  private readonly rows = new Map<string, Row>();
  private readonly cells = new Map<string, CellFigure>();
  private readonly courseMonths: number[];

  constructor(
    readonly cohorts: Cohort[],
    records: CohortRecord[],
    private readonly minCellSize: number,
    table: PerturbationTable,
  ) {
    const add = (id: string, record: CohortRecord) => {
      const row = this.rows.get(id) ?? this.rows.set(id, { id, records: [] }).get(id)!;
      row.records.push(record);
    };
    for (const cohort of cohorts) this.rows.set(rowId(cohort.id, null), { id: rowId(cohort.id, null), records: [] });
    for (const record of records) {
      for (const cohort of cohortsOf(record.intakeDate)) {
        add(rowId(cohort.id, null), record);
        add(rowId(cohort.id, `complaint=${record.complaint}`), record);
        if (cohort.kind !== CohortKind.QUARTER) add(rowId(cohort.id, `therapist=${record.therapistId}`), record);
      }
    }
    const months = new Set<number>();
    for (const record of records)
      for (const byMonth of [record.facts.orsByMonth, record.facts.phq9ByMonth])
        for (const month of byMonth.keys()) months.add(month);
    this.courseMonths = [...months].sort((a, b) => a - b);

    const values = new Map<string, number>();
    const keySums = new Map<string, number>();
    const variablesByRow = new Map<string, string[]>();
    const relations: string[][] = [];
    const groups = new Map<string, string[]>();
    for (const row of this.rows.values()) {
      const variables: string[] = [];
      const set = (variable: string, value: number, keySum: number) => {
        values.set(cellId(row.id, variable), value);
        keySums.set(cellId(row.id, variable), keySum);
        variables.push(variable);
      };
      for (const [name, counts] of [...Object.entries(CLIENT_COUNTS), ...Object.entries(WHAT_WORKS_COUNTS)]) {
        const counted = row.records.filter((record) => counts(record.facts));
        set(
          name,
          counted.length,
          counted.reduce((sum, record) => sum + record.recordKey, 0),
        );
      }
      const allKeys = row.records.reduce((sum, record) => sum + record.recordKey, 0);
      for (const [name, items] of Object.entries(ITEM_COUNTS)) {
        set(
          name,
          row.records.reduce((sum, record) => sum + items(record.facts), 0),
          allKeys + ITEM_KEY_OFFSET[name]!,
        );
      }
      variablesByRow.set(row.id, variables);
      // A row is listed only with its client count: hiding that count hides the row.
      groups.set(
        cellId(row.id, "clients"),
        variables.map((variable) => cellId(row.id, variable)),
      );
    }

    // Between rows: a cohort's total is the sum of its groups; the history is the sum of its years and a year the
    // sum of its quarters, in total and group by group.
    const relate = (total: string, parts: string[]) => {
      if (!this.rows.has(total)) return;
      const present = parts.filter((part) => this.rows.has(part));
      for (const variable of variablesByRow.get(total)!)
        relations.push([cellId(total, variable), ...present.map((part) => cellId(part, variable))]);
    };
    const dimensionsOf = (cohort: string) => {
      const found = new Set<string>();
      for (const id of this.rows.keys())
        if (id.startsWith(`${cohort}|`) && !isTotal(id)) found.add(id.slice(cohort.length + 1));
      return [...found];
    };
    for (const cohort of cohorts) {
      const dimensions = dimensionsOf(cohort.id);
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
    const perturbed = new Map<string, number>();
    const primary: string[] = [];
    for (const [id, value] of values) {
      const noisy = value + perturbationFor(table, value, cellKeyOf(keySums.get(id)!));
      perturbed.set(id, noisy);
      // Suppressed after perturbation: a small true count, or a count whose published value would be small.
      if (small(value) || (value > 0 && noisy < minCellSize)) primary.push(id);
    }
    const hidden = protectCells({ values, primary, relations, minCellSize, groups });
    for (const [id, value] of values)
      this.cells.set(id, { value, perturbed: perturbed.get(id)!, hidden: hidden.has(id) });
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
      ids.filter(
        ({ id }) =>
          this.rows.has(id) &&
          (everyGroup ||
            (!this.cells.get(cellId(id, "clients"))!.hidden && this.cells.get(cellId(id, "clients"))!.value > 0)),
      );
    const byDimension = (prefix: string, label: (key: string) => string) =>
      [...this.rows.keys()]
        .filter((id) => id.startsWith(`${cohort.id}|${prefix}=`))
        .map((id) => ({ id, label: label(id.slice(`${cohort.id}|${prefix}=`.length)) }))
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

  /** The figures one request gets: the cohort's total, its groups under `groupBy`, and the typical course. */
  response(cohort: Cohort, groupBy: MetricsGroup, labels: MetricsLabels) {
    const { total, rows, therapists } = this.layout(cohort, groupBy, labels);
    return {
      total: this.row(total, "All clients"),
      rows: rows.map(({ id, label }) => this.row(id, label)),
      therapists: therapists.map(({ id, label }) => this.row(id, label)),
      typicalCourse: this.course(total),
    };
  }

  /** A published count's figures: its true value, what is shown, and whether it is hidden (for privacy audits). */
  figure(row: string, variable: string): CellFigure | undefined {
    return this.cells.get(cellId(row, variable));
  }

  private count(row: string, variable: string): Count {
    const cell = this.cells.get(cellId(row, variable));
    if (!cell) return { value: 0, suppressed: false };
    return cell.hidden ? { value: null, suppressed: true } : { value: cell.perturbed, suppressed: false };
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

  private row(id: string, label: string): MetricsRow {
    const records = this.rows.get(id)?.records ?? [];
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
    return {
      label,
      clients: this.count(id, "clients"),
      active: this.count(id, "active"),
      discharged: this.count(id, "discharged"),
      droppedOut: this.count(id, "droppedOut"),
      finishedCourses: this.count(id, "finished"),
      sessionsPerClient: this.distribution(
        id,
        records.map((r) => r.facts.sessionsAttended),
        true,
      ),
      outcomes: outcomes("finished"),
      inTreatmentOutcomes: outcomes("inTreatment"),
      flagged: this.rate(id, "flagged", "active"),
      revisedWithinThreeWeeks: this.rate(id, "revised", "flagged"),
      homeworkCompletion: this.rate(id, "hw.completed", "hw.reviewed"),
      selfAssignedHomework: this.rate(id, "hw.self", "hw.assigned"),
      episodeRateRatio: this.distribution(
        id,
        records.flatMap((r) => (r.facts.episodeRateRatio == null ? [] : [r.facts.episodeRateRatio])),
        false,
      ),
      whatWorks: this.whatWorks(id),
    };
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

  private course(id: string): CoursePoint[] {
    const records = this.rows.get(id)?.records ?? [];
    return this.courseMonths
      .map((month) => ({
        monthInTreatment: month,
        ors: this.distribution(
          id,
          records.flatMap((r) => (r.facts.orsByMonth.has(month) ? [r.facts.orsByMonth.get(month)!] : [])),
          false,
        ),
        phq9: this.distribution(
          id,
          records.flatMap((r) => (r.facts.phq9ByMonth.has(month) ? [r.facts.phq9ByMonth.get(month)!] : [])),
          false,
        ),
      }))
      .filter(
        (point) =>
          point.ors.median != null || point.phq9.median != null || point.ors.suppressed || point.phq9.suppressed,
      );
  }
}

/** Small-cell protection over string ids, as first written (server/supervision/suppression.ts). */
function protectCells(problem: DisclosureProblem): Set<string> {
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
