/**
 * Ingestion throughput on the local Neo4j, end to end (extract + write) beside the raw
 * write ceiling measured in the same run: the same graph written from rows prepared
 * beforehand, in the same UNWIND batches, with no extraction. Also the GDELT import rate.
 * Prints figures (rates, batch times, and CPU per article of Neo4j and of this process, which
 * show where the time goes); never fails on time.
 *
 *   npx tsx bench/ingest.ts [articles=10000] [batchSize=200]
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultExtractor } from '../src/extract/index.js';
import type { ArticleRows } from '../src/ingest/articleRows.js';
import { IngestService } from '../src/ingest/ingestService.js';
import { prepareGraph } from '../src/ingest/prepareGraph.js';
import { runIngest } from '../src/ingest/runIngest.js';
import { createLogger } from '../src/logger.js';
import { loadQueries } from '../src/neo4j/cypherFiles.js';
import { Executor } from '../src/neo4j/executor.js';
import { startLocalNeo4j } from '../src/neo4j/localNeo4j.js';
import { openDriver } from '../src/neo4j/openDriver.js';
import { projectPath } from '../src/paths.js';
import { writeArticles } from '../src/store/ingestStore.js';
import { QUERY_NAMES } from '../src/store/queryNames.js';
import { freePort } from '../tests/support/freePort.js';
import { generateArticles } from './corpus.js';
import { processCpuSeconds } from './processCpu.js';

const COUNT = Number(process.argv[2] ?? 10_000);
const BATCH = Number(process.argv[3] ?? 200);
const ROUNDS = 4;
const WARMUP = Math.min(2_000, COUNT);
const GDELT = projectPath('..', 'shared', 'data', 'gdelt', 'events-20170701-sample.csv');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/**
 * Wall time, batch times and CPU (Neo4j's and this process's) of one measure, summed over
 * the rounds it runs in; on a shared machine CPU per article is steadier than wall time.
 */
class Phase {
  seconds = 0;
  items = 0;
  readonly batchMs: number[] = [];
  private neo4jCpu = 0;
  private nodeCpu = 0;

  constructor(private readonly neo4jPid: number) {}

  /** Runs `work` (which reports its batch times to `batch`) and adds what it took. */
  async measure(items: number, work: (batch: (ms: number) => void) => Promise<void>): Promise<void> {
    const neo4jStart = processCpuSeconds(this.neo4jPid);
    const selfStart = process.cpuUsage();
    const started = performance.now();
    await work((ms) => this.batchMs.push(ms));
    this.seconds += (performance.now() - started) / 1000;
    this.items += items;
    this.neo4jCpu += processCpuSeconds(this.neo4jPid) - neo4jStart;
    const self = process.cpuUsage(selfStart);
    this.nodeCpu += (self.user + self.system) / 1e6;
  }

  describe(label: string): string {
    const sorted = [...this.batchMs].sort((a, b) => a - b);
    const perArticle = (cpuSeconds: number) => ((cpuSeconds * 1000) / this.items).toFixed(2);
    return `${label.padEnd(34)} ${(this.items / this.seconds).toFixed(0).padStart(7)} /s   ${this.seconds.toFixed(2).padStart(7)} s   batch median ${percentile(sorted, 50).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms   CPU/article: Neo4j ${perArticle(this.neo4jCpu)} ms, Node ${perArticle(this.nodeCpu)} ms`;
  }
}

