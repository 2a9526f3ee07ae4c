import { AlertSeverity } from "../progress/progress.enums.ts";

/** How serious a client's most serious alert is, most serious first. */
export enum Concern {
  /** A CRITICAL alert other than reliable deterioration: PHQ-9 item 9 above the rule's value, or a crisis session. */
  RISK = 0,
  /** Reliable deterioration on any measure (also CRITICAL, and so also AT_RISK). */
  WORSENING = 1,
  OFF_TRACK = 2,
  /** Any other alert: alliance, homework, episodes. */
  OTHER = 3,
  NONE = 4,
}

export interface Triaged {
  alerts: readonly { code: string; severity: AlertSeverity }[];
  /** Local date (YYYY-MM-DD) of the last attended session; null before the first. */
  lastSessionDate: string | null;
  displayName: string;
}

function concernOf(alert: { code: string; severity: AlertSeverity }): Concern {
  if (alert.code.startsWith("RELIABLE_DETERIORATION")) return Concern.WORSENING;
  if (alert.severity === AlertSeverity.CRITICAL) return Concern.RISK;
  if (alert.code === "OFF_TRACK") return Concern.OFF_TRACK;
  return Concern.OTHER;
}

/** The most serious concern among the alerts; NONE without alerts. */
export function concern(alerts: Triaged["alerts"]): Concern {
  return alerts.reduce((worst, alert) => Math.min(worst, concernOf(alert)), Concern.NONE as Concern);
}

/**
 * The caseload's order: the most serious concern first (risk, then worsening, then off track, then any other
 * alert, then none), however many alerts there are; within a concern the most recent session first, clients
 * without one after; then by name.
 */
export function compareByTriage(a: Triaged, b: Triaged): number {
  return (
    concern(a.alerts) - concern(b.alerts) ||
    (b.lastSessionDate ?? "").localeCompare(a.lastSessionDate ?? "") ||
    a.displayName.localeCompare(b.displayName)
  );
}
