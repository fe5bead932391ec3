import { auth, driver as createDriver, type Driver } from 'neo4j-driver';
import { redactUri } from '../config.js';
import type { Logger } from '../logger.js';
import { fromDriverError } from './driverErrors.js';

export interface DriverTarget {
  uri: string;
  username: string;
  password: string | undefined;
  /**
   * How long the driver retries a failing transaction. The API wants a quick
   * SERVICE_UNAVAILABLE when Neo4j is down; a batch job can wait longer.
   */
  maxRetryMs?: number;
}

export interface ServerInfo {
  name: string;
  version: string;
  edition: string;
}

/**
 * Opens a driver and proves the server answers (and accepts the credentials) before
 * anything else runs, so a wrong URI or password is one clear error at start.
 */
export async function openDriver(target: DriverTarget, logger: Logger): Promise<Driver> {
  // No password means a Neo4j with authentication off (the local one): the driver then sends no credentials.
  const token = target.password === undefined ? undefined : auth.basic(target.username, target.password);
  let driver: Driver;
  try {
    driver = createDriver(target.uri, token, {
      userAgent: 'newsgraph/0.1',
      connectionTimeout: 10_000,
      connectionAcquisitionTimeout: 30_000,
      maxConnectionPoolSize: 50,
      maxTransactionRetryTime: target.maxRetryMs ?? 30_000,
      logging: {
        level: 'warn',
        logger: (level, message) => logger.warn({ driver: level }, message),
      },
    });
  } catch (error) {
    throw fromDriverError(error, redactUri(target.uri));
  }
  try {
    await driver.getServerInfo();
  } catch (error) {
    await driver.close();
    throw fromDriverError(error, redactUri(target.uri));
  }
  return driver;
}
