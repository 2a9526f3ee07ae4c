import { createHash } from "node:crypto";
import type { DataSource } from "typeorm";
import { AuditAction } from "../audit/audit-event.entity.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { notFound } from "../common/errors.ts";
import type { Actor } from "./actor.ts";
import { AuthSession } from "./auth-session.entity.ts";
import type { SessionPolicy } from "./auth.service.ts";
import type { SignInSession } from "./mfa.types.ts";

/**
 * The public id of a session: the first 16 hex digits of the SHA-256 of its token hash. Stable, and neither the
 * token nor its stored hash, so listing sessions hands out nothing that signs in.
 */
export const publicSessionId = (tokenHash: string) => createHash("sha256").update(tokenHash).digest("hex").slice(0, 16);

/** A person's own live sign-in sessions, and ending one of them. */
export class SignInSessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: () => Date,
    private readonly policy: SessionPolicy,
  ) {}

  /** Sessions not revoked, not expired and not idle too long, the most recently used first. */
  private async live(userId: number): Promise<AuthSession[]> {
    const now = this.clock();
    const idleSince = new Date(now.getTime() - this.policy.idleTimeoutMinutes * 60_000);
    return this.dataSource
      .getRepository(AuthSession)
      .createQueryBuilder("s")
      .where("s.userId = :userId AND s.revokedAt IS NULL AND s.expiresAt > :now AND s.lastSeenAt >= :idleSince", {
        userId,
        now: now.toISOString(),
        idleSince: idleSince.toISOString(),
      })
      .orderBy("s.lastSeenAt", "DESC")
      .getMany();
  }

  async list(actor: Actor): Promise<SignInSession[]> {
    return (await this.live(actor.viewer.userId)).map((session) => ({
      id: publicSessionId(session.tokenHash),
      current: session.tokenHash === actor.viewer.sessionTokenHash,
      createdAt: session.createdAt,
      lastSeenAt: session.lastSeenAt,
      sourceAddress: session.sourceAddress,
    }));
  }

  /** Ends one of the caller's live sessions; answers whether it was the current one. */
  async end(actor: Actor, id: string): Promise<{ current: boolean }> {
    const session = (await this.live(actor.viewer.userId)).find((live) => publicSessionId(live.tokenHash) === id);
    if (!session) throw notFound("No live session of yours has this id.", "id");
    await this.dataSource.transaction(async (manager) => {
      await manager.update(AuthSession, { tokenHash: session.tokenHash }, { revokedAt: this.clock() });
      await this.audit.record(manager, {
        actorUserId: actor.viewer.userId,
        action: AuditAction.SESSION_ENDED,
        sourceAddress: actor.sourceAddress,
      });
    });
    return { current: session.tokenHash === actor.viewer.sessionTokenHash };
  }
}
