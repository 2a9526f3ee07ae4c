import type { DataSource, EntityManager, ObjectLiteral } from "typeorm";
import { AuditService } from "../../audit/audit.service.ts";
import { DomainError } from "../../common/errors.ts";
import { bulkInsert } from "../../db/bulk-insert.ts";
import type { ClinicalRules } from "../../measures/index.ts";
import { decodeRecords } from "./csv-decode.ts";
import type { CsvDelimiter } from "./delimiters.ts";
import { EPISODES_IMPORT } from "./episode-rows.ts";
import { HOMEWORK_IMPORT } from "./homework-rows.ts";
import type { BuildContext, ImportKind } from "./import-kind.ts";
import { columnOfField, type CsvKind } from "./layouts.ts";
import {
  CsvHeaderError,
  readHeader,
  readRow,
  rowShapeProblem,
  type BadCell,
  type CellValues,
  type HeaderMap,
} from "./read-row.ts";
import { splitRecords, type RawRecord } from "./record-splitter.ts";
import { References } from "./references.ts";
import { SESSIONS_IMPORT } from "./session-rows.ts";
import { CsvEncodingError, type CsvEncoding } from "./text-encoding.ts";

const IMPORT_KINDS: Record<CsvKind, ImportKind<ObjectLiteral & { clientId: number }>> = {
  sessions: SESSIONS_IMPORT,
  homework: HOMEWORK_IMPORT,
  episodes: EPISODES_IMPORT,
};

/** Rows per write transaction in the default mode: large enough to be fast, small enough to hold the lock briefly. */
export const DEFAULT_BATCH_SIZE = 1000;
/** Where the audit log says the writes came from. */
export const IMPORT_SOURCE = "csv import";

export interface ImportOptions {
  kind: CsvKind;
  /** The file as a stream of chunks; it is read once, front to back. */
  input: AsyncIterable<Buffer | string>;
  /** How the bytes are text: UTF-8 (the default, read strictly) or windows-1252. */
  encoding?: CsvEncoding;
  /** What separates fields: a comma (the default), a semicolon or a tab. */
  delimiter?: CsvDelimiter;
  /** Write nothing unless every row is good. */
  allOrNothing?: boolean;
  rules: ClinicalRules;
  clock?: () => Date;
  batchSize?: number;
  /** Each problem as it is found, in file order (the report is streamed, not collected). */
  onProblem?: (problem: BadCell) => void;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  /** Bytes of the file read so far. */
  bytes: number;
  /** Data rows read (the header not counted). */
  rows: number;
  badRows: number;
  /** Rows written; in all-or-nothing mode, written inside the one transaction and not yet committed. */
  written: number;
}

export interface ImportResult extends ImportProgress {
  /** All-or-nothing mode found bad rows and wrote none. */
  rolledBack: boolean;
}

/** The import stopped on a database failure: the batches before `line` are committed, the failing one is not. */
export class ImportStoppedError extends Error {
  override name = "ImportStoppedError";
  constructor(
    readonly line: number,
    readonly written: number,
    override readonly cause: unknown,
  ) {
    super(`The import stopped at the batch starting on line ${line}: ${(cause as Error)?.message ?? String(cause)}`);
  }
}

class RollBack extends Error {}

/**
 * Imports one CSV file of sessions, homework or episodes. The file is read as a stream, a batch of rows at a time;
 * every row is read against its layout and then built by the services' own row builders, which validate it and
 * compute its bucket keys in the client's clinic timezone. Problems are reported per cell (line, column, reason).
 *
 * Default mode: each batch's good rows are written in one transaction with the derived data and audit events the
 * services write, so a failure leaves whole batches, never half of one. All-or-nothing mode: the whole file in one
 * transaction, rolled back when any row is bad. One pass suffices — the file is read once and may come from a pipe —
 * and after the first bad row nothing more is written, only validated, so the report still lists every bad row.
 */
