import { describe, expect, it } from "vitest";
import { RULE_NAMES } from "../../../server/measures/rules.ts";
import type { SummaryPanel_ProgressFragment } from "../../../web/src/graphql/graphql.ts";
import {
  jargonIn,
  outcomeInPlainWords,
  pairedInPlainWords,
  summaryInPlainWords,
} from "../../../web/src/features/my-progress/plain-language.ts";

type Outcome = SummaryPanel_ProgressFragment["summary"]["outcomes"][number];
type Paired = NonNullable<SummaryPanel_ProgressFragment["summary"]["pairedOutcome"]>;

const outcome = (overrides: Partial<Outcome>): Outcome => ({
  measure: "ORS",
  ratedSessions: 6,
  baseline: 21,
  latest: 28,
  change: 7,
  classification: "RELIABLE_IMPROVEMENT",
  rule: "ORS_RELIABLE_CHANGE",
  latestBand: null,
  casenessAtBaseline: true,
  recovered: true,
  reliablyRecovered: true,
  response: null,
  remission: null,
  ...overrides,
});

const MEASURES = ["ORS", "PHQ9", "GAD7"] as const;
const CLASSIFICATIONS = ["RELIABLE_IMPROVEMENT", "NO_RELIABLE_CHANGE", "RELIABLE_DETERIORATION", null] as const;

describe("the client's outcomes in plain words", () => {
  it("says what the example says", () => {
    expect(outcomeInPlainWords(outcome({ recovered: false, reliablyRecovered: false }))).toBe(
      "Your wellbeing score went from 21 to 28, a real improvement.",
    );
  });

  it("names each score by what it is about, with the client's numbers", () => {
    const phq9 = outcomeInPlainWords(
      outcome({ measure: "PHQ9", baseline: 16, latest: 13, change: -3, classification: "NO_RELIABLE_CHANGE" }),
    )!;
    expect(phq9).toContain("Your low mood score went from 16 to 13");
    expect(phq9).toContain("lower is better");
    const gad7 = outcomeInPlainWords(outcome({ measure: "GAD7", ratedSessions: 1, baseline: 9, latest: 9 }))!;
    expect(gad7).toContain("Your worry score was 9 the first time");
  });

  it("says a single score is where people who feel well score only of that one score", () => {
    expect(outcomeInPlainWords(outcome({}))).toBe(
      "Your wellbeing score went from 21 to 28, a real improvement: this one score is now where most people who feel well score.",
    );
  });

  it("judges the low mood and worry scores together when both exist, not each on its own", () => {
    // Low mood 12 → 5 is recovered on its own, but worry 9 → 9 is still at or above its line: together, not recovered.
    const lowMood = outcome({ measure: "PHQ9", baseline: 12, latest: 5, change: -7, recovered: true });
    const worry = outcome({
      measure: "GAD7",
      baseline: 9,
      latest: 9,
      change: 0,
      classification: "NO_RELIABLE_CHANGE",
      recovered: false,
      reliablyRecovered: false,
    });
    const notBoth: Paired = { ratedSessions: 4, recovered: false };
    const lines = summaryInPlainWords({ outcomes: [lowMood, worry], pairedOutcome: notBoth });
    expect(lines.map((line) => line.key)).toEqual(["PHQ9", "GAD7", "PAIRED"]);
    expect(lines[0]!.words).toBe("Your low mood score went from 12 to 5, a real improvement.");
    expect(lines.map((line) => line.words).join(" ")).not.toContain("is now where most people");
    expect(lines[2]!.words).toBe(
      "Your low mood score and worry score are not yet both where most people who feel well score; your therapist will go through them with you.",
    );
    expect(pairedInPlainWords({ ratedSessions: 4, recovered: true })).toBe(
      "Your low mood score and worry score are now both where most people who feel well score.",
    );
  });

  it("says nothing of the two together when neither was high at the start, or before both were given twice", () => {
    expect(pairedInPlainWords({ ratedSessions: 3, recovered: null })).toBeNull();
    expect(pairedInPlainWords(null)).toBeNull();
    // Without the pair, the low mood score alone says it is one score.
    const lines = summaryInPlainWords({
      outcomes: [outcome({ measure: "PHQ9", baseline: 12, latest: 5, change: -7 })],
      pairedOutcome: null,
    });
    expect(lines).toEqual([
      {
        key: "PHQ9",
        words:
          "Your low mood score went from 12 to 5, a real improvement: this one score is now where most people who feel well score.",
      },
    ]);
  });

  it("leaves out the alliance ratings and measures not rated yet", () => {
    expect(outcomeInPlainWords(outcome({ measure: "SRS" }))).toBeNull();
    expect(outcomeInPlainWords(outcome({ ratedSessions: 0, baseline: null, latest: null, change: null }))).toBeNull();
  });

  it("uses no jargon in any combination of measure, classification, recovery and ratings", () => {
    let sentences = 0;
    for (const measure of MEASURES)
      for (const classification of CLASSIFICATIONS)
        for (const recovered of [true, false, null])
          for (const ratedSessions of [1, 2, 9]) {
            const words = outcomeInPlainWords(
              outcome({ measure, classification, recovered, reliablyRecovered: recovered, ratedSessions }),
            );
            expect(words).not.toBeNull();
            expect(jargonIn(words!), words!).toEqual([]);
            sentences++;
          }
    expect(sentences).toBe(3 * 4 * 3 * 3);
    for (const recovered of [true, false]) {
      const words = pairedInPlainWords({ ratedSessions: 2, recovered })!;
      expect(jargonIn(words), words).toEqual([]);
    }
  });

  it("finds jargon when it is there: terms in any case, and every rule code of the server", () => {
    expect(jargonIn("ORS: 21 → 28 (+7); reliable improvement (ORS_RELIABLE_CHANGE = 5)")).toEqual([
      "reliable",
      "ORS",
      "ORS_RELIABLE_CHANGE",
    ]);
    expect(jargonIn("Still in the Clinical range")).toEqual(expect.arrayContaining(["clinical range"]));
    expect(jargonIn("Expected ORS range (similar clients)")).toEqual(expect.arrayContaining(["similar clients"]));
    for (const rule of RULE_NAMES) expect(jargonIn(`see ${rule}.`), rule).toContain(rule);
    expect(jargonIn("Your wellbeing score went from 21 to 28, a real improvement.")).toEqual([]);
  });
});
