import { randomUUID } from "node:crypto";
import { TokenKind, type GraphQLError, type GraphQLFormattedError } from "graphql";
import { ApolloServerErrorCode, unwrapResolverError } from "@apollo/server/errors";
import { DomainError, ErrorCode } from "../common/errors.ts";
import { MeasureInputError } from "../measures/errors.ts";

type Log = (message: string, error: unknown) => void;

/** graphql-js reports bad variables as `Variable "$input" got invalid value … at "input.symptom"; …`. */
function fieldOfVariableError(message: string): string | undefined {
  const at = /got invalid value .*? at "([^"]+)"/.exec(message)?.[1];
  if (at) return at.split(".").slice(1).join(".") || at;
  const variable = /^Variable "\$(\w+)"/.exec(message)?.[1];
  return variable;
}

/**
 * The argument or input field a literal in the query text was written for: the name before the value's colon
 * (`to: "0001-01-01T00:00:00Z"` names `to`), as a variable's error names its path.
 */
function fieldOfLiteral(error: GraphQLError): string | undefined {
  const colon = error.nodes?.[0]?.loc?.startToken.prev;
  const name = colon?.prev;
  return colon?.kind === TokenKind.COLON && name?.kind === TokenKind.NAME ? name.value : undefined;
}

const bad = (message: string, field?: string): GraphQLFormattedError => ({
  message,
  extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}) },
});

/**
 * The one place where errors become responses. Known errors keep a code and the field at fault; anything else is
 * an INTERNAL_SERVER_ERROR whose only detail is an id that is also written to the server log.
 */
export function createErrorFormatter(log: Log) {
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    const error = unwrapResolverError(raw);
    const path = formatted.path ? { path: formatted.path } : {};
    const locations = formatted.locations ? { locations: formatted.locations } : {};

    if (error instanceof DomainError) {
      return {
        message: error.message,
        ...locations,
        ...path,
        extensions: { code: error.code, ...(error.field ? { field: error.field } : {}) },
      };
    }
    if (error instanceof MeasureInputError) return { ...bad(error.message, error.field), ...path };
    // A literal in the query text that a scalar refused while the query was validated (a date before 1970).
    // Checked by shape, as below.
    if (error instanceof Error && "originalError" in error && error.originalError instanceof DomainError) {
      const field = error.originalError.field ?? fieldOfLiteral(error as GraphQLError);
      return {
        message: error.message,
        ...locations,
        extensions: { code: error.originalError.code, ...(field ? { field } : {}) },
      };
    }
    // Checked by shape, not instanceof: a library may hold its own copy of graphql's GraphQLError class.
    if (error instanceof Error && "extensions" in error) {
      const extensions = (error as Pick<GraphQLError, "extensions">).extensions;
      const givenCode = extensions?.code ?? formatted.extensions?.code;
      // Codes are strings; anything else is no code this formatter knows.
      const code = typeof givenCode === "string" ? givenCode : "";
      if (code === "UNAUTHORIZED") {
        return { message: "You are not allowed to do this.", ...path, extensions: { code: ErrorCode.FORBIDDEN } };
      }
      if (code === "UNAUTHENTICATED") {
        return { message: "Please sign in.", ...path, extensions: { code: ErrorCode.UNAUTHENTICATED } };
      }
      if (code === "BAD_USER_INPUT")
        return { ...bad(formatted.message, fieldOfVariableError(formatted.message)), ...locations };
      if (code && code !== "INTERNAL_SERVER_ERROR") {
        // Parse and validation errors: the message is about the query text the client sent, nothing internal.
        return { message: formatted.message, ...locations, extensions: { code } };
      }
      // Apollo's refusals of a request as a whole that come with a 4xx status and no code of their own (a persisted
      // query whose hash does not match its text, an unknown persisted-query version) are the request's fault.
      const status = (extensions?.http as { status?: number } | undefined)?.status;
      if (extensions?.code === undefined && status !== undefined && status >= 400 && status < 500) {
        return { message: formatted.message, extensions: { code: ApolloServerErrorCode.BAD_REQUEST } };
      }
    }
    const errorId = randomUUID();
    log(`[error ${errorId}]`, error);
    return {
      message: `Something went wrong on our side. Reference: ${errorId}`,
      ...path,
      extensions: { code: "INTERNAL_SERVER_ERROR", errorId },
    };
  };
}
