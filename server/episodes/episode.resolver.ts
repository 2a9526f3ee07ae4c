import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { Role } from "../auth/role.ts";
import type { RequestContext } from "../context.ts";
import { SymptomEpisode } from "./episode.entity.ts";
import { LogEpisodeInput } from "./episode.inputs.ts";

@Resolver(() => SymptomEpisode)
export class EpisodeResolver {
  @Authorized(Role.CLIENT, Role.THERAPIST)
  @Mutation(() => SymptomEpisode, {
    description: "A client logs their own episode; a therapist logs one for a client.",
  })
  logEpisode(
    @Arg("input", () => LogEpisodeInput) input: LogEpisodeInput,
    @Ctx() context: RequestContext,
  ): Promise<SymptomEpisode> {
    return context.services.episodes.log(context.viewer!, input, context.sourceAddress);
  }
}
