import { Neo4jError } from 'neo4j-driver';
import { ErrorCode, NewsgraphError } from '../errors.js';

/**
 * Maps what the driver throws to Newsgraph's codes. Only this module and the executor
 * know Neo4j's error codes; everything above sees `NewsgraphError`.
 */
export function fromDriverError(error: unknown, where: string): NewsgraphError {
  if (error instanceof NewsgraphError) return error;
  if (error instanceof Neo4jError) {
    const code = error.code ?? '';
    if (
      code === 'Neo.ClientError.Security.Unauthorized' ||
      code === 'Neo.ClientError.Security.AuthenticationRateLimit'
    ) {
      return new NewsgraphError(
        ErrorCode.NEO4J_AUTH_FAILED,
        `Neo4j at ${where} refused the credentials (check NEO4J_USERNAME and NEO4J_PASSWORD)`,
        { cause: error },
      );
    }
    if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError')) {
      return new NewsgraphError(
        ErrorCode.NEO4J_UNAVAILABLE,
        `Neo4j at ${where} is unavailable: ${firstLine(error.message)}`,
        {
          cause: error,
        },
      );
    }
    if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
      return new NewsgraphError(
        ErrorCode.BAD_CONFIG,
        `Neo4j at ${where}: ${firstLine(error.message)} (check NEO4J_DATABASE)`,
        {
          cause: error,
        },
      );
    }
    if (
      code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
      code.includes('TransactionTimedOut')
    ) {
      // Not the database being down: the client should hear that its query was too slow.
      return new NewsgraphError(
        ErrorCode.SERVICE_UNAVAILABLE,
        'the query took longer than the configured timeout; narrow it (fewer hops, a smaller page) or try again later',
        {
          cause: error,
        },
      );
    }
    return new NewsgraphError(
      ErrorCode.INTERNAL_SERVER_ERROR,
      `Neo4j error ${code}: ${firstLine(error.message)}`,
      {
        cause: error,
      },
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new NewsgraphError(ErrorCode.INTERNAL_SERVER_ERROR, message, { cause: error });
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? text;
  // The driver appends a long hint about encryption to connection errors; the cause after it is what matters.
  const cause = /Caused by: (.*)$/.exec(text.replace(/\n/g, ' '));
  return cause?.[1] ? cause[1].trim() : line;
}
