import { describe, expect, it } from "vitest";
import {
  PLAIN_SOURCE_WORDS,
  SOURCE_WORDS,
  SRS_SOURCE_WORDS,
  checkInX,
  sourceWords,
} from "../../../web/src/charts/source.tsx";
import { jargonIn } from "../../../web/src/features/my-progress/plain-language.ts";

describe("where a rating came from", () => {
  it("says each source in the words of the charts' legend and data tables", () => {
    expect(sourceWords("CLIENT")).toBe("Client, before the session");
    expect(sourceWords("SESSION")).toBe("In the session");
    expect(sourceWords(null)).toBeNull();
    expect(SRS_SOURCE_WORDS.CLIENT).toBe("Client, after the session");
  });

  it("speaks to the client about their own ratings without jargon", () => {
    expect(sourceWords("CLIENT", true)).toBe("You, before the session");
    for (const words of Object.values(PLAIN_SOURCE_WORDS)) expect(jargonIn(words)).toEqual([]);
    expect(Object.keys(PLAIN_SOURCE_WORDS)).toEqual(Object.keys(SOURCE_WORDS));
  });
});

describe("a check-in not used in a session, on a session-numbered axis", () => {
  const sessions = [
    { number: 1, localDate: "2026-11-02" },
    { number: 2, localDate: "2026-11-09" },
    { number: 3, localDate: "2026-11-16" },
  ];

  it("goes half a step after the last session on or before its day", () => {
    expect(checkInX("2026-11-12", sessions)).toBe(2.5);
    expect(checkInX("2026-11-16", sessions)).toBe(3.5);
    expect(checkInX("2026-11-30", sessions)).toBe(3.5);
  });

  it("goes before the first session when it came first", () => {
    expect(checkInX("2026-10-30", sessions)).toBe(0.5);
    expect(checkInX("2026-10-30", [])).toBe(0.5);
  });
});
