import { AlertSeverity } from "../progress/progress.enums.ts";

/** How serious a client's most serious concern is, most serious first. */
export enum Concern {
  /**
   * An open risk alert: the client's own check-in met a safety rule between sessions and no therapist has yet
   * acknowledged it. It comes before everything the sessions show, because it has not waited for a session.
   */
  OPEN_RISK_ALERT = 0,
  /** A CRITICAL alert other than reliable deterioration: PHQ-9 item 9 above the rule's value, or a crisis session. */
  RISK = 1,
  /** Reliable deterioration that is paired or sustained (CRITICAL; docs/clinical.md, "Status and alerts"). */
  WORSENING = 2,
  /** Reliable deterioration at one rating of one measure: a warning, ahead of a slow course. */
  WORSENED_ONCE = 3,
  OFF_TRACK = 4,
  /** Any other alert: alliance, homework, episodes. */
  OTHER = 5,
  NONE = 6,
}

export interface Triaged {
  alerts: readonly { code: string; severity: AlertSeverity }[];
  /** When the client's oldest open risk alert was raised; null without an open one. */
  openRiskAlertSince: Date | null;
  /** Local date (YYYY-MM-DD) of the last attended session; null before the first. */
  lastSessionDate: string | null;
  displayName: string;
}

function concernOf(alert: { code: string; severity: AlertSeverity }): Concern {
  if (alert.code.startsWith("RELIABLE_DETERIORATION")) {
    return alert.severity === AlertSeverity.CRITICAL ? Concern.WORSENING : Concern.WORSENED_ONCE;
  }
  if (alert.severity === AlertSeverity.CRITICAL) return Concern.RISK;
  if (alert.code === "OFF_TRACK") return Concern.OFF_TRACK;
  return Concern.OTHER;
}

/** The most serious concern: an open risk alert, else the most serious of the summary's alerts; NONE without any. */
export function concern(alerts: Triaged["alerts"], openRiskAlertSince: Date | null = null): Concern {
  if (openRiskAlertSince) return Concern.OPEN_RISK_ALERT;
  return alerts.reduce((worst, alert) => Math.min(worst, concernOf(alert)), Concern.NONE as Concern);
}

/** Among open risk alerts, the longest open first. */
const byOpenSince = (a: Triaged, b: Triaged) =>
  a.openRiskAlertSince && b.openRiskAlertSince ? a.openRiskAlertSince.getTime() - b.openRiskAlertSince.getTime() : 0;

/**
 * The caseload's order: the most serious concern first (an open risk alert, the longest open first; then risk,
 * paired or sustained worsening, a single worsening, off track, any other alert, none), however many alerts there are; within a concern the most recent
 * session first, clients without one after; then by name.
 */
export function compareByTriage(a: Triaged, b: Triaged): number {
  return (
    concern(a.alerts, a.openRiskAlertSince) - concern(b.alerts, b.openRiskAlertSince) ||
    byOpenSince(a, b) ||
    (b.lastSessionDate ?? "").localeCompare(a.lastSessionDate ?? "") ||
    a.displayName.localeCompare(b.displayName)
  );
}
