import { describe, expect, it } from "vitest";
import { LruBytes } from "../../../server/common/lru-bytes.ts";

describe("LruBytes", () => {
  it("counts the bytes of what it holds: UTF-8 for strings, the length of buffers", () => {
    const lru = new LruBytes(100);
    lru.set("a", "abc");
    lru.set("b", "é"); // two bytes in UTF-8
    lru.set("c", Buffer.alloc(7));
    expect(lru.bytes).toBe(3 + 2 + 7);
    expect(lru.size).toBe(3);
    lru.set("a", "abcdef");
    expect(lru.bytes).toBe(6 + 2 + 7);
    lru.delete("c");
    expect(lru.bytes).toBe(6 + 2);
    expect(lru.get("c")).toBeUndefined();
  });

  it("evicts the least recently used entries until the total fits the bound", () => {
    const lru = new LruBytes(10);
    lru.set("a", "1234");
    lru.set("b", "1234");
    expect(lru.get("a")).toBe("1234"); // a is now the most recently used
    lru.set("c", "1234"); // 12 bytes: b goes
    expect(lru.has("b")).toBe(false);
    expect([lru.has("a"), lru.has("c")]).toEqual([true, true]);
    expect(lru.bytes).toBe(8);
    lru.set("d", "123456789"); // 17 bytes: a and c both go
    expect([lru.has("a"), lru.has("c"), lru.has("d")]).toEqual([false, false, true]);
    expect(lru.bytes).toBe(9);
  });

  it("keeps a value exactly the size of the bound, and not one larger, dropping what was under its key", () => {
    const lru = new LruBytes(5);
    expect(lru.set("a", "12345")).toBe(true);
    expect(lru.get("a")).toBe("12345");
    expect(lru.set("a", "123456")).toBe(false);
    expect(lru.has("a")).toBe(false);
    expect(lru.bytes).toBe(0);
  });

  it("keeps nothing with a bound of zero", () => {
    const lru = new LruBytes(0);
    expect(lru.set("a", "x")).toBe(false);
    expect(lru.size).toBe(0);
    expect(lru.set("empty", "")).toBe(true);
    expect(lru.get("empty")).toBe("");
  });

  it("refuses a bound that is not a number of bytes", () => {
    expect(() => new LruBytes(-1)).toThrow(RangeError);
    expect(() => new LruBytes(Number.NaN)).toThrow(RangeError);
  });

  it("clears to nothing", () => {
    const lru = new LruBytes(100);
    lru.set("a", "abc");
    lru.clear();
    expect([lru.size, lru.bytes, lru.has("a")]).toEqual([0, 0, false]);
  });
});
