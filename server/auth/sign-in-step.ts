import { registerEnumType } from "type-graphql";

/** What a session that has passed the password still has to do before it may do anything else. */
export enum SignInStep {
  ENROL_SECOND_FACTOR = "ENROL_SECOND_FACTOR",
  SECOND_FACTOR = "SECOND_FACTOR",
}

registerEnumType(SignInStep, {
  name: "SignInStep",
  description: "The step a signed-in session still has to take before it may use the rest of the API.",
  valuesConfig: {
    ENROL_SECOND_FACTOR: {
      description:
        "Two-factor sign-in is required for this role and not yet set up: beginTotpEnrollment, then confirmTotpEnrollment.",
    },
    SECOND_FACTOR: {
      description: "The password was right; verifySecondFactor with an authenticator code or a recovery code.",
    },
  },
});

/** `REQUIRE_MFA`: who must use two-factor sign-in. */
export type RequireMfa = "staff" | "off";
