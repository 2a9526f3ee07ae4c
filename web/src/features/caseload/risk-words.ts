import { useEffect, useState } from "react";
import type { RiskAction } from "../../graphql/graphql";

/** What the therapist did about a risk alert, in words, in the order the form offers them. */
export const RISK_ACTION_WORDS: Readonly<Record<RiskAction, string>> = {
  CONTACTED_CLIENT: "Contacted the client",
  SAFETY_PLAN_REVIEWED: "Safety plan reviewed",
  REFERRED_TO_CRISIS_SERVICE: "Referred to a crisis service",
  EMERGENCY_SERVICES_CALLED: "Called emergency services",
  OTHER: "Other",
};

export const RISK_ACTIONS = Object.keys(RISK_ACTION_WORDS) as RiskAction[];

const MINUTE = 60_000;

/**
 * How long an alert has been open, to the minute: "4 min", "2 h 5 min", "3 days 1 h". Whole minutes only, rounded
 * down, so the wording never claims more time than has passed; a clock a little ahead of the server's reads "0 min".
 */
export function openFor(raisedAt: string, now: number): string {
  const minutes = Math.max(0, Math.floor((now - Date.parse(raisedAt)) / MINUTE));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  const days = Math.floor(hours / 24);
  return `${days} days ${hours % 24} h`;
}

/** The time now, renewed every minute, so an "open for" keeps counting while the page stays open. */
export function useNow(everyMs = MINUTE): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
