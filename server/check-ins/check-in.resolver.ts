import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../auth/role.ts";
import type { CrisisResourceValue } from "../clinics/clinic.entity.ts";
import { AFTER_DESCRIPTION, firstDescription, type Connection } from "../common/paging.ts";
import { Actor, IdArg } from "../schema/decorators.ts";
import type { Services } from "../services.ts";
import { SrsInput } from "../sessions/session.inputs.ts";
import { CheckIn } from "./check-in.entity.ts";
import { CrisisResourceInput, MeasurementPlanInput, SubmitCheckInInput } from "./check-in.inputs.ts";
import { CHECK_IN_PAGE } from "./check-in.service.ts";
import { CheckInConnection, CheckInDue, CrisisResource, SessionFeedback } from "./check-in.types.ts";
import { CRISIS_RESOURCES_MAX, shownWith } from "./crisis-resources.ts";
import { MeasurementPlan } from "./measurement-plan.entity.ts";

@Resolver(() => CheckIn)
export class CheckInResolver {
  @Authorized(Role.CLIENT)
  @Query(() => [CheckInDue], {
    description:
      "What the signed-in client is asked to do now: the check-in due, if any, then each session to rate, soonest deadline first. For the client themself only.",
  })
  checkInsDue(
    @Arg("clientId", () => ID, { nullable: true, description: "The client's own id, if given; only their own." })
    clientId: string | null,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<CheckInDue[]> {
    return services.checkIns.due(actor, clientId);
  }

  @Authorized(Role.THERAPIST, Role.CLIENT)
  @Query(() => CheckInConnection, {
    description: "A client's check-ins, newest first, a page at a time. Each page read is audited.",
  })
  clientCheckIns(
    @IdArg("clientId", "The client whose check-ins to list.") clientId: number,
    @Arg("first", () => Int, {
      nullable: true,
      defaultValue: CHECK_IN_PAGE.default,
      description: firstDescription(CHECK_IN_PAGE, "check-ins"),
    })
    first: number | null,
    @Arg("after", () => String, { nullable: true, description: AFTER_DESCRIPTION }) after: string | null,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<Connection<CheckIn>> {
    return services.checkIns.list(actor, clientId, { first: first ?? CHECK_IN_PAGE.default, after });
  }

  @Authorized()
  @Query(() => [CrisisResource], {
    description:
      "Where the clinic's clients can get help at once; a built-in line to the local emergency number when the clinic has set none. For anyone signed in to the clinic.",
  })
  crisisResources(@Actor() actor: Actor, @Ctx("services") services: Services): Promise<CrisisResourceValue[]> {
    return services.crisisResources.of(actor.viewer);
  }

  @Authorized(Role.THERAPIST)
  @Mutation(() => MeasurementPlan, {
    description: "Sets which measures one of the therapist's clients reports themself, and when. Audited.",
  })
  setMeasurementPlan(
    @IdArg("clientId", "The client: one of the therapist's own.") clientId: number,
    @Arg("input", () => MeasurementPlanInput, { description: "The plan; it replaces the one before." })
    input: MeasurementPlanInput,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<MeasurementPlan> {
    return services.measurementPlans.set(actor, clientId, input);
  }

  @Authorized(Role.CLIENT)
  @Mutation(() => CheckIn, {
    description:
      "The signed-in client sends the check-in due. One that meets a safety rule raises a risk alert for the therapist at once and answers with the clinic's crisis resources. Audited.",
  })
  submitCheckIn(
    @Arg("input", () => SubmitCheckInInput, { description: "The check-in, as the client answered it." })
    input: SubmitCheckInInput,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<CheckIn> {
    return services.checkIns.submit(actor, input);
  }

  @Authorized(Role.CLIENT)
  @Mutation(() => SessionFeedback, {
    description:
      "The signed-in client rates an attended session of theirs (the SRS), once, within 48 hours after it. Audited.",
  })
  submitSessionFeedback(
    @IdArg("sessionId", "The session to rate: one of the client's own.") sessionId: number,
    @Arg("srs", () => SrsInput, { description: "The SRS, as the client marked it." }) srs: SrsInput,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<SessionFeedback> {
    return services.feedback.submit(actor, sessionId, srs);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => [CrisisResource], {
    description: `Sets the clinic's crisis resources, at most ${CRISIS_RESOURCES_MAX}; an empty list leaves the built-in line. For the clinic's admin. Audited.`,
  })
  setCrisisResources(
    @Arg("resources", () => [CrisisResourceInput], { description: "The whole list, in the order to show it." })
    resources: CrisisResourceInput[],
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<CrisisResourceValue[]> {
    return services.crisisResources.set(actor, resources);
  }

  @FieldResolver(() => Boolean, {
    description:
      "True when the check-in met a safety rule (PHQ-9 item 9 above the rule's value, or 'I am not safe right now').",
  })
  safetyConcern(@Root() checkIn: CheckIn, @Ctx("services") services: Services): boolean {
    return services.checkIns.safetyRulesOf(checkIn).length > 0;
  }

  @FieldResolver(() => [CrisisResource], {
    name: "crisisResources",
    description:
      "The clinic's crisis resources when the check-in just sent met a safety rule, shown to the client at once; empty otherwise, and on any later reading.",
  })
  shownCrisisResources(@Root() checkIn: CheckIn): CrisisResourceValue[] {
    return shownWith(checkIn);
  }
}
