import { auth, driver as createDriver, type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { loadQueries } from '../../src/neo4j/cypherFiles.js';
import { Executor } from '../../src/neo4j/executor.js';
import { QUERY_NAMES } from '../../src/store/queryNames.js';
import type { StoreExecutor } from '../../src/store/storeExecutor.js';
import './testNeo4jInfo.js';

export interface TestStore {
  driver: Driver;
  executor: StoreExecutor;
  close(): Promise<void>;
}

/** A driver and the store's executor on the test Neo4j (a real one; never a mock). */
export function openTestStore(): TestStore {
  const info = inject('neo4j');
  const driver = createDriver(
    info.uri,
    info.password === undefined ? undefined : auth.basic(info.username, info.password),
  );
  const executor = new Executor({
    driver,
    database: info.database,
    queries: loadQueries(QUERY_NAMES),
    logger: createLogger('warn', 'test'),
    timeoutMs: 60_000,
    where: info.uri,
  });
  return { driver, executor, close: () => driver.close() };
}
