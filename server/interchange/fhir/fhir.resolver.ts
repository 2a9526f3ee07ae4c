import { JSONObjectResolver } from "graphql-scalars";
import { Arg, Authorized, Ctx, ID, Query, Resolver } from "type-graphql";
import { Role } from "../../auth/role.ts";
import type { RequestContext } from "../../context.ts";

@Resolver()
export class FhirResolver {
  @Authorized(Role.THERAPIST, Role.CLIENT)
  @Query(() => JSONObjectResolver, {
    description:
      "A client's measures as a FHIR R4 collection Bundle (docs/fhir.md). Pseudonymous unless full: true, which adds the name and email. Audited.",
  })
  clientFhirBundle(
    @Arg("clientId", () => ID) clientId: string,
    @Arg("full", () => Boolean, { defaultValue: false }) full: boolean,
    @Ctx() context: RequestContext,
  ): Promise<object> {
    return context.services.fhirExport.exportForViewer(context.viewer!, clientId, full, context.sourceAddress);
  }
}
