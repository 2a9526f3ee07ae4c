import type { RequestContext } from "../context.ts";
import { actorOf } from "../schema/decorators.ts";
import type { RecordType } from "./correction.enums.ts";
import type { Correction } from "./correction.types.ts";

interface Batch {
  ids: Set<number>;
  loaded: Promise<Map<number, Correction[]>>;
}

/** Per request and record type, the batch still gathering ids. */
const gathering = new WeakMap<RequestContext, Map<RecordType, Batch>>();

/**
 * A record's corrections, read together with those of every other record of its type that the same response asks
 * for in the same turn of the event loop: a page of sessions costs one statement, not one per session.
 */
export function correctionsOf(
  context: RequestContext,
  recordType: RecordType,
  recordId: number,
): Promise<Correction[]> {
  let batches = gathering.get(context);
  if (!batches) gathering.set(context, (batches = new Map<RecordType, Batch>()));
  let batch = batches.get(recordType);
  if (!batch) {
    const ids = new Set<number>();
    const open = batches;
    const loaded = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      // Ids asked for from here on start the next batch.
      open.delete(recordType);
      return context.services.corrections.histories(actorOf(context), recordType, [...ids]);
    });
    batch = { ids, loaded };
    batches.set(recordType, batch);
  }
  batch.ids.add(recordId);
  return batch.loaded.then((histories) => histories.get(recordId) ?? []);
}
