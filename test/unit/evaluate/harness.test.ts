import { describe, expect, it } from "vitest";
import { DEFAULT_RULES } from "../../../server/measures/rules.ts";
import { casesClosedBefore, judgeCohort, periodStart } from "../../../test/evaluate/harness.ts";
import { judgeWithFallback } from "../../../test/evaluate/methods.ts";
import { BASE_PARAMETERS } from "../../../test/evaluate/parameters.ts";
import { createRandom } from "../../../test/evaluate/random.ts";
import { simulateCohort } from "../../../test/evaluate/simulator.ts";

describe("time split", () => {
  const p = { ...BASE_PARAMETERS, clients: 300 };
  const clients = simulateCohort(p, createRandom(21), DEFAULT_RULES);
  const byId = new Map(clients.map((c) => [c.id, c]));
  const { records, fittingSets } = judgeCohort(clients, p, DEFAULT_RULES);

  it("fits every curve only on cases closed before the judged session's date, never on the judged client", () => {
    const judgements = records.flatMap((r) => r.judged.map((j) => ({ clientId: r.clientId, ...j })));
    expect(judgements.length).toBeGreaterThan(500);
    expect(judgements.filter((j) => j.curveMethod === "EXPECTED_CURVE").length).toBeGreaterThan(100);
    for (const j of judgements) {
      const fitting = fittingSets.get(j.periodStart)!;
      expect(j.periodStart).toBe(periodStart(j.day, p.refitDays));
      expect(j.periodStart).toBeLessThanOrEqual(j.day);
      expect(fitting).not.toContain(j.clientId);
      for (const id of fitting) expect(byId.get(id)!.closedDay).toBeLessThan(j.day);
    }
  });

  it("judges only clients whose intake is after the warm-up", () => {
    expect(records.length).toBeGreaterThan(100);
    for (const r of records) expect(byId.get(r.clientId)!.intakeDay).toBeGreaterThanOrEqual(p.warmUpDays);
    expect(records.length).toBe(clients.filter((c) => c.intakeDay >= p.warmUpDays).length);
  });

  it("leaves out a case that closes on the cut-off day", () => {
    const day = clients[0]!.closedDay;
    expect(casesClosedBefore(clients, day).map((c) => c.id)).not.toContain(clients[0]!.id);
    expect(casesClosedBefore(clients, day + 1).map((c) => c.id)).toContain(clients[0]!.id);
  });
});

describe("fallback method", () => {
  it("flags a course without reliable improvement from session 6, not before", () => {
    // ORS 15 → 18 is a change of 3, below the reliable change of 5.
    const point = { baselineOrs: 15, latestOrs: 18 };
    expect(judgeWithFallback({ ...point, sessionNumber: 5 }, DEFAULT_RULES).offTrack).toBe(false);
    expect(judgeWithFallback({ ...point, sessionNumber: 6 }, DEFAULT_RULES).offTrack).toBe(true);
    // A fall of 5 is reliable deterioration at any session; its score is one reliable change.
    const falling = judgeWithFallback({ baselineOrs: 20, latestOrs: 15, sessionNumber: 2 }, DEFAULT_RULES);
    expect(falling).toEqual({ offTrack: true, method: "FALLBACK", score: 1 });
  });
});
