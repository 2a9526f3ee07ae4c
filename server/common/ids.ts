import { badInput } from "./errors.ts";

/** GraphQL IDs arrive as strings; our keys are positive integers. */
export function parseId(value: string | number, field: string): number {
  const text = String(value).trim();
  if (!/^[1-9][0-9]{0,14}$/.test(text)) throw badInput(field, `${field} is not a valid id.`);
  return Number(text);
}
