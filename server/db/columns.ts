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
