/**
 * Extraction throughput on one core over a generated corpus: the team's own articles (fixtures
 * and the gold corpus, en, is, de), each with paragraphs of others of its language, several MB
 * in all (see `extractionCorpus`).
 * Prints figures beside a baseline (one regular-expression tokenisation pass over the same text);
 * it never fails on time. The digest of all extractions lets two versions be compared for
 * identical results. Everything is timed on the built code (dist/), which is what `newsgraph`
 * runs: run `npm run build` first. The gazetteer load is timed in fresh processes, with the
 * build's stored lexicons and, as the baseline, without them.
 * Run: npx tsx bench/extract.ts [megabytes]
 */

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type * as Extraction from '../src/extract/index.js';
import type { ExtractInput } from '../src/extract/index.js';
import { PROJECT_ROOT, projectPath } from '../src/paths.js';
import { extractionCorpus } from './corpus.js';

const TARGET_MB = Number(process.argv[2] ?? 6);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;
}

// Loading as a user's process does it: a fresh Node process on the built code (dist/), which either
// reads the lexicons the build stored or, without them, derives them from the data. Alternating
// runs, medians; a process is cold, so these are the figures a CLI call or a new server sees.
const LOAD_SCRIPT = `
const { createExtractor, loadResources } = await import(process.argv[1] + '/dist/extract/index.js');
const { SNAPSHOT_DIR } = await import(process.argv[1] + '/dist/extract/lexiconSnapshot.js');
const started = performance.now();
const resources = loadResources();
const data = performance.now() - started;
const extractor = createExtractor(resources, process.argv[2] === 'stored' ? { snapshotDir: SNAPSHOT_DIR } : {});
const lexicons = ['en', 'is', 'de'].map((lang) => extractor.warm(lang));
console.log(JSON.stringify({ data, lexicons, total: performance.now() - started }));
`;

interface ColdLoad {
  data: number;
  lexicons: number[];
  total: number;
}

function coldLoad(mode: 'stored' | 'derived'): ColdLoad {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', LOAD_SCRIPT, PROJECT_ROOT, mode], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`the load probe failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as ColdLoad;
}

function medianLoad(runs: ColdLoad[]): ColdLoad {
  const mid = (values: number[]) =>
    percentile(
      [...values].sort((a, b) => a - b),
      0.5,
    );
  return {
    data: mid(runs.map((r) => r.data)),
    lexicons: [0, 1, 2].map((i) => mid(runs.map((r) => r.lexicons[i] ?? 0))),
    total: mid(runs.map((r) => r.total)),
  };
}

/** Newest modification time under a folder, in ms. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs);
  }
  return latest;
}

if (
  !existsSync(projectPath('dist', 'lexicons')) ||
  newest(projectPath('src', 'extract')) > newest(projectPath('dist', 'extract'))
) {
  console.error('Run `npm run build` first: the figures are taken on the built code and its lexicons.');
  process.exit(1);
}
// The built code, as `newsgraph extract`, `ingest` and `serve` run it. The same passes through
// tsx's on-the-fly transpilation ran 5-15 % slower (it wraps closures in name-keeping helpers).
const { createExtractor, detectLanguage, loadResources }: typeof Extraction = await import(
  pathToFileURL(projectPath('dist', 'extract', 'index.js')).href
);
const storedRuns: ColdLoad[] = [];
const derivedRuns: ColdLoad[] = [];
for (let i = 0; i < 5; i++) {
  storedRuns.push(coldLoad('stored'));
  derivedRuns.push(coldLoad('derived'));
}
const stored = medianLoad(storedRuns);
const derived = medianLoad(derivedRuns);

const loadStart = performance.now();
const resources = loadResources();
const loadMs = performance.now() - loadStart;
const extractor = createExtractor(resources);
const warm = Object.fromEntries(['en', 'is', 'de'].map((lang) => [lang, extractor.warm(lang)]));

const articles = extractionCorpus(TARGET_MB);
const languages = articles.map((article) => detectLanguage(article.body));
const LONG_GROUP = 12;
// Each article's size, measured once: the timed passes sum them per quarter.
const sizes = articles.map((a) => Buffer.byteLength(a.title ?? '') + Buffer.byteLength(a.body));
const totalBytes = sizes.reduce((sum, size) => sum + size, 0);
const mb = totalBytes / 1024 / 1024;

// Warm-up pass so the JIT has seen the code paths, then the measured pass.
for (const article of articles.slice(0, 50)) extractor.extract(article);

/** CPU seconds this process has used: every thread, so V8's compiler and GC threads count too. */
function cpuSeconds(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e6;
}

interface Pass {
  seconds: number;
  /** CPU seconds of the whole process over the pass: what "one core" has to give it. */
  cpu: number;
  latencies: number[];
  /** MB per CPU-second in each quarter of the corpus, in order: how the pass warms up. */
  quarters: number[];
  items: number;
}

/** One timed pass over the corpus: wall and CPU seconds, per-article latencies (sorted), items found. */
function timedPass(): Pass {
  const latencies: number[] = [];
  const quarters: number[] = [];
  let items = 0;
  const cpuStart = cpuSeconds();
  const started = performance.now();
  let quarterStart = cpuStart;
  let quarterBytes = 0;
  articles.forEach((article, i) => {
    quarterBytes += sizes[i] ?? 0;
    const t0 = performance.now();
    const result = extractor.extract(article);
    latencies.push(performance.now() - t0);
    items += result.countries.length + result.leaders.length + result.events.length;
    if ((i + 1) % Math.ceil(articles.length / 4) === 0 || i === articles.length - 1) {
      const now = cpuSeconds();
      quarters.push(quarterBytes / 1024 / 1024 / (now - quarterStart));
      quarterStart = now;
      quarterBytes = 0;
    }
  });
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { seconds, cpu: cpuSeconds() - cpuStart, latencies, quarters, items };
}

