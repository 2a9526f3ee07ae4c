import type { EntityManager } from "typeorm";
import type { Actor } from "../auth/actor.ts";
import { Role } from "../auth/role.ts";
import { findVisibleClient } from "../auth/scope.ts";
import type { Client } from "../clients/client.entity.ts";
import { badInput, forbidden } from "../common/errors.ts";
import { parseId } from "../common/ids.ts";

/**
 * The signed-in client's own record, for what only a client does for themself (check-ins, rating a session). The id
 * may be left out; naming anyone else is BAD_USER_INPUT on `clientId`, the same answer whether that id exists or
 * not, so ids cannot be probed. The record itself is still read through the viewer's scope.
 */
export async function ownClientRecord(
  manager: EntityManager,
  actor: Actor,
  clientIdInput: string | null | undefined,
): Promise<Client> {
  const { viewer } = actor;
  if (viewer.role !== Role.CLIENT || viewer.clientId == null) {
    throw forbidden("Only a client sends their own check-ins.");
  }
  if (clientIdInput != null && parseId(clientIdInput, "clientId") !== viewer.clientId) {
    throw badInput("clientId", "You can only send your own check-ins.");
  }
  return findVisibleClient(manager, actor, viewer.clientId);
}
