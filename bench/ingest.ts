/**
 * Ingestion throughput on the local Neo4j, end to end (extract + write) beside the raw
 * write ceiling measured in the same run: the same graph written from rows prepared
 * beforehand, in the same UNWIND batches, with no extraction. Also the GDELT import rate.
 * Prints figures; never fails on time.
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

const COUNT = Number(process.argv[2] ?? 10_000);
const BATCH = Number(process.argv[3] ?? 200);
const GDELT = projectPath('..', 'shared', 'data', 'gdelt', 'events-20170701-sample.csv');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function describe(label: string, items: number, seconds: number, batchMs: number[]): string {
  const sorted = [...batchMs].sort((a, b) => a - b);
  return `${label.padEnd(34)} ${(items / seconds).toFixed(0).padStart(7)} /s   ${seconds.toFixed(2).padStart(7)} s   batch median ${percentile(sorted, 50).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms`;
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

    // Warm-up: the first batches pay for query planning and JIT; not counted.
    await service.ingestArticles(generateArticles(400, 'https://warmup.bench.test', 1));

    // Raw ceiling: the same kind of graph from rows prepared beforehand.
    const rawInputs = generateArticles(COUNT, 'https://raw.bench.test', 42);
    const prepared: ArticleRows[] = rawInputs.map((input) => {
      const p = service.prepareValid(input);
      if (!p.ok) throw p.error;
      return p.rows;
    });
    const rawBatches: number[] = [];
    let started = performance.now();
    for (let i = 0; i < prepared.length; i += BATCH) {
      const t = performance.now();
      await writeArticles(executor, prepared.slice(i, i + BATCH));
      rawBatches.push(performance.now() - t);
    }
    const rawSeconds = (performance.now() - started) / 1000;

    // Extraction alone, same corpus, one core (for reference).
    const e2eInputs = generateArticles(COUNT, 'https://e2e.bench.test', 42);
    started = performance.now();
    for (const input of e2eInputs.slice(0, 2000)) service.prepareValid(input);
    const extractSeconds = ((performance.now() - started) / 1000) * (COUNT / 2000);

    // End to end: read NDJSON, validate, extract, build rows, write; the next batch is
    // extracted while the previous one is written.
    const file = join(dataDir, 'e2e.ndjson');
    writeFileSync(file, `${e2eInputs.map((a) => JSON.stringify(a)).join('\n')}\n`);
    const e2eBatches: number[] = [];
    let last = performance.now();
    started = last;
    const e2eSummary = await runIngest([file], service, executor, extractor.resources.cameo, {
      source: { format: 'ndjson' },
      onFailure: (failure) => console.error(failure),
      onProgress: () => {
        const now = performance.now();
        e2eBatches.push(now - last);
        last = now;
      },
    });
    const e2eSeconds = (performance.now() - started) / 1000;
    if (e2eSummary.new !== COUNT) console.error(`expected ${COUNT} new articles, got ${e2eSummary.new}`);

    console.log('');
    console.log(describe('raw write ceiling (no extraction)', COUNT, rawSeconds, rawBatches));
    console.log(describe('end to end (extract + write)', COUNT, e2eSeconds, e2eBatches));
    console.log(
      `${'extraction alone (estimated)'.padEnd(34)} ${(COUNT / extractSeconds).toFixed(0).padStart(7)} /s`,
    );
    console.log(`end to end / raw ceiling: ${((rawSeconds / e2eSeconds) * 100).toFixed(0)} %`);

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
