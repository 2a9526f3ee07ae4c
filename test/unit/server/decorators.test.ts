import { describe, expect, it } from "vitest";
import { Role } from "../../../server/auth/role.ts";
import { visibleClientsPredicate } from "../../../server/auth/scope.ts";
import type { Viewer } from "../../../server/auth/viewer.ts";
import { DomainError } from "../../../server/common/errors.ts";
import type { RequestContext } from "../../../server/context.ts";
import { actorOf } from "../../../server/schema/decorators.ts";

const therapist: Viewer = {
  userId: 7,
  role: Role.THERAPIST,
  clinicId: 1,
  displayName: "T",
  clientId: null,
  sessionTokenHash: "hash",
};

const contextOf = (viewer: Viewer | null): RequestContext => ({
  viewer,
  sourceAddress: "203.0.113.9",
  sessionToken: null,
  publicUrl: "http://localhost",
  services: {} as RequestContext["services"],
  disclosures: [],
  setSessionCookie: () => undefined,
  clearSessionCookie: () => undefined,
});

describe("@Actor()", () => {
  it("refuses a signed-out caller with UNAUTHENTICATED", () => {
    const refusal = (() => {
      try {
        actorOf(contextOf(null));
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("gives the viewer, their address and their scope, made once per request", () => {
    const context = contextOf(therapist);
    const actor = actorOf(context);
    expect(actor).toEqual({
      viewer: therapist,
      sourceAddress: "203.0.113.9",
      scope: visibleClientsPredicate(therapist),
    });
    expect(actorOf(context)).toBe(actor);
    expect(actorOf(contextOf(therapist))).not.toBe(actor);
  });
});
