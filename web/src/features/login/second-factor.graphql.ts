import { graphql } from "../../graphql";

/** The second step of signing in and setting it up; fetched with that step, not with the sign-in page. */
export const VERIFY_SECOND_FACTOR = graphql(`
  mutation VerifySecondFactor($code: String!) {
    verifySecondFactor(code: $code) {
      id
      nextStep
    }
  }
`);

export const BEGIN_TOTP_ENROLLMENT = graphql(`
  mutation BeginTotpEnrollment {
    beginTotpEnrollment {
      otpauthUri
      secret
      qrCodeSvg
    }
  }
`);

export const CONFIRM_TOTP_ENROLLMENT = graphql(`
  mutation ConfirmTotpEnrollment($code: String!) {
    confirmTotpEnrollment(code: $code)
  }
`);
