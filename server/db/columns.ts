import type { ValueTransformer } from "typeorm";

/**
 * Instants are stored as ISO-8601 UTC text (`2026-03-01T14:05:00.000Z`): one fixed-width format that sorts
 * chronologically as text on SQLite and PostgreSQL alike, and never meets a server's local timezone.
 */
export const isoInstant: ValueTransformer = {
  to: (value: Date | null | undefined) => (value instanceof Date ? value.toISOString() : value),
  from: (value: string | null) => (value == null ? value : new Date(value)),
};

export const INSTANT_LENGTH = 24;
export const LOCAL_DATE_LENGTH = 10;

/**
 * ORS and SRS marks have one decimal. PostgreSQL's `real` is single precision, so 23.4 comes back as
 * 23.399999618530273; reading it back to one decimal returns what was written, on either engine.
 */
export const roundToTenth = (value: number | null): number | null =>
  value == null ? null : Math.round(value * 10) / 10;

export const oneDecimal: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: number | null) => roundToTenth(value),
};

/**
 * How the drivers hand back a bigint in raw rows (COUNT, and SUM over integer columns): a number on SQLite, decimal
 * text on PostgreSQL, where it may exceed 2^53.
 */
export type RawBigint = number | string;

/** How the drivers hand back a boolean column in raw rows: 0 or 1 on SQLite, true or false on PostgreSQL. */
export type RawBoolean = number | boolean;
