/**
 * Query latency and throughput of the GraphQL API under load, beside the floor: the same
 * Cypher sent straight through the driver. Five representative operations (a country page,
 * an article page, search, neighborhood depth 2, paths) on a graph of at least 10k articles
 * ingested as users ingest them (bench/queryGraph.ts), each loaded with autocannon at a fixed
 * number of connections. Prints figures; it never fails on time.
 *
 * Neo4j's JVM takes thousands of queries to compile its hot paths: on a fresh database the
 * same neighbourhood query costs six times the CPU of a warm one, falling for about a minute
 * under load. A short warm-up therefore favours whichever side runs later. So every operation
 * is first run on both sides in passes until Neo4j's CPU per floor request settles (each pass
 * within WARMUP_TOLERANCE of the one before, at most WARMUP_PASSES passes; the passes are
 * printed), and then ROUNDS rounds alternate which side goes first; the figures are the
 * medians of the rounds. A second table gives every process's CPU per request (the server,
 * autocannon in this process and the local Neo4j, against the floor's client and Neo4j): on a
 * machine whose cores all these share, that is what the latency under load follows.
 *
 * Run: npx tsx bench/query.ts [articles=10000] [seconds=5] [connections=10] [operation]
 * (the optional last argument runs only the operations whose name starts with it).
 * With BENCH_PROFILE_DIR set, the server writes a CPU profile there when it stops.
 * Uses NEO4J_URI when set, else launches the local Neo4j in NEWSGRAPH_DATA_DIR (like serve).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { type Config, loadConfig } from '../src/config.js';
import { createApolloServer } from '../src/graphql/createApolloServer.js';
import { createContext } from '../src/graphql/createContext.js';
import { createServices } from '../src/graphql/services/createServices.js';
import { prepareGraph } from '../src/ingest/prepareGraph.js';
import { createLogger } from '../src/logger.js';
import { connectNeo4j, type Neo4jHandle } from '../src/neo4j/connectNeo4j.js';
import { loadQueries } from '../src/neo4j/cypherFiles.js';
import { Executor } from '../src/neo4j/executor.js';
import { projectPath } from '../src/paths.js';
import { startHttpServer } from '../src/server/httpServer.js';
import { QUERY_NAMES } from '../src/store/queryNames.js';
import { type ServeProcess, startServe } from '../tests/support/cliProcess.js';
import { freePort } from '../tests/support/freePort.js';
import { processCpuSeconds } from './processCpu.js';
import { ensureBenchGraph } from './queryGraph.js';
import { benchOperations, benchSubjects, type BenchOperation as Operation } from './queryOperations.js';
import { Recorder, replay } from './queryRecorder.js';

const ARTICLES = Number(process.argv[2] ?? 10_000);
const SECONDS = Number(process.argv[3] ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARMUP_SECONDS = 3;
const WARMUP_PASSES = Number(process.env.BENCH_WARMUP_PASSES ?? 12);
const WARMUP_TOLERANCE = 0.15;
const CONNECTIONS = Number(process.argv[4] ?? 10);
const ONLY = process.argv[5];

interface Figures {
  p50: number;
  p99: number;
  rps: number;
  errors: number;
  /** CPU time the serving process spent per request, in µs (the API's server; the floor's client). */
  cpuUs: number;
  /** CPU time of the load generator per request, in µs (autocannon in this process; none for the floor, whose client is the server above). */
  loadCpuUs: number;
  /** CPU time of the local Neo4j per request, in µs; NaN when Neo4j is not one this bench launched. */
  neo4jCpuUs: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

/** The median of each figure over several runs. */
function medianFigures(runs: readonly Figures[]): Figures {
  return {
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    rps: median(runs.map((run) => run.rps)),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    cpuUs: median(runs.map((run) => run.cpuUs)),
    loadCpuUs: median(runs.map((run) => run.loadCpuUs)),
    neo4jCpuUs: median(runs.map((run) => run.neo4jCpuUs)),
  };
}

/** The floor under the same load shape: CONNECTIONS workers replaying for `seconds`. */
async function floorLoad(
  run: () => Promise<void>,
  neo4jPid: number | undefined,
  seconds: number,
): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  const neo4jBefore = processCpuSeconds(neo4jPid);
  const cpuBefore = process.cpuUsage();
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < until) {
        const started = performance.now();
        try {
          await run();
          latencies.push(performance.now() - started);
        } catch {
          errors++;
        }
      }
    }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  const requests = Math.max(1, latencies.length + errors);
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    rps: latencies.length / seconds,
    errors,
    cpuUs: (cpu.user + cpu.system) / requests,
    loadCpuUs: 0,
    neo4jCpuUs: ((processCpuSeconds(neo4jPid) - neo4jBefore) * 1e6) / requests,
  };
}

