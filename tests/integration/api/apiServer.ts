import type { Config } from '../../../src/config.js';
import { createApolloServer } from '../../../src/graphql/createApolloServer.js';
import { createContext } from '../../../src/graphql/createContext.js';
import { createServices } from '../../../src/graphql/services/createServices.js';
import { createLogger } from '../../../src/logger.js';
import { startHttpServer } from '../../../src/server/httpServer.js';
import { migrate } from '../../../src/store/migrate.js';
import type { StoreExecutor } from '../../../src/store/storeExecutor.js';
import { openTestStore, type TestStore } from '../../support/testStore.js';

export const TEST_API_KEY = 'test-api-key-0123456789';

export interface ApiServer {
  url: string;
  store: TestStore;
  executor: StoreExecutor;
  close(): Promise<void>;
}

/**
 * The API as `serve` runs it (Apollo, the HTTP edge, per-request contexts), in this process
 * over the test Neo4j, on a free loopback port. `apiKey: undefined` runs it with writes disabled.
 */
export async function startApiServer(
  options: { apiKey?: string | undefined; maxBodyBytes?: number; store?: TestStore } = {},
): Promise<ApiServer> {
  const logger = createLogger(process.env.NEWSGRAPH_TEST_LOG_LEVEL ?? 'silent', 'api-test');
  const store = options.store ?? openTestStore();
  await migrate(store.executor, logger);
  const apiKey = 'apiKey' in options ? options.apiKey : TEST_API_KEY;
  const config = { apiKey } as Config;
  const services = createServices(store.executor, config, logger);
  const apollo = createApolloServer(logger);
  await apollo.start();
  const http = await startHttpServer({
    host: '127.0.0.1',
    port: 0,
    maxBodyBytes: options.maxBodyBytes ?? 1_048_576,
    apollo,
    logger,
    context: (request) => createContext(services, apiKey, request),
    readiness: async () => ({ ready: true }),
  });
  return {
    url: `${http.url}/graphql`,
    store,
    executor: store.executor,
    close: async () => {
      await http.close();
      await apollo.stop();
      await store.close();
    },
  };
}

/** POSTs one operation and returns status, content type and parsed body. */
export async function gql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}
