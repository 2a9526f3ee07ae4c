import { visibleClientsPredicate, type ClientScope } from "./scope.ts";
import type { Viewer } from "./viewer.ts";

/**
 * Who is acting, from where, and which clients they may see: what every service that reads or writes a client's
 * data needs. Made once per request, so the scope predicate is computed once and passed down to every statement.
 */
export interface Actor {
  readonly viewer: Viewer;
  /** For the audit log. */
  readonly sourceAddress: string | null;
  /** The viewer's visible-clients predicate on the `c` alias (auth/scope.ts). */
  readonly scope: ClientScope;
}

export function actorFor(viewer: Viewer, sourceAddress: string | null): Actor {
  return { viewer, sourceAddress, scope: visibleClientsPredicate(viewer) };
}