async function graphqlLoad(
  url: string,
  serverPid: number | undefined,
  neo4jPid: number | undefined,
  operation: Operation,
  seconds: number,
): Promise<Figures> {
  const cpuBefore = processCpuSeconds(serverPid) * 1e6;
  const neo4jBefore = processCpuSeconds(neo4jPid);
  const loadBefore = process.cpuUsage();
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: operation.query, variables: operation.variables }),
  });
  const load = process.cpuUsage(loadBefore);
  const requests = Math.max(1, result.requests.total);
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    errors: result.errors + result.non2xx,
    cpuUs: (processCpuSeconds(serverPid) * 1e6 - cpuBefore) / requests,
    loadCpuUs: (load.user + load.system) / requests,
    neo4jCpuUs: ((processCpuSeconds(neo4jPid) - neo4jBefore) * 1e6) / requests,
  };
}

/** One row of the CPU table: each process's CPU per request on both sides, and the ratio of the totals. */
function cpuLine(name: string, api: Figures, floor: Figures): string {
  const apiTotal = api.cpuUs + api.loadCpuUs + api.neo4jCpuUs;
  const floorTotal = floor.cpuUs + floor.neo4jCpuUs;
  const us = (value: number, width: number) => value.toFixed(0).padStart(width);
  return `${name.padEnd(16)} | ${us(api.cpuUs, 15)} ${us(api.loadCpuUs, 12)} ${us(api.neo4jCpuUs, 8)} ${us(apiTotal, 8)} | ${us(floor.cpuUs, 14)} ${us(floor.neo4jCpuUs, 8)} ${us(floorTotal, 8)} | ${(apiTotal / floorTotal).toFixed(2)}×`;
}

/** `newsgraph serve` on the bench's database, in a data folder of its own. */
async function startBenchServer(config: Config, handle: Neo4jHandle): Promise<ServeProcess> {
  if (!existsSync(projectPath('dist', 'cli.js'))) {
    throw new Error('the bench runs the built server: run `npm run build` first');
  }
  const target: Record<string, string> = handle.local
    ? { NEO4J_URI: handle.local.uri }
    : config.neo4j.kind === 'uri'
      ? {
          NEO4J_URI: config.neo4j.uri,
          NEO4J_USERNAME: config.neo4j.username,
          NEO4J_DATABASE: config.neo4j.database,
          ...(config.neo4j.password ? { NEO4J_PASSWORD: config.neo4j.password } : {}),
        }
      : {};
  const profileDir = process.env.BENCH_PROFILE_DIR;
  return startServe(
    {
      ...target,
      NEWSGRAPH_PORT: String(await freePort()),
      NEWSGRAPH_DATA_DIR: mkdtempSync(join(tmpdir(), 'newsgraph-bench-serve-')),
    },
    240_000,
    profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  );
}

