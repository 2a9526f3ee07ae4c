import { lazy, Suspense, useEffect, useLayoutEffect, useRef, type MouseEvent } from "react";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { LOGOUT, ME } from "../features/login/login.graphql";
import { LoginPage } from "../features/login/LoginPage";
import { ErrorState, Loading } from "../components/States";
import { clearDrafts } from "../forms/drafts";
import { SECOND_FACTOR_NEEDED, SESSION_EXPIRED, safeNext } from "./apollo";
import { ErrorBoundary } from "./ErrorBoundary";
import { Link, matchPath, navigate, useLocation } from "./router";
import { NotFound, PageLoading, findRoute, type Viewer } from "./routes";
import { HOME, patterns, urls } from "./urls";

// Only the sign-in page comes with the first load; an invitation and the second step of signing in are fetched
// when needed, like every page (routes.tsx).
const InvitePage = lazy(() => import("../features/invite/InvitePage").then((m) => ({ default: m.InvitePage })));
const SignInStepPage = lazy(() =>
  import("../features/login/SignInStepPage").then((m) => ({ default: m.SignInStepPage })),
);

export function App() {
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(ME, { fetchPolicy: "network-only" });
  const { path, search } = useLocation();
  const me = data?.me ?? null;

  useEffect(() => {
    // Forget everything cached for the old session, learn that nobody is signed in, then say why.
    // The page's address goes along (`next`), so signing in again returns there; its form's draft is kept.
    const expired = () => {
      const next = window.location.pathname + window.location.search;
      void client
        .clearStore()
        .then(() => refetch())
        .finally(() => navigate(urls.login({ expired: true, next }), { replace: true }));
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

  const inviteToken = matchPath(patterns.invitation, path)?.token ?? null;
  const next = search.get("next");
  useEffect(() => {
    if (inviteToken !== null) return;
    if (me && (path === urls.home() || path === urls.login())) {
      navigate(safeNext(next) ?? HOME[me.role], { replace: true });
    }
    if (!loading && !me && !error && path !== urls.login()) navigate(urls.login(), { replace: true });
  }, [me, path, next, loading, error, inviteToken]);

  /** After a password or a second factor: start from a clean cache, then go home or to the step still missing. */
  const signedIn = async () => {
    // Back to the page a session expired on (`next`), read before the new session's first answer moves on.
    const back = safeNext(next);
    // Cleared, not reset: a reset would refetch the page being left (an invitation) as the new person.
    await client.clearStore();
    const { data: now } = await refetch();
    if (now?.me) navigate(now.me.nextStep ? urls.home() : (back ?? HOME[now.me.role]), { replace: true });
  };

  const found = me && !me.nextStep ? findRoute(me.role, path) : null;
  const starting = path === urls.home() || path === urls.login();
  // The page's name in the title: "" while nothing is known yet, null when the page's heading gives it.
  let title: string | null = "Not found";
  if (!data) title = "";
  else if (inviteToken !== null) title = "Invitation";
  else if (!me) title = "Sign in";
  else if (me.nextStep) title = "Finish signing in";
  else if (starting) title = "Home";
  else if (found) title = found.route.title;
  usePageTitle(title);
  useFocusOnArrival(`${path}?${search.toString()}`);

  if (loading && !data) return <Loading what="Follow-Up" />;
  if (error && !data)
    return <ErrorState message="Follow-Up could not reach its server." onRetry={() => void refetch()} />;
  // An invitation link works whoever is signed in on this browser: accepting it signs in its own person.
  if (inviteToken !== null)
    return (
      <Suspense fallback={<PageLoading />}>
        <InvitePage token={inviteToken} onSignedIn={signedIn} />
      </Suspense>
    );
  if (!me) return <LoginPage expired={search.has("expired")} onSignedIn={signedIn} />;
  if (me.nextStep)
    return (
      <Suspense fallback={<PageLoading />}>
        <SignInStepPage me={me} step={me.nextStep} onDone={signedIn} />
      </Suspense>
    );
  return (
    <Layout me={me} path={path}>
      {/* Keyed by the address: going elsewhere leaves a page that failed behind. */}
      <ErrorBoundary key={path} homeHref={HOME[me.role]}>
        <Suspense fallback={<PageLoading />}>
          {starting ? (
            <Loading what="your home page" />
          ) : found ? (
            found.route.page({ me, params: found.params, search })
          ) : (
            <NotFound home={HOME[me.role]} />
          )}
        </Suspense>
      </ErrorBoundary>
    </Layout>
  );
}

/**
 * The document's title names the page, or on a client's page the client its heading names: "Alex Morgan —
 * Follow-Up". Pages draw their heading once their data is in, so a title taken from it waits for it.
 */
function usePageTitle(title: string | null) {
  useLayoutEffect(() => {
    if (title !== null) {
      document.title = title ? `${title} — Follow-Up` : "Follow-Up";
      return;
    }
    const name = () => {
      const heading = document.querySelector("main h1")?.textContent;
      if (heading) document.title = `${heading} — Follow-Up`;
    };
    name();
    const observer = new MutationObserver(name);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [title]);
}

/**
 * After a move to another page, focus goes to the new page's heading, so that a screen reader starts there and not
 * on the link left behind. Until a first page is drawn (redirects included) the document is still loading, and
 * focus stays at its start as the browser put it. The heading may come after the page's data.
 */
function useFocusOnArrival(location: string) {
  const drawn = useRef(false);
  useLayoutEffect(() => {
    const left = document.activeElement;
    const arrive = () => {
      const heading = document.querySelector<HTMLElement>("main h1");
      if (!heading) return false;
      const now = document.activeElement;
      // Unless the person has already moved on, e.g. into a field of the new page.
      if (drawn.current && (!now || now === document.body || now === left)) {
        heading.tabIndex = -1;
        heading.focus();
      }
      drawn.current = true;
      return true;
    };
    if (arrive()) return;
    const observer = new MutationObserver(() => arrive() && observer.disconnect());
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [location]);
}

/**
 * Past the top bar to the page, for keyboard and screen reader users (WCAG 2.4.1). Focus moves without the
 * `#main-content` the browser would add to the address.
 */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const target = document.getElementById(MAIN);
  if (!target) return;
  event.preventDefault();
  target.focus();
}

/** The page under the top bar, where the skip link leads. */
const MAIN = "main-content";

/** A link of the top bar, marked as the current page when it leads where the person is. */
function NavLink({ href, path, children }: { href: string; path: string; children: React.ReactNode }) {
  return (
    <Link href={href} aria-current={path === href ? "page" : undefined}>
      {children}
    </Link>
  );
}

function Layout({ me, path, children }: { me: Viewer; path: string; children: React.ReactNode }) {
  const client = useApolloClient();
  const [logout] = useMutation(LOGOUT);
  const signOut = async () => {
    await logout().catch(() => undefined);
    await client.clearStore();
    // Unsaved entries stay on this browser only for the person who wrote them, and only until they sign out.
    clearDrafts(me.id);
    // A fresh page: nothing of the signed-out person stays in memory.
    window.location.assign(urls.login());
  };
  return (
    <div className="layout">
      <a className="skip-link" href={`#${MAIN}`} onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="topbar">
        <Link href={HOME[me.role]} className="brand">
          Follow-Up
        </Link>
        <nav aria-label="Main">
          {me.role === "THERAPIST" && (
            <NavLink href={urls.caseload()} path={path}>
              Caseload
            </NavLink>
          )}
          {me.role === "CLIENT" && (
            <NavLink href={urls.myProgress()} path={path}>
              My progress
            </NavLink>
          )}
          {/* Help is one tap away on every page of the client's, whatever they are doing. */}
          {me.role === "CLIENT" && (
            <NavLink href={urls.help()} path={path}>
              Need help now?
            </NavLink>
          )}
          {me.role === "SUPERVISOR" && (
            <NavLink href={urls.supervision()} path={path}>
              Clinic overview
            </NavLink>
          )}
          {me.role === "ADMIN" && (
            <NavLink href={urls.staff()} path={path}>
              Staff
            </NavLink>
          )}
          <NavLink href={urls.account()} path={path}>
            Account
          </NavLink>
        </nav>
        <span className="who">
          {me.displayName} <span className="role">({me.role.toLowerCase()})</span>
        </span>
        <button type="button" className="secondary" onClick={() => void signOut()}>
          Sign out
        </button>
      </header>
      <div id={MAIN} tabIndex={-1}>
        {children}
      </div>
    </div>
  );
}
