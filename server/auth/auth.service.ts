import { createHash, randomBytes } from "node:crypto";
import { IsNull, Not, type DataSource, type EntityManager } from "typeorm";
import { AuditAction } from "../audit/audit-event.entity.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { InvitationToken } from "../accounts/invitation.entity.ts";
import { badInput, DomainError, ErrorCode, notFound } from "../common/errors.ts";
import { isoInstant } from "../db/columns.ts";
import { queryPrepared } from "../db/prepared.ts";
import { AuthSession } from "./auth-session.entity.ts";
import { decoyPasswordHash, hashPassword, verifyPassword } from "./password.ts";
import { assertAcceptablePassword } from "./password-policy.ts";
import { PasswordCheckQueue, PasswordQueueFull } from "./password-check-queue.ts";
import { Role } from "./role.ts";
import { signInStepFor } from "./second-factor.ts";
import type { RequireMfa, SignInStep } from "./sign-in-step.ts";
import { SignInThrottle, throttleAddress } from "./sign-in-throttle.ts";
import { TotpCredential } from "./totp-credential.entity.ts";
import { User } from "./user.entity.ts";
import type { Viewer } from "./viewer.ts";

export interface SessionPolicy {
  idleTimeoutMinutes: number;
  absoluteLifetimeHours: number;
  /** `REQUIRE_MFA`: who must enrol a second factor at sign-in ("off" when left out). */
  requireMfa?: RequireMfa;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleTimeoutMinutes: 30, absoluteLifetimeHours: 12 };

const throttled = () =>
  new DomainError(ErrorCode.UNAUTHENTICATED, "Too many sign-in attempts. Try again in a few minutes.");

/** A sign-in session with its person, and the client record of a person who is a client. */
const RESOLVE_SESSION = `
  SELECT s.last_seen_at, s.expires_at, s.revoked_at, s.pending_step,
         u.id AS user_id, u.role, u.clinic_id, u.display_name, u.deactivated_at,
         (SELECT c.id FROM client c WHERE c.user_id = u.id) AS own_client_id
  FROM auth_session s INNER JOIN "user" u ON u.id = s.user_id
  WHERE s.token_hash = :tokenHash`;

interface SessionRow {
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
  pending_step: SignInStep | null;
  user_id: number;
  role: Role;
  clinic_id: number;
  display_name: string;
  deactivated_at: string | null;
  own_client_id: number | null;
}

/** lastSeenAt is written at most this often, so reads do not turn into a write per request. */
const TOUCH_INTERVAL_MS = 60_000;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export interface SignedIn {
  user: User;
  token: string;
  expiresAt: Date;
  /** Set when the session still needs its second factor (or enrolling one) before it can be used. */
  pendingStep: SignInStep | null;
}

