import { useEffect } from "react";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { AccountPage } from "../features/account/AccountPage";
import { CaseloadPage } from "../features/caseload/CaseloadPage";
import { ClientPage } from "../features/client/ClientPage";
import { LOGOUT, ME } from "../features/login/login.graphql";
import { InvitePage } from "../features/invite/InvitePage";
import { LoginPage } from "../features/login/LoginPage";
import { SignInStepPage } from "../features/login/SignInStepPage";
import { MyProgressPage } from "../features/my-progress/MyProgressPage";
import { ReportPage } from "../features/report/ReportPage";
import { StaffPage } from "../features/staff/StaffPage";
import { SupervisionPage } from "../features/supervision/SupervisionPage";
import { ErrorState, Loading } from "../components/States";
import type { MeQuery } from "../graphql/graphql";
import { SECOND_FACTOR_NEEDED, SESSION_EXPIRED, safeNext } from "./apollo";
import { clearDrafts } from "../forms/drafts";
import { ErrorBoundary } from "./ErrorBoundary";
import { Link, matchPath, navigate, useLocation } from "./router";

type Viewer = NonNullable<MeQuery["me"]>;

const HOME: Record<Viewer["role"], string> = {
  THERAPIST: "/caseload",
  CLIENT: "/me",
  SUPERVISOR: "/supervision",
  ADMIN: "/staff",
};

export function App() {
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(ME, { fetchPolicy: "network-only" });
  const { path, search } = useLocation();
  const me = data?.me ?? null;

  useEffect(() => {
    // Forget everything cached for the old session, learn that nobody is signed in, then say why.
    // The page's address goes along (`next`), so signing in again returns there; its form's draft is kept.
    const expired = () => {
      const next = encodeURIComponent(window.location.pathname + window.location.search);
      void client
        .clearStore()
        .then(() => refetch())
        .finally(() => navigate(`/login?expired=1&next=${next}`, { replace: true }));
    };
    // Signed in with a password only: learn the step that is missing (me.nextStep), which the app then shows.
    const secondFactor = () => void refetch();
    window.addEventListener(SESSION_EXPIRED, expired);
    window.addEventListener(SECOND_FACTOR_NEEDED, secondFactor);
    return () => {
      window.removeEventListener(SESSION_EXPIRED, expired);
      window.removeEventListener(SECOND_FACTOR_NEEDED, secondFactor);
    };
  }, [client, refetch]);

  const inviteToken = matchPath("/invite/:token", path)?.token ?? null;
  const next = search.get("next");
  useEffect(() => {
    if (inviteToken !== null) return;
    if (me && (path === "/" || path === "/login")) {
      navigate(safeNext(next) ?? HOME[me.role], { replace: true });
    }
    if (!loading && !me && !error && path !== "/login") navigate("/login", { replace: true });
  }, [me, path, next, loading, error, inviteToken]);

  /** After a password or a second factor: start from a clean cache, then go home or to the step still missing. */
  const signedIn = async () => {
    // Back to the page a session expired on (`next`), read before the new session's first answer moves on.
    const back = safeNext(next);
    // Cleared, not reset: a reset would refetch the page being left (an invitation) as the new person.
    await client.clearStore();
    const { data: now } = await refetch();
    if (now?.me) navigate(now.me.nextStep ? "/" : (back ?? HOME[now.me.role]), { replace: true });
  };

  if (loading && !data) return <Loading what="Follow-Up" />;
  if (error && !data)
    return <ErrorState message="Follow-Up could not reach its server." onRetry={() => void refetch()} />;
  // An invitation link works whoever is signed in on this browser: accepting it signs in its own person.
  if (inviteToken !== null) return <InvitePage token={inviteToken} onSignedIn={signedIn} />;
  if (!me) return <LoginPage expired={search.has("expired")} onSignedIn={signedIn} />;
  if (me.nextStep) return <SignInStepPage me={me} step={me.nextStep} onDone={signedIn} />;
  return (
    <Layout me={me}>
      {/* Keyed by the address: going elsewhere leaves a page that failed behind. */}
      <ErrorBoundary key={path} homeHref={HOME[me.role]}>
        <Routes me={me} path={path} search={search} />
      </ErrorBoundary>
    </Layout>
  );
}

function Routes({ me, path, search }: { me: Viewer; path: string; search: URLSearchParams }) {
  if (path === "/" || path === "/login") return <Loading what="your home page" />;
  if (path === "/account") return <AccountPage me={me} />;
  // The administrator manages accounts only: no clinical page, not even a refusal that names one.
  if (me.role === "ADMIN") return path === "/staff" ? <StaffPage me={me} /> : <NotFound home={HOME.ADMIN} />;
  const reportRoute = matchPath("/clients/:id/report", path);
  if (reportRoute) {
    const id = reportRoute.id!;
    const back = me.role === "CLIENT" && id === me.clientId ? "/me" : `/clients/${id}`;
    return <ReportPage clientId={id} viewer={me} search={search} backHref={back} />;
  }
  if (me.role === "CLIENT" && path === "/me/report" && me.clientId) {
    return <ReportPage clientId={me.clientId} viewer={me} search={search} backHref="/me" />;
  }
  const clientRoute = matchPath("/clients/:id", path);
  if (clientRoute) return <ClientPage clientId={clientRoute.id!} viewerRole={me.role} />;
  if (me.role === "THERAPIST" && path === "/caseload") return <CaseloadPage />;
  if (me.role === "CLIENT" && path === "/me" && me.clientId) return <MyProgressPage clientId={me.clientId} />;
  if (me.role === "SUPERVISOR" && path === "/supervision") return <SupervisionPage />;
  return <NotFound home={HOME[me.role]} />;
}

function NotFound({ home }: { home: string }) {
  return (
    <main>
      <h1>Not found</h1>
      <p>
        There is nothing at this address for you. <Link href={home}>Go to your home page</Link>.
      </p>
    </main>
  );
}

function Layout({ me, children }: { me: Viewer; children: React.ReactNode }) {
  const client = useApolloClient();
  const [logout] = useMutation(LOGOUT);
  const signOut = async () => {
    await logout().catch(() => undefined);
    await client.clearStore();
    // Unsaved entries stay on this browser only for the person who wrote them, and only until they sign out.
    clearDrafts(me.id);
    // A fresh page: nothing of the signed-out person stays in memory.
    window.location.assign("/login");
  };
  return (
    <div className="layout">
      <header className="topbar">
        <Link href={HOME[me.role]} className="brand">
          Follow-Up
        </Link>
        <nav aria-label="Main">
          {me.role === "THERAPIST" && <Link href="/caseload">Caseload</Link>}
          {me.role === "CLIENT" && <Link href="/me">My progress</Link>}
          {me.role === "SUPERVISOR" && <Link href="/supervision">Clinic overview</Link>}
          {me.role === "ADMIN" && <Link href="/staff">Staff</Link>}
          <Link href="/account">Account</Link>
        </nav>
        <span className="who">
          {me.displayName} <span className="role">({me.role.toLowerCase()})</span>
        </span>
        <button type="button" className="secondary" onClick={() => void signOut()}>
          Sign out
        </button>
      </header>
      {children}
    </div>
  );
}
