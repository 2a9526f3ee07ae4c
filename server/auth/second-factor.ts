import type { GraphQLResolveInfo } from "graphql";
import { forbidden, secondFactorRequired } from "../common/errors.ts";
import { Role } from "./role.ts";
import { SignInStep, type RequireMfa } from "./sign-in-step.ts";
import type { Viewer } from "./viewer.ts";

/** Roles that must sign in with a second factor when `REQUIRE_MFA=staff`. */
export const STAFF_ROLES: readonly Role[] = [Role.THERAPIST, Role.SUPERVISOR, Role.ADMIN];

/** What a session that has just passed the password still has to do, if anything. */
export function signInStepFor(role: Role, enrolled: boolean, requireMfa: RequireMfa): SignInStep | null {
  if (enrolled) return SignInStep.SECOND_FACTOR;
  if (requireMfa === "staff" && STAFF_ROLES.includes(role)) return SignInStep.ENROL_SECOND_FACTOR;
  return null;
}

/** The root fields a session may use while it still has a sign-in step to take; everything else is refused. */
export const ALLOWED_WHILE_PENDING: ReadonlySet<string> = new Set([
  "me",
  "logout",
  "beginTotpEnrollment",
  "confirmTotpEnrollment",
  "verifySecondFactor",
]);

/**
 * Root fields that need a signed-in session: an access token cannot make more tokens, change the password, manage
 * two-factor sign-in or end sessions, so a leaked token cannot be turned into lasting control of the account.
 */
export const SESSION_ONLY: ReadonlySet<string> = new Set([
  "createAccessToken",
  "changePassword",
  "beginTotpEnrollment",
  "confirmTotpEnrollment",
  "verifySecondFactor",
  "logout",
  "logoutEverywhere",
  "endSession",
]);

const isRootField = (info: GraphQLResolveInfo) =>
  info.parentType === info.schema.getQueryType() || info.parentType === info.schema.getMutationType();

/**
 * Called by the auth checker for every `@Authorized` field, so no resolver has to remember it: a session that still
 * needs its second factor may use only `ALLOWED_WHILE_PENDING` (SECOND_FACTOR_REQUIRED otherwise), and a request
 * with an access token none of `SESSION_ONLY` (FORBIDDEN).
 */
export function checkSignInStage(viewer: Viewer, info: GraphQLResolveInfo): void {
  if (!isRootField(info)) return;
  if (viewer.pendingStep && !ALLOWED_WHILE_PENDING.has(info.fieldName)) throw secondFactorRequired();
  if (viewer.accessTokenId != null && SESSION_ONLY.has(info.fieldName)) {
    throw forbidden("An access token cannot do this; sign in instead.");
  }
}
