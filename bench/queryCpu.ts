/**
 * The API's own CPU per request: each bench operation runs through Apollo, graphql-jit, the
 * loaders, services and row parsing of one or more builds, in this process, with Neo4j's
 * answers recorded once and then handed back by a stand-in driver. Neo4j, the driver and
 * HTTP are left out, so what remains is the work a change to the API can cut, measured
 * without the noise of a database and a network on a shared machine. Builds given together
 * run in alternating rounds (A/B); the figure is the median of the rounds, in µs, and
 * includes the stand-in's copying of the recorded records (the same for every build).
 *
 * Run (after `npm run build`): npx tsx bench/queryCpu.ts [requests=200] [rounds=5] [operation|all] [build dir...]
 * A build dir holds a built copy of the project (dist/, with schema/ and cypher/ beside it);
 * the default is this checkout. Uses the bench graph of bench/query.ts (build it there first).
 */
import type { Driver, ManagedTransaction, QueryResult } from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { connectNeo4j } from '../src/neo4j/connectNeo4j.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { benchOperations, benchSubjects } from './queryOperations.js';

// As `newsgraph serve` runs (bin/newsgraph.js): graphql-js reads NODE_ENV when first imported,
// which here is only through the builds' own (dynamic) imports below.
process.env.NODE_ENV ??= 'production';

const REQUESTS = Number(process.argv[2] ?? 200);
const ROUNDS = Number(process.argv[3] ?? 5);
const ONLY = process.argv[4] && process.argv[4] !== 'all' ? process.argv[4] : undefined;
const BUILDS = process.argv.length > 5 ? process.argv.slice(5) : [PROJECT_ROOT.replace(/\/$/, '')];

type Run = (text: string, params: Record<string, unknown>) => Promise<unknown>;

/** A deep copy that keeps the driver's classes (Integer, DateTime, Node…), as a fresh answer would have. */
function copy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copy);
  const out = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key]);
  return out;
}

/** A driver that passes reads to `real` and remembers each answer, or, once `replaying`, hands the answers back. */
class AnsweringDriver {
  replaying = false;
  private readonly answers = new Map<string, unknown[]>();

  constructor(private readonly real: Driver) {}

  private static key(text: string, params: Record<string, unknown>): string {
    return (
      text +
      JSON.stringify(params, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value))
    );
  }

  session(config: object): object {
    return {
      executeRead: async <T>(work: (tx: { run: Run }) => Promise<T>, txConfig?: object): Promise<T> => {
        if (this.replaying) {
          return work({
            run: async (text, params) => {
              const records = this.answers.get(AnsweringDriver.key(text, params));
              if (!records) throw new Error(`no recorded answer for ${text.slice(0, 80)}`);
              return { records: records.map(copy) };
            },
          });
        }
        const session = this.real.session(config);
        try {
          return await session.executeRead(
            (tx: ManagedTransaction) =>
              work({
                run: async (text, params) => {
                  const result: QueryResult = await tx.run(text, params);
                  this.answers.set(AnsweringDriver.key(text, params), result.records);
                  return result;
                },
              }),
            txConfig,
          );
        } finally {
          await session.close();
        }
      },
      close: async () => undefined,
    };
  }
}

interface Build {
  dir: string;
  request(body: unknown): Promise<string>;
}

async function loadBuild(dir: string, driver: AnsweringDriver): Promise<Build> {
  const { HeaderMap } = await import('@apollo/server');
  const load = <M>(path: string): Promise<M> => import(`${dir}/dist/${path}`) as Promise<M>;
  const { createApolloServer } = await load<typeof import('../src/graphql/createApolloServer.js')>(
    'graphql/createApolloServer.js',
  );
  const { createContext } =
    await load<typeof import('../src/graphql/createContext.js')>('graphql/createContext.js');
  const { createServices } = await load<typeof import('../src/graphql/services/createServices.js')>(
    'graphql/services/createServices.js',
  );
  const { Executor } = await load<typeof import('../src/neo4j/executor.js')>('neo4j/executor.js');
  const { loadQueries } = await load<typeof import('../src/neo4j/cypherFiles.js')>('neo4j/cypherFiles.js');
  const { QUERY_NAMES } = await load<typeof import('../src/store/queryNames.js')>('store/queryNames.js');
  const logger = createLogger('warn', 'bench');
  const executor = new Executor({
    driver: driver as unknown as Driver,
    database: 'neo4j',
    queries: loadQueries(QUERY_NAMES),
    logger,
    timeoutMs: 60_000,
    where: 'recorded answers',
  });
  const services = createServices(executor, loadConfig(), logger);
  const apollo = createApolloServer(logger);
  await apollo.start();
  return {
    dir,
    async request(body) {
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: 'POST',
          headers: new HeaderMap([
            ['content-type', 'application/json'],
            ['accept', 'application/graphql-response+json'],
          ]),
          search: '',
          body,
        },
        context: async () => createContext(services, undefined, { authorization: undefined }),
      });
      if (response.body.kind !== 'complete') throw new Error('expected a complete response');
      return response.body.string;
    },
  };
}

function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
}

async function main(): Promise<void> {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const config = loadConfig();
  const handle = await connectNeo4j(config, createLogger('warn', 'bench'), 'join');
  try {
    const driver = new AnsweringDriver(handle.driver);
    const builds: Build[] = [];
    for (const dir of BUILDS) builds.push(await loadBuild(dir, driver));
    const operations = benchOperations(await benchSubjects(handle, 10_000)).filter(
      (operation) => !ONLY || operation.name.startsWith(ONLY),
    );
    for (const operation of operations) {
      const body = { query: operation.query, variables: operation.variables };
      for (const build of builds) {
        const answer = await build.request(body);
        if (answer.includes('"errors"')) out(`  ${operation.name} (${build.dir}): ${answer.slice(0, 300)}`);
      }
    }
    driver.replaying = true;
    out(
      `API CPU per request in µs, Neo4j's answers replayed; ${REQUESTS} requests a round, ${ROUNDS} rounds`,
    );
    for (const operation of operations) {
      const body = { query: operation.query, variables: operation.variables };
      const perBuild = new Map<string, number[]>(builds.map((build) => [build.dir, []]));
      for (const build of builds) for (let i = 0; i < REQUESTS / 4; i++) await build.request(body);
      for (let round = 0; round < ROUNDS; round++) {
        for (const build of round % 2 === 0 ? builds : [...builds].reverse()) {
          const before = process.cpuUsage();
          for (let i = 0; i < REQUESTS; i++) await build.request(body);
          const used = process.cpuUsage(before);
          perBuild.get(build.dir)?.push((used.user + used.system) / REQUESTS);
        }
      }
      for (const build of builds) {
        const runs = perBuild.get(build.dir) ?? [];
        out(
          `${operation.name.padEnd(16)} ${median(runs).toFixed(0).padStart(6)}  [${runs.map((run) => run.toFixed(0)).join(' ')}]  ${build.dir}`,
        );
      }
    }
  } finally {
    await handle.close();
  }
}

await main();
