import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { RawBigint } from "../db/columns.ts";
import { badInput } from "./errors.ts";

/**
 * Cursor paging after the Relay connection spec, forward only (`first`, `after`). A list is ordered newest first by
 * a stored value (a date or an instant, as its text) and then by id; a cursor is that pair, so a page is read with a
 * keyset (rows after the cursor), never an OFFSET, and rows written while someone pages do not shift the pages.
 */

/** How many items a page has unless asked otherwise, and the most it may have. */
export interface PageSize {
  default: number;
  max: number;
}

export interface PageRequest {
  first: number;
  /** Left out (undefined) when the argument was not given. */
  after?: string | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Where a row sits in its list: its sort value as stored, and its id to break ties. */
export interface SortKey {
  value: string;
  id: number;
}

/** One kind of list: its name (a cursor of one list is refused by another) and which sort values it has. */
export interface CursorKind {
  name: string;
  isValue: (value: string) => boolean;
}

/** Whether an ISO-8601 UTC instant names a real moment and is written as Date.toISOString writes it. */
function isCanonicalInstant(text: string): boolean {
  const time = Date.parse(text);
  return Number.isFinite(time) && new Date(time).toISOString() === text;
}

/** A calendar date as stored (YYYY-MM-DD), one that exists. */
export const isStoredDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && isCanonicalInstant(`${value}T00:00:00.000Z`);

/** An instant as stored: ISO-8601 UTC with milliseconds. */
export const isStoredInstant = (value: string) =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) && isCanonicalInstant(value);

/** The `first` argument's description, with the default and the maximum it is checked against. */
export const firstDescription = (size: PageSize, items: string) =>
  `How many ${items} to return: ${size.default} unless given, at most ${size.max}.`;

export const AFTER_DESCRIPTION = "The endCursor of the page before; the first page when left out.";

/** Opaque to clients: base64url of the list's name and the row's sort key. */
export function encodeCursor(kind: CursorKind, key: SortKey): string {
  return Buffer.from(JSON.stringify([kind.name, key.value, key.id])).toString("base64url");
}

/** The sort key a cursor of this kind of list stands for, or BAD_USER_INPUT naming `after`. */
export function decodeCursor(kind: CursorKind, cursor: string): SortKey {
  const refusal = badInput("after", "after is not a cursor of this list.");
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw refusal;
  }
  if (!Array.isArray(decoded) || decoded.length !== 3) throw refusal;
  const [name, value, id] = decoded as unknown[];
  if (name !== kind.name || typeof value !== "string" || !kind.isValue(value)) throw refusal;
  if (typeof id !== "number" || !Number.isSafeInteger(id) || id < 1) throw refusal;
  const key = { value, id };
  // Base64 decoding skips what it cannot read: only the one spelling this server hands out is a cursor.
  if (encodeCursor(kind, key) !== cursor) throw refusal;
  return key;
}

export function checkPageSize(first: number, size: PageSize): number {
  if (!Number.isInteger(first) || first < 0 || first > size.max) {
    throw badInput("first", `first must be from 0 to ${size.max}.`);
  }
  return first;
}

/**
 * One page of a list, newest first by (`columns.value`, `columns.id`), from `query`: the list's rows, unordered and
 * unlimited. Two statements: the counts (every row, and the rows after the cursor) and the page itself, read one row
 * longer than asked to learn whether another page follows. `read` runs the page's statement and gives each row's
 * sort key with the node made from it.
 */
export async function newestFirstPage<Q extends ObjectLiteral, T>(
  query: SelectQueryBuilder<Q>,
  columns: { value: string; id: string },
  kind: CursorKind,
  request: PageRequest,
  read: (page: SelectQueryBuilder<Q>) => Promise<{ key: SortKey; node: T }[]>,
): Promise<Connection<T>> {
  const after = request.after == null ? null : decodeCursor(kind, request.after);
  const afterSql = `(${columns.value} < :afterValue OR (${columns.value} = :afterValue AND ${columns.id} < :afterId))`;
  const afterParameters = after ? { afterValue: after.value, afterId: after.id } : {};

  const counts = query.clone().select("COUNT(*)", "total");
  if (after) counts.addSelect(`SUM(CASE WHEN ${afterSql} THEN 1 ELSE 0 END)`, "remaining");
  const countRow = await counts
    .setParameters(afterParameters)
    .getRawOne<{ total: RawBigint; remaining?: RawBigint | null }>();
  const totalCount = Number(countRow?.total ?? 0);
  const remaining = after ? Number(countRow?.remaining ?? 0) : totalCount;

  const page = query
    .clone()
    .orderBy(columns.value, "DESC")
    .addOrderBy(columns.id, "DESC")
    .limit(request.first + 1);
  if (after) page.andWhere(afterSql, afterParameters);
  const rows = await read(page);
  const edges = rows.slice(0, request.first).map(({ key, node }) => ({ cursor: encodeCursor(kind, key), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > request.first,
      hasPreviousPage: remaining < totalCount,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