async function main(): Promise<void> {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const logger = createLogger('warn', 'bench');
  const config = loadConfig();
  const handle = await connectNeo4j(config, logger, 'serve');
  try {
    const rawExecutor = new Executor({
      driver: handle.driver,
      database: handle.database,
      queries: loadQueries(QUERY_NAMES),
      logger,
      timeoutMs: 60_000,
      where: handle.where,
    });
    out(`Neo4j ${handle.where}; preparing the graph (migrations, reference data)`);
    await prepareGraph(rawExecutor, logger);
    const total = await ensureBenchGraph(handle.driver, handle.database, rawExecutor, ARTICLES, out);

    const recorder = new Recorder();
    const executor = new Executor({
      driver: recorder.wrap(handle.driver),
      database: handle.database,
      queries: loadQueries(QUERY_NAMES),
      logger,
      timeoutMs: 60_000,
      where: handle.where,
    });
    const services = createServices(executor, config, logger);
    const apollo = createApolloServer(logger);
    await apollo.start();
    const http = await startHttpServer({
      host: '127.0.0.1',
      port: 0,
      maxBodyBytes: 1_048_576,
      apollo,
      logger,
      context: (request) => createContext(services, undefined, request),
      readiness: async () => ({ ready: true }),
    });
    // The floor's queries are recorded in this process (above); the load goes to the real
    // server, `newsgraph serve` from dist/ in its own process as users run it, so the load
    // generator does not share the server's event loop and no TypeScript loader or source
    // maps slow the server down.
    const server = await startBenchServer(config, handle);
    const url = `${server.url}/graphql`;

    const operations = benchOperations(await benchSubjects(handle, ARTICLES));
    const neo4jPid = handle.local?.pid;
    const cpuLines: string[] = [];

    // Each operation's Cypher, recorded from one request through the in-process API.
    const recorded: {
      operation: Operation;
      queries: number;
      waves: number;
      replayOnce: () => Promise<void>;
    }[] = [];
    for (const operation of operations) {
      if (ONLY && !operation.name.startsWith(ONLY)) continue;
      let body = '';
      const waves = await recorder.record(async () => {
        const response = await fetch(`${http.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: operation.query, variables: operation.variables }),
        });
        body = await response.text();
      });
      if (body.includes('"errors"'))
        out(`  ${operation.name}: the operation answered with errors: ${body.slice(0, 300)}`);
      recorded.push({
        operation,
        queries: waves.reduce((sum, wave) => sum + wave.length, 0),
        waves: waves.length,
        replayOnce: () => replay(handle.driver, handle.database, waves),
      });
    }

    out(
      `\nwarm-up: Neo4j CPU per floor request in µs, pass by pass (${WARMUP_SECONDS} s per side and operation)`,
    );
    let previous: number[] | undefined;
    for (let pass = 1; pass <= WARMUP_PASSES; pass++) {
      const current: number[] = [];
      for (const { operation, replayOnce } of recorded) {
        await graphqlLoad(url, server.child.pid, neo4jPid, operation, WARMUP_SECONDS);
        current.push((await floorLoad(replayOnce, neo4jPid, WARMUP_SECONDS)).neo4jCpuUs);
      }
      out(
        `  pass ${pass}: ${current.map((us, i) => `${recorded[i]?.operation.name} ${us.toFixed(0)}`).join(', ')}`,
      );
      const settled =
        previous !== undefined &&
        current.every((us, i) => {
          const before = previous?.[i] ?? Number.NaN;
          // Without a local Neo4j to watch (NaN), one pass is all the warm-up there is.
          return Number.isNaN(us) || Math.abs(us - before) <= WARMUP_TOLERANCE * before;
        });
      if (settled || Number.isNaN(current[0] ?? Number.NaN)) break;
      previous = current;
    }

    out(
      `\n${total} bench articles; ${CONNECTIONS} connections; ${ROUNDS} rounds of ${SECONDS} s per side, alternating which side goes first; medians of the rounds; latency in ms`,
    );
    out(
      `${'operation'.padEnd(16)} ${'queries'.padStart(7)} | ${'GraphQL p50'.padStart(11)} ${'p99'.padStart(7)} ${'req/s'.padStart(7)} ${'CPU µs'.padStart(7)} | ${'driver p50'.padStart(10)} ${'p99'.padStart(7)} ${'req/s'.padStart(7)} ${'CPU µs'.padStart(7)} | p50 ratio`,
    );
    for (const { operation, queries, waves, replayOnce } of recorded) {
      const apiRuns: Figures[] = [];
      const floorRuns: Figures[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const apiRun = () => graphqlLoad(url, server.child.pid, neo4jPid, operation, SECONDS);
        const floorRun = () => floorLoad(replayOnce, neo4jPid, SECONDS);
        if (round % 2 === 0) {
          apiRuns.push(await apiRun());
          floorRuns.push(await floorRun());
        } else {
          floorRuns.push(await floorRun());
          apiRuns.push(await apiRun());
        }
      }
      const api = medianFigures(apiRuns);
      const floor = medianFigures(floorRuns);
      cpuLines.push(cpuLine(operation.name, api, floor));
      out(
        `${operation.name.padEnd(16)} ${`${queries} (${waves}w)`.padStart(7)} | ${api.p50.toFixed(1).padStart(11)} ${api.p99.toFixed(1).padStart(7)} ${api.rps.toFixed(0).padStart(7)} ${api.cpuUs.toFixed(0).padStart(7)} | ${floor.p50.toFixed(1).padStart(10)} ${floor.p99.toFixed(1).padStart(7)} ${floor.rps.toFixed(0).padStart(7)} ${floor.cpuUs.toFixed(0).padStart(7)} | ${(api.p50 / floor.p50).toFixed(2)}×${api.errors + floor.errors > 0 ? `  (errors: ${api.errors} API, ${floor.errors} driver)` : ''}`,
      );
    }
    out(
      "\nqueries: Cypher round trips one operation sends (w: waves of concurrent queries, as the loaders batch them).\nCPU µs: CPU time per request of the GraphQL server process, and of this process driving the floor (Neo4j's own CPU not counted); steadier than latency on a busy machine.",
    );
    out(
      `\nCPU per request of every process, in µs (medians of the rounds). Under load every process shares this machine's cores, so the p50 ratio follows the ratio of the totals.\n${'operation'.padEnd(16)} | ${'GraphQL: server'.padStart(15)} ${'+ autocannon'.padStart(12)} ${'+ Neo4j'.padStart(8)} ${'= total'.padStart(8)} | ${'driver: client'.padStart(14)} ${'+ Neo4j'.padStart(8)} ${'= total'.padStart(8)} | total ratio`,
    );
    for (const line of cpuLines) out(line);
    await server.stop();
    await http.close();
    await apollo.stop();
  } finally {
    await handle.close();
  }
}

await main();
