import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ErrorCode, NewsgraphError } from '../../../src/errors.js';
import { createFormatError } from '../../../src/graphql/formatError.js';
import { createLogger } from '../../../src/logger.js';
import { fromDriverError } from '../../../src/neo4j/driverErrors.js';

const format = createFormatError(createLogger('silent', 'test'));

/** What a client sees when a resolver at `path` throws `error`. */
function seen(error: unknown) {
  const wrapped = new GraphQLError('resolver failed', { path: ['paths'], originalError: error as Error });
  return format({ message: wrapped.message, path: ['paths'] }, wrapped);
}

describe('the errors a client sees for database failures', () => {
  it('says a query that timed out is too slow, not that the database is down', () => {
    const timeout = new Neo4jError(
      'The transaction has been terminated. Retry your operation in a new transaction, and you should see a successful result. The transaction has not completed within the specified timeout (dbms.transaction.timeout).',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      '50N00',
      'error: general processing exception',
    );
    expect(seen(fromDriverError(timeout, 'bolt://db.example:7687'))).toEqual({
      message:
        'the query took longer than the configured timeout; narrow it (fewer hops, a smaller page) or try again later',
      path: ['paths'],
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    });
  });

  it('says an unreachable database is unavailable, without its address or the driver message', () => {
    const down = new Neo4jError(
      'Could not perform discovery. No routing servers available.',
      'ServiceUnavailable',
      '08000',
      'error: connection exception',
    );
    expect(seen(fromDriverError(down, 'bolt://db.example:7687'))).toEqual({
      message: 'the graph database is unavailable; try again shortly',
      path: ['paths'],
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    });
  });

  it('keeps the message of a server that cannot ingest', () => {
    const error = new NewsgraphError(
      ErrorCode.SERVICE_UNAVAILABLE,
      'ingestion is not available on this server',
    );
    expect(seen(error)).toEqual({
      message: 'ingestion is not available on this server',
      path: ['paths'],
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    });
  });
});
