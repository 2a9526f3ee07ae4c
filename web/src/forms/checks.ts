/** Checks the forms make before sending, so every problem shows at once; the server still has the final say. */

const FUTURE_TOLERANCE_MS = 5 * 60_000;

export const blank = (value: string | null | undefined) => (value ?? "").trim() === "";

/** A number typed in a field, within [min, max], with at most `decimals` decimals; blank is not one. */
export function numberIn(value: string, min: number, max: number, decimals = 0): boolean {
  if (blank(value)) return false;
  const number = Number(value);
  if (!Number.isFinite(number) || number < min || number > max) return false;
  return Math.abs(number * 10 ** decimals - Math.round(number * 10 ** decimals)) < 1e-9;
}

/** A `datetime-local` value that is a real time, not later than now (a few minutes' clock drift allowed). */
export function pastInstantProblem(value: string, what: string): string | null {
  if (blank(value)) return `Enter ${what}.`;
  const time = new Date(value).getTime();
  if (Number.isNaN(time)) return `Enter ${what} as a date and a time.`;
  if (time > Date.now() + FUTURE_TOLERANCE_MS) return `${capital(what)} cannot be in the future.`;
  return null;
}

export const tooLong = (value: string | null | undefined, max: number) => (value ?? "").trim().length > max;

export const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The browser's calendar day of a `datetime-local` value. */
export const dayOf = (value: string) => value.slice(0, 10);
