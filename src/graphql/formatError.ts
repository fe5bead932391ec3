import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, NewsgraphError } from '../errors.js';
import type { Logger } from '../logger.js';
import { MAX_DEPTH } from './queryLimits.js';

/** Codes Apollo Server itself assigns to request errors; these are safe to show as they are. */
const APOLLO_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Codes whose message a client may read; everything else is masked. */
const CLIENT_VISIBLE: ReadonlySet<string> = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.PAYLOAD_TOO_LARGE,
  ErrorCode.SERVICE_UNAVAILABLE,
  ErrorCode.FETCH_FAILED,
  ErrorCode.INPUT_UNREADABLE,
]);

/**
 * Shapes every error a client sees: a `NewsgraphError` keeps its message and code (Neo4j
 * being down is `SERVICE_UNAVAILABLE` with a generic message; a query that timed out keeps
 * its own); Apollo's own request errors pass through; anything else is logged and masked as
 * `INTERNAL_SERVER_ERROR`. No stack trace leaves the server.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = {
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
    };
    if (original instanceof NewsgraphError) {
      // The database unreachable or refusing our credentials: the client learns it is
      // unavailable, not where the database is or why (the log has that).
      if (original.code === ErrorCode.NEO4J_UNAVAILABLE || original.code === ErrorCode.NEO4J_AUTH_FAILED) {
        return {
          message: 'the graph database is unavailable; try again shortly',
          ...base,
          extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
        };
      }
      if (CLIENT_VISIBLE.has(original.code)) {
        return { message: original.message, ...base, extensions: { code: original.code } };
      }
      logger.error({ err: original, path: formatted.path }, 'request failed');
      return {
        message: 'Internal server error',
        ...base,
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
      };
    }
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
    // graphql-depth-limit reports through validation; to clients it is one of the query limits.
    if (code === 'GRAPHQL_VALIDATION_FAILED' && /exceeds maximum operation depth/.test(formatted.message)) {
      const message = `the operation nests deeper than ${MAX_DEPTH} levels; select fewer nested fields`;
      return { message, ...base, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } };
    }
    if (code && (APOLLO_REQUEST_CODES.has(code) || code === ErrorCode.QUERY_TOO_COMPLEX)) {
      return { message: formatted.message, ...base, extensions: { code } };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error');
    return {
      message: 'Internal server error',
      ...base,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
