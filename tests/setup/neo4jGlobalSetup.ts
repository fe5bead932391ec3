import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createLogger } from '../../src/logger.js';
import { type LocalNeo4j, startLocalNeo4j } from '../../src/neo4j/localNeo4j.js';
import { neo4jVersion } from '../../src/neo4j/neo4jVersion.js';
import { freePort } from '../support/freePort.js';
import type { TestNeo4jInfo } from '../support/testNeo4jInfo.js';

const TEST_PASSWORD = 'newsgraph-test-password';

let stopLocal: (() => Promise<void>) | undefined;
let stopContainer: (() => Promise<unknown>) | undefined;

/**
 * One real Neo4j for the integration and end-to-end tests, chosen in the project's order:
 * NEO4J_URI when set; else a Docker container when a Docker engine answers; else the local
 * launcher on a throwaway folder. Authentication is on in the last two, so the tests of a
 * wrong password have something to be refused by.
 */
export async function setup(project: TestProject): Promise<void> {
  const logger = createLogger(process.env.NEWSGRAPH_TEST_LOG_LEVEL ?? 'warn', 'test-neo4j');
  const uri = process.env.NEO4J_URI;
  if (uri) {
    project.provide('neo4j', {
      uri,
      username: process.env.NEO4J_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD,
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
      source: 'uri',
    } satisfies TestNeo4jInfo);
    return;
  }
  const fromDocker = await tryDocker();
  if (fromDocker) {
    project.provide('neo4j', fromDocker);
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-test-neo4j-'));
  const local: LocalNeo4j = await startLocalNeo4j({
    dataDir,
    boltPort: await freePort(),
    heap: '1g',
    pagecacheMb: 256,
    startTimeoutMs: 240_000,
    javaHome: process.env.JAVA_HOME,
    password: TEST_PASSWORD,
    logger,
  });
  stopLocal = async () => {
    await local.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  project.provide('neo4j', {
    uri: local.uri,
    username: 'neo4j',
    password: TEST_PASSWORD,
    database: 'neo4j',
    source: 'local',
  } satisfies TestNeo4jInfo);
}

export async function teardown(): Promise<void> {
  await stopLocal?.();
  await stopContainer?.();
}

async function tryDocker(): Promise<TestNeo4jInfo | undefined> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  try {
    await getContainerRuntimeClient();
  } catch {
    return undefined;
  }
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer(`neo4j:${neo4jVersion()}-community`)
    .withPassword(TEST_PASSWORD)
    .start();
  stopContainer = () => container.stop();
  return {
    uri: container.getBoltUri(),
    username: container.getUsername(),
    password: container.getPassword(),
    database: 'neo4j',
    source: 'docker',
  };
}
