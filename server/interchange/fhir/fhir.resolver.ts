import { JSONObjectResolver } from "graphql-scalars";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, Ctx, ID, Info, Query, Resolver } from "type-graphql";
import { Role } from "../../auth/role.ts";
import type { RequestContext } from "../../context.ts";

@Resolver()
export class FhirResolver {
  @Authorized(Role.THERAPIST, Role.CLIENT)
  @Query(() => JSONObjectResolver, {
    description:
      "A client's measures as a FHIR R4 collection Bundle (docs/fhir.md). Pseudonymous unless full: true, which adds the name and email. Audited when delivered.",
  })
  async clientFhirBundle(
    @Arg("clientId", () => ID) clientId: string,
    @Arg("full", () => Boolean, { defaultValue: false }) full: boolean,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<object> {
    const { bundle, audit } = await context.services.fhirExport.exportForViewer(
      context.viewer!,
      clientId,
      full,
      context.sourceAddress,
    );
    context.disclosures.push({ responseKey: String(info.path.key), audit });
    return bundle;
  }
}
