import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { AuditAction } from "../audit/audit-event.entity.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { Client } from "../clients/client.entity.ts";
import { badInput, notFound } from "../common/errors.ts";
import { AccessToken } from "./access-token.entity.ts";
import type { Actor } from "./actor.ts";
import { hashToken } from "./auth.service.ts";
import type { NewAccessToken } from "./mfa.types.ts";
import { Role } from "./role.ts";
import type { Viewer } from "./viewer.ts";

/** Every token starts so, so that it is recognised in a script, a log or a secret scanner. */
export const ACCESS_TOKEN_PREFIX = "fu_";
export const ACCESS_TOKEN_DAYS = { min: 1, max: 365 } as const;
const NAME_LENGTH = 100;
/** lastUsedAt is written at most this often, as a session's lastSeenAt. */
const TOUCH_INTERVAL_MS = 60_000;
const DAY_MS = 86_400_000;

/** The token of an `Authorization: Bearer <token>` header; undefined for any other header or none. */
export function bearerToken(authorization: string | undefined): string | undefined {
  return /^Bearer +(\S+)$/i.exec(authorization ?? "")?.[1];
}

/**
 * Personal access tokens for scripts. A token acts as its owner, with the owner's role and scope; it is refused
 * once expired or revoked, or when its owner is deactivated. Its first use each (UTC) day is an ACCESS_TOKEN_USED
 * audit event; its reads are audited like any other, with the owner as the actor.
 */
export class AccessTokenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: () => Date,
  ) {}

  async create(actor: Actor, name: string, expiresInDays: number): Promise<NewAccessToken> {
    const trimmed = name.trim();
    if (trimmed.length === 0 || trimmed.length > NAME_LENGTH) {
      throw badInput("name", `The name must be 1 to ${NAME_LENGTH} characters.`);
    }
    if (
      !Number.isInteger(expiresInDays) ||
      expiresInDays < ACCESS_TOKEN_DAYS.min ||
      expiresInDays > ACCESS_TOKEN_DAYS.max
    ) {
      throw badInput("expiresInDays", `A token lasts ${ACCESS_TOKEN_DAYS.min} to ${ACCESS_TOKEN_DAYS.max} days.`);
    }
    const now = this.clock();
    const token = `${ACCESS_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
    const accessToken = await this.dataSource.transaction(async (manager) => {
      const row = manager.create(AccessToken, {
        userId: actor.viewer.userId,
        name: trimmed,
        tokenHash: hashToken(token),
        createdAt: now,
        expiresAt: new Date(now.getTime() + expiresInDays * DAY_MS),
        lastUsedAt: null,
        revokedAt: null,
      });
      await manager.save(row);
      await this.audit.record(manager, {
        actorUserId: actor.viewer.userId,
        action: AuditAction.ACCESS_TOKEN_CREATED,
        sourceAddress: actor.sourceAddress,
      });
      return row;
    });
    return { token, accessToken };
  }

  /** The caller's own tokens, newest first, revoked and expired ones included. */
  list(actor: Actor): Promise<AccessToken[]> {
    return this.dataSource
      .getRepository(AccessToken)
      .find({ where: { userId: actor.viewer.userId }, order: { createdAt: "DESC", id: "DESC" } });
  }

  /** Revokes one of the caller's own tokens; anyone else's is NOT_FOUND, as a token that does not exist. */
  async revoke(actor: Actor, id: number): Promise<AccessToken> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOneBy(AccessToken, { id, userId: actor.viewer.userId });
      if (!row) throw notFound("No access token of yours has this id.", "id");
      if (row.revokedAt) return row;
      row.revokedAt = this.clock();
      await manager.update(AccessToken, { id }, { revokedAt: row.revokedAt });
      await this.audit.record(manager, {
        actorUserId: actor.viewer.userId,
        action: AuditAction.ACCESS_TOKEN_REVOKED,
        sourceAddress: actor.sourceAddress,
      });
      return row;
    });
  }

  /** The viewer behind a Bearer token, or null when it is unknown, expired, revoked or its owner deactivated. */
  async resolve(token: string | undefined, sourceAddress: string | null): Promise<Viewer | null> {
    if (!token?.startsWith(ACCESS_TOKEN_PREFIX) || token.length > 100) return null;
    const tokenHash = hashToken(token);
    const row = await this.dataSource
      .createQueryBuilder(AccessToken, "t")
      .innerJoinAndSelect("t.user", "u")
      .leftJoin(Client, "c", "c.userId = u.id")
      .addSelect("c.id", "ownClientId")
      .where("t.tokenHash = :tokenHash", { tokenHash })
      .getRawAndEntities<{ ownClientId: number | null }>();
    const accessToken = row.entities[0];
    const user = accessToken?.user;
    const now = this.clock();
    if (!accessToken || !user || accessToken.revokedAt || now >= accessToken.expiresAt || user.deactivatedAt) {
      return null;
    }
    const lastUsed = accessToken.lastUsedAt?.getTime() ?? null;
    if (lastUsed === null || now.getTime() - lastUsed > TOUCH_INTERVAL_MS)
      await this.touch(accessToken, now, sourceAddress);
    const ownClientId = row.raw[0]?.ownClientId;
    return {
      userId: user.id,
      role: user.role,
      clinicId: user.clinicId,
      displayName: user.displayName,
      clientId: user.role === Role.CLIENT && ownClientId != null ? Number(ownClientId) : null,
      // No session: sign-out and the other session-only fields are refused for a token (second-factor.ts).
      sessionTokenHash: "",
      pendingStep: null,
      accessTokenId: accessToken.id,
    };
  }

  /**
   * lastUsedAt, and on the first use of a (UTC) day an ACCESS_TOKEN_USED event. The day's event is written by
   * whichever request moves lastUsedAt into the day, so parallel requests write it once.
   */
  private async touch(accessToken: AccessToken, now: Date, sourceAddress: string | null): Promise<void> {
    const dayStart = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
    await this.dataSource.transaction(async (manager) => {
      const firstToday = await manager
        .createQueryBuilder()
        .update(AccessToken)
        .set({ lastUsedAt: now })
        .where("id = :id AND (lastUsedAt IS NULL OR lastUsedAt < :dayStart)", {
          id: accessToken.id,
          dayStart: dayStart.toISOString(),
        })
        .execute();
      if (firstToday.affected === 1) {
        await this.audit.record(manager, {
          actorUserId: accessToken.userId,
          action: AuditAction.ACCESS_TOKEN_USED,
          sourceAddress,
        });
      } else {
        await manager.update(AccessToken, { id: accessToken.id }, { lastUsedAt: now });
      }
    });
  }
}
