import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import { Role } from "../auth/role.ts";
import { Actor, IdArg } from "../schema/decorators.ts";
import type { Services } from "../services.ts";
import { Bucket } from "./progress.enums.ts";
import { ClientProgress } from "./progress.types.ts";

@Resolver(() => ClientProgress)
export class ProgressResolver {
  @Authorized(Role.THERAPIST, Role.CLIENT)
  @Query(() => ClientProgress, { description: "A client's progress over a range, bucketed by week or month." })
  clientProgress(
    @IdArg("clientId", "The client whose progress to show.") clientId: number,
    @Arg("from", () => Date, {
      nullable: true,
      description: "Start of the range; the client's intake when left out. At most ten years before to.",
    })
    from: Date | null,
    @Arg("to", () => Date, { nullable: true, description: "End of the range; now when left out." }) to: Date | null,
    @Arg("bucket", () => Bucket, {
      defaultValue: Bucket.WEEK,
      description: "Whether homework and episodes are counted by week or by month.",
    })
    bucket: Bucket,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<ClientProgress> {
    return services.progress.clientProgress(actor, { clientId, from, to, bucket });
  }
}
