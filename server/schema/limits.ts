import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextDidResolveOperation } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, OperationTypeNode, type GraphQLSchema } from "graphql";
import { getComplexity, simpleEstimator, type ComplexityEstimator } from "graphql-query-complexity";

/**
 * Query limits, from well-kept libraries: graphql-armor for depth, aliases, directives, a flat cost and blocked
 * field suggestions; graphql-js's own parser for the token limit (armor's Apollo token plugin parses inside a
 * plugin hook, where a rejection — or any syntax error — becomes an HTTP 500, so the parser's `maxTokens` option is
 * used instead and rejections are ordinary 400 parse errors); graphql-query-complexity for a cost that follows the
 * arguments — a clientProgress over ten years of weeks costs more than one over three months.
 */
export const LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 2500,
  maxDirectives: 10,
  armorCost: 8000,
  /** Budget of the argument-aware cost below, per operation. */
  maxRangeCost: 6000,
} as const;

const DAYS_PER_WEEK = 7;
const DAYS_PER_MONTH = 30.44;
/** Without `from`, clientProgress starts at intake: priced as two years, the usual upper end of a course. */
const DEFAULT_RANGE_DAYS = 2 * 366;
const PROGRESS_BASE_COST = 40;

/** Arguments arrive already parsed by the DateTimeISO scalar (a Date), or as text when they came as variables. */
const instant = (value: unknown): number | null =>
  value instanceof Date ? value.getTime() : typeof value === "string" ? Date.parse(value) : null;

function rangeDays(from: unknown, to: unknown): number {
  const end = instant(to) ?? Date.now();
  const start = instant(from) ?? end - DEFAULT_RANGE_DAYS * 86_400_000;
  const days = (end - start) / 86_400_000;
  return Number.isFinite(days) && days > 0 ? days : DEFAULT_RANGE_DAYS;
}

/** clientProgress: a base cost plus a cost per bucket in the range (several rows per bucket: homework, episodes). */
const progressEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (field.name !== "clientProgress") return undefined;
  const days = rangeDays(args.from, args.to);
  const buckets = Math.ceil(days / (args.bucket === "MONTH" ? DAYS_PER_MONTH : DAYS_PER_WEEK));
  return PROGRESS_BASE_COST + buckets * 4 + childComplexity;
};

export function queryLimits(schema: GraphQLSchema) {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives },
    costLimit: { maxCost: LIMITS.armorCost },
    blockFieldSuggestion: { enabled: true },
  }).protect();

  /** Why an operation is refused before it runs, or null when it may run. */
  const refusal = ({
    request,
    document,
    operation,
  }: GraphQLRequestContextDidResolveOperation<BaseContext>): GraphQLError | null => {
    if (operation?.operation === OperationTypeNode.SUBSCRIPTION) {
      return new GraphQLError("Subscriptions are not offered.", {
        extensions: { code: "OPERATION_NOT_SUPPORTED", http: { status: 400 } },
      });
    }
    let cost: number;
    try {
      cost = getComplexity({
        schema,
        query: document,
        operationName: request.operationName ?? undefined,
        variables: request.variables ?? {},
        estimators: [progressEstimator, simpleEstimator({ defaultComplexity: 1 })],
      });
    } catch {
      // Variables that do not fit the schema: execution refuses them next, with BAD_USER_INPUT and the field.
      return null;
    }
    if (cost > LIMITS.maxRangeCost) {
      return new GraphQLError(
        `This request would cost ${cost}; the limit is ${LIMITS.maxRangeCost}. Ask for a shorter range or fewer fields.`,
        {
          extensions: { code: "QUERY_TOO_COSTLY", cost, limit: LIMITS.maxRangeCost, http: { status: 400 } },
        },
      );
    }
    return null;
  };

  const rangeCost: ApolloServerPlugin = {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation(requestContext) {
          const error = refusal(requestContext);
          return error ? Promise.reject(error) : Promise.resolve();
        },
      });
    },
  };

  return {
    plugins: [...armor.plugins, rangeCost],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
  };
}