async function main(): Promise<void> {
  const logger = createLogger('warn', 'bench');
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-ingest-'));
  const neo4j = await startLocalNeo4j({
    dataDir,
    boltPort: await freePort(),
    heap: '2g',
    pagecacheMb: 1024,
    startTimeoutMs: 240_000,
    javaHome: process.env.JAVA_HOME,
    logger,
  });
  const driver = await openDriver({ uri: neo4j.uri, username: 'neo4j', password: undefined }, logger);
  const executor = new Executor({
    driver,
    database: 'neo4j',
    queries: loadQueries(QUERY_NAMES),
    logger,
    timeoutMs: 600_000,
    where: neo4j.uri,
  });
  try {
    await prepareGraph(executor, logger);
    const extractor = defaultExtractor();
    for (const lang of ['en', 'is', 'de']) extractor.warm(lang);
    const service = new IngestService(executor, { batchSize: BATCH, extractor });
    console.log(
      `Neo4j ${neo4j.version} (local launcher); ${COUNT} generated articles; batch ${BATCH}; ${new Date().toISOString()}`,
    );

    // Warm-up, not counted: Neo4j plans the queries and its JIT compiles the write path,
    // which takes thousands of articles; a short warm-up left the first measure slower.
    await service.ingestArticles(generateArticles(WARMUP, 'https://warmup.bench.test', 1));

    // The two measures alternate, round by round, and take turns going first: neither runs on
    // a warmer JVM or a smaller graph, and neither always finds the events (shared between
    // articles that report the same happening) already created by the other.
    const raw = new Phase(neo4j.pid);
    const e2e = new Phase(neo4j.pid);

    // Raw ceiling: the same kind of graph from rows prepared beforehand.
    const writeRaw = async (round: number, size: number) => {
      const prepared: ArticleRows[] = generateArticles(
        size,
        `https://raw${round}.bench.test`,
        42 + round,
      ).map((input) => {
        const p = service.prepareValid(input);
        if (!p.ok) throw p.error;
        return p.rows;
      });
      await raw.measure(size, async (batch) => {
        for (let i = 0; i < prepared.length; i += BATCH) {
          const t = performance.now();
          await writeArticles(executor, prepared.slice(i, i + BATCH));
          batch(performance.now() - t);
        }
      });
    };

    // End to end: read NDJSON, validate, extract, build rows, write; the next batch is
    // extracted while the previous one is written.
    const ingestEndToEnd = async (round: number, size: number) => {
      const file = join(dataDir, `e2e${round}.ndjson`);
      const inputs = generateArticles(size, `https://e2e${round}.bench.test`, 42 + round);
      writeFileSync(file, `${inputs.map((a) => JSON.stringify(a)).join('\n')}\n`);
      await e2e.measure(size, async (batch) => {
        let last = performance.now();
        const summary = await runIngest([file], service, executor, extractor.resources.cameo, {
          source: { format: 'ndjson' },
          onFailure: (failure) => console.error(failure),
          onProgress: () => {
            const now = performance.now();
            batch(now - last);
            last = now;
          },
        });
        if (summary.new !== size) console.error(`expected ${size} new articles, got ${summary.new}`);
      });
    };

    for (let round = 0; round < ROUNDS; round++) {
      const size = Math.floor(COUNT / ROUNDS) + (round < COUNT % ROUNDS ? 1 : 0);
      if (round % 2 === 0) {
        await writeRaw(round, size);
        await ingestEndToEnd(round, size);
      } else {
        await ingestEndToEnd(round, size);
        await writeRaw(round, size);
      }
    }

    // Extraction alone, same corpus, one core (for reference).
    const sample = generateArticles(2000, 'https://extract.bench.test', 42);
    let started = performance.now();
    for (const input of sample) service.prepareValid(input);
    const extractPerSecond = sample.length / ((performance.now() - started) / 1000);

    console.log('');
    console.log(raw.describe('raw write ceiling (no extraction)'));
    console.log(e2e.describe('end to end (extract + write)'));
    console.log(`${'extraction alone'.padEnd(34)} ${extractPerSecond.toFixed(0).padStart(7)} /s`);
    console.log(`end to end / raw ceiling: ${((raw.seconds / e2e.seconds) * 100).toFixed(0)} %`);

    if (existsSync(GDELT)) {
      started = performance.now();
      const summary = await runIngest([GDELT], service, executor, extractor.resources.cameo, {
        source: {},
        onFailure: () => undefined,
        onProgress: () => undefined,
      });
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `GDELT import: ${summary.gdeltEvents} rows in ${seconds.toFixed(2)} s = ${(summary.gdeltEvents / seconds).toFixed(0)} rows/s (${summary.failed} failed)`,
      );
    }
  } finally {
    await driver.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
