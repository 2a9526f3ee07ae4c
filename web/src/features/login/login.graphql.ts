import { graphql } from "../../graphql";

export const ME = graphql(`
  query Me {
    me {
      id
      displayName
      role
      email
      clientId
      twoFactorEnabled
      nextStep
    }
  }
`);

export const LOGIN = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      id
      role
      nextStep
    }
  }
`);

export const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

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
