import { once } from "node:events";
import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { stringify } from "csv-stringify";
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { AuditAction } from "../../audit/audit-event.entity.ts";
import { AuditService } from "../../audit/audit.service.ts";
import { Client } from "../../clients/client.entity.ts";
import { Clinic } from "../../clinics/clinic.entity.ts";
import { SymptomEpisode } from "../../episodes/episode.entity.ts";
import { Homework } from "../../homework/homework.entity.ts";
import { TherapySession } from "../../sessions/session.entity.ts";
import { writeCell } from "./cells.ts";
import { LAYOUTS, type CsvColumn, type CsvKind } from "./layouts.ts";

/** Rows read per query: the export holds one page in memory, never the table. */
export const EXPORT_PAGE_SIZE = 2000;
export const EXPORT_SOURCE = "csv export";

export interface ExportOptions {
  kind: CsvKind;
  output: Writable;
  /** Only this clinic's clients; all clients otherwise. */
  clinicId?: number | null;
  clock?: () => Date;
  onProgress?: (done: number, total: number) => void;
}

export class ExportError extends Error {
  override name = "ExportError";
}

const ENTITIES = { sessions: TherapySession, homework: Homework, episodes: SymptomEpisode } as const;

/**
 * The entity property behind a column: `ors.individual` is `orsIndividual`, `phq9[0]` is `phq9Q1`,
 * `priorityIssue.text` is `priorityIssueText`; other fields are named as the property.
 */
function propertyOf(column: CsvColumn): string {
  const item = /^(\w+)\[(\d+)\]$/.exec(column.field);
  if (item) return `${item[1]}Q${Number(item[2]) + 1}`;
  const [head, tail] = column.field.split(".");
  return tail ? `${head}${tail[0]!.toUpperCase()}${tail.slice(1)}` : head!;
}

/** A homework's sessions by instant, as a page's raw row carries them beside the entity's own `r_*` columns. */
interface SessionInstants {
  assigned_in_session_at?: string | null;
  reviewed_in_session_at?: string | null;
}

/** Homework names its sessions by instant (layouts.ts), read by a join on the page's query. */
const SESSION_REFERENCES: Record<string, keyof SessionInstants> = {
  assignedInSessionId: "assigned_in_session_at",
  reviewedInSessionId: "reviewed_in_session_at",
};

/**
 * Writes one kind of row as CSV in the layout the importer reads, in id order, a page at a time (keyset paging on
 * the primary key, so every page is an index range). Every client whose rows leave the database gets an audit event.
 */
export async function exportCsv(dataSource: DataSource, options: ExportOptions): Promise<{ rows: number }> {
  const layout = LAYOUTS[options.kind];
  const entity = ENTITIES[options.kind];
  const audit = new AuditService(options.clock ?? (() => new Date()));
  const manager = dataSource.manager;
  if (options.clinicId != null && !(await manager.existsBy(Clinic, { id: options.clinicId }))) {
    throw new ExportError(`No clinic with id ${options.clinicId}.`);
  }

  const base = (): SelectQueryBuilder<ObjectLiteral> => {
    const query = manager.createQueryBuilder(entity, "r") as SelectQueryBuilder<ObjectLiteral>;
    if (options.clinicId != null)
      query.innerJoin(Client, "c", "c.id = r.clientId").where("c.clinicId = :clinicId", { clinicId: options.clinicId });
    else query.where("1 = 1");
    return query;
  };
  const total = await base().getCount();

  const stringifier = stringify({ header: true, columns: layout.columns.map((column) => column.name) });
  const written = pipeline(stringifier, options.output);
  // Awaited below; a failing output also ends the wait for "drain".
  written.catch(() => undefined);
  const audited = new Set<number>();
  let rows = 0;
  let after = 0;
  try {
    for (;;) {
      const query = base().andWhere("r.id > :after", { after }).orderBy("r.id", "ASC").limit(EXPORT_PAGE_SIZE);
      if (options.kind === "homework") {
        query
          .leftJoin(TherapySession, "assigned", "assigned.id = r.assignedInSessionId")
          .leftJoin(TherapySession, "reviewed", "reviewed.id = r.reviewedInSessionId")
          .addSelect("assigned.occurredAt", "assigned_in_session_at")
          .addSelect("reviewed.occurredAt", "reviewed_in_session_at");
      }
      const { entities, raw } = await query.getRawAndEntities<SessionInstants & { r_id: number }>();
      if (entities.length === 0) break;
      const sessionTimes = new Map<number, SessionInstants>(raw.map((row) => [Number(row.r_id), row]));
      const newClients = [...new Set(entities.map((row) => row.clientId as number))].filter((id) => !audited.has(id));
      await audit.recordMany(
        manager,
        { actorUserId: null, action: AuditAction.READ_CLIENT, sourceAddress: EXPORT_SOURCE },
        newClients,
      );
      for (const id of newClients) audited.add(id);
      for (const row of entities) {
        const cells = layout.columns.map((column) => {
          const reference = SESSION_REFERENCES[column.field];
          if (options.kind === "homework" && reference) {
            const at = sessionTimes.get(row.id as number)?.[reference];
            return at == null ? "" : new Date(at).toISOString();
          }
          return writeCell(column.type, row[propertyOf(column)]);
        });
        if (!stringifier.write(cells)) await Promise.race([once(stringifier, "drain"), written]);
      }
      rows += entities.length;
      after = entities.at(-1)!.id as number;
      options.onProgress?.(rows, total);
    }
  } finally {
    stringifier.end();
  }
  await written;
  return { rows };
}
