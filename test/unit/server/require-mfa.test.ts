import { describe, expect, it } from "vitest";
import { Role } from "../../../server/auth/role.ts";
import { signInStepFor } from "../../../server/auth/second-factor.ts";
import { SignInStep } from "../../../server/auth/sign-in-step.ts";
import { ConfigError, loadConfig } from "../../../server/config.ts";

describe("REQUIRE_MFA", () => {
  it("is staff in production and off otherwise, unless set", () => {
    expect(loadConfig({ NODE_ENV: "production" }).sessionPolicy.requireMfa).toBe("staff");
    expect(loadConfig({}).sessionPolicy.requireMfa).toBe("off");
    expect(loadConfig({ NODE_ENV: "test" }).sessionPolicy.requireMfa).toBe("off");
    expect(loadConfig({ NODE_ENV: "production", REQUIRE_MFA: "off" }).sessionPolicy.requireMfa).toBe("off");
    expect(loadConfig({ REQUIRE_MFA: "staff" }).sessionPolicy.requireMfa).toBe("staff");
  });

  it("stops start-up on any other value, naming the variable", () => {
    expect(() => loadConfig({ REQUIRE_MFA: "all" })).toThrow(ConfigError);
    expect(() => loadConfig({ REQUIRE_MFA: "STAFF" })).toThrow(/REQUIRE_MFA/);
  });

  it("asks staff who have not enrolled to enrol, never a client, and everyone enrolled for the code", () => {
    for (const role of [Role.THERAPIST, Role.SUPERVISOR, Role.ADMIN]) {
      expect(signInStepFor(role, false, "staff")).toBe(SignInStep.ENROL_SECOND_FACTOR);
      expect(signInStepFor(role, false, "off")).toBeNull();
    }
    expect(signInStepFor(Role.CLIENT, false, "staff")).toBeNull();
    for (const role of Object.values(Role)) {
      for (const policy of ["staff", "off"] as const)
        expect(signInStepFor(role, true, policy)).toBe(SignInStep.SECOND_FACTOR);
    }
  });
});
