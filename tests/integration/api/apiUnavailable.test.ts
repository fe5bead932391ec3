import { connect, createServer, type Server, type Socket } from 'node:net';
import { auth, driver as createDriver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createLogger } from '../../../src/logger.js';
import { loadQueries } from '../../../src/neo4j/cypherFiles.js';
import { Executor } from '../../../src/neo4j/executor.js';
import { QUERY_NAMES } from '../../../src/store/queryNames.js';
import { freePort } from '../../support/freePort.js';
import '../../support/testNeo4jInfo.js';
import { type ApiServer, gql, startApiServer } from './apiServer.js';

/** A TCP relay to Neo4j's Bolt port that the test can cut and restore, as a network or database outage would. */
class BoltRelay {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();

  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolvePromise) => this.server?.listen(this.port, '127.0.0.1', resolvePromise));
  }

  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolvePromise) =>
      this.server ? this.server.close(() => resolvePromise()) : resolvePromise(),
    );
    this.server = undefined;
  }
}

describe('when Neo4j goes away the API says SERVICE_UNAVAILABLE, and recovers by itself', () => {
  let relay: BoltRelay;
  let api: ApiServer;

  beforeAll(async () => {
    const info = inject('neo4j');
    const target = new URL(info.uri.replace(/^[a-z+]+:/, 'http:'));
    relay = new BoltRelay(await freePort(), { host: target.hostname, port: Number(target.port || 7687) });
    await relay.open();
    // Short retry and connect times so the outage shows in a second, not after the driver's 30 s.
    const driver = createDriver(
      `bolt://127.0.0.1:${relay.port}`,
      info.password === undefined ? undefined : auth.basic(info.username, info.password),
      { maxTransactionRetryTime: 1000, connectionTimeout: 1000, connectionAcquisitionTimeout: 2000 },
    );
    const executor = new Executor({
      driver,
      database: info.database,
      queries: loadQueries(QUERY_NAMES),
      logger: createLogger('silent'),
      timeoutMs: 10_000,
      where: `bolt://127.0.0.1:${relay.port}`,
    });
    api = await startApiServer({ store: { driver, executor, close: () => driver.close() } });
  });
  afterAll(async () => {
    await api.close();
    await relay.cut();
  });

  it('answers, fails cleanly during the outage, then answers again', async () => {
    const query = '{ country(code: "XUA") { id } health { status } }';
    expect(await gql(api.url, query)).toEqual({
      status: 200,
      body: { data: { country: null, health: { status: 'ok' } } },
    });

    await relay.cut();
    const down = await gql(api.url, '{ country(code: "XUA") { id } }');
    expect(down).toEqual({
      status: 200,
      body: {
        data: { country: null },
        errors: [
          {
            message: 'the graph database is unavailable; try again shortly',
            locations: [{ line: 1, column: 3 }],
            path: ['country'],
            extensions: { code: 'SERVICE_UNAVAILABLE' },
          },
        ],
      },
    });

    await relay.open();
    expect(await gql(api.url, query)).toEqual({
      status: 200,
      body: { data: { country: null, health: { status: 'ok' } } },
    });
  });
});
