import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../../server/config.ts";
import { Bucket } from "../../../server/progress/progress.enums.ts";
import { ProgressCache, type KeptProgress } from "../../../server/progress/progress-cache.ts";

describe("PROGRESS_CACHE_MB", () => {
  it("is 32 when not set, takes a whole number of megabytes, and 0 keeps nothing", () => {
    expect(loadConfig({}).progressCacheMb).toBe(32);
    expect(loadConfig({ PROGRESS_CACHE_MB: "64" }).progressCacheMb).toBe(64);
    expect(loadConfig({ PROGRESS_CACHE_MB: "0" }).progressCacheMb).toBe(0);
    expect(new ProgressCache(0).enabled).toBe(false);
  });

  it("refuses what is not a whole number of megabytes, naming the variable", () => {
    for (const raw of ["-1", "1.5", "lots"]) {
      expect(() => loadConfig({ PROGRESS_CACHE_MB: raw })).toThrow(ConfigError);
      expect(() => loadConfig({ PROGRESS_CACHE_MB: raw })).toThrow(/PROGRESS_CACHE_MB/);
    }
  });
});

describe("ProgressCache", () => {
  const key = (dataRevision: number, curveRevision = 0, today = "2026-11-20") =>
    ProgressCache.key({
      client: { id: 7, dataRevision },
      clinic: { id: 1, curveRevision, timezone: "America/Toronto" },
      today,
      from: "2026-09-01",
      to: today,
      bucket: Bucket.WEEK,
    });

  it("keys a document by every revision it rests on", () => {
    const keys = [key(1), key(2), key(1, 1), key(1, 0, "2026-11-21")];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("hands back a copy, with its instants as dates again", () => {
    const cache = new ProgressCache(1024 * 1024);
    const occurredAt = new Date("2026-11-17T16:00:00.000Z");
    const document = {
      sessions: [{ occurredAt, localDate: "2026-11-17" }],
      checkIns: [{ submittedAt: new Date("2026-11-18T10:00:00.000Z") }],
      planRevisions: [
        { effectiveFrom: new Date("2026-10-01T12:00:00.000Z"), createdAt: new Date("2026-10-01T12:00:01.000Z") },
      ],
    } as unknown as KeptProgress;
    cache.set(key(1), document);
    const kept = cache.get(key(1))!;
    expect(kept).toEqual(document);
    expect(kept.sessions[0]!.occurredAt).toBeInstanceOf(Date);
    expect(kept.checkIns[0]!.submittedAt).toBeInstanceOf(Date);
    expect(kept.planRevisions[0]!.createdAt).toBeInstanceOf(Date);
    kept.sessions.pop();
    expect(cache.get(key(1))!.sessions).toHaveLength(1);
    expect(cache.get(key(2))).toBeUndefined();
  });
});
