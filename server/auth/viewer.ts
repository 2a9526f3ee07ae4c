import { Role } from "./role.ts";

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
}