// The first pass is what a fresh process ingesting this corpus sees: V8 is still compiling and
// optimising the hot functions through its first few hundred articles, on a second thread when
// the machine has one (its CPU then exceeds its wall time). The second pass, over the same
// articles, still meets the odd path V8 has not optimised; the third is what a long-running
// ingest settles at (its per-word caches also know this corpus's words). "On one core" is MB per
// CPU-second of the whole process.
const first = timedPass();
const warmPass = timedPass();
const settledPass = timedPass();

// Long articles (live blogs, full speeches): the same text, a dozen articles of one language to
// an article. Work that grows faster than the text shows as a lower rate here than in the
// second pass, which has seen every word of them too.
const longArticles: ExtractInput[] = [];
for (const lang of ['en', 'is', 'de']) {
  const own = articles.filter((_, i) => languages[i] === lang);
  for (let i = 0; i + LONG_GROUP <= own.length && i < LONG_GROUP * 20; i += LONG_GROUP)
    longArticles.push({
      body: own
        .slice(i, i + LONG_GROUP)
        .map((a) => a.body)
        .join('\n\n'),
      lang,
    });
}
const longBytes = longArticles.reduce((sum, a) => sum + Buffer.byteLength(a.body), 0);
for (const article of longArticles) extractor.extract(article);
const longCpuStart = cpuSeconds();
for (const article of longArticles) extractor.extract(article);
const longCpu = cpuSeconds() - longCpuStart;

// The digest is taken in a pass of its own, so that neither keeping the results nor serialising
// them weighs on the timed pass.
const digest = createHash('sha256');
for (const article of articles) digest.update(JSON.stringify(extractor.extract(article)));

// Baseline: what a single tokenising regex over the same text costs.
const word = /[\p{L}\p{M}\p{N}]+/gu;
let words = 0;
const baseCpuStart = cpuSeconds();
const baseStart = performance.now();
for (const article of articles) {
  for (const text of [article.title ?? '', article.body]) {
    word.lastIndex = 0;
    while (word.exec(text) !== null) words++;
  }
}
const baseSeconds = (performance.now() - baseStart) / 1000;
const baseCpu = cpuSeconds() - baseCpuStart;

const fmt = (n: number, digits = 2) => n.toFixed(digits);
const passLine = (pass: Pass) =>
  `${fmt(mb / pass.cpu)} MB/s on one core (${fmt(mb / pass.seconds)} MB/s wall), ${fmt(articles.length / pass.seconds, 0)} articles/s, median ${fmt(percentile(pass.latencies, 0.5), 3)} ms, p99 ${fmt(percentile(pass.latencies, 0.99), 3)} ms per article (${pass.items} items)`;
const quartersLine = (pass: Pass) => pass.quarters.map((rate) => fmt(rate)).join(', ');
console.log(
  `corpus              ${articles.length} articles, ${fmt(mb)} MB (en/is/de: the team's articles, recombined)`,
);
const loadLine = (load: ColdLoad) =>
  `${fmt(load.total, 0)} ms: data files ${fmt(load.data, 0)} ms, lexicons en ${fmt(load.lexicons[0] ?? 0, 0)} ms, is ${fmt(load.lexicons[1] ?? 0, 0)} ms, de ${fmt(load.lexicons[2] ?? 0, 0)} ms`;
console.log(
  `gazetteer load      fresh process, median of ${storedRuns.length}, ${resources.leaders.length} leaders:`,
);
console.log(`  build's lexicons  ${loadLine(stored)}`);
console.log(
  `  derived from data ${loadLine(derived)} (baseline; stored/derived ${fmt(stored.total / derived.total)})`,
);
console.log(
  `  in this process   ${fmt(loadMs, 0)} ms data files, lexicons derived en ${fmt(warm.en ?? 0, 0)} ms, is ${fmt(warm.is ?? 0, 0)} ms, de ${fmt(warm.de ?? 0, 0)} ms (from the sources, for the passes below)`,
);
console.log(`extract             ${passLine(first)}`);
console.log(`  by quarter        ${quartersLine(first)} MB/s on one core (V8 still optimising early on)`);
console.log(`extract, 2nd pass   ${passLine(warmPass)}`);
console.log(`extract, 3rd pass   ${passLine(settledPass)}`);
console.log(
  `long articles       ${fmt(longBytes / 1024 / 1024 / longCpu)} MB/s on one core, ${longArticles.length} articles of ${fmt(longBytes / longArticles.length / 1024, 0)} KB on average (${LONG_GROUP} joined; long / 2nd pass ${fmt(warmPass.cpu / mb / (longCpu / (longBytes / 1024 / 1024)))})`,
);
console.log(
  `baseline (regex)    ${fmt(mb / baseCpu)} MB/s on one core (${fmt(mb / baseSeconds)} MB/s wall, ${words} words); first pass / baseline ${fmt(baseCpu / first.cpu, 3)}, 2nd ${fmt(baseCpu / warmPass.cpu, 3)}, 3rd ${fmt(baseCpu / settledPass.cpu, 3)}`,
);
console.log(
  `output digest       sha256 ${digest.digest('hex').slice(0, 16)} over ${articles.length} extractions`,
);
