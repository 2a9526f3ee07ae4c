import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import type { AuditAction } from "../../audit/audit-event.entity.ts";
import type { ClinicalRules } from "../../measures/index.ts";
import type { CsvLayout } from "./layouts.ts";
import type { CellValues } from "./read-row.ts";
import type { References } from "./references.ts";

export interface BuildContext {
  references: References;
  rules: ClinicalRules;
  now: Date;
  /** Columns whose cell was not empty but could not be read (already reported; their value is null). */
  unreadable: ReadonlySet<string>;
  /** Records a problem of the row under a service field name (mapped to its column); the row is then not written. */
  problem(field: string, reason: string): void;
}

/** What one kind of file needs beyond its layout: its references, its row builder, and upkeep after a write. */
export interface ImportKind<Row extends ObjectLiteral & { clientId: number }> {
  layout: CsvLayout;
  entity: EntityTarget<Row>;
  /** Audit action of the write, one event per client per batch. */
  auditAction: AuditAction;
  references(values: CellValues): { clientId: number | null; therapistId?: number | null; sessionsOf?: boolean };
  /**
   * The stored row, built by the same function the API's service uses (so the same validation and the same
   * bucket keys); null when a problem was recorded. Rule violations the builder finds are thrown as domain errors.
   */
  build(values: CellValues, context: BuildContext): Row | null;
  /** Derived data the service keeps in its write transaction (session numbers, baseline ORS). */
  afterWrite?(manager: EntityManager, clientIds: number[]): Promise<void>;
}

/** The client a row names, or a problem. */
export function clientOf(values: CellValues, context: BuildContext) {
  // An empty or unreadable client_id has been reported by its column already.
  if (values.client_id == null) return null;
  const client = context.references.client(values.client_id as number);
  if (!client) context.problem("clientId", `No client with id ${values.client_id as number}.`);
  return client;
}
