import type { EntityManager } from "typeorm";
import type { Actor } from "../auth/actor.ts";
import { restrictToVisibleClients } from "../auth/scope.ts";
import { Client } from "../clients/client.entity.ts";
import { badInput } from "../common/errors.ts";
import { parseId } from "../common/ids.ts";
import { validInstant } from "../common/validation.ts";
import type { SessionDraft } from "../sessions/session-row.ts";
import { Attendance } from "../sessions/session.enums.ts";
import { CheckIn } from "./check-in.entity.ts";
import { ADOPT_AFTER_MS, ADOPT_BEFORE_MS } from "./windows.ts";

/** The ratings a session takes from the check-in it adopts; given in the session's input as well, they are refused. */
const ADOPTED_RATINGS = ["weekRating", "ors", "phq9", "gad7"] as const;

/**
 * The check-in a session being recorded adopts as its ratings, checked: one of this client's, not adopted by another
 * session, sent at most 7 days before the session began and at most 2 hours after. Read through the viewer's scope.
 */
export async function checkInToAdopt(
  manager: EntityManager,
  actor: Actor,
  clientId: number,
  draft: Pick<SessionDraft, "occurredAt" | "attendance" | (typeof ADOPTED_RATINGS)[number]> & {
    adoptCheckInId: string;
  },
): Promise<CheckIn> {
  const field = "adoptCheckInId";
  const id = parseId(draft.adoptCheckInId, field);
  for (const rating of ADOPTED_RATINGS) {
    if (draft[rating] != null) throw badInput(rating, `${rating} comes from the adopted check-in.`);
  }
  if (draft.attendance !== Attendance.ATTENDED) {
    throw badInput(field, "Only a session that took place can take a check-in's ratings.");
  }
  const occurredAt = validInstant(draft.occurredAt, "occurredAt").getTime();
  const query = manager
    .createQueryBuilder(CheckIn, "ci")
    .innerJoin(Client, "c", "c.id = ci.clientId")
    .where("ci.id = :id AND ci.clientId = :clientId", { id, clientId });
  const checkIn = await restrictToVisibleClients(query, actor.scope).getOne();
  if (!checkIn) throw badInput(field, "No check-in of this client has this id.");
  if (checkIn.sessionId != null) throw badInput(field, "This check-in is already the ratings of another session.");
  const sent = checkIn.submittedAt.getTime();
  if (sent < occurredAt - ADOPT_BEFORE_MS) {
    throw badInput(field, "This check-in was sent more than 7 days before the session.");
  }
  if (sent > occurredAt + ADOPT_AFTER_MS) {
    throw badInput(field, "This check-in was sent more than 2 hours after the session began.");
  }
  return checkIn;
}

/** A check-in's answers as a session's ratings. */
export function ratingsOf(checkIn: CheckIn): Pick<SessionDraft, (typeof ADOPTED_RATINGS)[number]> {
  return {
    weekRating: checkIn.weekRating,
    ors: checkIn.ors,
    phq9: checkIn.phq9Items,
    gad7: checkIn.gad7Items,
  };
}
