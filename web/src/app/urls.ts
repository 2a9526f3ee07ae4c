import type { Role } from "../graphql/graphql";

/**
 * Every address of the dashboard, built in one place: a page links to `urls.client(id)`, never to a path it spells
 * itself, so an address changes here or nowhere. The route table (routes.tsx) matches the same patterns.
 */

/** A period of a report: calendar dates, or instants whose date is taken. Absent bounds are left to the server. */
export interface Period {
  from?: string | null;
  to?: string | null;
}

function withPeriod(path: string, period: Period = {}): string {
  const query = new URLSearchParams();
  if (period.from) query.set("from", period.from.slice(0, 10));
  if (period.to) query.set("to", period.to.slice(0, 10));
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

const segment = (id: string) => encodeURIComponent(id);

export const urls = {
  home: () => "/",
  /** The sign-in page; after an expired session it says so, and `next` is the page to return to once signed in. */
  login: (options: { expired?: boolean; next?: string } = {}) => {
    const query = new URLSearchParams();
    if (options.expired) query.set("expired", "1");
    if (options.next) query.set("next", options.next);
    const search = query.toString();
    return search ? `/login?${search}` : "/login";
  },
  invitation: (token: string) => `/invite/${segment(token)}`,
  account: () => "/account",
  caseload: () => "/caseload",
  client: (id: string) => `/clients/${segment(id)}`,
  clientReport: (id: string, period?: Period) => withPeriod(`/clients/${segment(id)}/report`, period),
  myProgress: () => "/me",
  myReport: (period?: Period) => withPeriod("/me/report", period),
  /** The client's check-in that is due (the window is the server's to know). */
  checkIn: () => "/check-in",
  /** The client's rating of a session they attended, within 48 hours of it. */
  rateSession: (sessionId: string) => `/rate-session/${segment(sessionId)}`,
  /** Where to turn for help now: the clinic's crisis resources. */
  help: () => "/help",
  supervision: () => "/supervision",
  staff: () => "/staff",
};

/** The patterns of the same addresses, for matchPath. */
export const patterns = {
  invitation: "/invite/:token",
  client: "/clients/:id",
  clientReport: "/clients/:id/report",
  rateSession: "/rate-session/:sessionId",
} as const;

/** Where each role starts, and where "Go to your home page" leads. */
export const HOME: Record<Role, string> = {
  THERAPIST: urls.caseload(),
  CLIENT: urls.myProgress(),
  SUPERVISOR: urls.supervision(),
  ADMIN: urls.staff(),
};
