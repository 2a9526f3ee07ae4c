import { Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Role } from "../auth/role.ts";
import { ClientProgress } from "../progress/progress.types.ts";
import { Actor } from "../schema/decorators.ts";
import type { Services } from "../services.ts";
import { WhatWorks } from "./what-works.types.ts";

/**
 * `ClientProgress.whatWorks`, resolved only when asked for, so the progress page pays for the analyses only when it
 * shows them. The parent clientProgress query has found the client visible and audited the read (READ_PROGRESS).
 */
@Resolver(() => ClientProgress)
export class WhatWorksResolver {
  @Authorized(Role.THERAPIST, Role.CLIENT)
  @FieldResolver(() => WhatWorks, {
    description:
      "What works for this client over the whole course: homework and change, coping techniques, triggers, when episodes happen, the plan's targets checked weekly, and the plan review.",
  })
  whatWorks(
    @Root() progress: ClientProgress,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<WhatWorks> {
    return services.whatWorks.forProgress(actor, progress);
  }
}
