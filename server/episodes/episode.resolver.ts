import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../auth/role.ts";
import { AFTER_DESCRIPTION, firstDescription, type Connection } from "../common/paging.ts";
import type { RequestContext } from "../context.ts";
import { RecordType } from "../corrections/correction.enums.ts";
import { correctionsOf } from "../corrections/correction-history.ts";
import { REASON_MAX, REASON_MIN } from "../corrections/correction.service.ts";
import { Correction } from "../corrections/correction.types.ts";
import { Actor, IdArg } from "../schema/decorators.ts";
import type { Services } from "../services.ts";
import { SymptomEpisodeConnection } from "./episode-connection.types.ts";
import { SymptomEpisode } from "./episode.entity.ts";
import { LogEpisodeInput } from "./episode.inputs.ts";
import { EPISODE_PAGE } from "./episode.service.ts";

@Resolver(() => SymptomEpisode)
export class EpisodeResolver {
  @Authorized(Role.CLIENT, Role.THERAPIST)
  @Mutation(() => SymptomEpisode, {
    description: "A client logs their own episode; a therapist logs one for a client.",
  })
  logEpisode(
    @Arg("input", () => LogEpisodeInput, { description: "The episode, as the client lived it." })
    input: LogEpisodeInput,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<SymptomEpisode> {
    return services.episodes.log(actor, input);
  }

  @Authorized(Role.THERAPIST, Role.CLIENT)
  @Query(() => SymptomEpisodeConnection, {
    description: "A client's symptom episodes, newest first, a page at a time. Each page read is audited.",
  })
  clientEpisodes(
    @IdArg("clientId", "The client whose episodes to list.") clientId: number,
    @Arg("first", () => Int, {
      defaultValue: EPISODE_PAGE.default,
      description: firstDescription(EPISODE_PAGE, "episodes"),
    })
    first: number,
    @Arg("after", () => String, { nullable: true, description: AFTER_DESCRIPTION }) after: string | null,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<Connection<SymptomEpisode>> {
    return services.episodes.list(actor, clientId, { first, after });
  }

  @Authorized(Role.THERAPIST)
  @Mutation(() => SymptomEpisode, {
    description:
      "Corrects an episode of one of the therapist's clients, whoever logged it: the episode is changed in place (its figures follow) and what it said before is kept, with the reason, in its corrections. A closed case's episodes may be corrected too: fixing a record is not adding to it.",
  })
  correctEpisode(
    @IdArg("episodeId", "The episode to correct.") episodeId: number,
    @Arg("reason", () => String, {
      description: `Why it is corrected: ${REASON_MIN} to ${REASON_MAX} characters, kept with the correction.`,
    })
    reason: string,
    @Arg("input", () => LogEpisodeInput, {
      description: "The episode as it should read, in full; clientId is the episode's client.",
    })
    input: LogEpisodeInput,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<SymptomEpisode> {
    return services.corrections.correctEpisode(actor, episodeId, reason, input);
  }

  @FieldResolver(() => [Correction], {
    description:
      "The corrections made to the episode, oldest first. For the client's therapist; empty for anyone else.",
  })
  async corrections(@Root() episode: SymptomEpisode, @Ctx() context: RequestContext): Promise<Correction[]> {
    if (context.viewer?.role !== Role.THERAPIST) return [];
    return correctionsOf(context, RecordType.EPISODE, episode.id);
  }
}
