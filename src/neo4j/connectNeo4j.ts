import type { Driver } from 'neo4j-driver';
import { type Config, redactUri } from '../config.js';
import type { Logger } from '../logger.js';
import { findRunningLocalNeo4j, type LocalNeo4j, startLocalNeo4j } from './localNeo4j.js';
import { openDriver } from './openDriver.js';

export interface Neo4jHandle {
  driver: Driver;
  database: string;
  /** Where the database is, for messages and the start-up summary (no credentials). */
  where: string;
  /** The local Neo4j this process launched, if it launched one. */
  local: LocalNeo4j | undefined;
  /** Closes the driver and stops the local Neo4j this process launched. */
  close(): Promise<void>;
}

/**
 * Who uses the database decides what happens without NEO4J_URI: `serve` owns the local
 * Neo4j of its data folder (a second `serve` is refused); `ingest` and `migrate` join the
 * one a `serve` runs on that folder, or launch it for their own run.
 */
export type Neo4jPurpose = 'serve' | 'join';

/** Connects to the Neo4j the configuration names, launching the local one when needed. */
export async function connectNeo4j(
  config: Config,
  logger: Logger,
  purpose: Neo4jPurpose,
): Promise<Neo4jHandle> {
  const target = config.neo4j;
  const maxRetryMs = purpose === 'serve' ? 5_000 : 30_000;
  if (target.kind === 'uri') {
    const driver = await openDriver(
      { uri: target.uri, username: target.username, password: target.password, maxRetryMs },
      logger,
    );
    return {
      driver,
      database: target.database,
      where: redactUri(target.uri),
      local: undefined,
      close: () => driver.close(),
    };
  }
  if (purpose === 'join') {
    const running = findRunningLocalNeo4j(config.dataDir);
    if (running && !running.authEnabled) {
      logger.info({ uri: running.uri }, 'using the local Neo4j of the running serve');
      const driver = await openDriver(
        { uri: running.uri, username: 'neo4j', password: undefined, maxRetryMs },
        logger,
      );
      return {
        driver,
        database: target.database,
        where: running.uri,
        local: undefined,
        close: () => driver.close(),
      };
    }
  }
  const local = await startLocalNeo4j({
    dataDir: config.dataDir,
    boltPort: target.boltPort,
    heap: target.heap,
    pagecacheMb: target.pagecacheMb,
    startTimeoutMs: target.startTimeoutMs,
    javaHome: config.javaHome,
    logger,
  });
  let driver: Driver;
  try {
    driver = await openDriver({ uri: local.uri, username: 'neo4j', password: undefined, maxRetryMs }, logger);
  } catch (error) {
    await local.stop();
    throw error;
  }
  return {
    driver,
    database: target.database,
    where: `${local.uri} (local Neo4j ${local.version})`,
    local,
    async close() {
      await driver.close();
      await local.stop();
    },
  };
}
