import { createHash, randomBytes, randomInt } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";
import { IsNull, Not, type DataSource, type EntityManager } from "typeorm";
import { AuditAction } from "../audit/audit-event.entity.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { badInput, DomainError, ErrorCode } from "../common/errors.ts";
import type { Actor } from "./actor.ts";
import { AuthSession } from "./auth-session.entity.ts";
import { hashToken } from "./auth.service.ts";
import type { TotpEnrollment } from "./mfa.types.ts";
import { RecoveryCode } from "./recovery-code.entity.ts";
import { SignInStep } from "./sign-in-step.ts";
import { SignInThrottle, throttleAddress } from "./sign-in-throttle.ts";
import { TotpCredential } from "./totp-credential.entity.ts";
import { User } from "./user.entity.ts";

/** What authenticator apps support: RFC 6238 with SHA1, 6 digits and 30-second steps. */
export const TOTP_PARAMETERS = { issuer: "Follow-Up", algorithm: "SHA1", digits: 6, period: 30 } as const;
/** Codes of one step before and after the server's are accepted, for clocks that are a little off. */
const WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

/** A recovery code as typed: letter case, spaces and hyphens do not matter. */
const normalise = (code: string) => code.replace(/[\s-]/g, "").toLowerCase();
const hashRecoveryCode = (code: string) => createHash("sha256").update(normalise(code)).digest("hex");

