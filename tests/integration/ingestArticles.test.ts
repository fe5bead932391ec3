import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchService } from '../../src/graphql/services/searchService.js';
import { articleId } from '../../src/ingest/articleRows.js';
import { IngestService } from '../../src/ingest/ingestService.js';
import { prepareGraph } from '../../src/ingest/prepareGraph.js';
import { createLogger } from '../../src/logger.js';
import { projectPath } from '../../src/paths.js';
import { countAround, readArticleGraph } from '../support/graphSummary.js';
import { graphAuthority } from '../support/sanctionAuthority.js';
import { openTestStore, type TestStore } from '../support/testStore.js';
import { loadFixtures } from '../unit/extract/summary.js';

const FOUNDING = projectPath('..', 'shared', 'articles', 'mbl-2024-06-18-putin-north-korea.txt');

describe('ingesting articles into a real Neo4j', () => {
  let store: TestStore;
  let service: IngestService;
  const run = randomUUID().slice(0, 8);
  const fixtures = loadFixtures().map((fixture) => ({
    ...fixture,
    input: {
      ...fixture.input,
      title: fixture.input.title ?? '',
      url: `https://fixtures.newsgraph.test/${run}/${fixture.name}?utm_source=test`,
    },
  }));

  beforeAll(async () => {
    store = openTestStore();
    await prepareGraph(store.executor, createLogger('silent'));
    service = new IngestService(store.executor, { batchSize: 3 });
  }, 300_000);
  afterAll(async () => {
    await store.close();
  });

  it("stores exactly the entities, events and sanctions each of the team's test articles states", async () => {
    const results = await service.ingestArticles(fixtures.map((f) => f.input));
    expect(results.map((r) => (r.ok ? r.status : r.error.code))).toEqual(fixtures.map(() => 'new'));
    for (const fixture of fixtures) {
      const graph = await readArticleGraph(store.driver, store.executor.database, articleId(fixture.input));
      // The graph keeps no order among an event's actors, so both sides list them sorted.
      const sortActors = (rows: string[][]) =>
        rows
          .map(([cameo = '', source = '', target = '']) => [
            cameo,
            source.split('+').sort().join('+'),
            target.split('+').sort().join('+'),
          ])
          .sort((a, b) => a.join('|').localeCompare(b.join('|')));
      expect({ name: fixture.name, ...graph, events: sortActors(graph.events) }).toEqual({
        name: fixture.name,
        ...fixture.expected,
        events: sortActors(fixture.expected.events),
        sanctions: fixture.expected.sanctions
          .map(([by = '', target = '', regime = '']) => [graphAuthority(by, regime), target, regime])
          .sort((a, b) => a.join('|').localeCompare(b.join('|'))),
      });
    }
  });

  it("makes a country findable by its name in every language the name data has, not only the extractor's", async () => {
    const search = new SearchService(store.executor);
    const top = async (query: string) =>
      (await search.search(query, ['COUNTRY'], null, 1)).map((hit) =>
        'iso3' in hit.node ? hit.node.iso3 : null,
      );
    expect({
      fr: await top('Allemagne'),
      ru: await top('Россия'),
      ja: await top('ドイツ'),
      is: await top('Þýskaland'),
    }).toEqual({ fr: ['DEU'], ru: ['RUS'], ja: ['DEU'], is: ['DEU'] });
  });

  it('changes nothing when the same articles are ingested again', async () => {
    const ids = fixtures.map((f) => articleId(f.input));
    const before = await countAround(store.driver, store.executor.database, ids);
    const again = await service.ingestArticles(fixtures.map((f) => f.input));
    expect(again.map((r) => (r.ok ? r.status : r.error.code))).toEqual(fixtures.map(() => 'unchanged'));
    expect(await countAround(store.driver, store.executor.database, ids)).toEqual(before);
  });

  it("replaces an article's edges when the same URL comes with new content", async () => {
    const url = `https://fixtures.newsgraph.test/${run}/changing`;
    const first = {
      url,
      title: 'Talks in Oslo',
      body: 'Norway and Sweden agreed on a fisheries deal on Monday.',
      publishedAt: '2024-03-04',
    };
    const second = {
      url,
      title: 'Talks in Oslo',
      body: 'Finland hosted the meeting instead, officials in Helsinki said.',
      publishedAt: '2024-03-04',
    };
    const [a] = await service.ingestArticles([first]);
    const [b] = await service.ingestArticles([second]);
    expect([a?.ok && a.status, b?.ok && b.status]).toEqual(['new', 'updated']);
    const graph = await readArticleGraph(store.driver, store.executor.database, articleId(second));
    expect(graph.countries).toEqual(['FIN']);
  });

  it('gives each bad input its own typed error and stores the rest', async () => {
    const good = {
      url: `https://fixtures.newsgraph.test/${run}/good`,
      title: 'Visit',
      body: 'The Japanese prime minister visited Canberra to meet Australian officials.',
    };
    const results = await service.ingestArticles([
      { title: 'No body' },
      { title: 'Empty', body: '   ' },
      'not an object',
      { title: 'Huge', body: 'x'.repeat(3 * 1024 * 1024) },
      { title: 'Bad date', body: 'Text about Norway.', publishedAt: 'yesterday' },
      good,
    ]);
    expect(
      results.map((r) => (r.ok ? { ok: true, status: r.status } : { ok: false, code: r.error.code })),
    ).toEqual([
      { ok: false, code: 'BAD_USER_INPUT' },
      { ok: false, code: 'BAD_USER_INPUT' },
      { ok: false, code: 'BAD_USER_INPUT' },
      { ok: false, code: 'BAD_USER_INPUT' },
      { ok: false, code: 'BAD_USER_INPUT' },
      { ok: true, status: 'new' },
    ]);
    const messages = results.flatMap((r) => (r.ok ? [] : [r.error.message]));
    expect(messages.every((m) => m.length > 0 && !m.includes('\n    at '))).toBe(true);
    expect(
      (await readArticleGraph(store.driver, store.executor.database, articleId(good))).countries,
    ).toEqual(['AUS', 'JPN']);
  });

  it.runIf(existsSync(FOUNDING))('turns the founding article into the graph its README expects', async () => {
    const [title = '', ...rest] = readFileSync(FOUNDING, 'utf8').split('\n');
    const input = {
      url: `https://www.mbl.is/frettir/erlent/2024/06/18/${run}/`,
      title,
      body: rest.join('\n'),
      publishedAt: '2024-06-18',
      outlet: 'mbl.is',
    };
    const [result] = await service.ingestArticles([input]);
    expect(result?.ok).toBe(true);
    const id = articleId(input);
    const answers = await store.driver.executeQuery(
      `MATCH (a:Article {id: $id})-[:PUBLISHED_BY]->(o:Outlet)
       RETURN a.lang AS lang, toString(date(a.publishedAt)) AS date, o.domain AS outlet,
         EXISTS { (a)-[:MENTIONS]->(:Leader {id: 'vladimir-putin'}) } AS putin,
         EXISTS { (a)-[:MENTIONS]->(:Leader {id: 'kim-jong-un'}) } AS kim,
         EXISTS { (a)-[:REPORTS]->(e:Event {cameo: '042'})-[:ACTOR {role: 'source'}]->(:Country {iso3: 'RUS'})
                  WHERE (e)-[:ACTOR {role: 'target'}]->(:Country {iso3: 'PRK'}) } AS visit,
         [(a)-[:MENTIONS]->(s:Sanction)-[:TARGETS]->(:Country {iso3: 'PRK'})
            WHERE (s)-[:IMPOSED_BY]->(:Organization {id: 'united-nations'}) | [s.regime, s.since.year]] AS prkSanctions`,
      { id },
      { database: store.executor.database },
    );
    expect(answers.records.map((r) => r.toObject())).toEqual([
      {
        lang: 'is',
        date: '2024-06-18',
        outlet: 'mbl.is',
        putin: true,
        kim: true,
        visit: true,
        prkSanctions: [['UN-SC1718', expect.objectContaining({ low: 2006 })]],
      },
    ]);
  });
});
