import { Suspense, type MouseEvent } from "react";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { LOGOUT } from "../features/login/login.graphql";
import { Loading, PageLoading } from "../components/States";
import { clearDrafts } from "../forms/drafts";
import { ErrorBoundary } from "./ErrorBoundary";
import { usePageTitle } from "./page-title";
import { Link } from "./router";
import { NotFound, findRoute, type Viewer } from "./routes";
import { HOME, urls } from "./urls";

/**
 * The dashboard of a person signed in: the top bar and the page at the address. Fetched once someone is signed in,
 * so the sign-in page does not load it, nor the table of pages.
 */
export function SignedIn({
  me,
  path,
  search,
  starting,
}: {
  me: Viewer;
  path: string;
  search: URLSearchParams;
  /** At `/` or `/login` on the way to the person's home page. */
  starting: boolean;
}) {
  const found = findRoute(me.role, path);
  usePageTitle(starting ? "Home" : found ? found.route.title : "Not found");
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
