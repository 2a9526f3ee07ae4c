import { expect } from "vitest";
import { MeasureInputError } from "../../../server/measures/errors.ts";

/** Run `fn`, require it to throw a MeasureInputError, and return the error (never conditional). */
export function catchMeasureError(fn: () => unknown): MeasureInputError {
  let caught: unknown = undefined;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(MeasureInputError);
  return caught as MeasureInputError;
}

export function expectField(fn: () => unknown, field: string): void {
  expect(catchMeasureError(fn).field).toBe(field);
}
