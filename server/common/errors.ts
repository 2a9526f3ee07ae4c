/**
 * Domain errors. Services throw these; `formatError` in `schema/format-error.ts` is the one place that turns
 * them (and everything else) into GraphQL errors with `extensions.code`.
 */
export enum ErrorCode {
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  NOT_FOUND = "NOT_FOUND",
  BAD_USER_INPUT = "BAD_USER_INPUT",
  /** Signed in with a password, but the second factor (or enrolling one) is still to come. */
  SECOND_FACTOR_REQUIRED = "SECOND_FACTOR_REQUIRED",
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Path of the offending input field relative to the operation's input, e.g. `ors.individual`. */
    readonly field?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const badInput = (field: string, message: string) => new DomainError(ErrorCode.BAD_USER_INPUT, message, field);
export const forbidden = (message = "You are not allowed to do this.") => new DomainError(ErrorCode.FORBIDDEN, message);
export const notFound = (message: string, field?: string) => new DomainError(ErrorCode.NOT_FOUND, message, field);
export const unauthenticated = () => new DomainError(ErrorCode.UNAUTHENTICATED, "Please sign in.");
export const secondFactorRequired = () =>
  new DomainError(ErrorCode.SECOND_FACTOR_REQUIRED, "Finish signing in with your second factor first.");

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}
