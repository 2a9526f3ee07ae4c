import { badInput } from "../common/errors.ts";
import { addDays, addMonths } from "../common/time.ts";

/**
 * Intake cohorts on a fixed grid: a whole calendar year ("2026") or a whole quarter ("2026-Q3"), never an arbitrary
 * range. Two cohorts either do not overlap or one is a year and the other one of its quarters, and all of a
 * clinic's tables are protected together (cohort-tables.ts), which is what makes subtracting one cohort from another
 * useless (docs/privacy.md).
 */
export enum CohortKind {
  YEAR = "YEAR",
  QUARTER = "QUARTER",
}

export interface Cohort {
  id: string;
  kind: CohortKind;
  year: number;
  /** 1–4 for a quarter. */
  quarter: number | null;
  /** First and last intake date of the cohort (local dates). */
  from: string;
  to: string;
  label: string;
}

const ID = /^(\d{4})(?:-Q([1-4]))?$/;
const FIRST_YEAR = 1970;

const pad = (n: number) => String(n).padStart(2, "0");

export function yearCohort(year: number): Cohort {
  return {
    id: String(year),
    kind: CohortKind.YEAR,
    year,
    quarter: null,
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    label: String(year),
  };
}

export function quarterCohort(year: number, quarter: number): Cohort {
  const from = `${year}-${pad(quarter * 3 - 2)}-01`;
  return {
    id: `${year}-Q${quarter}`,
    kind: CohortKind.QUARTER,
    year,
    quarter,
    from,
    to: addDays(addMonths(from, 3), -1),
    label: `${year} Q${quarter}`,
  };
}

export function quartersOf(year: number): Cohort[] {
  return [1, 2, 3, 4].map((quarter) => quarterCohort(year, quarter));
}

/** The cohort an id names; anything off the grid is refused, naming `field`. */
export function parseCohort(id: string, field = "cohort"): Cohort {
  const match = ID.exec(id.trim());
  if (!match) throw badInput(field, `A cohort is a year such as "2026" or a quarter such as "2026-Q3".`);
  const year = Number(match[1]);
  if (year < FIRST_YEAR || year > 9999) throw badInput(field, `A cohort's year must be ${FIRST_YEAR} or later.`);
  return match[2] ? quarterCohort(year, Number(match[2])) : yearCohort(year);
}

/** The cohorts a client with this intake date belongs to: the year and the quarter. */
export function cohortsOf(intakeDate: string): { id: string; kind: CohortKind }[] {
  const year = intakeDate.slice(0, 4);
  const quarter = Math.floor((Number(intakeDate.slice(5, 7)) - 1) / 3) + 1;
  return [
    { id: year, kind: CohortKind.YEAR },
    { id: `${year}-Q${quarter}`, kind: CohortKind.QUARTER },
  ];
}

/** Whether `part` is one of the cohorts `whole` is made of: a quarter of a year. */
export function isPartOf(part: Cohort, whole: Cohort): boolean {
  return whole.kind === CohortKind.YEAR && part.kind === CohortKind.QUARTER && part.year === whole.year;
}

/**
 * The first view: the latest year of which at least half has passed, so that its groups are large enough to show
 * figures; before July that is the year before.
 */
export function defaultCohort(today: string): Cohort {
  const year = Number(today.slice(0, 4));
  return yearCohort(Number(today.slice(5, 7)) >= 7 ? year : year - 1);
}

/**
 * The cohort a pair of local dates covers exactly (the first and last intake day of a whole year or quarter), for
 * callers that still pass `from` and `to`. Any other range is refused.
 */
export function cohortCoveredBy(from: string, to: string): Cohort {
  const year = Number(from.slice(0, 4));
  const candidates = [yearCohort(year), ...quartersOf(year)];
  if (!Number.isInteger(year) || year < FIRST_YEAR)
    throw badInput("from", `from must be on or after ${FIRST_YEAR}-01-01.`);
  const match = candidates.find((cohort) => cohort.from === from && cohort.to === to);
  if (!match) {
    throw badInput(
      "from",
      `Cohorts are whole years or whole quarters (from ${from} to ${to} is neither): ask for cohort "${year}" or "${year}-Q1" … "${year}-Q4".`,
    );
  }
  return match;
}

/**
 * Every cohort of a clinic, from the year of its first intake to today's (or the latest intake's, if later), newest
 * first, each year followed by its four quarters.
 */
export function cohortGrid(firstIntake: string | null, lastIntake: string | null, today: string): Cohort[] {
  const last = Math.max(Number(today.slice(0, 4)), lastIntake ? Number(lastIntake.slice(0, 4)) : 0);
  const first = firstIntake ? Math.min(Number(firstIntake.slice(0, 4)), last) : last;
  const cohorts: Cohort[] = [];
  for (let year = last; year >= first; year--) {
    cohorts.push(yearCohort(year));
    for (const quarter of quartersOf(year).reverse()) cohorts.push(quarter);
  }
  return cohorts;
}
