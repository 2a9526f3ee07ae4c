import type { AuthChecker } from "type-graphql";
import { unauthenticated } from "../common/errors.ts";
import type { RequestContext } from "../context.ts";
import type { Role } from "./role.ts";

/**
 * `@Authorized(...roles)`: no viewer → UNAUTHENTICATED; a viewer of another role → FORBIDDEN.
 * Which *clients* a viewer may see is decided by `scope.ts`, not here.
 */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  if (!context.viewer) throw unauthenticated();
  return roles.length === 0 || roles.includes(context.viewer.role);
};
