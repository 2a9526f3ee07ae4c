import { createParameterDecorator, ID } from "type-graphql";
import { actorFor, type Actor as Caller } from "../auth/actor.ts";
import { badInput, unauthenticated } from "../common/errors.ts";
import { parseId } from "../common/ids.ts";
import type { RequestContext } from "../context.ts";

/**
 * Parameter decorators for the resolver boundary: resolvers take the caller and parsed ids from here, so none of
 * them reads `context.viewer` or parses an id itself. Their values are worked out after `@Authorized` has checked
 * the caller's role, as every parameter is.
 */

/** One actor per request: every root field of a request shares it, and its scope predicate is computed once. */
const actors = new WeakMap<RequestContext, Caller>();

/** The signed-in caller of this request, or UNAUTHENTICATED. */
export function actorOf(context: RequestContext): Caller {
  if (!context.viewer) throw unauthenticated();
  let actor = actors.get(context);
  if (!actor) {
    actor = actorFor(context.viewer, context.sourceAddress);
    actors.set(context, actor);
  }
  return actor;
}

/** `@Actor() actor: Actor`: the signed-in caller, where they call from and which clients they may see. */
export function Actor() {
  return createParameterDecorator<RequestContext>(({ context }) => actorOf(context));
}
/** The type of what `@Actor()` gives, under the same name, so that a parameter reads `@Actor() actor: Actor`. */
export type Actor = Caller;

/**
 * `@IdArg("clientId", "…") clientId: number`: declares a required `ID` argument and hands the resolver its key as a
 * number; a value that is no key is BAD_USER_INPUT naming the argument.
 */
export function IdArg(name: string, description: string) {
  return createParameterDecorator<RequestContext>(
    ({ args }) => {
      // The ID scalar has already turned an integer literal into its text.
      const value: unknown = args[name];
      if (typeof value !== "string") throw badInput(name, `${name} is required.`);
      return parseId(value, name);
    },
    { arg: { name, typeFunc: () => ID, options: { description } } },
  );
}
