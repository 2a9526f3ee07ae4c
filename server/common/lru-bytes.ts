/** What an entry may be: a serialised document, counted by its length in bytes (UTF-8 for a string). */
export type SerialisedEntry = string | Buffer;

const byteLength = (value: SerialisedEntry): number =>
  typeof value === "string" ? Buffer.byteLength(value, "utf8") : value.byteLength;

/**
 * A least-recently-used map whose bound is the bytes its values hold, not their number: documents of very different
 * sizes (a week of one client, ten years of another) share one budget. Reading or writing an entry makes it the most
 * recently used; a write that takes the total over the bound evicts from the least recently used end. A value larger
 * than the whole bound is not kept (and any older value under its key is dropped). Keys are not counted: they are
 * short beside the documents.
 */
export class LruBytes<K = string> {
  /** In use order: the first key is the least recently used. */
  private readonly entries = new Map<K, { value: SerialisedEntry; bytes: number }>();
  private used = 0;

  constructor(readonly maxBytes: number) {
    if (!Number.isFinite(maxBytes) || maxBytes < 0) throw new RangeError("maxBytes must be a finite number ≥ 0.");
  }

  /** Bytes held by the values kept now. */
  get bytes(): number {
    return this.used;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: K): SerialisedEntry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  /** Keeps `value` under `key`; false when it is larger than the bound and so was not kept. */
  set(key: K, value: SerialisedEntry): boolean {
    this.delete(key);
    const bytes = byteLength(value);
    if (bytes > this.maxBytes) return false;
    this.entries.set(key, { value, bytes });
    this.used += bytes;
    while (this.used > this.maxBytes) {
      const [oldest, entry] = this.entries.entries().next().value!;
      this.entries.delete(oldest);
      this.used -= entry.bytes;
    }
    return true;
  }

  delete(key: K): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    this.used -= entry.bytes;
    return true;
  }

  clear(): void {
    this.entries.clear();
    this.used = 0;
  }
}
