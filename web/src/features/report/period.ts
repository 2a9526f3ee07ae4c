import { shortDate } from "../../charts/format";

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
// The server's range for an instant: from 1970 to the end of 9998.
const EARLIEST = "1970-01-01";
const LATEST = "9998-12-31";

/** A report's period from its address: the instants to ask for, or what is wrong with it in the reader's words. */
export type Period = { from: string | null; to: string | null; problem: null } | { problem: string };

/**
 * `YYYY-MM-DD` → the instant the server turns back into that local date. Noon UTC falls on the same calendar day
 * in every timezone from UTC−11 to UTC+11, which covers the clinics Follow-Up serves.
 */
const instantOf = (date: string) => `${date}T12:00:00.000Z`;

function boundProblem(name: "start" | "end", value: string): string | null {
  const shown = value.length > 24 ? `${value.slice(0, 24)}…` : value;
  if (!LOCAL_DATE.test(value))
    return `The ${name} of the period, “${shown}”, is not a date: dates in the address are written YYYY-MM-DD, e.g. 2026-09-01.`;
  // 2026-13-45 has the shape but no instant (toISOString would throw); 2026-02-30 has one, in March.
  const time = Date.parse(instantOf(value));
  if (Number.isNaN(time) || new Date(time).toISOString() !== instantOf(value))
    return `The ${name} of the period, ${value}, is not a day of the calendar.`;
  if (value < EARLIEST || value > LATEST)
    return `The ${name} of the period, ${value}, is outside the dates Follow-Up keeps (1970 to 9998).`;
  return null;
}

/**
 * `?from=2026-09-01&to=2026-11-30`, either bound optional (the server then shows from intake, or to today). A bad
 * bound, an end before the start, or a start after today (`today`, a local date) is a problem, never a request.
 */
export function readPeriod(search: URLSearchParams, today: string): Period {
  const from = search.get("from") || null;
  const to = search.get("to") || null;
  const problem = (from && boundProblem("start", from)) || (to && boundProblem("end", to));
  if (problem) return { problem };
  if (from && to && from > to)
    return { problem: `The period ends on ${shortDate(to)}, before it starts on ${shortDate(from)}.` };
  if (from && !to && from > today)
    return { problem: `The period starts on ${shortDate(from)}, after today: there is nothing to show yet.` };
  return { from: from && instantOf(from), to: to && instantOf(to), problem: null };
}
