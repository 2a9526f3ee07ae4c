import type { EntityManager } from "typeorm";
import { AccessToken } from "./access-token.entity.ts";
import { AuthSession } from "./auth-session.entity.ts";

/**
 * Ends everything that authenticates as this person — every sign-in session and every access token — inside the
 * caller's transaction (deactivating an account, for one). Returns how many of each were still live.
 */
export async function revokeAllCredentials(
  manager: EntityManager,
  userId: number,
  now: Date,
): Promise<{ sessions: number; accessTokens: number }> {
  const revoke = async (entity: typeof AuthSession | typeof AccessToken) =>
    (
      await manager
        .createQueryBuilder()
        .update(entity)
        .set({ revokedAt: now })
        .where("userId = :userId AND revokedAt IS NULL", { userId })
        .execute()
    ).affected ?? 0;
  return { sessions: await revoke(AuthSession), accessTokens: await revoke(AccessToken) };
}
