import type { Clinic } from "../clinics/clinic.entity.ts";
import type { Client } from "../clients/client.entity.ts";
import { LruBytes } from "../common/lru-bytes.ts";
import type { Bucket } from "./progress.enums.ts";
import type { ClientProgress } from "./progress.types.ts";

/** PROGRESS_CACHE_MB when it is not set. */
export const DEFAULT_PROGRESS_CACHE_MB = 32;

/**
 * What every document kept per client rests on, in the form its keys share: the client's `dataRevision` (moved by
 * triggers in every transaction that writes the client's sessions, homework, episodes, plans, check-ins or the
 * details the analyses read), the clinic's `curveRevision` (its expected curves) and the clinic's today (the current
 * week, and every rule counted from it). All three are read fresh with the client's row, so nothing is served for
 * data older than that row, whichever server process wrote it.
 */
export function revisionKey(
  client: Pick<Client, "id" | "dataRevision">,
  clinic: Pick<Clinic, "curveRevision">,
  today: string,
): string {
  return `${client.id}|${client.dataRevision}|${clinic.curveRevision}|${today}`;
}

/** A progress document as kept: all of it but the client's row, which every read takes fresh from its scope check. */
export type KeptProgress = Omit<ClientProgress, "client">;

export interface ProgressKey {
  client: Pick<Client, "id" | "dataRevision">;
  clinic: Pick<Clinic, "id" | "curveRevision" | "timezone">;
  today: string;
  /** The range as resolved in the clinic's time zone, and the bucket. */
  from: string;
  to: string;
  bucket: Bucket;
}

/** The instants of a progress document, which JSON carries as ISO strings; everything else is JSON already. */
function reviveInstants(document: KeptProgress): KeptProgress {
  for (const session of document.sessions) session.occurredAt = new Date(session.occurredAt);
  for (const checkIn of document.checkIns) checkIn.submittedAt = new Date(checkIn.submittedAt);
  for (const revision of document.planRevisions) {
    revision.effectiveFrom = new Date(revision.effectiveFrom);
    revision.createdAt = new Date(revision.createdAt);
  }
  return document;
}

/**
 * Serialised progress documents by revision key, bounded by their bytes (PROGRESS_CACHE_MB). Kept as JSON rather than
 * as objects: the bound is then the real cost, and no caller can change a kept document by changing what it was
 * handed. A bound of 0 keeps nothing.
 */
export class ProgressCache {
  private readonly documents: LruBytes | null;

  constructor(maxBytes: number) {
    this.documents = maxBytes > 0 ? new LruBytes(maxBytes) : null;
  }

  static key(parts: ProgressKey): string {
    const { clinic } = parts;
    return `${revisionKey(parts.client, clinic, parts.today)}|${clinic.id}|${clinic.timezone}|${parts.from}|${parts.to}|${parts.bucket}`;
  }

  get enabled(): boolean {
    return this.documents !== null;
  }

  /** Bytes of the documents kept now. */
  get bytes(): number {
    return this.documents?.bytes ?? 0;
  }

  get(key: string): KeptProgress | undefined {
    const json = this.documents?.get(key);
    return json === undefined ? undefined : reviveInstants(JSON.parse(json.toString()) as KeptProgress);
  }

  set(key: string, document: KeptProgress): void {
    this.documents?.set(key, JSON.stringify(document));
  }
}
