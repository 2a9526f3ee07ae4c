import { describe, expect, it } from "vitest";
import { parseReportArgs, UsageError } from "../../../server/report/report-args.ts";

const args = (from: string) => ["--client", "42", "--out", "report.pdf", "--from", from];

describe("the report command's dates", () => {
  it("takes a calendar date from 1970 on", () => {
    expect(parseReportArgs(args("1970-01-01")).from).toBe("1970-01-01");
    expect(parseReportArgs([...args("2026-09-01"), "--to", "2026-11-20"])).toMatchObject({
      from: "2026-09-01",
      to: "2026-11-20",
    });
  });

  it.each([
    ["2026-13-45", /--from must be a real day written YYYY-MM-DD/],
    ["2026-02-30", /--from must be a real day written YYYY-MM-DD/],
    ["0000-00-00", /--from must be a real day written YYYY-MM-DD/],
    ["2026-1-5", /--from must be a real day written YYYY-MM-DD/],
    ["0001-01-01", /--from must be on or after 1970-01-01/],
    ["1969-12-31", /--from must be on or after 1970-01-01/],
    ["9999-06-30", /--from must be before 9999-01-01/],
  ])("refuses --from %s with a usage message", (from, message) => {
    expect(() => parseReportArgs(args(from))).toThrow(UsageError);
    expect(() => parseReportArgs(args(from))).toThrow(message);
  });
});