export async function importCsv(dataSource: DataSource, options: ImportOptions): Promise<ImportResult> {
  const kind = IMPORT_KINDS[options.kind];
  const clock = options.clock ?? (() => new Date());
  const now = clock();
  const audit = new AuditService(clock);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const references = new References();
  const split = { bytes: 0 };
  const progress: ImportProgress = { bytes: 0, rows: 0, badRows: 0, written: 0 };
  const delimiter = options.delimiter ?? ",";
  const records = splitRecords(options.input, { progress: split, encoding: options.encoding, delimiter });

  const writeBatch = async (manager: EntityManager, rows: (ObjectLiteral & { clientId: number })[]) => {
    const clientIds = [...new Set(rows.map((row) => row.clientId))];
    await bulkInsert(manager, kind.entity, rows);
    await kind.afterWrite?.(manager, clientIds);
    await audit.recordMany(
      manager,
      { actorUserId: null, action: kind.auditAction, sourceAddress: IMPORT_SOURCE },
      clientIds,
    );
  };

  async function processBatch(batch: RawRecord[], header: HeaderMap, lookup: EntityManager) {
    const decoded = decodeRecords(batch, delimiter);
    // Problems of each record, reported in file order once the batch is built.
    const outcomes = batch.map((record) => ({ line: record.line, problems: [] as BadCell[] }));
    const candidates: { outcome: (typeof outcomes)[number]; values: CellValues; unreadable: Set<string> }[] = [];
    batch.forEach((record, index) => {
      const result = decoded[index]!;
      const outcome = outcomes[index]!;
      const rowProblem = result.ok ? rowShapeProblem(result.fields, header) : result.reason;
      if (rowProblem !== null) {
        outcome.problems.push({ line: record.line, column: "", reason: rowProblem });
      } else if (result.ok) {
        const { values, problems, unreadable } = readRow(
          kind.layout,
          header.positions,
          result.fields,
          record.line,
          options.rules,
        );
        outcome.problems.push(...problems);
        candidates.push({ outcome, values, unreadable });
      }
    });

    const wanted = candidates.map((candidate) => kind.references(candidate.values));
    await references.load(lookup, {
      clientIds: wanted.flatMap((want) => (want.clientId == null ? [] : [want.clientId])),
      therapistIds: wanted.flatMap((want) => (want.therapistId == null ? [] : [want.therapistId])),
      sessionsOf: wanted.flatMap((want) => (want.sessionsOf && want.clientId != null ? [want.clientId] : [])),
    });

    const rows: (ObjectLiteral & { clientId: number })[] = [];
    for (const { outcome, values, unreadable } of candidates) {
      const context: BuildContext = {
        references,
        rules: options.rules,
        now,
        unreadable,
        problem: (field, reason) =>
          outcome.problems.push({ line: outcome.line, column: columnOfField(kind.layout, field), reason }),
      };
      let row: (ObjectLiteral & { clientId: number }) | null = null;
      try {
        row = kind.build(values, context);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        context.problem(error.field ?? "", error.message);
      }
      if (outcome.problems.length === 0 && row) rows.push(row);
    }

    for (const outcome of outcomes) {
      progress.rows++;
      if (outcome.problems.length === 0) continue;
      progress.badRows++;
      const seen = new Set<string>();
      for (const problem of outcome.problems) {
        const key = `${problem.column}\u0000${problem.reason}`;
        if (!seen.has(key)) options.onProblem?.(problem);
        seen.add(key);
      }
    }
    return rows;
  }

  async function run(
    lookup: EntityManager,
    write: (rows: (ObjectLiteral & { clientId: number })[], firstLine: number) => Promise<void>,
  ) {
    const first = await records.next();
    if (first.done) throw new CsvHeaderError("The file is empty; it needs at least its header line.");
    const header = readHeader(kind.layout, first.value, delimiter);
    let batch: RawRecord[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const rows = await processBatch(batch, header, lookup);
      if (rows.length > 0) await write(rows, batch[0]!.line);
      batch = [];
      progress.bytes = split.bytes;
      options.onProgress?.({ ...progress });
    };
    let last = first.value;
    try {
      for await (const record of records) {
        batch.push(record);
        last = record;
        if (batch.length >= batchSize) await flush();
      }
    } catch (error) {
      // The command checks the whole file before it imports; a caller that streams it learns here what was written.
      if (error instanceof CsvEncodingError && progress.written > 0 && !options.allOrNothing) {
        throw new ImportStoppedError(
          batch[0]?.line ?? last.line + last.text.split("\n").length,
          progress.written,
          error,
        );
      }
      throw error;
    }
    await flush();
  }

  if (options.allOrNothing) {
    try {
      await dataSource.transaction(async (manager) => {
        await run(manager, async (rows) => {
          // After the first bad row the file is only checked: its writes would be rolled back anyway.
          if (progress.badRows > 0) return;
          await writeBatch(manager, rows);
          progress.written += rows.length;
        });
        if (progress.badRows > 0) throw new RollBack();
      });
    } catch (error) {
      if (!(error instanceof RollBack)) throw error;
      return { ...progress, written: 0, rolledBack: true };
    }
    return { ...progress, rolledBack: false };
  }

  // One query runner for the whole file and a transaction per batch on it: lookups and writes share one connection
  // (on PostgreSQL one pooled client for the run), and the driver's cache of prepared statements, which belongs to
  // the runner, serves every batch instead of being rebuilt for each.
  const runner = dataSource.createQueryRunner();
  try {
    await run(runner.manager, async (rows, firstLine) => {
      await runner.startTransaction();
      try {
        await writeBatch(runner.manager, rows);
        await runner.commitTransaction();
      } catch (error) {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        throw new ImportStoppedError(firstLine, progress.written, error);
      }
      progress.written += rows.length;
    });
  } finally {
    await runner.release();
  }
  return { ...progress, rolledBack: false };
}
