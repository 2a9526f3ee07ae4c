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
