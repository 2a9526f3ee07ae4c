import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Role } from "../auth/role.ts";
import type { RequestContext } from "../context.ts";
import { Actor } from "../schema/decorators.ts";
import type { Services } from "../services.ts";
import { TherapySession } from "./session.entity.ts";
import { RecordSessionInput } from "./session.inputs.ts";

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

  @FieldResolver(() => String, { nullable: true, description: "The therapist's private notes; null for anyone else." })
  privateNotes(@Root() session: TherapySession, @Ctx() context: RequestContext): string | null {
    return context.viewer?.userId === session.therapistId ? session.privateNotes : null;
  }
}
