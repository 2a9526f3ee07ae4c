import { Field, ID, ObjectType } from "type-graphql";
import { AccessToken } from "./access-token.entity.ts";

@ObjectType({ description: "A TOTP secret being set up: shown once, until the enrolment is confirmed with a code." })
export class TotpEnrollment {
  @Field(() => String, {
    description:
      "The `otpauth://` URI for authenticator apps (issuer Follow-Up, label the email; SHA1, 6 digits, 30 s).",
  })
  otpauthUri!: string;
  @Field(() => String, { description: "The secret in base32, for typing into an app that cannot scan the code." })
  secret!: string;
  @Field(() => String, { description: "The URI as a QR code: an SVG document drawn on the server." })
  qrCodeSvg!: string;
}

@ObjectType({ description: "A newly created access token; the token is shown only this once." })
export class NewAccessToken {
  @Field(() => String, { description: "The token, to send as `Authorization: Bearer <token>`; shown only now." })
  token!: string;
  @Field(() => AccessToken, { description: "The token's record, as accessTokens lists it." })
  accessToken!: AccessToken;
}

@ObjectType({ description: "One of the signed-in person's live sign-in sessions (a browser)." })
export class SignInSession {
  @Field(() => ID, { description: "A public id of the session, for endSession; not its token." })
  id!: string;
  @Field(() => Boolean, { description: "Whether this is the session of the request." })
  current!: boolean;
  @Field(() => Date, { description: "When the sign-in happened." })
  createdAt!: Date;
  @Field(() => Date, { description: "When the session last made a request (to the minute)." })
  lastSeenAt!: Date;
  @Field(() => String, { nullable: true, description: "The address it signed in from; null when unknown." })
  sourceAddress!: string | null;
}
