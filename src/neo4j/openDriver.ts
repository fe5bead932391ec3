import { auth, driver as createDriver, type Driver } from 'neo4j-driver';
import type { Logger } from '../logger.js';
import { fromDriverError } from './driverErrors.js';

export interface DriverTarget {
  uri: string;
  username: string;
  password: string | undefined;
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
      logging: {
        level: 'warn',
        logger: (level, message) => logger.warn({ driver: level }, message),
      },
    });
  } catch (error) {
    throw fromDriverError(error, target.uri);
  }
  try {
    await driver.getServerInfo();
  } catch (error) {
    await driver.close();
    throw fromDriverError(error, redact(target.uri));
  }
  return driver;
}

function redact(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//***@');
}
