import { Kind } from "graphql";
import { describe, expect, it } from "vitest";
import { DomainError } from "../../../server/common/errors.ts";
import { DateTimeISO } from "../../../server/schema/date-time.ts";

const refusal = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    return error;
  }
  throw new Error("accepted");
};

describe("the DateTimeISO scalar of every date argument", () => {
  it("accepts the first instant of 1970 to the last before 9999, in variables and in the query text", () => {
    expect(DateTimeISO.parseValue("1970-01-01T00:00:00Z")).toEqual(new Date(0));
    expect(DateTimeISO.parseValue("9998-12-31T23:59:59.999Z")).toEqual(new Date(Date.UTC(9999, 0, 1) - 1));
    expect(DateTimeISO.parseValue("1970-01-01T01:30:00+01:00")).toEqual(new Date(30 * 60_000));
    expect(DateTimeISO.parseLiteral({ kind: Kind.STRING, value: "2026-11-19T10:00:00.000Z" }, {})).toEqual(
      new Date("2026-11-19T10:00:00.000Z"),
    );
  });

  it.each(["1969-12-31T23:59:59.999Z", "1970-01-01T00:30:00+01:00", "1900-01-01T00:00:00Z", "0001-01-01T00:00:00Z"])(
    "refuses %s with BAD_USER_INPUT",
    (value) => {
      for (const error of [
        refusal(() => DateTimeISO.parseValue(value)),
        refusal(() => DateTimeISO.parseLiteral({ kind: Kind.STRING, value }, {})),
      ]) {
        expect(error).toBeInstanceOf(DomainError);
        expect(error).toMatchObject({
          code: "BAD_USER_INPUT",
          message: "A date and time must be on or after 1970-01-01.",
        });
      }
    },
  );

  it.each(["9999-01-01T00:00:00Z", "9998-12-31T23:59:59-14:00", "9999-12-31T23:59:59Z"])(
    "refuses %s, from 9999-01-01 on, with BAD_USER_INPUT",
    (value) => {
      for (const error of [
        refusal(() => DateTimeISO.parseValue(value)),
        refusal(() => DateTimeISO.parseLiteral({ kind: Kind.STRING, value }, {})),
      ]) {
        expect(error).toBeInstanceOf(DomainError);
        expect(error).toMatchObject({ code: "BAD_USER_INPUT", message: "A date and time must be before 9999-01-01." });
      }
    },
  );

  it("still refuses what is not a date and time at all, as the library does", () => {
    expect(() => DateTimeISO.parseValue("2026-13-45T00:00:00Z")).toThrow(/DateTime/);
    expect(() => DateTimeISO.parseValue("yesterday")).toThrow(/DateTime/);
  });
});
