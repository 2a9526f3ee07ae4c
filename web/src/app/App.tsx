import { lazy, Suspense, useEffect, useLayoutEffect, useRef } from "react";
import { useApolloClient, useQuery } from "@apollo/client/react";
import { ME } from "../features/login/login.graphql";
import { LoginPage } from "../features/login/LoginPage";
import { ErrorState, Loading, PageLoading } from "../components/States";
import { SECOND_FACTOR_NEEDED, SESSION_EXPIRED, safeNext } from "./apollo";
import { usePageTitle } from "./page-title";
import { matchPath, navigate, useLocation } from "./router";
import { HOME, patterns, urls } from "./urls";

// Only the sign-in page comes with the first load; an invitation, the second step of signing in and the dashboard
// itself (SignedIn.tsx, with the table of pages) are fetched when needed, like every page (routes.tsx).
const InvitePage = lazy(() => import("../features/invite/InvitePage").then((m) => ({ default: m.InvitePage })));
const SignedIn = lazy(() => import("./SignedIn").then((m) => ({ default: m.SignedIn })));
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

  const starting = path === urls.home() || path === urls.login();
  // The page's name in the title: "" while nothing is known yet; once signed in, the dashboard names its pages.
  let title: string | undefined = undefined;
  if (!data) title = "";
  else if (inviteToken !== null) title = "Invitation";
  else if (!me) title = "Sign in";
  else if (me.nextStep) title = "Finish signing in";
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
    <Suspense fallback={<Loading what="Follow-Up" />}>
      <SignedIn me={me} path={path} search={search} starting={starting} />
    </Suspense>
  );
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
