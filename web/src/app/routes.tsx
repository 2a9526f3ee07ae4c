import { lazy, useEffect, type ReactNode } from "react";
import { Loading } from "../components/States";
import type { MeQuery, Role } from "../graphql/graphql";
import { Link, matchPath, navigate } from "./router";
import { HOME, patterns, urls } from "./urls";

/**
 * Every page is its own chunk, fetched when first opened: the sign-in page loads none of them, and a page's charts,
 * forms and documents come with the page that uses them.
 */
const AccountPage = lazy(() => import("../features/account/AccountPage").then((m) => ({ default: m.AccountPage })));
const CaseloadPage = lazy(() => import("../features/caseload/CaseloadPage").then((m) => ({ default: m.CaseloadPage })));
const CheckInPage = lazy(() => import("../features/check-in/CheckInPage").then((m) => ({ default: m.CheckInPage })));
const HelpPage = lazy(() => import("../features/check-in/HelpPage").then((m) => ({ default: m.HelpPage })));
const RateSessionPage = lazy(() =>
  import("../features/check-in/RateSessionPage").then((m) => ({ default: m.RateSessionPage })),
);
const ClientPage = lazy(() => import("../features/client/ClientPage").then((m) => ({ default: m.ClientPage })));
const MyProgressPage = lazy(() =>
  import("../features/my-progress/MyProgressPage").then((m) => ({ default: m.MyProgressPage })),
);
const ReportPage = lazy(() => import("../features/report/ReportPage").then((m) => ({ default: m.ReportPage })));
const StaffPage = lazy(() => import("../features/staff/StaffPage").then((m) => ({ default: m.StaffPage })));
const SupervisionPage = lazy(() =>
  import("../features/supervision/SupervisionPage").then((m) => ({ default: m.SupervisionPage })),
);

export type Viewer = NonNullable<MeQuery["me"]>;

interface RouteProps {
  me: Viewer;
  params: Record<string, string>;
  search: URLSearchParams;
}

export interface Route {
  pattern: string;
  /** Who may open the page; anyone else is told there is nothing at the address. */
  roles: readonly Role[];
  /** The page's name in the document title; null when the page's heading names it (a client's page). */
  title: string | null;
  page: (props: RouteProps) => ReactNode;
}

const EVERYONE: readonly Role[] = ["THERAPIST", "CLIENT", "SUPERVISOR", "ADMIN"];
// The administrator manages accounts only: no clinical page, not even a refusal that names one. A supervisor who
// opens a client's address is refused by the server, in the page's own words.
const CLINICAL: readonly Role[] = ["THERAPIST", "CLIENT", "SUPERVISOR"];

/** The dashboard's pages: the first whose pattern matches the address and whose roles include the viewer's. */
export const ROUTES: readonly Route[] = [
  { pattern: urls.account(), roles: EVERYONE, title: "Account", page: ({ me }) => <AccountPage me={me} /> },
  { pattern: urls.staff(), roles: ["ADMIN"], title: "Staff", page: ({ me }) => <StaffPage me={me} /> },
  { pattern: urls.caseload(), roles: ["THERAPIST"], title: "Caseload", page: () => <CaseloadPage /> },
  {
    pattern: patterns.clientReport,
    roles: CLINICAL,
    title: "Progress report",
    page: ({ me, params, search }) => {
      const own = me.role === "CLIENT" && params.id === me.clientId;
      const back = own ? urls.myProgress() : urls.client(params.id!);
      return (
        <ReportPage
          clientId={params.id!}
          viewer={me}
          search={search}
          backHref={back}
          defaultHref={urls.clientReport(params.id!)}
        />
      );
    },
  },
  {
    pattern: patterns.client,
    roles: CLINICAL,
    title: null,
    // A client's own record is their own page, in their words: the clinician's view of it is not for them.
    page: ({ me, params }) =>
      me.role === "CLIENT" && params.id === me.clientId ? (
        <Redirect to={urls.myProgress()} />
      ) : (
        <ClientPage clientId={params.id!} viewerRole={me.role} />
      ),
  },
  {
    pattern: urls.myReport(),
    roles: ["CLIENT"],
    title: "My progress report",
    page: ({ me, search }) =>
      me.clientId ? (
        <ReportPage
          clientId={me.clientId}
          viewer={me}
          search={search}
          backHref={urls.myProgress()}
          defaultHref={urls.myReport()}
        />
      ) : (
        <NotFound home={HOME.CLIENT} />
      ),
  },
  {
    pattern: urls.myProgress(),
    roles: ["CLIENT"],
    title: "My progress",
    page: ({ me }) => (me.clientId ? <MyProgressPage clientId={me.clientId} /> : <NotFound home={HOME.CLIENT} />),
  },
  {
    pattern: urls.checkIn(),
    roles: ["CLIENT"],
    title: "Check-in",
    page: ({ me }) => (me.clientId ? <CheckInPage clientId={me.clientId} /> : <NotFound home={HOME.CLIENT} />),
  },
  {
    pattern: patterns.rateSession,
    roles: ["CLIENT"],
    title: "Rate your session",
    page: ({ me, params }) =>
      me.clientId ? (
        <RateSessionPage clientId={me.clientId} sessionId={params.sessionId!} />
      ) : (
        <NotFound home={HOME.CLIENT} />
      ),
  },
  // Help is for anyone who is signed in: the clinic's crisis resources are no secret of the client's.
  {
    pattern: urls.help(),
    roles: EVERYONE,
    title: "Help now",
    page: ({ me }) => <HelpPage forClient={me.role === "CLIENT"} />,
  },
  { pattern: urls.supervision(), roles: ["SUPERVISOR"], title: "Clinic overview", page: () => <SupervisionPage /> },
];

/** The route for `path` as `role` sees it, with the address's parameters; null: nothing there for them. */
export function findRoute(role: Role, path: string): { route: Route; params: Record<string, string> } | null {
  for (const route of ROUTES) {
    if (!route.roles.includes(role)) continue;
    const params = matchPath(route.pattern, path);
    if (params) return { route, params };
  }
  return null;
}

export function NotFound({ home }: { home: string }) {
  return (
    <main>
      <h1>Not found</h1>
      <p>
        There is nothing at this address for you. <Link href={home}>Go to your home page</Link>.
      </p>
    </main>
  );
}

/** Goes to `to` in place of the current address, so that Back does not return to the address that led away. */
function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return (
    <main>
      <Loading what="your page" />
    </main>
  );
}