/** Sign-in, server-side sessions (revocable, idle and absolute expiry) and sign-out. */
export class AuthService {
  /** Password checks (scrypt) waiting for their turn; at most two run at once. */
  readonly passwordChecks = new PasswordCheckQueue();
  private readonly throttle: SignInThrottle;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: () => Date,
    private readonly policy: SessionPolicy = DEFAULT_SESSION_POLICY,
  ) {
    this.throttle = new SignInThrottle(dataSource);
  }

  /**
   * The attempt is reserved against the limits before the password is checked, so parallel attempts cannot all pass
   * a limit; it stays as a failure when the password is wrong.
   */
  async signIn(
    email: string,
    password: string,
    sourceAddress: string | null,
    previousToken?: string,
  ): Promise<SignedIn> {
    const account = email.trim().toLowerCase().slice(0, 254);
    const address = throttleAddress(sourceAddress);
    const now = this.clock();
    const attemptId = await this.throttle.reserve(account, address, now);
    if (attemptId === null) throw throttled();
    const user = await this.dataSource.getRepository(User).findOneBy({ email: account });
    let valid: boolean;
    try {
      // An unknown email costs one hash verification too, and gets the same answer as a wrong password.
      valid = await this.passwordChecks.run(address, async () =>
        verifyPassword(password.slice(0, 1024), user?.passwordHash ?? (await decoyPasswordHash())),
      );
    } catch (error) {
      if (!(error instanceof PasswordQueueFull)) throw error;
      await this.throttle.release(attemptId);
      throw throttled();
    }
    // A deactivated account gets the answer a wrong password gets.
    if (!user || !valid || user.deactivatedAt) {
      await this.dataSource.transaction(async (manager) => {
        await this.throttle.recordFailure(manager, attemptId, now);
        await this.audit.record(manager, {
          actorUserId: user?.id ?? null,
          action: AuditAction.SIGN_IN_FAILED,
          sourceAddress,
        });
      });
      throw new DomainError(ErrorCode.UNAUTHENTICATED, "Email or password is not right.");
    }
    // A new session id at every sign-in; the session this browser had before, if any, ends.
    return this.startSession(user, sourceAddress, async (manager) => {
      if (previousToken) await manager.update(AuthSession, { tokenHash: hashToken(previousToken) }, { revokedAt: now });
      await this.throttle.recordSuccess(manager, attemptId, account, address);
    });
  }

  /**
   * THE way a person becomes signed in, once they have proved who they are (a password at `login`, a one-time
   * address at `acceptInvitation`): a new session with the policy's lifetime, its SIGN_IN audit event, and
   * `alsoInTransaction` (run before the session is stored), all in one transaction.
   */
  startSession(
    user: User,
    sourceAddress: string | null,
    alsoInTransaction?: (manager: EntityManager) => Promise<void>,
  ): Promise<SignedIn> {
    const now = this.clock();
    const expiresAt = new Date(now.getTime() + this.policy.absoluteLifetimeHours * 3_600_000);
    return this.openSession(user, now, expiresAt, sourceAddress, alsoInTransaction);
  }

  /**
   * Ends the user's sign-in sessions, all but `keepTokenHash` (the caller's own, when they stay signed in). A password
   * change calls this and keeps the person's access tokens, which their account page lists for revoking; deactivation
   * and a reset through an invitation end the tokens too (`revokeAllCredentials`).
   */
  async revokeAuthentication(manager: EntityManager, userId: number, keepTokenHash?: string): Promise<number> {
    const query = manager
      .createQueryBuilder()
      .update(AuthSession)
      .set({ revokedAt: this.clock() })
      .where("userId = :userId AND revokedAt IS NULL", { userId });
    if (keepTokenHash) query.andWhere("tokenHash <> :keepTokenHash", { keepTokenHash });
    const result = await query.execute();
    return result.affected ?? 0;
  }

  /**
   * A signed-in person's new password. The current one is checked like a sign-in (the same throttle, so this is no
   * way around it); on success every other session of theirs ends, this one stays, and unused reset addresses void.
   */
  async changePassword(
    viewer: Viewer,
    currentPassword: string,
    newPassword: string,
    sourceAddress: string | null,
  ): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: viewer.userId });
    assertAcceptablePassword(newPassword, user, "newPassword");
    const address = throttleAddress(sourceAddress);
    const now = this.clock();
    const attemptId = await this.throttle.reserve(user.email, address, now);
    const tooMany = () => badInput("currentPassword", "Too many attempts. Try again in a few minutes.");
    if (attemptId === null) throw tooMany();
    let newHash: string | null;
    try {
      // The new password is hashed only once the current one is right.
      newHash = await this.passwordChecks.run(address, async () =>
        (await verifyPassword(currentPassword.slice(0, 1024), user.passwordHash)) ? hashPassword(newPassword) : null,
      );
    } catch (error) {
      if (!(error instanceof PasswordQueueFull)) throw error;
      await this.throttle.release(attemptId);
      throw tooMany();
    }
    if (newHash === null) {
      await this.dataSource.transaction((manager) => this.throttle.recordFailure(manager, attemptId, now));
      throw badInput("currentPassword", "The current password is not right.");
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { passwordHash: newHash });
      await this.revokeAuthentication(manager, user.id, viewer.sessionTokenHash);
      await manager
        .createQueryBuilder()
        .update(InvitationToken)
        .set({ voidedAt: now })
        .where("userId = :userId AND usedAt IS NULL AND voidedAt IS NULL", { userId: user.id })
        .execute();
      await this.throttle.recordSuccess(manager, attemptId, user.email, address);
      await this.audit.record(manager, { actorUserId: user.id, action: AuditAction.PASSWORD_CHANGED, sourceAddress });
    });
  }

  /**
   * A short-lived session minted without a password, for a command run by an operator who already holds the
   * database (the printed progress report). It is audited as a sign-in of that user from `sourceAddress`, and the
   * reads made with it are audited like any other; the caller ends it with `signOut` when done.
   */
  async issueSession(userId: number, lifetimeMinutes: number, sourceAddress: string): Promise<SignedIn> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    if (!user) throw notFound("No user with this id.");
    const now = this.clock();
    const expiresAt = new Date(now.getTime() + Math.min(lifetimeMinutes, this.policy.idleTimeoutMinutes) * 60_000);
    return this.openSession(user, now, expiresAt, sourceAddress, undefined, { operatorSession: true });
  }

  /**
   * A fresh random token, stored hashed, and its SIGN_IN audit event, in one transaction after `alsoInTransaction`
   * (which may end the person's other sessions without ending this one).
   * The session waits for the second factor when the person has enrolled one, or must enrol one (`REQUIRE_MFA`);
   * only an operator's session minted without a password skips it.
   */
  private async openSession(
    user: User,
    now: Date,
    expiresAt: Date,
    sourceAddress: string | null,
    alsoInTransaction?: (manager: EntityManager) => Promise<void>,
    options: { operatorSession?: boolean } = {},
  ): Promise<SignedIn> {
    const token = randomBytes(32).toString("base64url");
    let pendingStep: SignInStep | null = null;
    await this.dataSource.transaction(async (manager) => {
      if (!options.operatorSession) {
        const enrolled = await manager.exists(TotpCredential, {
          where: { userId: user.id, confirmedAt: Not(IsNull()) },
        });
        pendingStep = signInStepFor(user.role, enrolled, this.policy.requireMfa ?? "off");
      }
      await alsoInTransaction?.(manager);
      await manager.insert(AuthSession, {
        tokenHash: hashToken(token),
        userId: user.id,
        createdAt: now,
        lastSeenAt: now,
        expiresAt,
        revokedAt: null,
        sourceAddress,
        pendingStep,
      });
      await this.audit.record(manager, { actorUserId: user.id, action: AuditAction.SIGN_IN, sourceAddress });
    });
    return { user, token, expiresAt, pendingStep };
  }

  /** The viewer behind a cookie token, or null when the session is unknown, revoked, idle too long or too old. */
  async resolve(token: string | undefined): Promise<Viewer | null> {
    if (!token || token.length > 100) return null;
    const tokenHash = hashToken(token);
    // Prepared once, without the query builder: this statement runs in front of every request.
    const [session] = await queryPrepared<SessionRow>(this.dataSource, RESOLVE_SESSION, { tokenHash });
    if (!session) return null;
    const now = this.clock();
    const lastSeenAt = isoInstant.from(session.last_seen_at) as Date;
    const expiresAt = isoInstant.from(session.expires_at) as Date;
    const idleLimit = lastSeenAt.getTime() + this.policy.idleTimeoutMinutes * 60_000;
    if (session.deactivated_at != null) return null;
    if (session.revoked_at != null || now.getTime() > idleLimit || now >= expiresAt) return null;
    if (now.getTime() - lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.dataSource.getRepository(AuthSession).update({ tokenHash }, { lastSeenAt: now });
    }
    const role = session.role;
    return {
      userId: Number(session.user_id),
      role,
      clinicId: Number(session.clinic_id),
      displayName: session.display_name,
      clientId: role === Role.CLIENT && session.own_client_id != null ? Number(session.own_client_id) : null,
      sessionTokenHash: tokenHash,
      pendingStep: session.pending_step,
      accessTokenId: null,
    };
  }

  /** Ends every session of the viewer, on every device. */
  async signOutEverywhere(viewer: Viewer, sourceAddress: string | null): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(AuthSession)
        .set({ revokedAt: this.clock() })
        .where("userId = :userId AND revokedAt IS NULL", { userId: viewer.userId })
        .execute();
      await this.audit.record(manager, { actorUserId: viewer.userId, action: AuditAction.SIGN_OUT, sourceAddress });
      return result.affected ?? 0;
    });
  }

  async signOut(viewer: Viewer, sourceAddress: string | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.update(AuthSession, { tokenHash: viewer.sessionTokenHash }, { revokedAt: this.clock() });
      await this.audit.record(manager, { actorUserId: viewer.userId, action: AuditAction.SIGN_OUT, sourceAddress });
    });
  }
}
