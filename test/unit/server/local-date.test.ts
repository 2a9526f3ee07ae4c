import { Kind } from "graphql";
import { describe, expect, it } from "vitest";
import { DomainError } from "../../../server/common/errors.ts";
import { LocalDate } from "../../../server/schema/local-date.ts";

const refusal = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    return error;
  }
  throw new Error("accepted");
};

describe("the LocalDate scalar of every calendar date", () => {
  it("reads and writes a day as the same YYYY-MM-DD string, from 1970-01-01 to 9998-12-31", () => {
    expect(LocalDate.parseValue("1970-01-01")).toBe("1970-01-01");
    expect(LocalDate.parseValue("9998-12-31")).toBe("9998-12-31");
    expect(LocalDate.parseValue("2028-02-29")).toBe("2028-02-29");
    expect(LocalDate.parseLiteral({ kind: Kind.STRING, value: "2026-11-19" }, {})).toBe("2026-11-19");
    expect(LocalDate.serialize("2026-11-19")).toBe("2026-11-19");
  });

  it.each([
    ["1969-12-31", "must be on or after 1970-01-01"],
    ["0001-01-01", "must be on or after 1970-01-01"],
    ["0000-12-31", "must be on or after 1970-01-01"],
    ["9999-01-01", "must be before 9999-01-01"],
    ["9999-12-31", "must be before 9999-01-01"],
    ["2026-02-30", "must be a real day written YYYY-MM-DD"],
    ["2027-02-29", "must be a real day written YYYY-MM-DD"],
    ["2026-13-01", "must be a real day written YYYY-MM-DD"],
    ["2026-1-5", "must be a real day written YYYY-MM-DD"],
    ["-2026-01-01", "must be a real day written YYYY-MM-DD"],
    ["2026-11-19T10:00:00Z", "must be a real day written YYYY-MM-DD"],
    ["", "must be a real day written YYYY-MM-DD"],
  ])("refuses %s with BAD_USER_INPUT: %s", (value, problem) => {
    for (const error of [
      refusal(() => LocalDate.parseValue(value)),
      refusal(() => LocalDate.parseLiteral({ kind: Kind.STRING, value }, {})),
    ]) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: "BAD_USER_INPUT", message: `A calendar date ${problem}.` });
    }
  });

  it("refuses what is not a string, in variables and in the query text", () => {
    for (const error of [
      refusal(() => LocalDate.parseValue(20261119)),
      refusal(() => LocalDate.parseValue(null)),
      refusal(() => LocalDate.parseLiteral({ kind: Kind.INT, value: "20261119" }, {})),
    ]) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: "BAD_USER_INPUT" });
    }
  });
});
