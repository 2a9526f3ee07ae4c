import { Role } from "./role.ts";
import type { SignInStep } from "./sign-in-step.ts";

/** The signed-in person, as every service sees them. */
export interface Viewer {
  userId: number;
  role: Role;
  clinicId: number;
  displayName: string;
  /** For a CLIENT: their own client record; otherwise null. */
  clientId: number | null;
  /** Hash of the session token, so sign-out can revoke exactly this session. */
  sessionTokenHash: string;
  /** Set while the session still needs its second factor; only a few operations work then (second-factor.ts). */
  pendingStep?: SignInStep | null;
  /** Set when the request came with an access token (`Authorization: Bearer`) instead of a session cookie. */
  accessTokenId?: number | null;
}
