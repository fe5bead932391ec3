import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auth, driver as createDriver, type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateArticles } from '../../bench/corpus.js';
import { projectPath } from '../../src/paths.js';
import { type CliResult, cliEnv, runCli } from '../support/cliProcess.js';
import { neo4jEnv } from '../support/testNeo4jInfo.js';

const GDELT_EVENTS = projectPath('..', 'shared', 'data', 'gdelt', 'events-20170701-sample.csv');
const GDELT_MENTIONS = projectPath('..', 'shared', 'data', 'gdelt', 'mentions-20170701-sample.csv');

/** Every article under a URL prefix with what it links to, prefix removed, in one sorted list. */
async function snapshot(driver: Driver, prefix: string): Promise<unknown[]> {
  const result = await driver.executeQuery(
    `MATCH (a:Article) WHERE a.id STARTS WITH $prefix
     RETURN substring(a.id, size($prefix)) AS id, a.contentHash AS hash,
       apoc_free_sort([(a)-[m:MENTIONS]->(n) | coalesce(n.iso3, n.id) + ':' + toString(m.count)]) AS mentions,
       apoc_free_sort([(a)-[r:REPORTS]->(e) | e.id + ':' + r.sentence]) AS events
     ORDER BY id`.replaceAll('apoc_free_sort', ''),
    { prefix },
  );
  return result.records.map((r) => {
    const row = r.toObject() as { id: string; hash: string; mentions: string[]; events: string[] };
    return { ...row, mentions: [...row.mentions].sort(), events: [...row.events].sort() };
  });
}

/** The `--json` summary of a run; a run that printed none fails the test with what it said on stderr. */
function summaryOf(result: CliResult): Record<string, number> {
  try {
    return JSON.parse(result.stdout) as Record<string, number>;
  } catch {
    throw new Error(`ingest printed no summary (exit ${result.code}): ${result.stderr}`);
  }
}

function ndjson(path: string, prefix: string, count: number, seed: number): void {
  writeFileSync(
    path,
    `${generateArticles(count, prefix, seed)
      .map((a) => JSON.stringify(a))
      .join('\n')}\n`,
  );
}

