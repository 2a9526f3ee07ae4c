import { describe, expect, it } from "vitest";
import { compareByTriage, concern, Concern, type Triaged } from "../../../server/caseload/triage.ts";
import { AlertSeverity } from "../../../server/progress/progress.enums.ts";

const ITEM9 = { code: "PHQ9_ITEM9", severity: AlertSeverity.CRITICAL };
const CRISIS = { code: "CRISIS_SESSION", severity: AlertSeverity.CRITICAL };
const WORSE = { code: "RELIABLE_DETERIORATION_ORS", severity: AlertSeverity.CRITICAL };
const WORSE_ONCE = { code: "RELIABLE_DETERIORATION_PHQ9", severity: AlertSeverity.WARNING };
const OFF = { code: "OFF_TRACK", severity: AlertSeverity.WARNING };
const HOMEWORK = { code: "HOMEWORK_COMPLETION_LOW", severity: AlertSeverity.WARNING };
const EPISODES = { code: "EPISODES_RISING", severity: AlertSeverity.WARNING };
const SRS = { code: "SRS_BELOW_CUTOFF", severity: AlertSeverity.WARNING };

const client = (
  displayName: string,
  alerts: Triaged["alerts"],
  lastSessionDate: string | null,
  openRiskAlertSince: Date | null = null,
): Triaged => ({
  displayName,
  alerts,
  lastSessionDate,
  openRiskAlertSince,
});
const order = (clients: Triaged[]) => [...clients].sort(compareByTriage).map((c) => c.displayName);

describe("caseload triage", () => {
  it("names the most serious concern among a client's alerts", () => {
    expect(concern([])).toBe(Concern.NONE);
    expect(concern([HOMEWORK, SRS])).toBe(Concern.OTHER);
    expect(concern([HOMEWORK, OFF])).toBe(Concern.OFF_TRACK);
    expect(concern([OFF, WORSE])).toBe(Concern.WORSENING);
    expect(concern([OFF, WORSE_ONCE])).toBe(Concern.WORSENED_ONCE);
    expect(concern([WORSE_ONCE, WORSE])).toBe(Concern.WORSENING);
    expect(concern([WORSE, ITEM9])).toBe(Concern.RISK);
    expect(concern([CRISIS])).toBe(Concern.RISK);
    expect(concern([], new Date("2026-11-19T10:00:00.000Z"))).toBe(Concern.OPEN_RISK_ALERT);
    expect(concern([CRISIS, WORSE], new Date("2026-11-19T10:00:00.000Z"))).toBe(Concern.OPEN_RISK_ALERT);
  });

  it("puts an open risk alert from a check-in before every other concern, the longest open first", () => {
    expect(
      order([
        client("Crisis", [CRISIS, ITEM9, WORSE], "2026-11-19"),
        client("Newer alert", [], "2026-11-12", new Date("2026-11-19T20:00:00.000Z")),
        client("None", [], "2026-11-19"),
        client("Older alert", [], null, new Date("2026-11-18T09:30:00.000Z")),
        client("Worsening", [WORSE], "2026-11-19"),
      ]),
    ).toEqual(["Older alert", "Newer alert", "Crisis", "Worsening", "None"]);
  });

  it("orders open risk alerts raised at the same moment as any other concern: recent session first, then name", () => {
    const raised = new Date("2026-11-19T20:00:00.000Z");
    expect(
      order([
        client("Bea", [], "2026-11-12", raised),
        client("Ann", [], "2026-11-12", raised),
        client("Cal", [OFF], "2026-11-17", raised),
      ]),
    ).toEqual(["Cal", "Ann", "Bea"]);
  });

  it("puts one risk alert above five lesser ones", () => {
    expect(
      order([
        client("Many", [OFF, HOMEWORK, EPISODES, SRS, WORSE], "2026-11-19"),
        client("Item 9", [ITEM9], "2026-10-01"),
      ]),
    ).toEqual(["Item 9", "Many"]);
  });

  it("orders risk, worsening, off track, other alerts, then none", () => {
    expect(
      order([
        client("None", [], "2026-11-19"),
        client("Other", [HOMEWORK, EPISODES], "2026-11-19"),
        client("Off track", [OFF], "2026-11-19"),
        client("Worsening", [WORSE], "2026-11-19"),
        client("Crisis", [CRISIS], "2026-11-19"),
      ]),
    ).toEqual(["Crisis", "Worsening", "Off track", "Other", "None"]);
  });

  it("within a concern, puts the most recent session first, no session last, then sorts by name", () => {
    expect(
      order([
        client("Never seen", [OFF], null),
        client("Older", [OFF], "2026-10-02"),
        client("Bea", [OFF], "2026-11-12"),
        client("Ann", [OFF, HOMEWORK], "2026-11-12"),
        client("Newer", [OFF], "2026-11-19"),
      ]),
    ).toEqual(["Newer", "Ann", "Bea", "Older", "Never seen"]);
  });
});
