import { JSONObjectResolver } from "graphql-scalars";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, Ctx, Info, Query, Resolver } from "type-graphql";
import { Role } from "../../auth/role.ts";
import type { RequestContext } from "../../context.ts";
import { Actor, IdArg } from "../../schema/decorators.ts";

@Resolver()
export class FhirResolver {
  @Authorized(Role.THERAPIST, Role.CLIENT)
  @Query(() => JSONObjectResolver, {
    description:
      "A client's measures as a FHIR R4 collection Bundle (docs/fhir.md). Pseudonymous unless full: true, which adds the name and email. Audited when delivered.",
  })
  async clientFhirBundle(
    @IdArg("clientId", "The client whose measures to export.") clientId: number,
    @Arg("full", () => Boolean, {
      defaultValue: false,
      description: "Add the client's name and email; without it the bundle is pseudonymous.",
    })
    full: boolean,
    @Actor() actor: Actor,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<object> {
    const { bundle, audit } = await context.services.fhirExport.exportForViewer(actor, clientId, full);
    // Audited as the response that carries it is sent (audit/disclosures.ts).
    context.disclosures.push({ responseKey: String(info.path.key), audit });
    return bundle;
  }
}
