import { CombinedGraphQLErrors } from "@apollo/client";
import { describe, expect, it } from "vitest";
import { RULE_NAMES } from "../../../server/measures/rules.ts";
import { fieldErrors, safeNext } from "../../../web/src/app/apollo.ts";
import { NOT_ACCEPTED, looksInternal, plainErrors, readable, UNREACHABLE } from "../../../web/src/components/errors.ts";
import { serverProblems } from "../../../web/src/forms/problems.ts";

/** A server answer as Apollo Client hands it to a form. */
const answer = (...errors: { message: string; extensions?: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ errors });
const bad = (message: string, field?: string) => ({
  message,
  extensions: { code: "BAD_USER_INPUT", ...(field ? { field } : {}) },
});

describe("errors in words", () => {
  it("puts the form's label where the server names the field", () => {
    const error = answer(bad("intakeDate cannot be in the future.", "intakeDate"));
    expect(plainErrors(error, { intakeDate: "Date of intake" })).toEqual({
      fields: { intakeDate: "Date of intake cannot be in the future." },
      general: null,
    });
  });

  it("drops the echoed value and ends with a full stop", () => {
    expect(readable("peakIntensity must be a whole number from 0 to 10, got 11", "x", "peakIntensity", "Peak")).toBe(
      "Peak must be a whole number from 0 to 10.",
    );
  });

  it("replaces GraphQL's own wording, field paths, camelCase names and rule codes", () => {
    const internals = [
      'Variable "$input" got invalid value null at "input.ors.social"; Expected non-nullable type "Float!" not to be null.',
      "ors.social must be between 0 and 10",
      "homeworkReviews[0].helpfulness must be a whole number",
      "peakIntensity is required.",
      "Classified by PHQ9_RELIABLE_CHANGE.",
      'Int cannot represent non-integer value: "x"',
    ];
    for (const message of internals) {
      expect(looksInternal(message)).toBe(true);
      expect(readable(message, NOT_ACCEPTED)).toBe(NOT_ACCEPTED);
    }
    for (const rule of RULE_NAMES) expect(readable(`Rule ${rule} applies.`, NOT_ACCEPTED)).toBe(NOT_ACCEPTED);
  });

  it("keeps a sentence that is already in words", () => {
    for (const message of [
      "An account with this email already exists.",
      "The client's intake on 2026-03-01 is after a session already recorded.",
      "Invalid email or password.",
    ]) {
      expect(looksInternal(message)).toBe(false);
      expect(readable(message, NOT_ACCEPTED)).toBe(message);
    }
  });

  it("says a refused field the form does not show in general words, never its path", () => {
    const error = answer(bad('Variable "$input" got invalid value null at "input.ors.social".', "ors.social"));
    expect(plainErrors(error, { intakeDate: "Date of intake" })).toEqual({ fields: {}, general: NOT_ACCEPTED });
    expect(fieldErrors(error)).toEqual({ fields: { "ors.social": NOT_ACCEPTED }, general: null });
  });

  it("chooses the general sentence by code, and a failed request is a connection problem", () => {
    expect(plainErrors(answer({ message: "Not authorised!", extensions: { code: "FORBIDDEN" } })).general).toBe(
      "You are not allowed to do this.",
    );
    expect(
      plainErrors(answer({ message: "Unexpected error.", extensions: { code: "INTERNAL_SERVER_ERROR" } })).general,
    ).toBe("Something went wrong on our side. Please try again in a moment.");
    expect(plainErrors(new TypeError("Failed to fetch")).general).toBe(UNREACHABLE);
    expect(plainErrors(null)).toEqual({ fields: {}, general: null });
  });

  it("maps a server field to the form's path, labelled, and keeps what it cannot place in the summary", () => {
    const error = answer(
      bad("ors.social must be between 0 and 10, got 11", "ors.social"),
      bad("occurredAt (2001-01-01) is before the client's intake on 2026-03-01.", "occurredAt"),
      bad("techniquesUsed takes at most 13 entries; it has 14.", "techniquesUsed"),
    );
    const labels = { "ors.social": "ORS Socially", occurredAt: "Date and time" };
    expect(serverProblems(error, (field) => field, labels)).toEqual({
      fields: {
        "ors.social": "ORS Socially must be between 0 and 10.",
        occurredAt: "Date and time (2001-01-01) is before the client's intake on 2026-03-01.",
      },
      general: NOT_ACCEPTED,
    });
  });
});

describe("where to return after signing in", () => {
  const ORIGIN = "https://follow-up.example";
  it("accepts a path on this site only", () => {
    expect(safeNext("/clients/7", ORIGIN)).toBe("/clients/7");
    expect(safeNext("/clients/7/report?from=2026-01-01", ORIGIN)).toBe("/clients/7/report?from=2026-01-01");
    for (const next of [
      null,
      "",
      "clients/7",
      "//evil.example/x",
      "/\\evil.example",
      "https://evil.example/",
      "/login?expired=1",
      "/clients/7\n",
      "/\tevil.example",
      "javascript:alert(1)",
    ]) {
      expect(safeNext(next, ORIGIN)).toBeNull();
    }
  });
});
