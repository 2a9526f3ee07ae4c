import { badInput } from "./errors.ts";
import { isValidLocalDate } from "./time.ts";

/** Clock skew tolerated before a date counts as "in the future". */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

export function assertNotInFuture(value: Date, now: Date, field: string): void {
  if (Number.isNaN(value.getTime())) throw badInput(field, `${field} is not a valid date.`);
  if (value.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) throw badInput(field, `${field} cannot be in the future.`);
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

export function localDate(value: string, field: string): string {
  if (!isValidLocalDate(value)) throw badInput(field, `${field} must be a date written YYYY-MM-DD.`);
  return value;
}

export function integerInRange(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(field, `${field} must be a whole number from ${min} to ${max}.`);
  }
  return value;
}

export function textList(values: string[], field: string, maxItems: number, maxLength: number): string[] {
  if (values.length > maxItems) throw badInput(field, `${field} has more than ${maxItems} entries.`);
  return values.map((value, index) => requiredText(value, `${field}[${index}]`, maxLength));
}
