import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { Role } from "../auth/role.ts";
import { Actor } from "../schema/decorators.ts";
import type { Services } from "../services.ts";
import { SymptomEpisode } from "./episode.entity.ts";
import { LogEpisodeInput } from "./episode.inputs.ts";

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
}
