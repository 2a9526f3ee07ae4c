import { Kind, type GraphQLScalarType, type ValueNode } from "graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import { DomainError, ErrorCode } from "../common/errors.ts";
import { DATE_CEILING, EARLIEST_DATE, localDateProblem } from "../common/validation.ts";

/** The class the library's scalars are made with (see date-time.ts: type-graphql refuses another copy's class). */
const ScalarType = GraphQLLocalDate.constructor as typeof GraphQLScalarType;

/**
 * The validation rules' reading of a calendar date, so that the scalar refuses exactly what the row builders do. A
 * DomainError, not the library's GraphQLError, so that the error formatter answers BAD_USER_INPUT naming the field
 * for a literal in the query text as well as for a variable.
 */
function calendarDate(value: unknown): string {
  const problem = typeof value === "string" ? localDateProblem(value) : "must be a string written YYYY-MM-DD";
  if (problem) throw new DomainError(ErrorCode.BAD_USER_INPUT, `A calendar date ${problem}.`);
  return value as string;
}

/**
 * The scalar of every calendar date: a day of the clinic's calendar, not an instant. graphql-scalars' LocalDate
 * (a `YYYY-MM-DD` string, read and written as a string), refusing impossible days and days outside the range of
 * validation.ts while the request's variables and literals are read, before any resolver runs.
 */
export const LocalDate = new ScalarType<string, string>({
  ...GraphQLLocalDate.toConfig(),
  description: `A calendar date written YYYY-MM-DD, e.g. 2026-11-19: a day of the clinic's calendar, with no time of day and no offset, not an instant. Sent and read as a string. Inputs must be real days on or after ${EARLIEST_DATE} and before ${DATE_CEILING}.`,
  parseValue: calendarDate,
  parseLiteral: (ast: ValueNode) => calendarDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
