import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, isStoredDate, isStoredInstant } from "../../../server/common/paging.ts";

describe("cursors", () => {
  const homework = { name: "homework", isValue: isStoredDate };
  const access = { name: "access", isValue: isStoredInstant };

  it("read back the sort key they were made from", () => {
    const key = { value: "2026-11-20", id: 42 };
    expect(decodeCursor(homework, encodeCursor(homework, key))).toEqual(key);
    const instant = { value: "2026-11-20T17:00:00.000Z", id: 9_007_199_254_740_991 };
    expect(decodeCursor(access, encodeCursor(access, instant))).toEqual(instant);
  });

  it.each([
    ["another list's cursor", encodeCursor(access, { value: "2026-11-20", id: 1 })],
    ["a date that does not exist", encodeCursor(homework, { value: "2026-02-30", id: 1 })],
    ["an instant for a date", encodeCursor(homework, { value: "2026-11-20T17:00:00.000Z", id: 1 })],
    ["id zero", encodeCursor(homework, { value: "2026-11-20", id: 0 })],
    ["a fractional id", encodeCursor(homework, { value: "2026-11-20", id: 1.5 })],
    ["padding added", `${encodeCursor(homework, { value: "2026-11-20", id: 1 })}=`],
    ["a character base64url does not use", `${encodeCursor(homework, { value: "2026-11-20", id: 1 })}*`],
  ])("refuse %s, naming after", (_, cursor) => {
    expect(() => decodeCursor(homework, cursor)).toThrow(expect.objectContaining({ field: "after" }));
  });

  it.each(["2026-11-20T17:00:00Z", "2026-11-20T17:00:00.000+00:00", "2026-13-01T00:00:00.000Z", "0"])(
    "take only instants as stored, not %s",
    (value) => {
      expect(isStoredInstant(value)).toBe(false);
    },
  );
});