describe('newsgraph ingest against a real Neo4j', () => {
  const neo4j = inject('neo4j');
  const env = neo4jEnv(neo4j);
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-e2e-ingest-'));
  const run = randomUUID().slice(0, 8);
  let driver: Driver;

  beforeAll(() => {
    driver = createDriver(
      neo4j.uri,
      neo4j.password === undefined ? undefined : auth.basic(neo4j.username, neo4j.password),
    );
  });
  afterAll(async () => {
    await driver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports each bad record with its location and reason, stores the rest and exits 1', async () => {
    const failures = join(dir, 'failures.ndjson');
    const bad = projectPath('tests', 'fixtures', 'ingest', 'bad');
    const result = await runCli(['ingest', bad, '--json', '--failures', failures], env, 300_000);
    const summary = summaryOf(result);
    expect({
      code: result.code,
      read: summary.read,
      failed: summary.failed,
      stored: (summary.new ?? 0) + (summary.unchanged ?? 0),
      gdeltEvents: summary.gdeltEvents,
    }).toEqual({
      code: 1,
      read: 14,
      failed: 10,
      stored: 2,
      gdeltEvents: 2,
    });
    const lines = readFileSync(failures, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { location: string; reason: string });
    expect(lines.map((l) => `${l.location.replace(`${bad}/`, '')}: ${l.reason}`)).toEqual([
      'binary.txt: binary file (contains NUL bytes), not text',
      'empty-page.html: no article text found',
      'empty.rss: feed has no items',
      "invalid.json:1: invalid JSON: Expected ',' or '}' after property value in JSON at position 59",
      'latin1.txt: invalid UTF-8 at byte 3',
      'malformed.rss: malformed feed: the XML is not well-formed',
      'mixed.ndjson:2: expected a JSON object, got an array',
      'mixed.ndjson:3: body: is required and must be a string',
      'mixed.ndjson:4: body: must not be empty',
      'short-row.export.CSV:2: row has 60 columns, expected 61',
    ]);
    const stored = await driver.executeQuery(
      "MATCH (a:Article) WHERE a.title IN ['Fine line', 'Fine again'] RETURN a.title AS title ORDER BY title",
    );
    expect(stored.records.map((r) => r.get('title'))).toEqual(['Fine again', 'Fine line']);
  });

  it('checks every path and the --failures file before it reads or writes anything', async () => {
    const good = join(dir, `checked-${run}.ndjson`);
    const line = `{"title":"Checked ${run}","body":"Read only once every path is known to exist."}\n`;
    writeFileSync(good, line);
    const missing = join(dir, 'no-such-file.json');
    const results = [
      await runCli(['ingest', good, missing], env),
      await runCli(['ingest', good, '--failures', good], env),
    ];
    expect(results.map((r) => ({ code: r.code, stdout: r.stdout, stderr: r.stderr }))).toEqual([
      {
        code: 2,
        stdout: '',
        stderr: `newsgraph ingest: cannot read ${missing}: no such file or directory\n`,
      },
      {
        code: 2,
        stdout: '',
        stderr: `newsgraph ingest: --failures ${good} is the input file ${good}; name a file elsewhere\n`,
      },
    ]);
    expect(readFileSync(good, 'utf8')).toBe(line);
    const stored = await driver.executeQuery('MATCH (a:Article {title: $title}) RETURN count(a) AS n', {
      title: `Checked ${run}`,
    });
    expect(stored.records[0]?.get('n').toNumber()).toBe(0);
  });

  it('two processes ingesting the same file at once make the graph one process makes', async () => {
    const prefix = `https://concurrent.newsgraph.test/${run}`;
    const file = join(dir, 'concurrent.ndjson');
    ndjson(file, prefix, 300, 7);
    const [a, b] = await Promise.all([
      runCli(['ingest', file, '--json', '--batch-size', '25'], env, 300_000),
      runCli(['ingest', file, '--json', '--batch-size', '25'], env, 300_000),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const [sa, sb] = [summaryOf(a), summaryOf(b)];
    expect((sa?.new ?? 0) + (sb?.new ?? 0) + (sa?.unchanged ?? 0) + (sb?.unchanged ?? 0)).toBe(600);
    const after = await snapshot(driver, prefix);
    expect(after).toHaveLength(300);
    const third = await runCli(['ingest', file, '--json'], env, 300_000);
    expect(summaryOf(third)).toMatchObject({ read: 300, new: 0, updated: 0, unchanged: 300, failed: 0 });
    expect(await snapshot(driver, prefix)).toEqual(after);
    const twins = await driver.executeQuery(
      'MATCH (e:Event) WITH e.id AS id, count(*) AS n WHERE n > 1 RETURN count(*) AS twins',
    );
    expect(Number(twins.records[0]?.get('twins'))).toBe(0);
  });

  it('an interrupted run, started again, ends with the graph an uninterrupted run makes', async () => {
    const whole = `https://whole.newsgraph.test/${run}`;
    const cut = `https://cut.newsgraph.test/${run}`;
    const wholeFile = join(dir, 'whole.ndjson');
    const cutFile = join(dir, 'cut.ndjson');
    ndjson(wholeFile, whole, 600, 11);
    ndjson(cutFile, cut, 600, 11);
    expect((await runCli(['ingest', wholeFile, '--json', '--batch-size', '50'], env, 300_000)).code).toBe(0);

    const child = spawn(
      process.execPath,
      [projectPath('bin', 'newsgraph.js'), 'ingest', cutFile, '--json', '--batch-size', '50'],
      {
        env: cliEnv(env),
        stdio: 'ignore',
      },
    );
    const exited = new Promise<void>((resolvePromise) => child.on('exit', () => resolvePromise()));
    // Kill it hard once some batches are committed and before it is done.
    for (let i = 0; i < 600; i++) {
      const count = await driver.executeQuery(
        'MATCH (a:Article) WHERE a.id STARTS WITH $p RETURN count(a) AS n',
        { p: cut },
      );
      const n = Number(count.records[0]?.get('n'));
      if (n >= 100) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill('SIGKILL');
    await exited;
    const partial = (await snapshot(driver, cut)).length;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(600);

    const resumed = await runCli(['ingest', cutFile, '--json', '--batch-size', '50'], env, 300_000);
    expect(resumed.code).toBe(0);
    const [gotCut, gotWhole] = [await snapshot(driver, cut), await snapshot(driver, whole)];
    expect(gotCut).toEqual(gotWhole);
  }, 300_000);

  it.runIf(existsSync(GDELT_EVENTS) && existsSync(GDELT_MENTIONS))(
    "imports every row of the real GDELT sample and links the mentions file's articles",
    async () => {
      const result = await runCli(['ingest', GDELT_EVENTS, GDELT_MENTIONS, '--json'], env, 300_000);
      expect(result.code).toBe(0);
      const summary = summaryOf(result);
      expect(summary).toMatchObject({ read: 6090 + 1635, failed: 0, gdeltEvents: 6090 });
      const ids = (path: string, column: string) => {
        const [header = '', ...rows] = readFileSync(path, 'utf8').trim().split('\n');
        const index = header.split(',').indexOf(column);
        return [...new Set(rows.map((row) => row.split(',')[index] ?? ''))];
      };
      const eventIds = ids(GDELT_EVENTS, 'GLOBALEVENTID');
      const imported = await driver.executeQuery(
        'MATCH (e:Event) WHERE e.gdeltId IN $ids AND e.cameo IS NOT NULL RETURN count(e) AS events',
        { ids: eventIds },
      );
      expect(Number(imported.records[0]?.get('events'))).toBe(6090);
      // The sample's mentions name events outside its events file: each becomes an event
      // reference (id and time only) that the mentioning articles report.
      const mentioned = await driver.executeQuery(
        `MATCH (a:Article)-[:REPORTS]->(e:Event) WHERE e.gdeltId IN $ids
         RETURN count(DISTINCT e) AS events, count(DISTINCT a) AS articles`,
        { ids: ids(GDELT_MENTIONS, 'globaleventid') },
      );
      expect(Number(mentioned.records[0]?.get('events'))).toBe(ids(GDELT_MENTIONS, 'globaleventid').length);
      expect(Number(mentioned.records[0]?.get('articles'))).toBeGreaterThan(0);
      expect(summary.gdeltMentionsLinked).toBe(1635);
      console.log(
        `GDELT: ${summary.gdeltActorsMapped} of ${summary.gdeltActors} actor country codes mapped to countries; ` +
          `${summary.gdeltMentionsLinked} mentions linked, ${summary.gdeltMentionsUnmatched} unmatched`,
      );
    },
  );
});
