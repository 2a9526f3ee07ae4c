import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../auth/role.ts";
import { badInput } from "../common/errors.ts";
import { AFTER_DESCRIPTION, firstDescription, type Connection } from "../common/paging.ts";
import type { RequestContext } from "../context.ts";
import { RecordType } from "../corrections/correction.enums.ts";
import { correctionsOf } from "../corrections/correction-history.ts";
import { REASON_MAX, REASON_MIN } from "../corrections/correction.service.ts";
import { Correction } from "../corrections/correction.types.ts";
import { Actor, IdArg } from "../schema/decorators.ts";
import type { Services } from "../services.ts";
import { SessionConnection } from "./session-connection.types.ts";
import { TherapySession } from "./session.entity.ts";
import { RecordSessionInput } from "./session.inputs.ts";
import { SESSION_PAGE } from "./session.service.ts";

@Resolver(() => TherapySession)
export class SessionResolver {
  @Authorized(Role.THERAPIST)
  @Mutation(() => TherapySession, {
    description: "Records a session with its ratings, homework review and new homework.",
  })
  recordSession(
    @Arg("input", () => RecordSessionInput, { description: "The session as it happened." }) input: RecordSessionInput,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<TherapySession> {
    return services.sessions.record(actor, input);
  }

  @Authorized(Role.THERAPIST, Role.CLIENT)
  @Query(() => SessionConnection, {
    description: "A client's sessions, newest first, a page at a time. Each page read is audited.",
  })
  clientSessions(
    @IdArg("clientId", "The client whose sessions to list.") clientId: number,
    @Arg("first", () => Int, {
      defaultValue: SESSION_PAGE.default,
      description: firstDescription(SESSION_PAGE, "sessions"),
    })
    first: number,
    @Arg("after", () => String, { nullable: true, description: AFTER_DESCRIPTION }) after: string | null,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<Connection<TherapySession>> {
    return services.sessions.list(actor, clientId, { first, after });
  }

  @Authorized(Role.THERAPIST)
  @Mutation(() => TherapySession, {
    description:
      "Corrects a session the therapist recorded, for a client on their caseload: the session is changed in place (its figures follow) and what it said before is kept, with the reason, in its corrections. A closed case's sessions may be corrected too: fixing a record is not adding to it. Homework is not part of a correction.",
  })
  correctSession(
    @IdArg("sessionId", "The session to correct.") sessionId: number,
    @Arg("reason", () => String, {
      description: `Why it is corrected: ${REASON_MIN} to ${REASON_MAX} characters, kept with the correction.`,
    })
    reason: string,
    @Arg("input", () => RecordSessionInput, {
      description: "The session as it should read, in full; clientId is the session's client, and no homework.",
    })
    input: RecordSessionInput,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<TherapySession> {
    // A correction changes what the session says; which check-in it took its ratings from is not part of it.
    if (input.adoptCheckInId != null) {
      throw badInput("adoptCheckInId", "A correction cannot adopt a check-in; correct the ratings themselves.");
    }
    return services.corrections.correctSession(actor, sessionId, reason, input);
  }

  @FieldResolver(() => String, { nullable: true, description: "The therapist's private notes; null for anyone else." })
  privateNotes(@Root() session: TherapySession, @Ctx() context: RequestContext): string | null {
    return context.viewer?.userId === session.therapistId ? session.privateNotes : null;
  }

  @FieldResolver(() => [Correction], {
    description:
      "The corrections made to the session, oldest first. For the therapist only, as they may change private notes; empty for anyone else.",
  })
  async corrections(@Root() session: TherapySession, @Ctx() context: RequestContext): Promise<Correction[]> {
    if (context.viewer?.userId !== session.therapistId) return [];
    return correctionsOf(context, RecordType.SESSION, session.id);
  }
}
