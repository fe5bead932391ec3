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

/** What a client sees when the driver throws a Neo4j error with this message and code. */
function seenFromDriver(message: string, code: string, gqlStatus: string) {
  const error = new Neo4jError(message, code, gqlStatus, 'error');
  return seen(fromDriverError(error, 'bolt://db.example:7687'));
}

const unavailable = (message: string) => ({
  message,
  path: ['paths'],
  extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
});

describe('the errors a client sees for database failures', () => {
  it('says a query that timed out is too slow, not that the database is down', () => {
    const timeout = seenFromDriver(
      'The transaction has not completed within the specified timeout (dbms.transaction.timeout).',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      '50N00',
    );
    expect(timeout).toEqual(
      unavailable(
        'the query took longer than the configured timeout; narrow it (fewer hops, a smaller page) or try again later',
      ),
    );
  });

  it('says an unreachable database is unavailable, without its address or the driver message', () => {
    const down = seenFromDriver(
      'Could not perform discovery. No routing servers available.',
      'ServiceUnavailable',
      '08000',
    );
    expect(down).toEqual(unavailable('the graph database is unavailable; try again shortly'));
  });

  it('keeps the message of a server that cannot ingest', () => {
    const error = new NewsgraphError(
      ErrorCode.SERVICE_UNAVAILABLE,
      'ingestion is not available on this server',
    );
    expect(seen(error)).toEqual(unavailable('ingestion is not available on this server'));
  });
});
