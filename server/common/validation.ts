import { badInput } from "./errors.ts";
import { isValidLocalDate } from "./time.ts";

/**
 * The earliest date any input may carry, instant or calendar date. Nothing a clinic records happened before it, so
 * an earlier date is a slip (0001 for 2001) or a probe; and every date from it on has a four-digit year, which the
 * bucket keys, both engines and the export formats all need.
 */
export const EARLIEST_DATE = "1970-01-01";
const EARLIEST_MONTH = EARLIEST_DATE.slice(0, 7);
const EARLIEST_INSTANT_MS = Date.parse(`${EARLIEST_DATE}T00:00:00Z`);

/**
 * The first date no input may reach, instant or calendar date. Dates are compared and bucketed as YYYY-MM-DD text,
 * which holds only while every date, and the end of every week or month bucket after it, has a four-digit year:
 * without this bound an instant late on 9999-12-31 is a local date in year 10000 east of UTC, and bucketing a
 * range that runs into it never ends.
 */
export const DATE_CEILING = "9999-01-01";
const CEILING_INSTANT_MS = Date.parse(`${DATE_CEILING}T00:00:00Z`);

/**
 * How far ahead of the server's clock a past event (a session that took place, an episode) may be dated: a phone
 * or laptop a few minutes fast is not making a mistake.
 */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** Why an instant cannot be stored, or null when it can: a real time on or after 1970-01-01, before 9999-01-01. */
export function instantProblem(value: Date): string | null {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return "is not a valid date and time";
  if (value.getTime() < EARLIEST_INSTANT_MS) return `must be on or after ${EARLIEST_DATE}`;
  if (value.getTime() >= CEILING_INSTANT_MS) return `must be before ${DATE_CEILING}`;
  return null;
}

export function validInstant(value: Date, field: string): Date {
  const problem = instantProblem(value);
  if (problem) throw badInput(field, `${field} ${problem}.`);
  return value;
}

export function assertNotInFuture(value: Date, now: Date, field: string): void {
  validInstant(value, field);
  if (value.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) throw badInput(field, `${field} cannot be in the future.`);
}

/** A dated row of a client (session, episode, homework, plan) lies on or after their intake, by the clinic's calendar. */
export function assertNotBeforeIntake(localDate: string, intakeDate: string | undefined, field: string): void {
  if (intakeDate !== undefined && localDate < intakeDate) {
    throw badInput(field, `${field} (${localDate}) is before the client's intake on ${intakeDate}.`);
  }
}

/** A list input of at most `max` entries (LIST_LIMITS). */
export function boundedList<T>(values: readonly T[], field: string, max: number): readonly T[] {
  if (values.length > max) throw badInput(field, `${field} takes at most ${max} entries; it has ${values.length}.`);
  return values;
}

/** Trims optional free text; empty becomes null. */
export function optionalText(value: string | null | undefined, field: string, maxLength: number): string | null {
  if (value == null) return null;
  const text = value.trim();
  if (text.length > maxLength) throw badInput(field, `${field} is longer than ${maxLength} characters.`);
  return text === "" ? null : text;
}

export function requiredText(value: string | null | undefined, field: string, maxLength: number): string {
  const text = optionalText(value, field, maxLength);
  if (text == null) throw badInput(field, `${field} is required.`);
  return text;
}

/**
 * Why a calendar date cannot be stored, or null when it can: a real day written YYYY-MM-DD, on or after 1970-01-01
 * and before 9999-01-01. The LocalDate scalar and the row builders both read dates with it.
 */
export function localDateProblem(value: string): string | null {
  if (!isValidLocalDate(value)) return "must be a real day written YYYY-MM-DD";
  if (value < EARLIEST_DATE) return `must be on or after ${EARLIEST_DATE}`;
  if (value >= DATE_CEILING) return `must be before ${DATE_CEILING}`;
  return null;
}

export function localDate(value: string, field: string): string {
  const problem = localDateProblem(value);
  if (problem) throw badInput(field, `${field} ${problem}.`);
  return value;
}

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export function month(value: string, field: string): string {
  if (!MONTH_PATTERN.test(value)) throw badInput(field, `${field} must be a month written YYYY-MM.`);
  if (value < EARLIEST_MONTH) throw badInput(field, `${field} must be ${EARLIEST_MONTH} or later.`);
  return value;
}

export function integerInRange(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(field, `${field} must be a whole number from ${min} to ${max}.`);
  }
  return value;
}

export function textList(values: string[], field: string, maxItems: number, maxLength: number): string[] {
  return boundedList(values, field, maxItems).map((value, index) =>
    requiredText(value, `${field}[${index}]`, maxLength),
  );
}
