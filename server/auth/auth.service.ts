import { createHash, randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { AuditAction } from "../audit/audit-event.entity.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { Client } from "../clients/client.entity.ts";
import { DomainError, ErrorCode } from "../common/errors.ts";
import { AuthSession } from "./auth-session.entity.ts";
import { decoyPasswordHash, verifyPassword } from "./password.ts";
import { Role } from "./role.ts";
import { User } from "./user.entity.ts";
import type { Viewer } from "./viewer.ts";

export interface SessionPolicy {
  idleTimeoutMinutes: number;
  absoluteLifetimeHours: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleTimeoutMinutes: 30, absoluteLifetimeHours: 12 };

/** lastSeenAt is written at most this often, so reads do not turn into a write per request. */
const TOUCH_INTERVAL_MS = 60_000;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export interface SignedIn {
  user: User;
  token: string;
  expiresAt: Date;
}

/** Sign-in, server-side sessions (revocable, idle and absolute expiry) and sign-out. */
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: () => Date,
    private readonly policy: SessionPolicy = DEFAULT_SESSION_POLICY,
  ) {}

  async signIn(email: string, password: string, sourceAddress: string | null): Promise<SignedIn> {
    const normalised = email.trim().toLowerCase();
    const user = await this.dataSource.getRepository(User).findOneBy({ email: normalised });
    // An unknown email costs one hash verification too, and gets the same answer as a wrong password.
    const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyPasswordHash()));
    if (!user || !valid) {
      await this.audit.record(this.dataSource.manager, {
        actorUserId: user?.id ?? null,
        action: AuditAction.SIGN_IN_FAILED,
        sourceAddress,
      });
      throw new DomainError(ErrorCode.UNAUTHENTICATED, "Email or password is not right.");
    }
    const token = randomBytes(32).toString("base64url");
    const now = this.clock();
    const expiresAt = new Date(now.getTime() + this.policy.absoluteLifetimeHours * 3_600_000);
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(AuthSession, {
        tokenHash: hashToken(token),
        userId: user.id,
        createdAt: now,
        lastSeenAt: now,
        expiresAt,
        revokedAt: null,
        sourceAddress,
      });
      await this.audit.record(manager, { actorUserId: user.id, action: AuditAction.SIGN_IN, sourceAddress });
    });
    return { user, token, expiresAt };
  }

  /** The viewer behind a cookie token, or null when the session is unknown, revoked, idle too long or too old. */
  async resolve(token: string | undefined): Promise<Viewer | null> {
    if (!token || token.length > 100) return null;
    const tokenHash = hashToken(token);
    const row = await this.dataSource
      .createQueryBuilder(AuthSession, "s")
      .innerJoinAndSelect("s.user", "u")
      .leftJoin(Client, "c", "c.userId = u.id")
      .addSelect("c.id", "ownClientId")
      .where("s.tokenHash = :tokenHash", { tokenHash })
      .getRawAndEntities();
    const session = row.entities[0];
    if (!session?.user) return null;
    const now = this.clock();
    const idleLimit = session.lastSeenAt.getTime() + this.policy.idleTimeoutMinutes * 60_000;
    if (session.revokedAt || now.getTime() > idleLimit || now >= session.expiresAt) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.dataSource.getRepository(AuthSession).update({ tokenHash }, { lastSeenAt: now });
    }
    const ownClientId = row.raw[0]?.ownClientId;
    return {
      userId: session.user.id,
      role: session.user.role,
      clinicId: session.user.clinicId,
      displayName: session.user.displayName,
      clientId: session.user.role === Role.CLIENT && ownClientId != null ? Number(ownClientId) : null,
      sessionTokenHash: tokenHash,
    };
  }

  async signOut(viewer: Viewer, sourceAddress: string | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.update(AuthSession, { tokenHash: viewer.sessionTokenHash }, { revokedAt: this.clock() });
      await this.audit.record(manager, { actorUserId: viewer.userId, action: AuditAction.SIGN_OUT, sourceAddress });
    });
  }
}
