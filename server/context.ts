import type { Disclosure } from "./audit/disclosures.ts";
import type { Viewer } from "./auth/viewer.ts";
import type { Services } from "./services.ts";

/** What every resolver receives: who is asking, from where, and the services that do the work. */
export interface RequestContext {
  viewer: Viewer | null;
  sourceAddress: string | null;
  /** The session cookie's token as sent, so sign-in can end the session it replaces. */
  sessionToken: string | null;
  /**
   * The session token this request set as the cookie (a sign-in, a completed second factor), if any, so that fields
   * resolved after it (`User.nextStep`) describe the new session rather than the one the request came with.
   */
  issuedSession?: { token: string | null };
  /** Where the dashboard is reached: PUBLIC_URL, or this request's own origin. Invitation addresses start with it. */
  publicUrl: string;
  services: Services;
  /** Exports made for this response, audited when it is sent if it carries them (`disclosureAudit`). */
  disclosures: Disclosure[];
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}
