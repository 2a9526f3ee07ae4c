import type { AuthChecker } from "type-graphql";
import { unauthenticated } from "../common/errors.ts";
import type { RequestContext } from "../context.ts";
import type { Role } from "./role.ts";
import { checkSignInStage } from "./second-factor.ts";

/**
 * `@Authorized(...roles)`: no viewer → UNAUTHENTICATED; a viewer of another role → FORBIDDEN.
 * Which *clients* a viewer may see is decided by `scope.ts`, not here. A session still waiting for its second factor,
 * and a request with an access token, are limited in `second-factor.ts`.
 */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context, info }, roles) => {
  if (!context.viewer) throw unauthenticated();
  checkSignInStage(context.viewer, info);
  return roles.length === 0 || roles.includes(context.viewer.role);
};
