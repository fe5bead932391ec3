/**
 * The query bench's graph: N generated articles (bench/corpus.ts: the team's fixture articles'
 * paragraphs recombined, in English, Icelandic and German) ingested through the pipeline of
 * `newsgraph ingest` — extraction, rows, batched writes — so the bench queries the graph a
 * user's ingest makes: real countries, leaders, organizations, shared events and sanctions.
 * Deterministic and idempotent: the same articles again are unchanged, and only a graph with
 * fewer of them is ingested into.
 */
import type { Driver } from 'neo4j-driver';
import { defaultExtractor } from '../src/extract/index.js';
import { IngestService } from '../src/ingest/ingestService.js';
import type { StoreExecutor } from '../src/store/storeExecutor.js';
import { generateArticles } from './corpus.js';

/** The bench articles' URLs (and so their ids) begin with this. */
export const BENCH_SITE = 'https://ingested.bench.newsgraph.example/';
const CHUNK = 2_000;

async function countBenchArticles(driver: Driver, database: string): Promise<number> {
  const result = await driver.executeQuery(
    'MATCH (a:Article) WHERE a.id STARTS WITH $site RETURN count(a) AS n',
    { site: BENCH_SITE },
    { database },
  );
  return Number(result.records[0]?.get('n') ?? 0);
}

/** Ingests the bench's `count` articles unless the graph has them; answers how many it has. */
export async function ensureBenchGraph(
  driver: Driver,
  database: string,
  executor: StoreExecutor,
  count: number,
  log: (line: string) => void,
): Promise<number> {
  const have = await countBenchArticles(driver, database);
  if (have >= count) return have;
  log(`ingesting ${count} generated articles (the graph has ${have} of them)`);
  const extractor = defaultExtractor();
  const service = new IngestService(executor, { batchSize: 500, extractor });
  const articles = generateArticles(count, BENCH_SITE.slice(0, -1));
  const started = performance.now();
  for (let from = 0; from < articles.length; from += CHUNK) {
    const results = await service.ingestArticles(articles.slice(from, from + CHUNK));
    const failed = results.filter((result) => !result.ok);
    if (failed.length > 0) throw new Error(`the bench corpus failed to ingest: ${JSON.stringify(failed[0])}`);
    const done = Math.min(articles.length, from + CHUNK);
    log(`  ${done}/${count} articles, ${(done / ((performance.now() - started) / 1000)).toFixed(0)}/s`);
  }
  return countBenchArticles(driver, database);
}
