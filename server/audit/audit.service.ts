import type { DataSource, EntityManager } from "typeorm";
import { chunk } from "../common/collections.ts";
import { isoInstant } from "../db/columns.ts";
import { AuditAction, AuditEvent } from "./audit-event.entity.ts";

export interface AuditEntry {
  actorUserId: number | null;
  action: AuditAction;
  clientId?: number | null;
  sourceAddress?: string | null;
}

type AuditRow = Omit<AuditEvent, "id">;

/** Rows per INSERT, well inside both engines' limits on bound parameters. */
const ROWS_PER_INSERT = 1000;

/**
 * The audit rows as one JSON array of [actor, action, client, at, address], taken apart by the database: one
 * statement text for any number of rows, so it is prepared once (SQLite's statement cache) and built without the
 * query builder, whose cost for a caseload's 170 rows was larger than the insert's. Rows keep their order.
 */
const INSERT_ROWS_SQLITE = `
  INSERT INTO audit_event (actor_user_id, action, client_id, at, source_address)
  SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM json_each(?) ORDER BY key`;
const INSERT_ROWS_POSTGRES = `
  INSERT INTO audit_event (actor_user_id, action, client_id, at, source_address)
  SELECT (r ->> 0)::integer, r ->> 1, (r ->> 2)::integer, r ->> 3, r ->> 4
  FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(r, i) ORDER BY i`;

/** What a failed write rejects its reads with: the error thrown, or one that carries whatever else was thrown. */
const writeError = (thrown: unknown): Error =>
  thrown instanceof Error ? thrown : new Error("audit write failed", thrown == null ? undefined : { cause: thrown });

/** Appends to the audit log. There is deliberately no update or delete here, and the database refuses both. */
export class AuditService {
  private pending: { rows: AuditRow[]; settle: (error?: Error) => void }[] = [];
  private writing = false;

  /** `dataSource` is needed only for `recordReads` (the server has one; a command-line tool may not). */
  constructor(
    private readonly clock: () => Date,
    private readonly dataSource?: DataSource,
  ) {}

  /** Inside the caller's transaction: a write and its audit row commit or roll back together. */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await this.insert(manager, [this.row(entry, entry.clientId ?? null, this.clock())]);
  }

  /** Records one read per client in a single INSERT (a caseload read), whatever the caseload's size. */
  async recordMany(manager: EntityManager, entry: Omit<AuditEntry, "clientId">, clientIds: number[]): Promise<void> {
    const at = this.clock();
    await this.insert(
      manager,
      clientIds.map((clientId) => this.row(entry, clientId, at)),
    );
  }

  /**
   * Reads of health information, with group commit: reads that arrive while a commit is being made are appended
   * together in the next transaction, and each read is answered only once the commit holding its rows is done.
   * As durable as one transaction per read (no data leaves before its audit row is stored), with one disk flush per
   * batch instead of one per read. `clientIds` gives one row per client (a caseload).
   */
  recordReads(entry: Omit<AuditEntry, "clientId">, clientIds: (number | null)[]): Promise<void> {
    return this.recordTogether(clientIds.map((clientId) => ({ ...entry, clientId })));
  }

  /** Entries appended all or none, with the group commit of `recordReads`. */
  recordTogether(entries: AuditEntry[]): Promise<void> {
    if (!this.dataSource) throw new Error("AuditService.recordTogether needs the data source.");
    if (entries.length === 0) return Promise.resolve();
    const at = this.clock();
    const rows = entries.map((entry) => this.row(entry, entry.clientId ?? null, at));
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ rows, settle: (error) => (error === undefined ? resolve() : reject(error)) });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    // Let the reads of this turn of the event loop join the first batch.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      try {
        await this.dataSource!.transaction((manager) =>
          this.insert(
            manager,
            batch.flatMap((item) => item.rows),
          ),
        );
        for (const item of batch) item.settle();
      } catch (error) {
        if (batch.length === 1) {
          batch[0]!.settle(writeError(error));
          continue;
        }
        // One read's bad row must not fail the others batched with it: each is written on its own.
        for (const item of batch) {
          try {
            await this.dataSource!.transaction((manager) => this.insert(manager, item.rows));
            item.settle();
          } catch (itemError) {
            item.settle(writeError(itemError));
          }
        }
      }
    }
    this.writing = false;
  }

  private row(entry: Omit<AuditEntry, "clientId">, clientId: number | null, at: Date): AuditRow {
    return {
      actorUserId: entry.actorUserId,
      action: entry.action,
      clientId,
      sourceAddress: entry.sourceAddress ?? null,
      at,
    };
  }

  private async insert(manager: EntityManager, rows: AuditRow[]): Promise<void> {
    const sql = manager.connection.options.type === "postgres" ? INSERT_ROWS_POSTGRES : INSERT_ROWS_SQLITE;
    for (const slice of chunk(rows, ROWS_PER_INSERT)) {
      const values = slice.map((row) => [
        row.actorUserId,
        row.action,
        row.clientId,
        isoInstant.to(row.at) as string,
        row.sourceAddress,
      ]);
      await manager.query(sql, [JSON.stringify(values)]);
    }
  }
}