/** 16 characters from a 32-letter alphabet (80 bits), shown in groups of four. */
function newRecoveryCode(): string {
  const characters = Array.from({ length: 16 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
  return [0, 4, 8, 12].map((start) => characters.slice(start, start + 4).join("")).join("-");
}

const totpFor = (email: string, secret: string) =>
  new TOTP({ ...TOTP_PARAMETERS, label: email, secret: Secret.fromBase32(secret) });

/** A session completed by its second factor: the token it was given in place of the one it had. */
export interface CompletedSession {
  token: string;
  expiresAt: Date;
}

type Outcome = { completed: CompletedSession } | { failure: string };

/**
 * Two-factor sign-in with TOTP (RFC 6238) and single-use recovery codes. A wrong code at the second step counts
 * against the sign-in throttle under an account key of its own, so codes cannot be guessed faster than passwords.
 */
export class TotpService {
  private readonly throttle: SignInThrottle;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: () => Date,
  ) {
    this.throttle = new SignInThrottle(dataSource);
  }

  async isEnabled(userId: number): Promise<boolean> {
    return this.dataSource.getRepository(TotpCredential).exists({ where: { userId, confirmedAt: Not(IsNull()) } });
  }

  /** A new secret; starting again replaces one that was never confirmed. Refused once two-factor is on. */
  async begin(actor: Actor): Promise<TotpEnrollment> {
    const userId = actor.viewer.userId;
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    const secret = new Secret({ size: 20 }).base32;
    await this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(TotpCredential, { userId });
      if (existing?.confirmedAt) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, "Two-factor sign-in is already set up for this account.");
      }
      await manager.delete(TotpCredential, { userId });
      await manager.insert(TotpCredential, {
        userId,
        secret,
        createdAt: this.clock(),
        confirmedAt: null,
        lastTimeStep: null,
      });
    });
    const otpauthUri = totpFor(user.email, secret).toString();
    return { otpauthUri, secret, qrCodeSvg: await QRCode.toString(otpauthUri, { type: "svg" }) };
  }

  /**
   * Turns two-factor sign-in on with a first code from the app, and gives ten recovery codes (only their hashes
   * are kept). A session that had to enrol is complete afterwards, under a new token.
   */
  async confirm(actor: Actor, code: string): Promise<{ recoveryCodes: string[]; completed: CompletedSession | null }> {
    const userId = actor.viewer.userId;
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    const now = this.clock();
    return this.dataSource.transaction(async (manager) => {
      const credential = await manager.findOneBy(TotpCredential, { userId });
      if (!credential)
        throw badInput("code", "Start setting up two-factor sign-in first: no set-up is waiting for a code.");
      if (credential.confirmedAt) throw badInput("code", "Two-factor sign-in is already set up for this account.");
      const step = this.acceptedStep(user.email, credential, code, now);
      if (step === null) throw badInput("code", "This code is not right. Enter the current code from the app.");
      await manager.update(TotpCredential, { userId }, { confirmedAt: now, lastTimeStep: step });
      await manager.delete(RecoveryCode, { userId });
      const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
      await manager.insert(
        RecoveryCode,
        recoveryCodes.map((recovery) => ({ userId, codeHash: hashRecoveryCode(recovery), usedAt: null })),
      );
      await this.audit.record(manager, {
        actorUserId: userId,
        action: AuditAction.TWO_FACTOR_ENABLED,
        sourceAddress: actor.sourceAddress,
      });
      const completed = actor.viewer.pendingStep
        ? await this.completeSession(manager, actor.viewer.sessionTokenHash, now)
        : null;
      return { recoveryCodes, completed };
    });
  }

  /**
   * The second step of signing in: a TOTP code (not one of a step already used) or an unused recovery code. Every
   * attempt is reserved against the sign-in throttle first; a wrong one stays counted and is audited.
   */
  async verify(actor: Actor, code: string): Promise<CompletedSession> {
    const { viewer, sourceAddress } = actor;
    if (viewer.pendingStep !== SignInStep.SECOND_FACTOR) {
      throw badInput("code", "This session is not waiting for a second factor.");
    }
    const account = `second factor ${viewer.userId}`;
    const address = throttleAddress(sourceAddress);
    const now = this.clock();
    const attemptId = await this.throttle.reserve(account, address, now);
    if (attemptId === null) throw badInput("code", "Too many attempts. Try again in a few minutes.");
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: viewer.userId });
    const outcome = await this.dataSource.transaction(async (manager): Promise<Outcome> => {
      const failure = /^\d{6}$/.test(code.trim())
        ? await this.useTotp(manager, user, code.trim(), now)
        : await this.useRecoveryCode(manager, user.id, code, now);
      if (failure) return { failure };
      await this.audit.record(manager, {
        actorUserId: user.id,
        action: /^\d{6}$/.test(code.trim()) ? AuditAction.TWO_FACTOR_USED : AuditAction.RECOVERY_CODE_USED,
        sourceAddress,
      });
      await this.throttle.recordSuccess(manager, attemptId, account, address);
      return { completed: await this.completeSession(manager, viewer.sessionTokenHash, now) };
    });
    if ("completed" in outcome) return outcome.completed;
    await this.dataSource.transaction(async (manager) => {
      await this.throttle.recordFailure(manager, attemptId, now);
      await this.audit.record(manager, {
        actorUserId: user.id,
        action: AuditAction.SECOND_FACTOR_FAILED,
        sourceAddress,
      });
    });
    throw badInput("code", outcome.failure);
  }

  /** The time step of a right code of a step after the last one accepted, or null. */
  private acceptedStep(email: string, credential: TotpCredential, code: string, now: Date): number | null {
    const token = code.trim();
    if (!/^\d{6}$/.test(token)) return null;
    const totp = totpFor(email, credential.secret);
    const delta = totp.validate({ token, timestamp: now.getTime(), window: WINDOW });
    if (delta === null) return null;
    const step = totp.counter({ timestamp: now.getTime() }) + delta;
    return credential.lastTimeStep !== null && step <= credential.lastTimeStep ? null : step;
  }

  /** Null when the code was accepted (and its step recorded), else why not. */
  private async useTotp(manager: EntityManager, user: User, code: string, now: Date): Promise<string | null> {
    const credential = await manager.findOneBy(TotpCredential, { userId: user.id, confirmedAt: Not(IsNull()) });
    const step = credential ? this.acceptedStep(user.email, credential, code, now) : null;
    if (step === null) return "This code is not right, or has been used already. Wait for the next one.";
    // Only a step later than the last one recorded, so two requests with the same code cannot both pass.
    const result = await manager
      .createQueryBuilder()
      .update(TotpCredential)
      .set({ lastTimeStep: step })
      .where("userId = :userId AND (lastTimeStep IS NULL OR lastTimeStep < :step)", { userId: user.id, step })
      .execute();
    return result.affected === 1 ? null : "This code has been used already. Wait for the next one.";
  }

  private async useRecoveryCode(
    manager: EntityManager,
    userId: number,
    code: string,
    now: Date,
  ): Promise<string | null> {
    if (normalise(code).length !== 16) return "Enter the 6-digit code from the app or one of your recovery codes.";
    const row = await manager.findOneBy(RecoveryCode, { userId, codeHash: hashRecoveryCode(code) });
    if (!row) return "This recovery code is not right.";
    const result = await manager
      .createQueryBuilder()
      .update(RecoveryCode)
      .set({ usedAt: now })
      .where("id = :id AND usedAt IS NULL", { id: row.id })
      .execute();
    return result.affected === 1 ? null : "This recovery code has been used already.";
  }

  /**
   * The waiting session ends and a complete one takes its place under a new token, as at every sign-in, with the
   * same start, expiry and address.
   */
  private async completeSession(manager: EntityManager, tokenHash: string, now: Date): Promise<CompletedSession> {
    const session = await manager.findOneByOrFail(AuthSession, { tokenHash });
    const token = randomBytes(32).toString("base64url");
    await manager.update(AuthSession, { tokenHash }, { revokedAt: now });
    await manager.insert(AuthSession, {
      tokenHash: hashToken(token),
      userId: session.userId,
      createdAt: session.createdAt,
      lastSeenAt: now,
      expiresAt: session.expiresAt,
      revokedAt: null,
      sourceAddress: session.sourceAddress,
      pendingStep: null,
    });
    return { token, expiresAt: session.expiresAt };
  }
}
