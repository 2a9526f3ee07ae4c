import type { EntityManager } from "typeorm";
import type { Actor } from "../auth/actor.ts";
import { findVisibleClient } from "../auth/scope.ts";
import { Role } from "../auth/role.ts";
import { badInput, forbidden } from "../common/errors.ts";
import { parseId } from "../common/ids.ts";
import type { Client } from "./client.entity.ts";

/**
 * The client a write is for: a therapist names one of their clients; a client writes for themself and may omit
 * the id (naming anyone else is refused like any other out-of-scope id).
 */
export async function clientForWrite(
  manager: EntityManager,
  actor: Actor,
  clientIdInput: string | null | undefined,
): Promise<Client> {
  const { viewer } = actor;
  if (viewer.role === Role.CLIENT && clientIdInput == null) {
    if (viewer.clientId == null) throw forbidden("This sign-in is not linked to a client record.");
    return findVisibleClient(manager, actor, viewer.clientId);
  }
  if (clientIdInput == null) throw badInput("clientId", "clientId is required.");
  return findVisibleClient(manager, actor, parseId(clientIdInput, "clientId"));
}
