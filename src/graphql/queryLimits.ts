import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema, type ValidationRule } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { type ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../errors.js';

/** Deepest selection an operation may have; introspection fields do not count. */
export const MAX_DEPTH = 12;
/** Most an operation may cost: each field 1, a paged field times its page size. */
export const MAX_COST = 20_000;

/** Rejects operations nested deeper than MAX_DEPTH at validation, before anything runs. */
export function depthRule(): ValidationRule {
  return depthLimit(MAX_DEPTH);
}

/**
 * A field with `first`/`last` (a connection, `search`, `coMentioned`, `reportedBy`) costs
 * its page size times what each item selects; one without costs 1 plus its selection.
 * Unsized pages count at the default size (20).
 */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' ? args.first : undefined;
  const last = typeof args.last === 'number' ? args.last : undefined;
  const sized = 'first' in args || 'last' in args || 'after' in args || 'before' in args;
  const size = first ?? last ?? (sized ? 20 : undefined);
  return size === undefined ? undefined : 1 + Math.max(size, 1) * childComplexity;
};

/**
 * Computes an operation's cost once its variables are known (so `first: $n` counts) and
 * refuses it with QUERY_TOO_COMPLEX above MAX_COST. HTTP status 400: the client must ask less.
 */
export function costLimitPlugin(): ApolloServerPlugin {
  // Apollo hands the same parsed document to every request with the same query text, so the
  // cost of a (document, variables) pair is computed once, not on every request.
  const costs = new WeakMap<object, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const key = `${request.operationName ?? ''}|${JSON.stringify(request.variables ?? {})}`;
          let known = costs.get(document);
          if (!known) {
            known = new Map();
            costs.set(document, known);
          }
          let cost = known.get(key);
          if (cost === undefined) {
            cost = complexity(schema, document, request.variables ?? {}, request.operationName);
            if (known.size < 100) known.set(key, cost);
          }
          if (cost > MAX_COST) {
            throw new GraphQLError(
              `the operation costs ${cost}, over the limit of ${MAX_COST}; ask for smaller pages or fewer nested lists`,
              { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

function complexity(
  schema: GraphQLSchema,
  query: Parameters<typeof getComplexity>[0]['query'],
  variables: Record<string, unknown>,
  operationName: string | undefined,
): number {
  return getComplexity({
    schema,
    query,
    variables,
    ...(operationName ? { operationName } : {}),
    estimators: [pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}
