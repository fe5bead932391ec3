import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { ErrorCode, NewsgraphError } from '../errors.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { RequestInfo } from '../graphql/createContext.js';
import type { Logger } from '../logger.js';
import { readBody } from './readBody.js';
import { serveStaticAssets } from './staticAssets.js';

/** Whether the API can answer, and why not when it cannot (`/readyz` says it). */
export type Readiness = { ready: true } | { ready: false; reason: string };

export interface HttpServerOptions {
  host: string;
  port: number;
  maxBodyBytes: number;
  apollo: ApolloServer<GraphQLContext>;
  logger: Logger;
  /**
   * A fresh context for one request (its own DataLoaders, its write access), or undefined
   * while the database is not connected yet.
   */
  context: (request: RequestInfo) => GraphQLContext | undefined;
  /** Checked on every `/readyz`: Neo4j answers and the migrations are applied. */
  readiness: () => Promise<Readiness>;
}

export interface RunningHttpServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/**
 * Node's HTTP server with the routes of the service: `/graphql` (Apollo Server, fed a
 * transport-neutral request), `/healthz` (the process is alive) and `/readyz` (the
 * database answers and its schema is current). It listens before Neo4j is up, so an
 * occupied port fails at once and readiness can be watched while the database starts.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const { logger } = options;
  const server = createServer((request, response) => {
    route(options, request, response).catch((error: unknown) => {
      logger.error({ err: error }, 'unhandled HTTP error');
      if (!response.headersSent) sendJson(response, 500, { error: 'Internal server error' });
      else response.end();
    });
  });
  await new Promise<void>((resolvePromise, rejectPromise) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      rejectPromise(
        error.code === 'EADDRINUSE'
          ? new NewsgraphError(
              ErrorCode.PORT_IN_USE,
              `port ${options.port} on ${options.host} is already in use; set NEWSGRAPH_PORT to another port`,
            )
          : error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND'
            ? new NewsgraphError(
                ErrorCode.BAD_CONFIG,
                `NEWSGRAPH_HOST ${options.host} is not an address of this machine`,
              )
            : error,
      );
    });
    server.listen(options.port, options.host, () => resolvePromise());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    server,
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolvePromise) => {
        server.close(() => resolvePromise());
        server.closeAllConnections();
      }),
  };
}

async function route(
  options: HttpServerOptions,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  // The explorer's pages and assets, and the GraphQL IDE for browsers (src/server/staticAssets.ts).
  if (await serveStaticAssets(request, response, url)) return;
  switch (url.pathname) {
    case '/healthz':
      sendJson(response, 200, { status: 'ok' });
      return;
    case '/readyz': {
      const readiness = await options.readiness().catch(
        (error: unknown): Readiness => ({
          ready: false,
          reason: error instanceof Error ? error.message : String(error),
        }),
      );
      sendJson(
        response,
        readiness.ready ? 200 : 503,
        readiness.ready ? { status: 'ready' } : { status: 'not ready', reason: readiness.reason },
      );
      return;
    }
    case '/graphql':
      await serveGraphQL(options, request, response, url);
      return;
    default:
      sendJson(response, 404, { error: `no route ${url.pathname}; the API is at /graphql` });
  }
}

async function serveGraphQL(
  options: HttpServerOptions,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const authorization = request.headers.authorization;
  const context = options.context({ authorization });
  if (!context) {
    sendJson(response, 503, {
      errors: [
        {
          message: 'the graph database is starting; try again shortly',
          extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
        },
      ],
    });
    return;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown;
  if (request.method === 'POST') {
    const mediaType = headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
    if (mediaType !== 'application/json' && mediaType !== 'application/graphql') {
      // GraphQL over HTTP: a POST body without a media type cannot be read reliably.
      sendJson(response, 415, {
        errors: [
          {
            message: 'POST needs Content-Type: application/json (or application/graphql)',
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      });
      return;
    }
    let text: string;
    try {
      text = await readBody(request, options.maxBodyBytes);
    } catch (error) {
      if (error instanceof NewsgraphError && error.code === ErrorCode.PAYLOAD_TOO_LARGE) {
        sendJson(response, 413, { errors: [{ message: error.message, extensions: { code: error.code } }] });
        return;
      }
      throw error;
    }
    body = parseBody(text, headers.get('content-type'));
    if (body === INVALID_JSON) {
      sendJson(response, 400, {
        errors: [{ message: 'the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
      });
      return;
    }
  }
  const result = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
    context: async () => context,
  });
  for (const [key, value] of result.headers) response.setHeader(key, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    response.statusCode = legacyStatus(
      response.statusCode,
      result.headers.get('content-type'),
      result.body.string,
    );
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/**
 * GraphQL over HTTP, for clients that accept only `application/json`: a well-formed GraphQL
 * response (one with `errors`) SHOULD come with 200, since such clients read errors from the
 * body, not the status. Apollo answers document errors (parse, validation, variable coercion,
 * limits) with 400; those become 200 here. Malformed HTTP requests (no query, a query that is
 * not a string) keep 400, and clients of `application/graphql-response+json` keep the 4xx.
 */
const GRAPHQL_LEVEL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  ErrorCode.QUERY_TOO_COMPLEX,
]);

function legacyStatus(status: number, contentType: string | undefined, body: string): number {
  if (status !== 400 || !contentType?.startsWith('application/json')) return status;
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] };
    const graphqlLevel =
      Array.isArray(parsed.errors) &&
      parsed.errors.every((error) => GRAPHQL_LEVEL_CODES.has(String(error.extensions?.code)));
    return graphqlLevel ? 200 : status;
  } catch {
    return status;
  }
}

const INVALID_JSON = Symbol('invalid JSON');

function parseBody(text: string, contentType: string | undefined): unknown {
  if (text.length === 0) return undefined;
  if (
    contentType?.startsWith('application/graphql') &&
    !contentType.startsWith('application/graphql-response')
  ) {
    return text;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return INVALID_JSON;
  }
}

function sendJson(response: ServerResponse, status: number, payload: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(payload));
}
