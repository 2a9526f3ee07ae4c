import type { GraphQLScalarType } from "graphql";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { DomainError, ErrorCode } from "../common/errors.ts";
import { DATE_CEILING, EARLIEST_DATE, instantProblem } from "../common/validation.ts";

/**
 * The class the library's scalars are made with. Under the test runner a plain `import` of graphql can load a second
 * copy of the module, and type-graphql refuses a scalar made with the other copy's class.
 */
const ScalarType = GraphQLDateTimeISO.constructor as typeof GraphQLScalarType;

function withinLimits(value: Date): Date {
  const problem = instantProblem(value);
  if (problem) throw new DomainError(ErrorCode.BAD_USER_INPUT, `A date and time ${problem}.`);
  return value;
}

/**
 * The scalar of every `Date` argument and input field: graphql-scalars' DateTimeISO (type-graphql's default for
 * `Date`), refusing instants before 1970-01-01 and from 9999-01-01 on. The check runs while the request's variables
 * and literals are read, before any resolver, so no date argument anywhere reaches the bucketing or `toISOString()`
 * unchecked.
 */
export const DateTimeISO = new ScalarType<Date, string>({
  ...GraphQLDateTimeISO.toConfig(),
  description: `${GraphQLDateTimeISO.description} Inputs must be on or after ${EARLIEST_DATE}T00:00:00Z and before ${DATE_CEILING}T00:00:00Z.`,
  parseValue: (value) => withinLimits(GraphQLDateTimeISO.parseValue(value)),
  parseLiteral: (ast, variables) => withinLimits(GraphQLDateTimeISO.parseLiteral(ast, variables)),
});
