import { Arg, Authorized, Ctx, ID, Query, Resolver } from "type-graphql";
import { Role } from "../auth/role.ts";
import type { RequestContext } from "../context.ts";
import { Bucket } from "./progress.enums.ts";
import { ClientProgress } from "./progress.types.ts";

@Resolver(() => ClientProgress)
export class ProgressResolver {
  @Authorized(Role.THERAPIST, Role.CLIENT)
  @Query(() => ClientProgress, { description: "A client's progress over a range, bucketed by week or month." })
  clientProgress(
    @Arg("clientId", () => ID) clientId: string,
    @Arg("from", () => Date, { nullable: true }) from: Date | null,
    @Arg("to", () => Date, { nullable: true }) to: Date | null,
    @Arg("bucket", () => Bucket, { defaultValue: Bucket.WEEK }) bucket: Bucket,
    @Ctx() context: RequestContext,
  ): Promise<ClientProgress> {
    return context.services.progress.clientProgress(
      context.viewer!,
      { clientId, from, to, bucket },
      context.sourceAddress,
    );
  }
}
