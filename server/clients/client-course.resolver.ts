import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../auth/role.ts";
import type { RequestContext } from "../context.ts";
import { LocalDate } from "../schema/local-date.ts";
import { Actor, actorOf, IdArg } from "../schema/decorators.ts";
import type { Services } from "../services.ts";
import type { ClientAccount } from "./client-course.service.ts";
import { Client } from "./client.entity.ts";
import { CaseOutcome } from "./client.enums.ts";
import { AdmitClientInput, Colleague, UpdateClientInput } from "./client.inputs.ts";

/**
 * The sign-ins of the clients one response shows, read together: every Client of a response asks in the same turn,
 * and one statement answers them all (a caseload costs one more statement, not one per client).
 */
interface AccountReads {
  /** The batch still collecting ids; it is read on the next turn of the event loop. */
  open: { ids: number[]; read: Promise<Map<number, ClientAccount>> } | null;
  /** By the Client object a field is resolved on: a later mutation in the same request returns a fresh one. */
  byClient: WeakMap<Client, Promise<ClientAccount | undefined>>;
}
const accountReads = new WeakMap<RequestContext, AccountReads>();

function accountOf(context: RequestContext, client: Client): Promise<ClientAccount | undefined> {
  const actor = actorOf(context);
  let reads = accountReads.get(context);
  if (!reads) accountReads.set(context, (reads = { open: null, byClient: new WeakMap() }));
  const known = reads.byClient.get(client);
  if (known) return known;
  if (!reads.open) {
    const ids: number[] = [];
    const state = reads;
    const read = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      state.open = null;
      return context.services.clientCourse.accounts(actor, ids);
    });
    reads.open = { ids, read };
  }
  reads.open.ids.push(client.id);
  const account = reads.open.read.then((accounts) => accounts.get(client.id));
  reads.byClient.set(client, account);
  return account;
}

@Resolver(() => Client)
export class ClientCourseResolver {
  @Authorized(Role.THERAPIST, Role.CLIENT)
  @FieldResolver(() => String, {
    nullable: true,
    description: "The client's sign-in email, from their account; null when they have none.",
  })
  async email(@Root() client: Client, @Ctx() context: RequestContext): Promise<string | null> {
    return (await accountOf(context, client))?.email ?? null;
  }

  @Authorized(Role.THERAPIST, Role.CLIENT)
  @FieldResolver(() => Boolean, {
    description:
      "Whether the client has set a password and so can sign in; false with no account, or while an invitation is still open.",
  })
  async hasAccount(@Root() client: Client, @Ctx() context: RequestContext): Promise<boolean> {
    return (await accountOf(context, client))?.hasAccount ?? false;
  }

  @Authorized(Role.THERAPIST)
  @Query(() => [Colleague], {
    description: "The other active therapists of the clinic: those a client can be transferred to.",
  })
  colleagues(@Actor() actor: Actor, @Ctx("services") services: Services): Promise<Colleague[]> {
    return services.clientCourse.colleagues(actor);
  }

  @Authorized(Role.THERAPIST)
  @Mutation(() => Client, {
    description:
      "Admits a client to the signed-in therapist's caseload, with a sign-in account (no password yet) when an email is given.",
  })
  admitClient(
    @Arg("input", () => AdmitClientInput, { description: "The new client." }) input: AdmitClientInput,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<Client> {
    return services.clientCourse.admit(actor, input);
  }

  @Authorized(Role.THERAPIST)
  @Mutation(() => Client, { description: "Changes a client's details: for the client's therapist." })
  updateClient(
    @Arg("input", () => UpdateClientInput, { description: "The client and the details to change." })
    input: UpdateClientInput,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<Client> {
    return services.clientCourse.update(actor, input);
  }

  @Authorized(Role.THERAPIST)
  @Mutation(() => Client, {
    description:
      "Closes a client's case, discharged or dropped out: for the client's therapist. A closed case takes no new sessions until reopened.",
  })
  closeCase(
    @IdArg("clientId", "The client: one of the signed-in therapist's, with an active case.") clientId: number,
    @Arg("outcome", () => CaseOutcome, { description: "How the course ended." }) outcome: CaseOutcome,
    @Arg("date", () => LocalDate, {
      description:
        "The closing date in the clinic's timezone: not before the last session or the intake, not in the future.",
    })
    date: string,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<Client> {
    return services.clientCourse.close(actor, clientId, outcome, date);
  }

  @Authorized(Role.THERAPIST)
  @Mutation(() => Client, { description: "Reopens a closed case: for the client's therapist." })
  reopenCase(
    @IdArg("clientId", "The client: one of the signed-in therapist's, with a closed case.") clientId: number,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<Client> {
    return services.clientCourse.reopen(actor, clientId);
  }

  @Authorized(Role.THERAPIST)
  @Mutation(() => Client, {
    description:
      "Hands a client to another active therapist of the clinic: for the client's therapist, who no longer sees them afterwards.",
  })
  transferClient(
    @IdArg("clientId", "The client: one of the signed-in therapist's.") clientId: number,
    @IdArg("toTherapistId", "The therapist taking the client over: one of `colleagues`.") toTherapistId: number,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<Client> {
    return services.clientCourse.transfer(actor, clientId, toTherapistId);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Int, {
    description:
      "Moves all of a therapist's active clients to another active therapist of the clinic: for an admin. Returns how many moved.",
  })
  transferCaseload(
    @IdArg("fromTherapistId", "The therapist whose active clients move: one of the clinic's.") fromTherapistId: number,
    @IdArg("toTherapistId", "The active therapist of the clinic who takes them over.") toTherapistId: number,
    @Actor() actor: Actor,
    @Ctx("services") services: Services,
  ): Promise<number> {
    return services.clientCourse.transferCaseload(actor, fromTherapistId, toTherapistId);
  }
}
