import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Neo4jHandle } from '../neo4j/connectNeo4j.js';
import { loadQueries } from '../neo4j/cypherFiles.js';
import { Executor } from '../neo4j/executor.js';
import { QUERY_NAMES } from './queryNames.js';
import type { StoreExecutor } from './storeExecutor.js';

/** The store's executor over a connected Neo4j, with every named query loaded (or the start fails). */
export function createStoreExecutor(
  handle: Neo4jHandle,
  config: Pick<Config, 'queryTimeoutMs' | 'writeTimeoutMs'>,
  logger: Logger,
): StoreExecutor {
  return new Executor({
    driver: handle.driver,
    database: handle.database,
    queries: loadQueries(QUERY_NAMES),
    logger,
    timeoutMs: config.queryTimeoutMs,
    writeTimeoutMs: config.writeTimeoutMs,
    where: handle.where,
  });
}
